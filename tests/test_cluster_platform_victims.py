"""A platform as the victim: Telegram, GitHub or DeepSeek is the victim of many events at once (an
outage under attack, a database left open, an abused feature), so a platform's name shared as the
victim is no sign of one event. Fictional reports, written alike on purpose."""

from __future__ import annotations

from datetime import date

from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, Intel, Victim

DAY = date(2026, 6, 1)
OUTAGE = (
    "Telegram limited new sign-ups on Monday after what it called a large-scale malicious attack on its "
    "services; existing users could still log in, and the company said it was working on a fix."
)
LEAK = (
    "Researchers found a Telegram database left open on the internet without a password, exposing more "
    "than a million lines of logs, chat history and secret keys; the company locked it within an hour."
)
LEAK_FR = (
    "Des chercheurs ont trouvé une base de données de Telegram ouverte sur Internet sans mot de passe, "
    "exposant plus d'un million de lignes de journaux, d'historique de discussions et de clés secrètes."
)
OUTAGE_FR = (
    "Telegram a limité lundi les nouvelles inscriptions après ce qu'il appelle une attaque malveillante "
    "de grande ampleur contre ses services ; les utilisateurs existants peuvent toujours se connecter."
)


def _report(article_id: str, title: str, text: str, category: Category) -> Features:
    intel = Intel(relevant=True, relevance_score=1.0, category=category, victims=[Victim(name="Telegram")])
    return features_for([Input(article_id, DAY, title, text, f"outlet {article_id}", intel)])[0]


def _score(new: Features, old: Features) -> tuple[float, list[str]]:
    return Clusterer().score(new, old, float(new.embedding @ old.embedding), 0.0)


def test_two_events_of_one_platform_victim_stay_apart_in_english_and_french() -> None:
    outage = _report("outage", "Telegram limits sign-ups amid cyberattack", OUTAGE, Category.OTHER)
    panne = _report(
        "panne", "Telegram limite les inscriptions après une cyberattaque", OUTAGE_FR, Category.OTHER
    )
    leak = _report("leak", "Telegram database exposed: keys and logs leaked", LEAK, Category.DATA_BREACH)
    fuite = _report(
        "fuite",
        "Telegram : une base de données exposée, des clés divulguées",
        LEAK_FR,
        Category.DATA_BREACH,
    )
    assert outage.victims == leak.victims == fuite.victims == {"telegram"}
    for attack in (outage, panne):
        for exposure in (leak, fuite):
            score, signals = _score(exposure, attack)
            assert score < Weights().join, (attack.id, exposure.id, signals)
            assert "platform victim telegram" in [str(s) for s in signals]
            assert not any(str(s).startswith("shared victim") for s in signals)
    clusterer = Clusterer()
    assert clusterer.add(outage).story_id == "outage"
    assert clusterer.add(leak).story_id == "leak"
    # Each event's report in the other language joins its own story.
    assert clusterer.add(panne).story_id == "outage"
    assert clusterer.add(fuite).story_id == "leak"


def test_a_victim_that_is_not_a_platform_still_counts() -> None:
    intel = Intel(
        relevant=True, relevance_score=1.0, category=Category.OTHER, victims=[Victim(name="Valmont Freight")]
    )
    first, second = features_for(
        [
            Input("a", DAY, "Valmont Freight limits sign-ups amid cyberattack", OUTAGE, "outlet a", intel),
            Input("b", DAY, "Valmont Freight database exposed", LEAK, "outlet b", intel),
        ]
    )
    assert any(str(s).startswith("shared victim") and "valmont" in str(s) for s in _score(second, first)[1])
