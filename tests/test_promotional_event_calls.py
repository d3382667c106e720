"""An event's opening call and a headline that is only an event's name and year are the event's own
promotion (GUIDE.md §2: event invitations), as is a press release labelled as an invitation to a
media briefing, on any outlet and in EN/FR/DE/NL; a report from the event
or a diary's puzzle named "challenge" stays news. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

URL = "https://diary.example/2026/11/a"


@pytest.mark.parametrize(
    "title",
    [
        "Open Now: 2026 Exemple Holiday Hack Challenge & FrostCon, (Sat, Dec 12th)",
        "Exemple Holiday Hack Challenge 2026, (Sat, Nov 7th)",
        "Exemple Security Summit 2026",
        "Registration is now open for the Exemple capture-the-flag",
        "Inscriptions ouvertes : le challenge Exemple revient",
        "Anmeldung jetzt geöffnet: Beispiel-Sicherheitstage",
        "Inschrijving nu geopend voor de Voorbeeld-hackathon",
        # a press release inviting reporters to a briefing
        "Media Briefing: Rights Groups Warn Delegates Are Poised to Approve a Sweeping Treaty",
        "Media Briefing: As Cybercrime Treaty Talks Enter Their Last Week, Rights Groups Speak",
        "Media Advisory: Exemple Foundation to Brief Reporters on the Encryption Bill",
        "Point presse : l'association Exemple présente son rapport annuel",
    ],
)
def test_an_events_call_or_bare_name_is_promotional(title: str) -> None:
    assert promotional_reason(title, "", URL)


@pytest.mark.parametrize(
    "title",
    [
        "Exemple Summit 2026: attackers lean on stolen session tokens, speakers warn",
        "Steganography Challenge, (Sat, May 3rd)",
        "Admin port left open now fixed in router firmware",
        "Hackers breach registration system of Exemple conference",
        "Rights groups warn of a sweeping treaty at a media briefing",
    ],
)
def test_a_report_from_an_event_or_a_puzzle_stays_news(title: str) -> None:
    assert not promotional_reason(title, "", URL)


@pytest.mark.parametrize(
    "call",
    [
        "Here is the link to register your free place: exemple.example/go/session",
        "Seats are limited, so book your place today.",
        "Claim your spot for the live session now.",
    ],
)
def test_a_call_to_take_a_place_at_an_event_is_promotional(call: str) -> None:
    # A fireside chat's page: its length, its audience words and no sponsor label decide nothing.
    text = (
        "Join me and the experts of Examplesoft on 14 March for a fireside chat about the risks of "
        f"adopting new tools at work. {call}"
    )
    assert promotional_reason("A fireside chat about the risks of new tools at work", text, URL)


def test_a_report_of_people_losing_their_place_stays_news() -> None:
    text = "Fans who tried to book their place at the stadium were sent to a phishing page, police said."
    assert not promotional_reason("Phishing page hits football fans booking seats", text, URL)
