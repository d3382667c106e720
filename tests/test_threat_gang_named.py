"""`named_as_gang` answers as the one pattern per name it replaces (kept here as the reference) on
sentences written for the test: each part of the pattern, the parts' edges, and a long page."""

from __future__ import annotations

import re

import pytest

from veilleur.enrich.threat_gang_named import named_as_gang


def _reference(name: str) -> re.Pattern[str]:
    """The pattern `actors._ransom_group_named` compiled for each name before."""
    return re.compile(
        rf"\b(?:ransomware|ransom|extortion)\s(?:\w+\s)?(?:group|gang|crew|operation|operators?|brand)\W+"
        rf"(?:\w+\s){{0,2}}{re.escape(name)}\b|\b{re.escape(name)}(?:['’]s)?\s(?:ransomware|locker)\b|"
        rf"\b(?:(?:groupe|gang|collectif)\sde\s(?:rançongiciel|ransomware)|rançongiciel|ransomware-gruppe|"
        rf"ransomwaregroep|ransomwarebende)\s(?:\w+\s)?{re.escape(name)}\b|"
        rf"\b(?:ransomware|extortion)\s(?:groups|gangs|crews|operations|brands)\s(?:such as|including|like|"
        rf"namely)\s[^.;:\n]{{0,200}}?\b{re.escape(name)}\b",
        re.I,
    )


TEXTS = [
    "A new ransomware group called Quillfire claimed the attack on a fictional bakery.",
    "The extortion crew -- #Quillfire posted the files.",
    "The ransom gang behind the Quillfire leaks went quiet.",
    "Ransomware operators: Quillfire, then Quillfire2.",
    "ransomware operator, Quillfire said",
    "a ransomware brand named after the Quillfire bird",
    "The RANSOMWARE GROUP Quillfires is another one.",
    "Quillfire’S LOCKER was seen; Quillfire's ransomware too.",
    "Quillfire ransomwares are not a kind.",
    "le groupe de rançongiciel Quillfire a revendiqué l'attaque",
    "Die Ransomware-Gruppe Quillfire und de ransomwaregroep Emberline",
    "ransomware gangs such as Kestrel, Emberline and Quillfire hit schools",
    "extortion groups including Kestrel. Later, Quillfire was named",
    "ransomware crews like Kestrel; Quillfire",
    "ransomware operations namely " + "x" * 195 + " Quillfire",
    "ransomware operations namely " + "x" * 205 + " Quillfire",
    "Quillfire is a bird. Nothing else is said about ransomware here.",
    "ransom group group Quillfire and the ransomware gang of Ember Line",
    "the ransomware gang (Quillfire) is back",
    "ransomware group:\n\n  Quill fire Quillfire",
]
NAMES = [
    "Quillfire",
    "quillfire",
    "Quill fire",
    "Emberline",
    "Ember Line",
    "Kestrel",
    "#Quillfire",
    "Quillfire2",
    "bird",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_answers_as_the_pattern_per_name(text: str) -> None:
    for name in NAMES:
        assert named_as_gang(name, text) == bool(_reference(name).search(text)), name


def test_a_long_page_names_the_gang_where_it_does() -> None:
    filler = "The fictional town's bakery reopened after a quiet week. " * 2_000
    text = f"{filler}A new ransomware gang called Quillfire struck. {filler}Kestrel ransomware too."
    assert named_as_gang("Quillfire", text)
    assert named_as_gang("Kestrel", text)
    assert not named_as_gang("bakery", text)
    assert not named_as_gang("Emberline", text)
