"""`ScreenedUnion` gives the single alternation's matches: the same spans and captured strings, in
order, whichever branches a text can match (veilleur.text.screened_union)."""

from __future__ import annotations

import re

import pytest

from veilleur.enrich.threat_described import described_actor, described_names, described_union
from veilleur.enrich.threat_influence import influence_operations, influence_union
from veilleur.text.screened_union import ScreenedUnion, branches

TEXTS = [
    "Quillfire, a ransomware group, claimed the attack on a fictional bakery.",
    "according to Quillfire, a hacking group, the files are real",
    "The Ember Line, the threat actor behind the campaign, went quiet.",
    "Kestrel hacktivists and Zorvath threat actors were named; the attack was claimed by Quillfire.",
    "Quillfire has added the school to its leak site. Kestrel claimed responsibility for it.",
    "le groupe de pirates « Quillfire » et die Hackergruppe Kestrel, de hackersgroep Emberline",
    "a group of online hooligans calling themselves the Quillfire; Web Hacking Service ‘Kestrel’",
    "Police seized the domains of Quillfire cybercrime marketplaces. xQuillfire, a hacking group",
    "Nothing here names a group of any kind.",
    "",
]


def _read(found: object) -> list[tuple[tuple[int, int], list[str]]]:
    return [(m.span(), [g for g in m.groups() if g is not None]) for m in found]  # type: ignore[attr-defined]


def test_branches_split_at_the_top_level_only() -> None:
    assert branches(r"a|(?:b|c)d|[|]|[]|]x|[^]|]y|\||z") == [
        "a",
        "(?:b|c)d",
        "[|]",
        "[]|]x",
        "[^]|]y",
        r"\|",
        "z",
    ]
    with pytest.raises(ValueError):
        branches("a|(b")


def test_described_actor_read_by_its_branches() -> None:
    union = described_union()
    assert union.pattern is described_actor()
    assert len(union.branches) > 10
    for text in TEXTS:
        assert _read(union.finditer(text)) == _read(described_actor().finditer(text)), text
    assert described_names(TEXTS[0]) == ["Quillfire"]


def test_the_first_branch_wins_a_tie_and_the_scan_goes_on_from_a_match_end() -> None:
    # "ab" before "abc" at one place; overlapping matches are not read; a branch that the text
    # cannot match ("zz…") is left out without moving the others.
    union = ScreenedUnion(r"(?<!x)", ["(ab)", "(abc)", "(bca)", "zzzz(q)", "(c)"])
    for text in ["abcabc", "xabcab", "bcabc", "ccab", "zzzzq abc", "abxab"]:
        single = re.compile(r"(?<!x)(?:(ab)|(abc)|(bca)|zzzz(q)|(c))")
        assert _read(union.finditer(text)) == _read(single.finditer(text)), text


INFLUENCE = [
    "a Russian influence operation called Glassmoth spread fake articles",
    "“Glassmoth,” a disinformation network, and the “Pallid Owl” influence campaign",
    "l'opération d'influence baptisée « Verre Noir » et die Desinformationskampagne „Nachtfalter“",
    "Glassmoth, a pro-Kremlin propaganda campaign; de desinformatiecampagne Nachtuil",
    "No operation is named here, only influence and a campaign.",
]


def test_influence_operations_read_by_their_branches() -> None:
    union = influence_union()
    for text in INFLUENCE:
        assert _read(union.finditer(text)) == _read(union.pattern.finditer(text)), text
    assert influence_operations(INFLUENCE[0]) == ["Glassmoth"]
