"""`veilleur stories --jsonl` on lines that give no date, an implausible one, or no words at all.

A line with no date (none given, one that reads as none, or 2999) was dated 1970 and joined only
other undated lines: one outlet's missing date split an event in two stories. It is now dated as
the dated line before it, as a run dates an item by the day it collected it. Two pages with
nothing to read had the same MinHash (of the empty word) and joined as near-duplicates of each
other. The pages are fictional."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from veilleur.cli import main


def _report(victim: str, detail: str) -> str:
    return (
        f"The fictional {victim} was hit by a ransomware attack on Monday: the attackers encrypted its "
        f"servers and stole patient records, and {victim} diverted ambulances to nearby sites. {detail} "
    ) * 4


def _run(tmp_path: Path, records: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = CliRunner().invoke(main, ["stories", "--jsonl", str(source), str(tmp_path / "out.jsonl")])
    assert done.exit_code == 0, done.output
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    return {str(row["id"]): row for row in rows}


def test_a_report_without_a_plausible_date_joins_its_dated_event(tmp_path: Path) -> None:
    quill, marsh = "Quillfield County Hospital", "Marshbury Water Board"
    rows = _run(
        tmp_path,
        [
            {
                "id": "dated",
                "url": "https://one.example/q",
                "title": f"Ransomware attack on {quill}",
                "published": "2025-05-05T09:00:00Z",
                "text": _report(quill, "Police are investigating."),
            },
            {
                "id": "other event",
                "url": "https://one.example/m",
                "title": f"Ransomware attack on {marsh}",
                "published": "2025-05-05T10:00:00Z",
                "text": _report(marsh, "Water supply was not affected."),
            },
            {
                "id": "undated",
                "url": "https://two.example/q",
                "title": f"{quill} diverts ambulances after ransomware attack",
                "text": _report(quill, "The hospital said care continued."),
            },
            {
                "id": "year 2999",
                "url": "https://three.example/q",
                "title": f"{quill} hit by ransomware",
                "published": "2999-05-05",
                "text": _report(quill, "Patients were told to expect delays."),
            },
        ],
    )
    story = rows["dated"]["story_id"]
    assert rows["undated"]["story_id"] == story and rows["year 2999"]["story_id"] == story
    assert rows["other event"]["story_id"] != story
    assert "no plausible date" in str(rows["year 2999"]["notes"])


def test_two_pages_with_nothing_to_read_are_no_copies_of_each_other(tmp_path: Path) -> None:
    rows = _run(
        tmp_path,
        [
            {
                "id": "scripts",
                "url": "https://one.example/s",
                "html": "<html><script>var a = 1;</script></html>",
            },
            {"id": "blank", "url": "https://two.example/b", "text": "   "},
        ],
    )
    assert rows["scripts"]["story_id"] != rows["blank"]["story_id"]
    assert rows["blank"]["near_duplicate"] is False and rows["blank"]["joined"] is None
