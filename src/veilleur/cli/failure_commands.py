"""What failed and what to do about it: `veilleur retry`, `brief --explain`, the failed items of
`sources check`, and the run lock that keeps two runs off one store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click
from rich.table import Table
from rich.text import Text

from veilleur.cli.common import console, open_store, out, settings_of
from veilleur.config import Settings
from veilleur.redact import redact

if TYPE_CHECKING:
    from veilleur.models import GuardReport
    from veilleur.store import Store
    from veilleur.store.failures import Failure


@contextmanager
def exclusive(ctx: click.Context, settings: Settings) -> Iterator[None]:
    """Hold the store's run lock for the block; exit with status 3 at once if another run has it."""

    from veilleur.store.lock import EXIT_BUSY, StoreBusy, run_lock

    try:
        with run_lock(settings.resolved_store_url()):
            yield
    except StoreBusy as exc:
        console().print(Text(str(exc), style="red"), soft_wrap=True)
        ctx.exit(EXIT_BUSY)


def failed_by_source(store: Store) -> dict[str, int]:
    return dict(Counter(failure.source for failure in store.failures.all() if failure.source))


def print_item_failures(store: Store, sources: set[str]) -> None:
    """The recorded item failures of these sources, under `sources check`'s table."""
    failures = [failure for failure in store.failures.all() if failure.source in sources]
    if failures:
        out().print(_table(failures, "failed items of these sources (veilleur retry ID|--all)"))


def _table(failures: list[Failure], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("id", "stage", "state", "attempts", "source", "item", "reason", "last"):
        table.add_column(column, overflow="fold")
    for failure in failures:
        table.add_row(
            str(failure.id),
            failure.stage,
            failure.state,
            str(failure.attempts),
            Text(failure.source or ""),
            Text(failure.label or failure.item),
            Text(failure.reason),
            failure.last_at,
        )
    return table


@click.command()
@click.argument("ids", nargs=-1, type=int)
@click.option("--all", "everything", is_flag=True, help="Every failed or failing item.")
@click.pass_context
def retry(ctx: click.Context, ids: tuple[int, ...], everything: bool) -> None:
    """Try failed items again: without arguments, list them; with IDs (or --all), forget their
    failures so that the next run tries them again with a fresh count of attempts."""
    store = open_store(settings_of(ctx))
    if not ids and not everything:
        failures = store.failures.all()
        if not failures:
            out().print("no failed item")
            return
        out().print(_table(failures, "failed items (veilleur retry ID|--all)"))
        return
    forgotten = store.failures.retry(None if everything else list(ids))
    unknown = sorted(set(ids) - {failure.id for failure in forgotten})
    for failure in forgotten:
        what = failure.label or failure.item
        out().print(Text(f"#{failure.id} {failure.stage} {what}: tried again next run"))
    if unknown:
        listed = ", ".join(map(str, unknown))
        raise click.ClickException(f"no failure with id {listed} (veilleur retry lists them)")


def explain(store: Store, key: str) -> None:
    """What became of one article's briefing (entry id or URL): the stored briefing with the
    guard's report, and the recorded failure when there is one."""

    from veilleur.models import GuardReport

    entry_id = int(key) if key.isdigit() else store.entries.id_for_url(key)
    record = store.briefings.record(entry_id) if entry_id is not None else None
    failure = _brief_failure(store, entry_id) if entry_id is not None else None
    if record is None and failure is None:
        if entry_id is None or store.entries.get(entry_id) is None:
            raise click.ClickException(
                f"no article {key!r} (an entry id or URL, see `veilleur stories show`)"
            )
        # A briefing waiting for the model (down, budget spent) is not a failure and has no record.
        raise click.ClickException(
            f"no briefing for {key!r} yet: not briefed, or waiting for the model "
            "(the run summary says why; it is tried again at the next run)"
        )
    assert entry_id is not None
    stored = store.entries.get(entry_id)
    # The address as every other output writes it (`Entry.link`: posts, feeds, exports, console,
    # `stories show`): the fetched `url` printed the feed's `?utm_source=…&utm_medium=…` here.
    shown = out()
    shown.print(Text(stored.entry.link if stored else key, style="bold"), soft_wrap=True)
    if record is not None:
        report = GuardReport.model_validate_json(record["report"] or "{}")
        shown.print(
            Text(
                f"backend {record['backend']} · {record['status']} · tokens {record['prompt_tokens']} in, "
                f"{record['completion_tokens']} out · {'accepted' if report.accepted else 'rejected'}"
            )
        )
        _report(report)
    if failure is not None:
        state = (
            f"marked failed after {failure.attempts} attempt(s): veilleur retry {failure.id}"
            if failure.state == "failed"
            else f"attempt {failure.attempts}, tried again next run"
        )
        line = Text.assemble(("briefing failed", "red"), f" ({state}): {redact(failure.reason)}")
        shown.print(line, soft_wrap=True)
        _report(GuardReport.model_validate_json(failure.detail or "{}"))


def _brief_failure(store: Store, entry_id: int) -> Failure | None:
    found = store.failures.get("brief", f"entry:{entry_id}")
    story = store.stories.of(entry_id)
    if found is None and story is not None:
        found = store.failures.get("brief", f"story:{story}")
    return found


def _report(report: GuardReport) -> None:
    shown = out()
    checked = ", ".join(f"{count} {kind}" for kind, count in sorted(report.checked.items())) or "nothing"
    shown.print(Text(f"checked against the sources: {checked}"))
    for removal in report.removed:
        line = Text.assemble(("removed", "yellow"), f" ({removal.field}) {removal.text}")
        shown.print(line, soft_wrap=True)
        for reason in removal.reasons:
            shown.print(Text(f"    {redact(reason)}"), soft_wrap=True)
    for note in report.repaired:
        shown.print(Text(f"repaired: {redact(note)}"), soft_wrap=True)
    for reason in report.rejected:
        shown.print(Text.assemble(("rejected:", "red"), f" {redact(reason)}"), soft_wrap=True)
