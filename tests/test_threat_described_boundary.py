"""`described_actor` opens on one word boundary for all its branches: the same matches as the
branches alone (each of which opens on one), found without trying every branch at every character."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]
from re._constants import ASSERT_NOT, AT, AT_BOUNDARY, BRANCH, SUBPATTERN  # type: ignore[import-not-found]

from veilleur.enrich.threat_described import described_actor, described_names

SENTENCES = [
    "Quillfire, a ransomware group, claimed the attack on a fictional bakery.",
    "according to Quillfire, a hacking group, the files are real",
    "The Ember Line, the threat actor behind the campaign, went quiet.",
    "Kestrel hacktivists and Zorvath threat actors were named; the attack was claimed by Quillfire.",
    "Quillfire has added the school to its leak site. Kestrel claimed responsibility for it.",
    "le groupe de pirates « Quillfire » et die Hackergruppe Kestrel, de hackersgroep Emberline",
    "a group of online hooligans calling themselves the Quillfire; Web Hacking Service ‘Kestrel’",
    "Police seized the domains of Quillfire cybercrime marketplaces. xQuillfire, a hacking group",
]


def _branches_open_on_a_boundary(items: list[tuple[object, object]]) -> bool:
    for op, av in items:
        if op is ASSERT_NOT and av[0] < 0:  # type: ignore[index]
            continue  # a look-behind reads no character: the boundary may follow it
        if op is AT:
            return av is AT_BOUNDARY
        if op is SUBPATTERN:
            return _branches_open_on_a_boundary(av[3].data)  # type: ignore[index]
        if op is BRANCH:
            return all(_branches_open_on_a_boundary(b.data) for b in av[1])  # type: ignore[index]
        return False
    return False


def test_every_branch_opens_on_a_word_boundary() -> None:
    pattern = described_actor()
    inner = pattern.pattern.removeprefix(r"\b(?:").removesuffix(")")
    parsed = _parser.parse(inner, pattern.flags & ~re.UNICODE)
    assert parsed.data[0][0] is BRANCH and len(parsed.data) == 1
    assert _branches_open_on_a_boundary(parsed.data)


def test_the_same_matches_as_the_branches_alone() -> None:
    pattern = described_actor()
    inner = re.compile(pattern.pattern.removeprefix(r"\b(?:").removesuffix(")"), pattern.flags)
    found = 0
    for sentence in SENTENCES:
        ours = [(m.span(), m.groups()) for m in pattern.finditer(sentence)]
        assert ours == [(m.span(), m.groups()) for m in inner.finditer(sentence)], sentence
        found += len(ours)
    assert found >= len(SENTENCES)
    assert described_names(SENTENCES[0]) == ["Quillfire"]
