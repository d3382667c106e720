"""A hedge is read the same by every rule, in the four languages read (veilleur.text.hedges): an
impact, a flaw's exploitation, what a flaw allows and a complaint so weighed are not stated as done.
Before, each rule had its own list: "zouden … gestolen", "könnten … gestohlen worden sein",
"potentiellement été dérobées" were thefts stated, "la faille pourrait être activement exploitée"
an exploitation stated, "zou aangifte doen" a complaint filed. Fictional sentences."""

from __future__ import annotations

import pytest

from veilleur.brief.flaw_phrases import hedged as effects_hedged
from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.vulnerability import states_exploitation, vulnerability_facts
from veilleur.text.hedges import HEDGE, hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "Customer data was conceivably stolen during the intrusion at Orbelia.",
        "Des données de clients ont potentiellement été dérobées lors de l'intrusion chez Orbelia.",
        "Bij de inbraak bij Orbelia zouden gegevens van klanten zijn gestolen.",
        "Wellicht zijn bij Orbelia gegevens van klanten gestolen.",
        "Bei dem Einbruch bei Orbelia könnten Daten von Kunden gestohlen worden sein.",
        "Vermutlich wurden bei Orbelia Daten von Kunden gestohlen.",
        # hearsay, one list too
        "Des données de clients ont prétendument été dérobées chez Orbelia.",
    ],
)
def test_a_hedged_impact_is_not_stated_in_any_language(sentence: str) -> None:
    assert find_impacts(sentence) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "In May, customer data was stolen during the intrusion at Orbelia.",  # the month
        "Zo snel mogelijk na de inbraak bleek dat gegevens van klanten gestolen waren.",  # as soon as
        "Des données de clients ont été dérobées lors de l'intrusion chez Orbelia.",
        "Bei dem Einbruch bei Orbelia wurden Daten von Kunden gestohlen.",
    ],
)
def test_a_stated_impact_stays_stated(sentence: str) -> None:
    assert [impact.kind for impact in find_impacts(sentence)] == ["data_stolen"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orbelia flaw has conceivably been exploited in the wild.",
        "La faille d'Orbelia pourrait être activement exploitée.",
        "La faille d'Orbelia aurait été exploitée dans la nature.",
        "Het lek in Orbelia zou actief misbruikt worden.",
        "Die Lücke in Orbelia könnte bereits aktiv ausgenutzt werden.",
    ],
)
def test_hedged_exploitation_is_not_stated_in_any_language(sentence: str) -> None:
    assert not states_exploitation(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "La faille d'Orbelia est activement exploitée.",
        "Het lek in Orbelia wordt actief misbruikt.",
        "Die Lücke in Orbelia wird aktiv ausgenutzt.",
    ],
)
def test_exploitation_stated_in_any_language_stays_stated(sentence: str) -> None:
    assert states_exploitation(sentence), sentence


@pytest.mark.parametrize(
    ("text", "weighed"),
    [
        ("Un attaquant distant aurait pu exécuter du code sur la passerelle Orbelia.", True),
        ("Le bogue permettrait potentiellement d'exécuter du code sur la passerelle Orbelia.", True),
        ("The Orbelia bug perhaps lets a remote attacker execute arbitrary code.", True),
        ("The Orbelia bug supposedly lets a remote attacker execute arbitrary code.", True),
        ("Un attaquant distant peut exécuter du code sur la passerelle Orbelia.", False),
    ],
)
def test_what_a_flaw_allows_is_said_as_possible_when_weighed(text: str, weighed: bool) -> None:
    facts = vulnerability_facts(
        "Faille critique dans la passerelle Orbelia",
        "Une faille critique touche la passerelle Orbelia. " + text,
        [],
    )
    assert facts is not None and facts.effects, text
    assert effects_hedged(facts) is weighed, text


def test_the_words_of_each_language_are_hedges() -> None:
    for sentence in (
        "the attackers may have accessed the records",
        "l'attaque pourrait permettre un accès",
        "les pirates auraient dérobé des fichiers",
        "de aanvallers zouden toegang hebben gehad",
        "de aanvallers kunnen mogelijk toegang hebben gehad",
        "die Angreifer hatten möglicherweise Zugriff",
        "die Angreifer hatten eventuell Zugriff",
    ):
        assert hedged(sentence), sentence
    for sentence in ("in May 2025 the attackers stole files", "zo snel mogelijk hersteld", "zoveel mogelijk"):
        assert not hedged(sentence), sentence
    assert HEDGE.search("Mogelijk zijn gegevens gestolen") is not None
