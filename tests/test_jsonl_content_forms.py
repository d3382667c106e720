"""`--jsonl` lines that give their page in several forms (`html` and `text`, `markdown` and
`text`…): one is read, by a documented precedence — html, then markdown, then text; a blank form
yields to the next — and the line's output says which was read and which ignored (a note, never a
refusal), in `intel --jsonl` and `stories --jsonl` alike."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from veilleur.batch import batch_document
from veilleur.cli import main

HTML = (
    "<html><head><title>Ransomware hits Orvale Logistics</title></head><body><article>"
    "<h1>Ransomware hits Orvale Logistics</h1><p>Orvale Logistics, a fictional freight company, "
    "said on Monday that a ransomware attack had encrypted its warehouse servers and halted "
    "shipments across three depots while the police investigate.</p></article></body></html>"
)
TEXT = "A text that says something else entirely about a garden show and its prize-winning roses."


def test_html_is_read_before_text_and_the_note_names_the_one_ignored() -> None:
    document, _entry, note = batch_document({"id": "1", "html": HTML, "text": TEXT})
    assert document is not None and document.content_type == "text/html" and document.text == HTML
    assert "html read, text ignored" in note


def test_markdown_is_read_before_text() -> None:
    document, _entry, note = batch_document({"id": "1", "text": TEXT, "markdown": "# Title\n\nBody words."})
    assert document is not None and document.content_type == "text/markdown"
    assert "markdown read, text ignored" in note


def test_a_blank_form_yields_to_the_next_given() -> None:
    document, _entry, note = batch_document({"id": "1", "html": "  ", "text": TEXT})
    assert document is not None and document.content_type == "text/plain" and document.text == TEXT
    assert "text read, html ignored" in note


def test_one_form_gives_no_note() -> None:
    _document, _entry, note = batch_document({"id": "1", "text": TEXT})
    assert note == ""


def _batch(tmp_path: Path, command: str) -> dict[str, object]:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "both", "url": "https://news.example/a", "html": HTML, "text": TEXT}) + "\n"
    )
    out = tmp_path / f"{command}.jsonl"
    done = CliRunner().invoke(main, [command, "--jsonl", str(source), str(out)])
    assert done.exit_code == 0, done.output  # a note, not a refusal
    row: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return row


def test_intel_and_stories_batches_say_which_form_was_read(tmp_path: Path) -> None:
    intel = _batch(tmp_path, "intel")
    assert "html read, text ignored" in str(intel["notes"])
    assert intel["title"] == "Ransomware hits Orvale Logistics"  # the page's, not the text's
    stories = _batch(tmp_path, "stories")
    assert "html read, text ignored" in str(stories["notes"]) and stories["story_id"] == "both"
