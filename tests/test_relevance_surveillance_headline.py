"""A headline whose only security word is "surveillance": the watching of people by states, police,
employers and the market is the rights groups' and privacy's subject (GUIDE.md §3), unless the page
tells a security one — a text that says security at length, an attack in its lead, the cybercrime law it
is about, a model that reads it as security — or the headline names surveillanceware. Texts are
fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

RIGHTS_TEXT = (
    "A city council voted last night to let its police department buy a network of cameras that read "
    "number plates and keep the records for a year. Residents who spoke at the meeting asked who "
    "would see the records and whether they would be shared with other agencies; the council said a "
    "policy would follow. Campaigners want the purchase put to a public vote and the records kept for "
    "thirty days at most, as in the neighbouring county. "
)


@pytest.mark.parametrize(
    "title",
    [
        "Surveillance in the Suburbs",
        "Exampleton Council Says Yes to Street Surveillance Plan",
        "Worker surveillance must follow consumer reporting rules",
    ],
)
def test_surveillance_alone_in_the_headline_is_the_rights_subject(title: str) -> None:
    assert relevance_score(title, RIGHTS_TEXT, "", "en") < DEFAULT_MIN_RELEVANCE


def test_a_short_note_on_surveillance_stays_out() -> None:
    text = "A long magazine piece on how much smart kettles record about their owners' habits."
    assert relevance_score("Surveillance Via Smart Kettles", text, "", "en") < DEFAULT_MIN_RELEVANCE


def test_an_attack_in_the_lead_keeps_a_surveillance_headline() -> None:
    text = (
        "Hackers broke into thousands of home surveillance cameras in the region and streamed their "
        "feeds to a public channel, the national CERT said. " + RIGHTS_TEXT
    )
    assert relevance_score("Home Surveillance Feeds Streamed Online", text, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_the_cybercrime_law_a_surveillance_headline_is_about_keeps_it() -> None:
    text = (
        "Negotiators meet next week on the draft UN cybercrime convention, whose cross-border "
        "cooperation chapter rights groups call a surveillance treaty. " + RIGHTS_TEXT
    )
    assert relevance_score("States Must Fix the Proposed UN Surveillance Treaty", text, "", "en") >= (
        DEFAULT_MIN_RELEVANCE
    )


def test_surveillanceware_is_spyware() -> None:
    text = (
        "Vendors of commercial surveillanceware raised record sums last year while regulators looked "
        "away, a report finds. Investors say the market will double within five years. "
    )
    assert relevance_score("Surveillanceware makers thrive", text, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_french_surveillance_is_also_monitoring() -> None:
    text = (
        "Le centre opérationnel assure la surveillance des réseaux de l'hôpital jour et nuit, et alerte "
        "les équipes en cas de comportement suspect sur les serveurs. "
    ) * 2
    assert relevance_score("Surveillance des réseaux : l'hôpital se dote d'un SOC", text, "", "fr") >= (
        DEFAULT_MIN_RELEVANCE
    )
