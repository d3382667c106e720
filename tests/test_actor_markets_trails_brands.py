"""Three shapes of actor names (enrich/threat_described.py, threat_handles.py, threat_context.py):
a crime market the law acts against in its sentence is an actor (guide §13, facilitators), a forum
only named as where something was posted is not; an account's handle on an identity trail ("an
account registered under the username X", "someone using the handle X") is no actor of its own; a
ransomware brand an apposition calls a gang ("the “X Group”, a ransomware collective") is an actor
as well as malware, even when a sentence also speaks of its builder. Names and sentences are made up
for these tests."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.threat_handles import handles


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police seized the domains of Quillmarkt cybercrime marketplaces on Tuesday.", "Quillmarkt"),
        (
            "Prosecutors seized credit card marketplace ZapCardz and charged its two administrators.",
            "ZapCardz",
        ),
        ("Europol took down the carding forum DumpHaven after a two-year investigation.", "DumpHaven"),
    ],
)
def test_a_crime_market_the_law_acts_against_is_an_actor(text: str, name: str) -> None:
    assert name in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        # a forum named as the place of a leak, with no act of law: a place, no actor
        "The stolen records of Brightwater Dental were posted on the cybercrime forum DumpHaven last week.",
        # the law acting on someone else, the market named in another sentence
        "Police arrested a courier in Lyon. He had bought cards on the carding forum DumpHaven.",
    ],
)
def test_a_forum_named_as_a_place_is_no_actor(text: str) -> None:
    assert "DumpHaven" not in _actors(text)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        (
            "The same email address was used to register an account at Exforum under the username “Vorpal9.”",
            "Vorpal9",
        ),
        (
            "Another account created from that address under the nickname “Quibble” shared the password.",
            "Quibble",
        ),
        (
            "The service was first advertised on a forum by someone using the handle “MirrorTusk.”",
            "MirrorTusk",
        ),
    ],
)
def test_an_account_on_an_identity_trail_is_no_actor(text: str, handle: str) -> None:
    assert handle not in [h for h, _, _ in handles(text)]
    assert handle not in _actors(text)


def test_a_criminal_using_a_handle_is_still_an_actor() -> None:
    text = 'The rogue commits were made by a hacker using the alias "qorvex77," the maintainers said.'
    assert "qorvex77" in _actors(text)


def test_a_ransomware_brand_an_apposition_calls_a_gang_is_an_actor() -> None:
    text = (
        "Leaked Babuk builder code lives on as RA Group. Researchers have named this new team the "
        "“RA Group”, a ransomware collective which began last month."
    )
    actors, malware = find_threats(text)
    assert "RA Group" in [a.name for a in actors]
    assert "RA Group" in [m.name for m in malware]
