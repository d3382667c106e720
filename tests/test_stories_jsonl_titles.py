"""`veilleur stories --jsonl`: each output line names its source by its headline (`title`) and
its story by the title its post would take (`story_title`: the story's first article's), so an
analyst reading the JSONL sees what each story is about without the pages."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from veilleur.cli import main

ATTACK = (
    "Orvale Logistics, a fictional freight company, was hit by ransomware on Monday, the company said. "
    "Its warehouse servers were encrypted, shipments were halted at three depots and the police are "
    "investigating the ransomware attack on Orvale Logistics."
)
OTHER = (
    "The town of Brackmoor opened its annual garden show on Saturday, with roses, tulips and a prize "
    "for the best vegetable patch chosen by the gardeners of the county."
)


def test_each_line_has_its_title_and_its_story_title(tmp_path: Path) -> None:
    lines = [
        {"id": "first", "url": "https://a.example/1", "title": "Ransomware hits Orvale Logistics",
         "text": ATTACK, "published": "2026-11-30T08:00:00+00:00"},
        {"id": "second", "url": "https://b.example/2", "title": "Orvale Logistics  halts\nshipments after attack",
         "text": ATTACK, "published": "2026-11-30T12:00:00+00:00"},
        {"id": "untitled", "url": "https://c.example/3",
         "html": "<html><head><title>Brackmoor garden show opens</title></head><body><article>"
                 f"<h1>Brackmoor garden show opens</h1><p>{OTHER}</p></article></body></html>",
         "published": "2026-11-30T09:00:00+00:00"},
    ]  # fmt: skip
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    done = CliRunner().invoke(main, ["stories", "--jsonl", str(source), str(tmp_path / "out.jsonl")])
    assert done.exit_code == 0, done.output
    rows = {row["id"]: row for row in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())}
    assert rows["second"]["story_id"] == "first"
    assert rows["second"]["title"] == "Orvale Logistics halts shipments after attack"  # on one line
    # The story's title is its first article's, on every line of the story.
    assert rows["first"]["story_title"] == rows["second"]["story_title"] == "Ransomware hits Orvale Logistics"
    # A line without a `title` is named by its page's headline.
    assert rows["untitled"]["title"] == rows["untitled"]["story_title"] == "Brackmoor garden show opens"
