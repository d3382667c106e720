"""Session 37's victim reads at the cost of one reading per line: `victim_short_forms` finds a name's
bracketed short form by string search, not by a pattern compiled per name (the same first match as
that pattern, on names a pattern must escape and on mentions inside longer words), and
`victim_recall_reads.recall_ties` reads a line's wordings once for all its mentions (the ties each
mention got when every wording was run for it). The texts are made up."""

from __future__ import annotations

import random
import re

import veilleur.enrich.victim_recall_reads as reads
from veilleur.enrich.victim_short_forms import _short_form, name_relations


def _per_name_pattern(name: str, text: str) -> re.Match[str] | None:
    return re.search(rf"(?<!\w){re.escape(name)}\s\((?P<short>[A-Z][A-Za-z0-9&]{{1,7}})\)", text)


def _span(match: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if match is None else (match.start("short"), match.end("short"), match.group("short"))


def test_the_first_mention_with_a_short_form_is_found_as_the_pattern_finds_it() -> None:
    rng = random.Random(37)
    names = ["Jaguar Land Rover", "AT&T", "Acme (UK) Ltd.", "Corvane", "Vane", "C++ Labs", "Ölwerk"]
    pieces = [*names, " (JLR)", " (AT&T)", "\n(CV)", " (x)", " (TOOLONGNAME)", "Super", "_", "é", " ", ". "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        for name in names:
            assert _span(_short_form(name, text)) == _span(_per_name_pattern(name, text)), (name, text)


def test_a_headline_opening_with_the_short_form_ties_the_full_name() -> None:
    text = (
        "JLR stuck in neutral as losses mount amid cyberattack cleanup\n"
        "Jaguar Land Rover (JLR) has extended the shutdown of its plants."
    )
    inside = "SuperJaguar Land Rover (JLR) has extended the shutdown of its plants."
    assert _short_form("Jaguar Land Rover", text) is not None
    assert _short_form("Jaguar Land Rover", inside) is None  # (a mention inside a longer word)
    assert "doc:untied" not in name_relations("Jaguar Land Rover", text)


def _ties_mention_by_mention(passage: str, start: int, end: int) -> set[str]:
    """`recall_ties` as each mention read it: every wording run over its window."""
    first = passage.rfind("\n", 0, start) + 1
    last = passage.find("\n", end)
    last = len(passage) if last < 0 else last
    if last - first > reads._LINE:
        first, last = max(first, start - reads._AROUND), min(last, end + reads._AROUND)
    window = passage[first:last]
    if not any(cue in window for cue in reads._CUES):
        return set()
    out: set[str] = set()
    for pattern, tie in reads._TIES:
        if pattern is reads.SUBJECT_AMID_ATTACK and len(window) >= reads._LINE:
            continue
        for match in pattern.finditer(window):
            if match.start("name") <= start - first and end - first <= match.end("name"):
                out.add(tie)
    return out


def test_a_line_read_once_gives_each_mention_the_ties_it_had() -> None:
    rng = random.Random(3340)
    lines = [
        "Corvane stuck in neutral as losses mount amid cyberattack cleanup",
        "the spies broke into Corvane, Halbright and Lumora last spring",
        "Data of 235 million Vexly users leaked online",
        "LockBit's Harrowgate Post ransom deadline flies by",
        "Halbright said the outage was unrelated to any attack",
        "Lumora of Vexly's board said nothing " * 20,
    ]
    for _ in range(200):
        passage = "\n".join(rng.choice(lines) for _ in range(rng.randrange(1, 6)))
        for name in ("Corvane", "Halbright", "Lumora", "Vexly", "Harrowgate Post", "LockBit"):
            at = passage.find(name)
            while at >= 0:
                expected = _ties_mention_by_mention(passage, at, at + len(name))
                assert reads.recall_ties(passage, at, at + len(name)) == expected, (name, passage)
                at = passage.find(name, at + 1)
