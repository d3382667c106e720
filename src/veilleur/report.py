"""Readable run summaries and source health tables (rich)."""

from __future__ import annotations

from datetime import datetime

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from veilleur import clock
from veilleur.collect_stage import page_failure
from veilleur.extract_stage import UNREADABLE_PAGE
from veilleur.models import Source, SourceHealth
from veilleur.redact import redact
from veilleur.summary import RunSummary, SourceReport
from veilleur.text.fingerprint import BREVE_METHOD

MAX_LISTED = 15


def _ago(moment: datetime | None) -> str:
    if moment is None:
        return "never"
    seconds = (clock.now() - moment).total_seconds()
    if seconds < 120:
        return "just now"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min ago"
    if seconds < 172800:
        return f"{seconds / 3600:.0f} h ago"
    return f"{seconds / 86400:.0f} days ago"


def _causes(counts: dict[str, int]) -> str:
    """The causes, most frequent first, escaped for rich markup (they come from servers)."""
    return escape(", ".join(cause for cause, _ in sorted(counts.items(), key=lambda item: -item[1])))


# What a source is and what it leads to, by kind: a feed's pages, a watched page's articles, a folder's files.
_READ_AS = {"page": ("page", "articles"), "files": ("folder", "files")}


def source_status(report: SourceReport) -> str:
    """One source's line: read or not, its pages failing, and what was skipped and why."""
    if report.error:
        status = f"[red]failed:[/red] {escape(redact(report.error))}"
    elif report.not_modified:
        status = "not modified (conditional GET)"
    else:
        status = "[green]ok[/green]"
    failed = sum(report.pages_failed.values())
    if failed:
        # The source itself was read: say so before saying that the pages behind it fail, in the
        # source's own words (a capture folder has files, not a feed and pages).
        source, pages = _READ_AS.get(report.kind, ("feed", "pages"))
        status = status.replace("[green]ok[/green]", f"[green]{source} ok[/green]")
        causes = _causes(report.pages_failed)
        status += f", [yellow]{pages} failing {failed}/{report.pages_tried} ({causes})[/yellow]"
    if report.breves:
        status += f", {report.breves} brève(s) from the feed summary"
    if report.skipped:
        parts = [f"{count} {reason}" for reason, count in sorted(report.skipped.items(), key=lambda i: -i[1])]
        status += f"; skipped: {', '.join(parts)}"
    if report.undated:
        status += f"; {report.undated} without a trusted date (aged by their page)"
    if report.warnings:
        status += f" [yellow]({len(report.warnings)} warning(s))[/yellow]"
    return status


def page_health(pages: list[tuple[str, str | None, str, str]]) -> str:
    """ "pages ok 20/20" or "pages failing 12/12 (HTTP 403)" from a source's recent page fetches
    (`store.entries.recent_pages`)."""
    if not pages:
        return ""
    causes = page_causes(pages)
    failed = sum(causes.values())
    if not failed:
        return f"pages ok {len(pages)}/{len(pages)}"
    return f"pages failing {failed}/{len(pages)} ({_causes(causes)})"


def page_causes(pages: list[tuple[str, str | None, str, str]]) -> dict[str, int]:
    """How many of a source's recent page fetches failed, by short cause ("HTTP 403", "timeout",
    "unreadable page"); the console says them in French."""
    causes: dict[str, int] = {}
    for state, error, method, reason in pages:
        if error and state != "done":
            cause = page_failure(error)
        elif method == BREVE_METHOD or reason.startswith(UNREADABLE_PAGE):
            cause = "unreadable page"
        else:
            continue
        causes[cause] = causes.get(cause, 0) + 1
    return causes


def skip_reasons(outcomes: list[tuple[str, bool, str, bool, bool | None]]) -> dict[str, int]:
    """Why a source's recent entries were not published, by reason: "fetch failed", "too old",
    "no usable article", "duplicate", "not relevant" (counts; absent when zero), from their
    outcomes (`store.entries.recent_outcomes`)."""
    counts: dict[str, int] = {}
    for state, usable, reason, duplicate, relevant in outcomes:
        if not usable:
            why = "too old" if reason.startswith("too old") else "no usable article"
            why = "fetch failed" if state == "failed" and why != "too old" else why
        elif duplicate:
            why = "duplicate"
        elif relevant is not None and not relevant:
            why = "not relevant"
        else:
            continue
        counts[why] = counts.get(why, 0) + 1
    return counts


def print_summary(summary: RunSummary, console: Console) -> None:
    table = Table(title="veilleur run", title_justify="left")
    table.add_column("source")
    table.add_column("new", justify="right")
    table.add_column("published", justify="right")
    table.add_column("status")
    for name in sorted(summary.sources):
        report = summary.sources[name]
        status = source_status(report)
        broken = sum(1 for failure in summary.failures if failure.source == name)
        if broken:
            status += f" [red]({broken} item(s) failed)[/red]"
        table.add_row(escape(name), str(report.new), str(report.published), status)
    console.print(table)

    def listing(title: str, rows: list[tuple[str, str]], style: str) -> None:
        if not rows:
            return
        console.print(f"[{style}]{title} ({len(rows)})[/{style}]")
        for url, reason in rows[:MAX_LISTED]:
            console.print(Text(f"  {redact(url)} — {redact(reason)}"), soft_wrap=True)
        if len(rows) > MAX_LISTED:
            console.print(f"  … and {len(rows) - MAX_LISTED} more")

    listing("pages not fetched (retried next run or read from the feed)", summary.fetch_errors, "yellow")
    listing("no usable article (never published)", summary.rejected, "yellow")
    listing("not about cybersecurity (stored, not published)", summary.irrelevant, "dim")
    listing(
        "briefing not written (model unavailable or budget spent; retried next run)",
        summary.brief_errors,
        "yellow",
    )
    print_failures(summary, console)
    if summary.watchlist:
        noun = "article matches" if len(summary.watchlist) == 1 else "articles match"
        listing(f"{len(summary.watchlist)} {noun} your watchlist", summary.watchlist, "bold magenta")
    # Under a heading of their own: printed after the lists above, they read as more of their rows
    # ("not about cybersecurity (2)" followed by "harbor: absurd date 2199-01-01 ignored").
    warnings = [
        (report.name, warning) for report in summary.sources.values() for warning in report.warnings[:5]
    ]
    if warnings:
        console.print(f"[dim]warnings ({len(warnings)})[/dim]")
    for name, warning in warnings:
        console.print(Text(f"  {name}: {redact(warning)}", style="dim"), soft_wrap=True)
    console.print(
        f"fetched {summary.fetched} · extracted {summary.extracted} · duplicates {summary.duplicates} · "
        f"briefed {summary.briefed} · [bold]published {len(summary.published)}[/bold]"
        + (f" · awaiting review {summary.awaiting_review}" if summary.awaiting_review else "")
        + (f" · updated {len(summary.updated)}" if summary.updated else "")
        + (f" · {summary.commits} commit(s)" if summary.commits else "")
        + (f" · {summary.alerts_sent} alert(s) sent" if summary.alerts_sent else "")
    )
    if summary.stories_started or summary.stories_joined:
        console.print(
            f"stories: {summary.stories_started} new, {summary.stories_joined} article(s) joined a story"
        )
    for path in summary.updated:
        console.print(f"  updated with a new source: {path.name}", soft_wrap=True)
    stats = summary.briefing
    if stats.by_status:
        made = ", ".join(f"{count} {status}" for status, count in sorted(stats.by_status.items()))
        line = f"briefings: {made}"
        if stats.usage.calls:
            per = stats.usage.total / max(
                1, stats.by_status.get("model", 0) + stats.by_status.get("fallback", 0)
            )
            line += (
                f" · model calls {stats.usage.calls} · tokens {stats.usage.prompt_tokens} in + "
                f"{stats.usage.completion_tokens} out (≈{per:.0f} per briefing)"
            )
        if stats.removed:
            line += " · guard removed " + ", ".join(
                f"{n} {kind}" for kind, n in sorted(stats.removed.items())
            )
        console.print(line)
    if any(by != "facts" for _url, by in stats.written):
        listing("briefings written by", stats.written, "dim")
    for note in summary.site_notes:
        console.print(Text(redact(note), style="yellow"), soft_wrap=True)
    if summary.commit_error:
        console.print(Text(redact(summary.commit_error), style="red"), soft_wrap=True)
    failed = summary.failed_sources
    if failed:
        console.print(f"[red]{len(failed)} source(s) failed:[/red] {', '.join(r.name for r in failed)}")


def print_decision_summary(summary: RunSummary, console: Console) -> None:
    """What a merge or split wrote on the site. Not `print_summary`: nothing was collected, so
    its per-source table and "fetched 0 · extracted 0" say nothing, and its "updated with a new
    source" is false after a split (the post was rewritten because a source left it)."""
    for path in summary.published:
        console.print(Text(f"new post: {path.name}"), soft_wrap=True)
    for path in summary.updated:
        console.print(Text(f"post rewritten: {path.name}"), soft_wrap=True)
    if summary.awaiting_review:
        console.print(f"{summary.awaiting_review} story(ies) awaiting review: no post until approved")
    if not (summary.published or summary.updated or summary.awaiting_review):
        console.print("no post written")
    made = ", ".join(f"{count} {status}" for status, count in sorted(summary.briefing.by_status.items()))
    if made:
        console.print(f"briefings: {made}")
    print_failures(summary, console)
    for note in summary.site_notes:
        console.print(Text(redact(note), style="yellow"), soft_wrap=True)
    if summary.commit_error:
        console.print(Text(redact(summary.commit_error), style="red"), soft_wrap=True)


def print_failures(summary: RunSummary, console: Console) -> None:
    """The items that failed in this run (each with its stage, reason and what happens next),
    and how many earlier runs gave up on."""
    failures = summary.failures
    if failures:
        console.print(f"[red]failed items ({len(failures)})[/red]")
        for failure in failures[:MAX_LISTED]:
            if failure.given_up:
                then = f"marked failed after {failure.attempts} attempt(s): veilleur retry {failure.id}"
            else:
                then = f"attempt {failure.attempts}, retried next run"
            what = f"{redact(failure.label)} — {redact(failure.reason)}"
            line = Text(f"  #{failure.id} {failure.stage} {what} ({then})")
            console.print(line, soft_wrap=True)
        if len(failures) > MAX_LISTED:
            console.print(f"  … and {len(failures) - MAX_LISTED} more (veilleur retry lists them)")
    if summary.given_up:
        console.print(
            f"[yellow]{summary.given_up} item(s) marked failed by earlier runs were skipped[/yellow] "
            "(veilleur retry lists them; veilleur retry --all tries them again)"
        )


def health_table(
    rows: list[tuple[Source, SourceHealth]],
    pages: dict[str, str] | None = None,
    failed: dict[str, int] | None = None,
) -> Table:
    """The sources with their health; `pages` (by source name, see page_health) says how their
    article pages fared lately: a feed can be read while every page behind it is blocked;
    `failed` counts, per source, its items that failed (in the store's failure records)."""
    pages, failed = pages or {}, failed or {}
    table = Table(title="sources", title_justify="left")
    columns = ("name", "kind", "tag", "on", "last success", "failures", "failed items", "last error", "pages")
    for column in (*columns, "url"):
        table.add_column(column, overflow="fold")
    for source, health in rows:
        table.add_row(
            Text(source.name),
            source.kind.value,
            Text(source.tag),
            "yes" if source.enabled else "no",
            _ago(health.last_success),
            str(health.consecutive_failures),
            str(failed.get(source.name, 0)),
            Text(redact(health.last_error or "")),
            pages.get(source.name, ""),
            Text(redact(source.url)),
        )
    return table
