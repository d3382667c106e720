"""A name the page writes as the attackers' own ("the X gang", "X ransomware group", "the
cybercriminals behind X", "attacks perpetrated by X") is no victim, whatever the model says of its
headline; the attacked named in those shapes ("the hackers behind the X breach") stays one. Every
text is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import admissible
from veilleur.enrich.victim_model import candidates
from veilleur.enrich.victim_written_as import written_as_gang

_TITLE = "Kravex ransomware group rings its victims to extort money"
_TEXT = (
    "The Kravex group has a new way of putting pressure on the companies it breaches: it calls their "
    "executives on the phone. Researchers at Halvane, which saw two attacks perpetrated by Kravex last "
    "week, say the calls are threatening. The Kravex ransomware group encrypts files on company networks "
    "and demands payment for the key."
)


def test_a_gang_the_headline_names_is_no_victim() -> None:
    found = {c.name: c for c in candidates(_TITLE, _TEXT)}
    assert "written:gang" in found["Kravex"].features
    assert not admissible(found["Kravex"])


@pytest.mark.parametrize(
    ("name", "text", "gang"),
    [
        ("Dorvane", "a new strain of malware from the Dorvane gang", True),
        ("Dorvane", "the cybercriminals behind Dorvane even try to quash any guilt", True),
        ("Palmora Bank", "the hackers behind the Palmora Bank breach were never caught", False),
        ("Palmora Bank", "the Palmora Bank attackers asked for $2 million", False),
        ("Palmora Bank", "an attack carried out by the Palmora Bank's former contractor", False),
    ],
)
def test_only_the_attackers_shapes_make_a_gang(name: str, text: str, gang: bool) -> None:
    assert written_as_gang(name, text) is gang
