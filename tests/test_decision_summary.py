"""What `veilleur stories merge|split` print after rewriting the site: the posts written and
rewritten, in the decision's terms, not a run's summary (nothing was collected)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from veilleur.report import print_decision_summary
from veilleur.summary import RunSummary


def _printed(summary: RunSummary) -> str:
    console = Console(record=True, width=200)
    print_decision_summary(summary, console)
    return console.export_text()


def test_a_split_names_the_new_post_and_the_rewritten_one() -> None:
    summary = RunSummary(
        published=[Path("site/_posts/2026-11-29-new-story.md")],
        updated=[Path("site/_posts/2026-11-29-old-story.md")],
    )
    summary.briefing.by_status["facts"] = 2
    shown = _printed(summary)
    assert "new post: 2026-11-29-new-story.md" in shown
    assert "post rewritten: 2026-11-29-old-story.md" in shown
    assert "briefings: 2 facts" in shown
    # A run's words: a per-source table, counts of what was fetched, a source that joined.
    assert "veilleur run" not in shown and "fetched" not in shown and "new source" not in shown


def test_nothing_written_is_said() -> None:
    assert "no post written" in _printed(RunSummary())


def test_a_story_held_for_review_is_said() -> None:
    shown = _printed(RunSummary(awaiting_review=1))
    assert "awaiting review" in shown and "no post written" not in shown
