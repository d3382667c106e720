"""A text whose first line invites its reader to the organiser's event is the invitation (GUIDE.md §2:
webinar or event invitations), whatever the talk's subject; a podcast episode that opens "Join us as
we…" is a show, and a report never opens on the imperative. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

URL = "https://www.example.org/deeplinks/2025/02/page"
REST = (
    "\n\nThe book tells how a small lab traced spyware sold to governments, and what it cost the "
    "researchers who did it. Bring your questions for the author; the talk will be recorded."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Join our director Jane Doe in conversation with the author of a new book on cyber espionage.",
        "Join us for a live webinar on how ransomware crews pick their targets.",
        "Rejoignez-nous pour une table ronde sur la sécurité des hôpitaux.",
        "Begleiten Sie uns beim Workshop über sichere Passwörter.",
    ],
)
def test_a_lead_inviting_the_reader_to_an_event_is_promotional(lead: str) -> None:
    assert promotional_reason("An evening with the author of Tracking Spies", lead + REST, URL, "en")


def test_a_podcast_opening_on_join_us_is_a_show() -> None:
    text = "Join us as we talk to a researcher who found a flaw in a panel for hotel door locks." + REST
    assert not promotional_reason("Examplecast podcast #12: door locks", text, URL, "en")


def test_a_report_naming_a_conference_is_news() -> None:
    text = (
        "Attackers joined a video conference of the city council and played a recording, police said." + REST
    )
    assert not promotional_reason("Council meeting hijacked by intruders", text, URL, "en")
