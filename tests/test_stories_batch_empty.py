"""`veilleur stories --jsonl`: pages that give no word at all (a line without content, an empty
page, markup only) have nothing to compare. Every one of them hashes alike, so they once joined
one another as "near-duplicates" (MinHash agreement 1.0): each is now a story of its own, and no
page joins it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from veilleur.cli import main


def test_pages_without_a_word_are_each_their_own_story(tmp_path: Path) -> None:
    lines = [
        {"id": "no-content", "url": "https://one.example/a"},
        {"id": "empty-html", "url": "https://two.example/b", "html": ""},
        {"id": "markup-only", "url": "https://three.example/c", "html": "<html><body><p> </p></body></html>"},
        {"id": "no-content-2", "url": "https://four.example/d"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    done = CliRunner().invoke(main, ["stories", "--jsonl", str(source), str(tmp_path / "out.jsonl")])
    assert done.exit_code == 1, done.output  # the lines without content are refused, and named
    rows = {row["id"]: row for row in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())}
    assert {row["story_id"] for row in rows.values()} == set(rows), rows
    assert not any(row["joined"] or row["near_duplicate"] for row in rows.values()), rows
