"""Look-alikes of the kinds the `dev` part of bench/data/stories showed joined, kept apart by
evidence: one outlet's daily page of another day, closeness of meaning with nothing to back it
(same theme, same week; a French post and another flaw's report; a shared actor only), one
outlet's templated headlines naming two products, a templated page whose victim was missed.
Fictional texts; each test also shows the look-alike that still joins."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from veilleur.cluster.embed import DIMENSIONS
from veilleur.cluster.features import Features, Input, features_for, features_of
from veilleur.cluster.minhash import NUM_PERM
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, Intel, Named, Victim, VulnerabilityFacts

DAY = date(2026, 6, 1)
PODCAST = (
    "Today on the Fictional Radio daily: a phishing wave against Fictional Bank customers, "
    "an update for Acme routers and scans for exposed backup archives. Listen to the episode."
)


def test_headline_days_are_read_in_english_and_french_and_may_is_a_verb_unless_capitalised() -> None:
    def dates(title: str) -> frozenset[tuple[int, int]]:
        return features_of("a", DAY, title, "x").dates

    assert dates("Fictional Radio For Friday, August 1st, 2026 (Fri, Aug 1st)") == {(8, 1)}
    assert dates("Bulletin Fictional Radio du 26 août 2026") == {(8, 26)}
    assert dates("Fictional Corp update due May 12") == {(5, 12)}
    assert dates("Attackers may 12 times retry, says Fictional Corp") == frozenset()
    assert dates("Fictional Corp Patch Tuesday, August 2026 Edition") == frozenset()


def test_one_outlets_daily_pages_of_two_days_stay_apart_and_a_french_heading_finds_its_day() -> None:
    def page(article_id: str, title: str, source: str = "Fictional Radio") -> Features:
        return features_for([Input(article_id, DAY, title, PODCAST, source)])[0]

    friday = page("fri", "Fictional Radio Daily For Friday, August 1st, 2026 (Fri, Aug 1st)")
    monday = page("mon", "Fictional Radio Daily For Monday, August 4th, 2026 (Mon, Aug 4th)")
    clusterer = Clusterer()
    clusterer.add(friday)
    cosine = float(friday.embedding @ monday.embedding)
    score, signals = clusterer.score(monday, friday, cosine, 1.0)
    assert score == 0.0 and "different days" in [str(s) for s in signals]
    assert clusterer.add(monday).story_id == "mon"
    # The same text under an undated headline would have joined the first day's page.
    undated = page("undated", "Fictional Radio Daily", source="Other Wire")
    assert Clusterer().score(undated, friday, cosine, 1.0)[0] >= Weights().join
    # A French summary dated to the Monday joins Monday's page, not Friday's.
    french = page("fr", "Bulletin Fictional Radio du 4 août 2026", source="veilleur (fr)")
    assert clusterer.add(french).story_id == "mon"


def _vector(cosine: float) -> np.ndarray:
    """A unit vector at `cosine` from the first axis."""
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    vector[0], vector[1] = cosine, np.sqrt(1 - cosine**2)
    return vector


def _features(article_id: str, cosine: float, seed: int, **sets: frozenset[str]) -> Features:
    """An article whose embedding lies at `cosine` from the first axis and whose wording
    (MinHash) shares nothing with the other articles'."""
    return Features(
        id=article_id,
        day=DAY,
        title=article_id,
        cves=sets.get("cves", frozenset()),
        names=sets.get("names", frozenset()),
        title_words=sets.get("title_words", frozenset()),
        minhash=np.arange(NUM_PERM, dtype=np.uint64) + np.uint64(seed * 1000),
        embedding=_vector(cosine),
        source=f"outlet {article_id}",
        actors=sets.get("actors", frozenset()),
    )


def test_closeness_of_meaning_alone_joins_only_when_very_close() -> None:
    first = _features("first", 1.0, 1)
    clusterer = Clusterer()
    clusterer.add(first)
    # Cosine 0.6, nothing else shared: two stories of one theme the same week.
    theme = _features("theme", 0.6, 2)
    score, signals = clusterer.score(theme, first, 0.6, 0.0)
    assert score == 0.0 and "embedding alone" in [str(s) for s in signals]
    assert clusterer.add(theme).story_id == "theme"
    # Without the rule the same pair joins.
    assert Clusterer(Weights(lone_cosine=0.0)).score(theme, first, 0.6, 0.0)[0] >= Weights().join
    # Very close in meaning (a translation that shares no name): it joins.
    assert Clusterer().score(_features("close", 0.7, 3), first, 0.7, 0.0)[0] >= Weights().join


def test_a_shared_name_backs_the_embedding_but_a_shared_actor_does_not() -> None:
    names = frozenset({"fictional corp", "gatekeeper vpn"})
    first = _features("first", 1.0, 1, names=names, actors=frozenset({"blackfin"}))
    backed = _features("backed", 0.6, 2, names=names)
    assert Clusterer().score(backed, first, 0.6, 0.0)[0] >= Weights().join
    # Same gang, nothing else in common: "same actor, other victim", in any language.
    gang = _features("gang", 0.6, 3, actors=frozenset({"blackfin"}))
    score, signals = Clusterer().score(gang, first, 0.6, 0.0)
    assert (
        score == 0.0
        and "shared actor blackfin" in [str(s) for s in signals]
        and "embedding alone" in [str(s) for s in signals]
    )


def _catalog(article_id: str, product: str, source: str = "Fictional Wire") -> Features:
    title = f"Fictional Agency adds {product} flaw to its Known Exploited Vulnerabilities catalog"
    text = (
        f"The Fictional Agency added a flaw in {product} to its Known Exploited Vulnerabilities "
        "catalog, ordering federal agencies to apply the vendor's fix within three weeks."
    )
    return features_for([Input(article_id, DAY, title, text, source)])[0]


def test_one_outlets_templated_headlines_naming_two_products_stay_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    router = _catalog("router", "Acme Router")
    browser = _catalog("browser", "Zeta Browser")
    cosine = float(router.embedding @ browser.embedding)
    text = float((router.minhash == browser.minhash).mean())
    # Without the rule (nor the one of two catalogue additions, which also applies across
    # outlets: tests/test_story_catalogue_additions.py) the template's shared wording joins them.
    with monkeypatch.context() as patched:
        patched.setattr("veilleur.cluster.pair_score.additions_apart", lambda new, old: False)
        assert Clusterer(Weights(template=9.0)).score(browser, router, cosine, text)[0] >= Weights().join
    clusterer = Clusterer()
    clusterer.add(router)
    score, signals = clusterer.score(browser, router, cosine, text)
    assert score == 0.0 and "same outlet, other subject" in [str(s) for s in signals]
    assert clusterer.add(browser).story_id == "browser"
    # The outlet's second page on the same product is the same story.
    assert clusterer.add(_catalog("router-again", "Acme Router")).story_id == "router"


LEAK = (
    "The fictional Blackfin ransomware gang listed {name} on its leak site on Monday, claiming "
    "to hold 200 GB of stolen files and giving the company five days to pay."
)


def _leak(article_id: str, name: str, victims: list[str]) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.RANSOMWARE,
        victims=[Victim(name=victim) for victim in victims],
        threat_actors=[Named(name="Blackfin", canonical="Blackfin")],
    )
    title = f"Blackfin gang claims attack on {name}"
    return features_for([Input(article_id, DAY, title, LEAK.format(name=name), f"wire {article_id}", intel)])[
        0
    ]


def test_a_templated_page_whose_victim_was_missed_does_not_join_another_victims_page() -> None:
    valmont = _leak("valmont", "Valmont Foods", ["Valmont Foods"])
    serrano = _leak("serrano", "Serrano Logistics", [])  # the recogniser missed the victim
    cosine = float(valmont.embedding @ serrano.embedding)
    text = float((valmont.minhash == serrano.minhash).mean())
    assert text >= Weights().template
    assert Clusterer(Weights(template=9.0)).score(serrano, valmont, cosine, text)[0] >= Weights().join
    clusterer = Clusterer()
    clusterer.add(valmont)
    score, signals = clusterer.score(serrano, valmont, cosine, text)
    assert score == 0.0 and "victim not named" in [str(s) for s in signals]
    assert clusterer.add(serrano).story_id == "serrano"
    # Another outlet's page on Valmont, its victim missed too, names Valmont: it joins.
    assert clusterer.add(_leak("valmont-2", "Valmont Foods", [])).story_id == "valmont"


def test_headline_words_of_a_theme_do_not_back_the_embedding() -> None:
    """'New malware campaign targets users' and 'Nouvelle campagne de malware': one theme."""
    first = _features("first", 1.0, 1, title_words=frozenset({"new", "malware", "campaign", "fictionalbank"}))
    theme = _features("theme", 0.6, 2, title_words=frozenset({"new", "malware", "campaign", "zetaport"}))
    score, signals = Clusterer().score(theme, first, 0.6, 0.0)
    assert score == 0.0 and "embedding alone" in [str(s) for s in signals]
    # A headline word that names the event (the bank) backs it.
    event = _features("event", 0.6, 3, title_words=frozenset({"malware", "fictionalbank"}))
    assert Clusterer().score(event, first, 0.6, 0.0)[0] >= Weights().join


def _report(article_id: str, title: str, category: Category, text: str = "") -> Features:
    intel = Intel(relevant=True, relevance_score=1.0, category=category)
    body = text or (
        "Flights at Fictional Harbour Airport were delayed after a cyberattack on its check-in "
        "provider, Fictional Systems; the National Fictional Crime Agency is investigating."
    )
    return features_for([Input(article_id, DAY, title, body, f"wire {article_id}", intel)])[0]


def test_an_arrest_or_a_takedown_does_not_join_the_attack_it_follows() -> None:
    """The arrest weeks after an attack (or a gang's takedown) shares every name of the attack's
    report; its category and its headline both say it is a police action: another event."""
    attack = _report("attack", "Cyberattack on Fictional Harbour Airport delays flights", Category.RANSOMWARE)
    arrest = _report(
        "arrest",
        "Police arrest man over Fictional Harbour Airport cyberattack",
        Category.LAW_ENFORCEMENT,
        "A man in his forties was arrested in Fictionshire on Tuesday and released on bail, weeks "
        "after the attack that grounded flights in September.",
    )
    assert arrest.enforcement and not attack.maybe_enforcement
    # Without the rule the shared names and meaning join them.
    assert Clusterer(Weights(other_kind=0.0)).score(arrest, attack, 0.45, 0.05)[0] >= Weights().join
    score, signals = Clusterer().score(arrest, attack, 0.45, 0.05)
    assert score < Weights().join and "different kinds of event" in [str(s) for s in signals]
    # Another outlet's (or a French) report of the arrest joins the arrest.
    french = _report(
        "arrestation",
        "Arrestation d'un suspect après la cyberattaque de l'aéroport Fictional Harbour",
        Category.LAW_ENFORCEMENT,
        "Un homme a été arrêté après la cyberattaque contre Fictional Systems qui a retardé les vols "
        "de l'aéroport Fictional Harbour ; la National Fictional Crime Agency enquête.",
    )
    assert Clusterer().score(french, arrest, 0.45, 0.05)[0] >= Weights().join
    # A police action one side reads as an attack story but whose headline says "seized" (or
    # the reverse) is no proof of two events: the takedown's reports still join.
    seized = _report("seized", "Police seize Fictional Systems attackers' servers", Category.LAW_ENFORCEMENT)
    loses = _report("loses", "Fictional Systems attackers lose their servers", Category.LAW_ENFORCEMENT)
    assert loses.maybe_enforcement and not loses.enforcement
    assert "different kinds of event" not in [str(s) for s in Clusterer().score(loses, seized, 0.45, 0.05)[1]]


def _fix(article_id: str, title: str, vendor: str, text: str) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.VULNERABILITY,
        vulnerability=VulnerabilityFacts(vendor=vendor),
    )
    return features_for([Input(article_id, DAY, title, text, f"wire {article_id}", intel)])[0]


def test_two_vendors_fixes_the_same_day_stay_apart_and_one_vendors_reports_join() -> None:
    """Two vendors' monthly fixes (or two vendors' vault flaws) read alike and share the month's
    words; each article names its vendor and never the other's: two disclosures."""
    orvane = _fix(
        "orvane",
        "Orvane patches 12 important vulnerabilities in its August update",
        "Orvane",
        "Orvane released fixes for 12 flaws in its office suite on Tuesday, two of them critical.",
    )
    quill = _fix(
        "quill",
        "Quillsoft fixed 26 flaws in its ERP suite, including 4 critical",
        "Quillsoft",
        "Quillsoft released its monthly security update on Tuesday, with 26 fixes for its ERP suite.",
    )
    assert orvane.vendor == {"orvane"} and quill.vendor == {"quillsoft"}
    assert Clusterer(Weights(other_vendor=0.0)).score(quill, orvane, 0.4, 0.08)[0] >= Weights().join
    score, signals = Clusterer().score(quill, orvane, 0.4, 0.08)
    assert score < Weights().join and "different vendors" in [str(s) for s in signals]
    # Another outlet's report of Orvane's update joins it, and so does a French one.
    again = _fix(
        "orvane-2",
        "Orvane's August update fixes a dozen flaws",
        "Orvane Corp",
        "Orvane shipped 12 fixes on Tuesday for its office suite, including two critical bugs.",
    )
    french = _fix(
        "orvane-fr",
        "Orvane corrige 12 vulnérabilités dans sa mise à jour d'août",
        "Orvane",
        "Orvane a publié mardi des correctifs pour 12 failles de sa suite bureautique.",
    )
    for report in (again, french):
        score, signals = Clusterer().score(report, orvane, 0.7, 0.08)  # one event reads closer
        assert score >= Weights().join and "different vendors" not in [str(s) for s in signals]
    # A report that names the other vendor too (a round-up of the day's fixes) is not told apart.
    both = _fix(
        "both",
        "Quillsoft fixed 26 flaws in its August 2026 update",
        "Quillsoft",
        "Quillsoft released its August update on Tuesday, the day Orvane shipped its own fixes.",
    )
    assert "different vendors" not in [str(s) for s in Clusterer().score(both, orvane, 0.4, 0.08)[1]]
