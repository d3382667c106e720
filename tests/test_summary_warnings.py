"""The run summary's source warnings come under a heading of their own: printed after the list of
pages not about cybersecurity, `veilleur demo` showed "harbor: absurd date 2199-01-01 ignored" as
one more row of that list."""

from __future__ import annotations

from io import StringIO

from rich.console import Console

from veilleur.report import print_summary
from veilleur.summary import RunSummary, SourceReport


def _printed(summary: RunSummary) -> list[str]:
    buffer = StringIO()
    print_summary(summary, Console(file=buffer, width=200))
    return buffer.getvalue().splitlines()


def test_source_warnings_have_their_own_heading() -> None:
    harbor = SourceReport(name="harbor", warnings=["absurd date 2199-01-01 ignored: https://news.example/a"])
    summary = RunSummary(
        sources={"harbor": harbor},
        irrelevant=[("https://news.example/cheese-fair", "not about cybersecurity (score 0.0)")],
    )
    lines = _printed(summary)
    warning = next(i for i, line in enumerate(lines) if "absurd date" in line)
    headings = [
        line for line in lines[:warning] if line and not line.startswith((" ", "│", "┃", "┏", "┡", "└"))
    ]
    assert headings[-1] == "warnings (1)", lines
    assert "not about cybersecurity (stored, not published) (1)" in lines


def test_no_warning_no_heading() -> None:
    assert not any(
        line.startswith("warnings") for line in _printed(RunSummary(sources={"a": SourceReport("a")}))
    )
