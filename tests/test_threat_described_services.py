"""Groups and services named by the words around them (enrich/threat_described.py): people who call
themselves by a name ("a group of online hooligans calling themselves the X", "des pirates se
faisant appeler X") and a service for criminals in the apposition ("X[.]com, an attack-for-hire
service", "X, un service de vérification de cartes") are actors; a legitimate service described by what
it protects from is not. The names and sentences are made up for these tests."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Members of a group of online hooligans calling themselves the Marsh Owls flooded the consoles.",
            "Marsh Owls",
        ),
        ("Hackers calling themselves Quiet Wharf claimed the outage of the ferry company.", "Quiet Wharf"),
        ("Des pirates se faisant appeler « Nuit Basse » ont revendiqué la panne de la mairie.", "Nuit Basse"),
        ("Un groupe qui se fait appeler Brume Grise a revendiqué l'attaque.", "Brume Grise"),
        ("For a decade he openly ran Stormpanel[.]com, a popular attack-for-hire service.", "Stormpanel"),
        (
            "He operated Kardvex, a card-checking service popular with carders.",
            "Kardvex",
        ),
        ("Kloudbunker Ltd, a bulletproof hosting provider, kept the panels online.", "Kloudbunker Ltd"),
        ("Les enquêteurs ont saisi Carteo, un service de vérification de cartes volées.", "Carteo"),
        ("Pilonne, un service de DDoS à la demande, a été fermé par la police.", "Pilonne"),
    ],
)
def test_a_name_its_bearers_call_themselves_or_a_service_for_criminals_is_an_actor(
    text: str, name: str
) -> None:
    assert name in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shieldnet, a DDoS protection service, absorbed the flood. Trainly, a phishing training platform, said so.",
        "Chatto, a messaging platform popular with criminals, removed the channel.",
        "Tradely, an e-commerce platform often used by cybercrime forum members, closed the shops.",
        "Acme IT Solutions Ltd, a bulletproof hosting provider, was named in the report.",
        "Tradely, an e-commerce platform often used by cybercrime forum members, closed the shops.",
        "Acme IT Solutions Ltd, a bulletproof hosting provider, was named; Solutions Ltd is no group.",
        "Protekta, un service de protection contre les attaques DDoS, a absorbé le trafic.",
    ],
)
def test_a_legitimate_service_is_no_actor(text: str) -> None:
    assert _actors(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cyber-crime crew Quiet Wharf has moved from retailers to insurers.", "Quiet Wharf"),
        ("Le gang cyber-criminel Brume Grise a frappé trois assureurs.", "Brume Grise"),
    ],
)
def test_a_hyphenated_cyber_crime_word_names_the_group_not_itself(text: str, name: str) -> None:
    actors = _actors(text)
    assert name in actors
    assert not [a for a in actors if a.casefold().startswith("cyber")], actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Perm is the current administrator of Grey Harbor, one of the more consequential cybercrime "
            "communities on Telegram.",
            "Grey Harbor",
        ),
        # a forum or a service for criminals, on a page where the law acts against them (guide §13)
        (
            "He launched Quarrelforums in 2022 to replace Tindlemarket, a similarly popular crime forum "
            "that was infiltrated by the FBI. He was arrested in 2023.",
            "Tindlemarket",
        ),
        (
            "A man was indicted who for 18 years operated Chex2Verify, one of the cybercrime "
            "underground's most trusted services for checking stolen cards.",
            "Chex2Verify",
        ),
        # the definite article opens the apposition, the law's verb before it
        (
            "Police seized Quarrelbazaar, the largest Dutch-speaking cybercrime marketplace, and arrested "
            "two of its admins.",
            "Quarrelbazaar",
        ),
        # the place's kind before its name, the law's verb right after (a roundup's headline)
        ("Notorious data leak site Quarrelforums seized by law enforcement", "Quarrelforums"),
    ],
)
def test_a_community_of_criminals_or_a_crime_forum_in_the_apposition_is_an_actor(
    text: str, name: str
) -> None:
    assert name in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "The files were posted on Tindlemarket, a popular hacking forum, on Tuesday.",
        # the law acts in another sentence: the forum is where the files were posted
        "The files were posted on Tindlemarket, a popular hacking forum, on Tuesday. The seller was arrested.",
        "The files were posted on Tindlemarket, the popular hacking forum, on Tuesday.",
        # a forum where a leak was posted, the law acting on the seller
        "The leak site Tindlemarket listed the data, and the seller was arrested.",
    ],
)
def test_a_crime_forum_the_law_does_not_act_against_is_a_place(text: str) -> None:
    assert "Tindlemarket" not in _actors(text)


@pytest.mark.parametrize("opening", ["With", "As", "While"])
def test_a_function_word_opening_a_sentence_before_threat_actors_is_no_name(opening: str) -> None:
    text = f"Researchers disclosed two flaws. {opening} threat actors concocting malware for plants, patching matters."
    assert _actors(text) == []


def test_a_name_before_threat_actors_is_still_one() -> None:
    assert "Zorvath" in _actors("Zorvath threat actors exploited the flaw in the routers last month.")
