"""What a run did, per source and in total: the summary the report prints and tests read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from veilleur.boundary import ItemFailure
from veilleur.brief.draft import Usage


@dataclass
class SourceReport:
    name: str
    new: int = 0
    not_modified: bool = False
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    published: int = 0
    # What was not turned into a post, and why ("too old", "duplicate", "not relevant"…): counts.
    skipped: dict[str, int] = field(default_factory=dict)
    pages_tried: int = 0
    pages_failed: dict[str, int] = field(default_factory=dict)  # short error ("HTTP 403") → count
    breves: int = 0  # articles briefed from the feed summary because their page was not read
    undated: int = 0  # items without a feed date we could trust
    kind: str = "feed"  # the source's kind as read: "feed", "page" or "files" (how its status is said)

    def skip(self, reason: str, count: int = 1) -> None:
        if count:
            self.skipped[reason] = self.skipped.get(reason, 0) + count

    def page_failed(self, cause: str) -> None:
        self.pages_failed[cause] = self.pages_failed.get(cause, 0) + 1


@dataclass
class BriefingStats:
    usage: Usage = field(default_factory=Usage)
    by_status: dict[str, int] = field(default_factory=dict)  # model, cached, facts, fallback, pending
    removed: dict[str, int] = field(default_factory=dict)  # what the guard removed, by kind
    fallback_reasons: list[tuple[str, str]] = field(default_factory=list)
    written: list[tuple[str, str]] = field(default_factory=list)  # (url, which backend wrote it, and why)


@dataclass
class RunSummary:
    sources: dict[str, SourceReport] = field(default_factory=dict)
    fetched: int = 0
    fetch_errors: list[tuple[str, str]] = field(default_factory=list)
    extracted: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    duplicates: int = 0
    irrelevant: list[tuple[str, str]] = field(default_factory=list)
    briefed: int = 0
    brief_errors: list[tuple[str, str]] = field(default_factory=list)
    published: list[Path] = field(default_factory=list)
    commits: int = 0
    commit_error: str | None = None
    briefing: BriefingStats = field(default_factory=BriefingStats)
    stories_started: int = 0
    stories_joined: int = 0
    updated: list[Path] = field(default_factory=list)  # story posts rewritten with a new source
    watchlist: list[tuple[str, str]] = field(default_factory=list)  # (url, what matched)
    failures: list[ItemFailure] = field(default_factory=list)  # items that failed in this run
    site_notes: list[str] = field(default_factory=list)  # repairs of the site (a stale git lock)
    given_up: int = 0  # items marked failed by earlier runs, skipped until `veilleur retry`
    awaiting_review: int = 0  # stories not published: `[publish] review` is on and none approved them
    alerts_sent: int = 0  # messages accepted by the alert channels

    def report(self, source: str) -> SourceReport:
        return self.sources.setdefault(source, SourceReport(source))

    @property
    def failed_sources(self) -> list[SourceReport]:
        return [report for report in self.sources.values() if report.error]
