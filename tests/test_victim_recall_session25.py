"""Shapes of headlines and leads that name a victim, read on pages nobody labelled (session 25): a
progressive verb after its auxiliary ("X is recovering from a ransomware attack"), what an attack
cost ("X incurred $17 million of expenses following ransomware attack"), the stolen data a firm
speaks of ("X says stolen customer data…"), an amount between "stole" and "from", a ministry "of"
two fields, a name whose possessive is its own ("Dick's Sporting Goods"-like), a disclosure with its
day between the subject and the verb, and a recap's item that opens with a camel-case brand. Every
name is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.roundups import roundup_headlines
from veilleur.enrich.victim_full_names import possessive_name
from veilleur.enrich.victim_model import Candidate, choose
from veilleur.enrich.victim_relations import relation_features
from veilleur.enrich.victims import find_victims
from veilleur.models import Article


def article(title: str, text: str) -> Article:
    url = "https://news.example/2026/11/story"
    return Article(url=url, canonical_url=url, title=title, text=text)


@pytest.mark.parametrize(
    ("headline", "victim"),
    [
        ("Norwelt Health is recovering from a ransomware attack, slowly", "Norwelt Health"),
        ("Brantico is still investigating the breach of its payroll system", "Brantico"),
        ("Quellmark was battling a cyberattack for a week", "Quellmark"),
        ("Tarvix incurred $12 million of expenses following ransomware attack", "Tarvix"),
        ("Ostrava Goods says stolen customer data was taken in a third-party breach", "Ostrava Goods"),
        ("Crooks stole $41 million from crypto platform Zendaro", "Zendaro"),
        ("Thieves allegedly stole €3.5 million from the city of Marlowe", "Marlowe"),
    ],
)
def test_the_headline_shapes_name_their_victim(headline: str, victim: str) -> None:
    assert victim in " | ".join(find_victims(headline))


def test_a_ministry_of_two_fields_is_one_body() -> None:
    found = find_victims("A ransomware gang claimed the breach of Peru's Ministry of Trade and Industry")
    assert "Ministry of Trade and Industry" in found


def test_a_list_after_a_ministry_is_not_its_name() -> None:
    # (one capitalised field after "and", not a list of firms)
    found = find_victims("Hackers breached the Ministry of Defence, Orvane and Tarnwell")
    assert "Ministry of Defence" in found


def test_a_possessive_is_the_names_own_when_its_owner_is_never_written_alone() -> None:
    text = "Hobb's Garden Supply discloses cyberattack\nHobb's Garden Supply said an intruder accessed its servers."
    assert possessive_name("Hobb's Garden Supply", text)
    assert not possessive_name("Hobb's Garden Supply", text + " Hobb said it had told the police.")
    # (a brand's own "'s", then its account: the account's platform is written alone too)
    assert not possessive_name(
        "Hobb's Instagram", "Hackers hijacked Hobb's Instagram account. Instagram said…"
    )
    # The recogniser's whole name and the halves the rules split it into: the whole is the victim.
    sentence = text.split("\n")[1]
    found = [
        Candidate("Hobb", sentence, label="ORG", features={"hit", "lang:en", "ent:ORG"}),
        Candidate("Garden Supply", sentence, label="ORG", features={"hit", "lang:en", "ent:ORG"}),
        Candidate(
            "Hobb's Garden Supply",
            sentence,
            label="ORG",
            features={"hit", "lang:en", "ent:ORG", "name:possessive"},
        ),
    ]
    model = {"bias": 0.0, "weights": {"hit": 3.0}, "threshold": 0.5}
    assert [c.name for c in choose(found, model)] == ["Hobb's Garden Supply"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quellmark on Friday disclosed that it detected unauthorized access to its platform.",
        "Quellmark incurred $4 million of costs following a ransomware attack.",
    ],
)
def test_a_disclosure_ties_its_subject_to_the_attack(sentence: str) -> None:
    assert "rel:subject" in relation_features(sentence, 0, len("Quellmark"))


def test_stole_an_amount_from_names_the_object() -> None:
    sentence = "Attackers stole $9 million from exchange Zendaro."
    start = sentence.index("Zendaro")
    assert "rel:object" in relation_features(sentence, start, start + len("Zendaro"))


def test_a_recaps_item_may_open_with_a_camel_case_brand() -> None:
    items = [
        "Spyware maker vPeek suffers data breach, exposes customer details",
        "iPhone owners in 40 countries warned about spyware",
        "Brelford Council confirms data breach after phishing attack",
    ]
    assert roundup_headlines("A week in security (November 9 - 15)", "\n\n".join(items)) == items
