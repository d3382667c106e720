"""Patterns read at the start of each line (an IOC section's heading, a definition list's item) read
the marks of their own line only. "^\\W*" and "^[-*•\\s]*" also read newlines, so tried at each line
of a run of blank or "-" lines they read the rest of the run from each: 5,000 "-" lines after an
inline mention of IOCs cost 2.6 s (find_indicators) and 1.3 s (defined_names); an article of
100,000 characters of them over a minute of enrichment. Fictional inputs only; no timing asserted."""

from __future__ import annotations

from veilleur.enrich import iocs, threat_kinds


def test_an_ioc_heading_is_not_read_across_blank_lines() -> None:
    text = "The report lists IOCs below.\n" + "-\n" * 50 + "Indicators of compromise:\nquill-c2.example\n"
    assert iocs._IOC_HEADING.match(text.replace("The report lists IOCs below.\n", "\n")) is None
    heading = iocs._IOC_HEADING.search(text)
    assert heading is not None and heading.group(0).strip() == "Indicators of compromise:"


def test_a_definition_is_not_read_across_blank_lines() -> None:
    text = "Outils utilisés :\n" + "-\n" * 50 + "\u00a0- **QuillDoor** : une backdoor écrite en Go\n"
    assert threat_kinds._DEFINED.match(text, len("Outils utilisés :\n")) is None
    assert [m.group(1) for m in threat_kinds._DEFINED.finditer(text)] == ["QuillDoor"]
    assert threat_kinds.defined_names(text) == [("malware", "QuillDoor", "explicit")]
