"""Victims that only an earlier attack's sentences name come after the event's (fictional text)."""

from __future__ import annotations

from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_time import article_year, background, in_event_order


def _names(chosen: list[Candidate]) -> list[str]:
    return [c.name for c in chosen]


def test_a_sentence_of_an_earlier_year_or_saying_before_is_background() -> None:
    assert background("In 2016, the University of Norvale paid a ransom of $20,000.", 2025)
    assert background("Past victims of the gang have included Brelton Schools.", 2025)
    assert background("It recalls the 2019 attack on Tarvik Foods.", 0)
    assert background("Le groupe avait déjà été victime d'une attaque l'an dernier.", 2025)
    assert background("De gemeente Oostvelde werd vorig jaar ook getroffen.", 0)
    assert background("Die Stadtwerke Kelberg wurden bereits im März angegriffen.", 0)
    # a threat new to researchers, a span of time up to now: the event's own words
    assert not background("Hospitals are targeted by a previously unknown actor.", 2025)
    assert not background("In the past two weeks, Norvale Health was hit twice.", 0)
    # the article's own year, a present event: not background
    assert not background("In March 2025, Norvale Health said it was hit by ransomware.", 2025)
    assert not background("Norvale Health has been hit by a ransomware attack.", 2025)
    assert not background("La clinique Serval a été victime d'une cyberattaque.", 2025)


def test_the_article_year_is_the_latest_the_text_writes() -> None:
    assert article_year("In 2016 X was hit. On 3 May 2025 Y said it was hacked.") == 2025
    assert article_year("No year here, CVE-2024-1234 and 1.2024 aside.") == 0


def test_a_victim_named_only_in_a_background_sentence_comes_last() -> None:
    text = (
        "In 2016, the University of Norvale paid a ransom to the same gang. "
        "On 2 June 2025, Brelton Logistics said ransomware had shut its depots down."
    )
    old = Candidate("University of Norvale", features={"at:first"})
    new = Candidate("Brelton Logistics", features={"at:lead"})
    chosen = in_event_order([old, new], text)
    assert _names(chosen) == ["Brelton Logistics", "University of Norvale"]
    assert chosen[1].background and not chosen[0].background


def test_french_background_victim_comes_last_and_the_headline_stays_first() -> None:
    text = (
        "La mairie de Serval avait déjà été victime d'une attaque par rançongiciel. "
        "La clinique Ardenne a été victime d'une cyberattaque ce lundi."
    )
    mairie = Candidate("Serval", features={"at:first"})
    clinique = Candidate("Ardenne", features={"at:lead"})
    assert _names(in_event_order([mairie, clinique], text)) == ["Ardenne", "Serval"]
    # a name of the headline is the event's, whatever its other sentences say
    titled = Candidate("Serval", features={"at:title"})
    assert _names(in_event_order([titled, clinique], text)) == ["Serval", "Ardenne"]


def test_victims_of_the_event_keep_their_order() -> None:
    text = "Brelton Logistics and Tarvik Foods were hit by ransomware on 2 June 2025."
    a, b = (
        Candidate("Brelton Logistics", features={"at:first"}),
        Candidate("Tarvik Foods", features={"at:first"}),
    )
    assert _names(in_event_order([a, b], text)) == ["Brelton Logistics", "Tarvik Foods"]
