"""A platform, a registry, a big vendor or an agency named by two articles ("ChatGPT", "GitHub",
"PyPI", "Europol") is no backing for a join on closeness of meaning: two events of one platform the
same week stay apart, while one event told by two outlets, or in French and English, still joins on
what names the event (a coined name, a victim, a number). Fictional texts, real features (the
multilingual model included)."""

from __future__ import annotations

from datetime import date

import pytest

from veilleur.cluster import pair_score
from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, Intel

DAY = date(2026, 6, 1)


def _page(article_id: str, title: str, text: str, category: Category) -> Features:
    intel = Intel(relevant=True, relevance_score=1.0, category=category)
    return features_for([Input(article_id, DAY, title, text, f"wire {article_id}", intel)])[0]


def _score(new: Features, old: Features) -> tuple[float, list[str]]:
    cosine = float(new.embedding @ old.embedding)
    text = float((new.minhash == old.minhash).mean())
    return Clusterer().score(new, old, cosine, text)


def _joins_without_platforms(monkeypatch: pytest.MonkeyPatch, new: Features, old: Features) -> bool:
    """Whether the pair would join were no name a platform's (the rule's control)."""
    with monkeypatch.context() as patched:
        patched.setattr(pair_score, "PLATFORMS", frozenset())
        return _score(new, old)[0] >= Weights().join


FAKE_REPOS = (
    "Fake Quillvault and Orvane installers on GitHub serve a stealer",
    "Criminals published look-alike repositories on GitHub offering installers for the Quillvault "
    "password manager and the Orvane browser; the downloads drop an information stealer on Macs.",
)
POLICY = (
    "GitHub moves to tighten security amid malware plague",
    "GitHub said it will require two-factor authentication for all publishers and shorten token "
    "lifetimes, after fake repositories spread information stealers to developers.",
)


def test_two_events_of_one_platform_stay_apart_and_a_shared_event_name_still_joins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repos = _page("repos", *FAKE_REPOS, Category.MALWARE_CAMPAIGN)
    policy = _page("policy", *POLICY, Category.POLICY_REGULATION)
    assert "github" in repos.names & policy.names
    cosine = float(repos.embedding @ policy.embedding)
    assert cosine < Weights().lone_cosine  # close in meaning, not close enough alone
    score, signals = _score(policy, repos)
    assert score == 0.0 and "embedding alone" in [str(s) for s in signals]
    clusterer = Clusterer()
    clusterer.add(repos)
    assert clusterer.add(policy).story_id == "policy"
    # Were "GitHub" not a platform's name, it would back the embedding and they would join.
    assert _joins_without_platforms(monkeypatch, policy, repos)
    # Another outlet's report of the fake repositories, naming the same lures, joins.
    again = _page(
        "repos-2",
        "GitHub repositories posing as Quillvault and Orvane deliver Mac stealer",
        "Look-alike GitHub repositories for Quillvault and the Orvane browser push a stealer to macOS "
        "users who download the fake installers, researchers found.",
        Category.MALWARE_CAMPAIGN,
    )
    assert clusterer.add(again).story_id == "repos"


def test_one_agencys_two_actions_stay_apart_and_its_one_action_joins_across_languages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    botnet = _page(
        "botnet",
        "Europol targets pro-Kremlin hacktivist gang Nightjar47",
        "An operation coordinated by Europol took down servers of Nightjar47, a hacktivist gang that "
        "flooded government sites with junk traffic; two suspects were detained in Fictionland.",
        Category.LAW_ENFORCEMENT,
    )
    forum = _page(
        "forum",
        "Europol arrests admin of Darkmart cybercrime forum in Zarnow",
        "The suspected administrator of Darkmart, a marketplace for stolen access, was arrested in "
        "Zarnow after a three-year investigation led by Europol and the Zarnow police.",
        Category.LAW_ENFORCEMENT,
    )
    score, signals = _score(forum, botnet)
    assert score == 0.0 and "embedding alone" in [str(s) for s in signals]
    assert _joins_without_platforms(monkeypatch, forum, botnet)
    clusterer = Clusterer()
    clusterer.add(botnet)
    assert clusterer.add(forum).story_id == "forum"
    french = _page(
        "botnet-fr",
        "Europol démantèle l'infrastructure du groupe hacktiviste Nightjar47",
        "Une opération coordonnée par Europol a mis hors ligne les serveurs de Nightjar47, un groupe "
        "hacktiviste qui saturait des sites publics ; deux suspects ont été interpellés en Fictionland.",
        Category.LAW_ENFORCEMENT,
    )
    assert clusterer.add(french).story_id == "botnet"


def test_a_chat_assistants_flaw_and_other_research_stay_apart_and_the_flaw_joins_in_french(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    captcha = _page(
        "captcha",
        "ChatGPT agent can be talked into solving CAPTCHAs",
        "Researchers at Zeta Security got the ChatGPT agent to solve image CAPTCHAs by telling it "
        "the tests were fake, a trick that undermines a common defence against bots.",
        Category.RESEARCH_TOOLING,
    )
    flaw = _page(
        "flaw",
        "ChatGPT connector flaw Mirrorleak let attackers read 4,000 mailboxes",
        "Researchers at Fictional Labs found Mirrorleak, a flaw in a ChatGPT connector that let a "
        "crafted e-mail make the assistant send 4,000 mailboxes' contents to an attacker.",
        Category.VULNERABILITY,
    )
    # Two teams are credited, so they are two findings (tests/test_story_reporters.py); the
    # platform's rule is checked with that one off.
    assert str(_score(flaw, captcha)[1][-1]) == "other reporter"
    monkeypatch.setattr("veilleur.cluster.pair_score.reporters_apart", lambda new, old: False)
    score, signals = _score(flaw, captcha)
    assert score == 0.0 and "embedding alone" in [str(s) for s in signals]
    assert _joins_without_platforms(monkeypatch, flaw, captcha)
    french = _page(
        "flaw-fr",
        "Mirrorleak : une faille d'un connecteur de ChatGPT exposait 4 000 boîtes mail",
        "Des chercheurs de Fictional Labs ont découvert Mirrorleak, une faille d'un connecteur de "
        "ChatGPT : un e-mail piégé faisait envoyer par l'assistant le contenu de 4 000 boîtes mail.",
        Category.VULNERABILITY,
    )
    score, signals = _score(french, flaw)
    assert score >= Weights().join, signals
