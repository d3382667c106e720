"""A model's answer padded with a run of spaces or newlines is read once through the run. The
closing fence's whitespace (`draft._FENCE`) and a bullet's indent (`guard.form.MARKUP`) were tried
from each character of the run and read the rest of it each time: an answer of 31,000 spaces cost
1.3 s to parse, a field of 31,000 newlines 5 s a guard call (plain prose of that length: 2 ms).
The patterns now begin whitespace at its run's start, or read a line's own indent; what they
remove is unchanged. Fictional answers only; no timing is asserted."""

from __future__ import annotations

import json

from veilleur.brief.draft import _FENCE, parse_draft
from veilleur.brief.guard.form import MARKUP, strip_markup


def test_a_closing_fence_is_not_matched_from_inside_a_run_of_whitespace() -> None:
    answer = "{}" + " " * 50 + "```"
    assert _FENCE.match(answer, 10) is None  # (before: the run read from here, and from each space)
    assert _FENCE.search(answer) is not None and _FENCE.search(answer).start() == 2  # type: ignore[union-attr]


def test_a_bullet_indent_is_not_read_across_blank_lines() -> None:
    text = "Intro\n" + "\n" * 50 + "  - point"
    assert MARKUP.match(text, 7) is None  # (before: read from each newline of the run)
    assert strip_markup(text) == "Intro point"


def test_fences_and_markup_are_still_removed() -> None:
    draft = {
        "heading": "Quillpage visé par une attaque",
        "summary": "Résumé.",
        "key_points": [{"label": "Faits", "text": "Texte."}],
        "recommendations": [{"label": "Conseil", "text": "Appliquer les correctifs."}],
    }
    answer = "```json\n" + json.dumps(draft, ensure_ascii=False) + "\n" + "\n" * 3_000 + "   ```"
    assert parse_draft(answer).heading == "Quillpage visé par une attaque"
    assert strip_markup("## Titre\n\n**Gras** et __souligné__\n\n* un\n   + deux\n- trois") == (
        "Titre Gras et souligné un deux trois"
    )
