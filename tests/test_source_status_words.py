"""A source's status speaks of what the source is: a capture folder's unreadable files are not a
"feed ok, pages failing" (what a new user read for a folder of Markdown copies)."""

from __future__ import annotations

import pytest

from veilleur.report import source_status
from veilleur.summary import SourceReport


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("feed", "feed ok[/green], [yellow]pages failing 2/5 (empty page)"),
        ("page", "page ok[/green], [yellow]articles failing 2/5 (empty page)"),
        ("files", "folder ok[/green], [yellow]files failing 2/5 (empty page)"),
    ],
)
def test_status_in_the_source_s_own_words(kind: str, said: str) -> None:
    report = SourceReport("s", kind=kind, pages_tried=5, pages_failed={"empty page": 2})
    assert said in source_status(report)
    assert "ok" in source_status(SourceReport("s", kind=kind)) and "failing" not in source_status(
        SourceReport("s", kind=kind)
    )
