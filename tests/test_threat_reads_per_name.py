"""What threat recognition asks the whole text is asked once per name, or once per text, however
often the page repeats a mention: the kind written after a bare family ("AllaKore" then "AllaKore
RAT"), the galaxy group the text calls a family, and the spans where the text lists payloads.
Asked for each mention, a claim repeated 4,300 times cost 30 s of CPU, 10,000 gang names 14 s;
bench/hostile_inputs.py measures the cost, these count the questions. The pages are fictional."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

import veilleur.enrich.actors as actors
import veilleur.enrich.threat_context as threat_context
from veilleur.enrich.actors import find_threats


def test_a_repeated_mention_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: Counter[tuple[str, str]] = Counter()
    kind_spelling = actors.kind_spelling

    def counted(text: str, written: str, kind: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
        asked[written, kind] += 1
        return kind_spelling(text, written, kind, aliases)

    monkeypatch.setattr(actors, "kind_spelling", counted)
    text = "Quillpage hit by AllaKore\n" + "AllaKore was seen on the fictional Quillpage hosts. " * 300
    found = find_threats(text + "The crooks deliver AllaKore RAT by mail.")
    assert asked and max(asked.values()) == 1, asked
    # the answer of every mention: the spelling with the kind, written last, is one of its names
    assert [(m.name, "AllaKore RAT" in m.aliases) for m in found[1]] == [("AllaKore", True)]


class _CountedPattern:
    def __init__(self, pattern: re.Pattern[str], counts: Counter[str]) -> None:
        self.pattern, self.counts = pattern, counts

    def finditer(self, text: str) -> Any:
        self.counts[self.pattern.pattern] += 1
        return self.pattern.finditer(text)


def test_payload_lists_are_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    counts: Counter[str] = Counter()
    for name in ("_PAYLOAD_LIST", "_OTHER_KIND_LIST"):
        monkeypatch.setattr(threat_context, name, _CountedPattern(getattr(threat_context, name), counts))
    threat_context._list_spans.cache_clear()
    gangs = ", ".join(f"the Zork{i} ransomware gang" for i in range(300))
    text = (
        f"Ransomware gangs named on the fictional leak site: {gangs}. The Qilin ransomware gang claimed it."
    )
    actors_found, _ = find_threats(text)
    assert len(counts) == 2 and set(counts.values()) == {1}, counts
    assert "Qilin" in {a.name for a in actors_found}


def test_brand_answers_are_those_of_each_name() -> None:
    # a payload listed, a gang at work: read from the spans read once for the text
    text = (
        "Storm-0000 deployed strains such as Warlock and Qilin on the fictional Quillpage servers. "
        "Separately, the Medusa gang claimed a second attack."
    )
    assert not threat_context.brand_is_group(text, ["Warlock"])
    assert threat_context.brand_is_group(text, ["Medusa"])
