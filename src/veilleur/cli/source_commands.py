"""`veilleur sources`: list, add, remove, enable, disable, check, export and import sources."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import click
from rich.markup import escape

from veilleur.boundary import describe
from veilleur.cli.common import check_source_names, no_source
from veilleur.cli.common import console as _console
from veilleur.cli.common import open_store as _store
from veilleur.cli.common import out as _out
from veilleur.cli.common import settings_of as _settings
from veilleur.config import Settings
from veilleur.models import Source, SourceKind
from veilleur.redact import redact

if TYPE_CHECKING:
    from veilleur.collect import Collected
    from veilleur.store import Store


@click.group()
def sources() -> None:
    """List, add, remove, enable, check, import and export sources."""


@sources.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include disabled sources.")
@click.pass_context
def sources_list(ctx: click.Context, show_all: bool) -> None:
    """Show the sources and their recorded health."""

    from veilleur.cli.failure_commands import failed_by_source
    from veilleur.pipeline import sync_sources
    from veilleur.report import health_table

    store = _store(_settings(ctx))
    sync_sources(store, _settings(ctx))
    rows = [(s, store.sources.health(s.name)) for s in store.sources.all() if show_all or s.enabled]
    chosen = [source for source, _ in rows]
    _out().print(health_table(rows, _page_health(store, chosen), failed_by_source(store)))


def _page_health(store: Store, chosen: list[Source]) -> dict[str, str]:
    from veilleur.report import page_health

    return {source.name: page_health(store.entries.recent_pages(source.name)) for source in chosen}


def _check_line(store: Store, source: Source, collected: Collected) -> str:
    """What a check found: new items, and what would be skipped and why."""

    from veilleur.report import page_health, skip_reasons

    known = sum(1 for entry in collected.entries if store.entries.known(entry))
    skipped = {
        "too old": collected.skipped_old,
        "duplicate in the feed": collected.skipped_duplicate,
        "already collected": known,
    }
    line = f"[green]ok[/green] {escape(source.name)}: {len(collected.entries) - known} new item(s)"
    reasons = ", ".join(f"{count} {reason}" for reason, count in skipped.items() if count)
    if reasons:
        line += f"; skipped: {reasons}"
    if collected.undated:
        line += f"; {collected.undated} without a trusted date (aged by their page)"
    if collected.not_modified:
        line += " (not modified)"
    for warning in collected.warnings[:3]:
        line += f"; {escape(warning)}"
    pages = page_health(store.entries.recent_pages(source.name))
    if pages:
        line += f"; {pages} lately"
    lately = skip_reasons(store.entries.recent_outcomes(source.name))
    if lately:
        listed = ", ".join(f"{count} {why}" for why, count in sorted(lately.items(), key=lambda i: -i[1]))
        line += f"; of its last items, not published: {listed}"
    return line


@sources.command("add")
@click.argument("name")
@click.argument("url")
@click.option(
    "--kind",
    type=click.Choice([k.value for k in SourceKind]),
    default="auto",
    show_default=True,
    help="auto: an existing local path is files, a feed-like URL a feed, else what the URL serves.",
)
@click.option("--tag", help="Blog tag of its posts (default: the name's slug).")
@click.option("--title", default="", help="Display name of the outlet.")
@click.option("--include", multiple=True, help="Keep only articles containing one of these words.")
@click.option("--exclude", multiple=True, help="Drop articles containing one of these words.")
@click.option("--min-relevance", type=float, help="Relevance this source's articles need (default: global).")
@click.pass_context
def sources_add(
    ctx: click.Context,
    name: str,
    url: str,
    kind: str,
    tag: str | None,
    title: str,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    min_relevance: float | None,
) -> None:
    """Add a feed, a web page to watch (--kind page) or a local file/folder (--kind files)."""

    from veilleur.edge import check_source

    if kind == "files" or (kind == "auto" and "://" not in url and Path(url).expanduser().exists()):
        url = str(Path(url).expanduser().resolve())
    try:
        source, credentials = check_source(
            Source(
                name=name,
                kind=SourceKind(kind),
                url=url,
                tag=tag or "",
                title=title or name,
                include=list(include),
                exclude=list(exclude),
                min_relevance=min_relevance,
            )
        )
    except ValueError as exc:
        raise click.BadParameter(redact(str(exc)), param_hint="URL or --tag") from exc
    if credentials is not None:
        raise click.ClickException(
            "credentials in a URL are never stored: declare this source in veilleur.toml "
            '([[sources]] with url = "https://user:password@host/…"), which is read at each run'
        )
    settings = _settings(ctx)
    _not_configured(settings, name)
    store = _store(settings)
    store.sources.save(source, origin="user")
    # The kind as checked ("…/feed.xml" is a feed already); "auto" is decided at the first read.
    shown = (
        "auto: feed or page, decided at the first read"
        if source.kind == SourceKind.AUTO
        else source.kind.value
    )
    _out().print(f"added {source.name} ({shown}) {source.url} tag {source.tag}", markup=False)
    if not title:
        # Posts name the outlet ("D'après …"): without a title it is the source's name.
        _out().print(f"posts will name this outlet {source.name!r}: --title sets its name", markup=False)


@sources.command("remove")
@click.argument("name")
@click.pass_context
def sources_remove(ctx: click.Context, name: str) -> None:
    """Remove a source (a built-in one is disabled instead, so it does not come back)."""
    from veilleur import catalogue
    from veilleur.pipeline import sync_sources

    settings = _settings(ctx)
    _not_configured(settings, name)
    store = _store(settings)
    if name in catalogue.by_name():
        store.sources.set_enabled(name, False)
        _out().print(f"disabled built-in source {name}")
    elif store.sources.remove(name):
        _out().print(f"removed {name}")
    else:
        sync_sources(store, settings)  # a fresh store knows no built-in source yet: their tags
        raise click.ClickException(no_source(store, name))


@sources.command("enable")
@click.argument("names", nargs=-1, required=True)
@click.pass_context
def sources_enable(ctx: click.Context, names: tuple[str, ...]) -> None:
    """Enable sources (e.g. the built-in French and Belgian ones)."""
    _toggle(ctx, names, True)


@sources.command("disable")
@click.argument("names", nargs=-1, required=True)
@click.pass_context
def sources_disable(ctx: click.Context, names: tuple[str, ...]) -> None:
    """Disable sources without forgetting them."""
    _toggle(ctx, names, False)


def _toggle(ctx: click.Context, names: tuple[str, ...], enabled: bool) -> None:
    from veilleur.pipeline import sync_sources

    settings = _settings(ctx)
    for name in names:
        _not_configured(settings, name)
    store = _store(settings)
    sync_sources(store, settings)
    for name in names:
        if not store.sources.set_enabled(name, enabled):
            raise click.ClickException(no_source(store, name))
        _out().print(f"{'enabled' if enabled else 'disabled'} {name}")


def _not_configured(settings: Settings, name: str) -> None:
    """A source declared in veilleur.toml is brought back as declared at the next command: adding,
    removing or toggling it here would say "done" and be undone at once, so it is refused."""
    if any(source.name == name for source in settings.sources):
        raise click.ClickException(
            f"source {name!r} is declared in the configuration file (veilleur.toml): change it there "
            "(enabled = false turns it off; taking it out of the file disables it)"
        )


@sources.command("check")
@click.argument("names", nargs=-1)
@click.pass_context
def sources_check(ctx: click.Context, names: tuple[str, ...]) -> None:
    """Read every enabled source now (or NAMES, enabled or not), record its health, and show the
    table. Exit status: 0 every source was read, 1 one failed, 2 a name is no source's."""

    from veilleur.cli.failure_commands import failed_by_source, print_item_failures
    from veilleur.collect import CollectError, collect_source
    from veilleur.collect.http import Fetcher
    from veilleur.pipeline import sync_sources
    from veilleur.report import health_table

    settings = _settings(ctx)
    store = _store(settings)
    sync_sources(store, settings)
    check_source_names(store, names, hint="'NAMES'", enabled=False)  # a disabled one is read when named
    chosen = [s for s in store.sources.all(enabled_only=not names) if not names or s.name in names]
    failures = 0
    with Fetcher(settings.http) as fetcher:
        for source in chosen:
            health = store.sources.health(source.name)
            try:
                # No validators: a check reads the source for real, even if nothing changed.
                health = health.model_copy(update={"etag": None, "last_modified": None})
                collected = collect_source(source, fetcher, health, settings.limits)
                store.sources.record_success(source.name)
                _out().print(_check_line(store, source, collected), soft_wrap=True)
            except Exception as exc:  # one source's failure, whatever it is: the others are checked
                failures += 1
                reason = redact(str(exc)) if isinstance(exc, CollectError) else describe(exc)
                store.sources.record_failure(source.name, reason)
                _out().print(f"[red]failed[/red] {escape(source.name)}: {escape(reason)}")
    rows = [(s, store.sources.health(s.name)) for s in chosen]
    _out().print(health_table(rows, _page_health(store, chosen), failed_by_source(store)))
    print_item_failures(store, {source.name for source in chosen})
    if failures:
        ctx.exit(1)


@sources.command("export")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@click.pass_context
def sources_export(ctx: click.Context, path: Path | None) -> None:
    """Write the enabled feed sources as OPML (to PATH or standard output)."""

    from veilleur.opml import export_opml
    from veilleur.pipeline import sync_sources

    store = _store(_settings(ctx))
    sync_sources(store, _settings(ctx))
    enabled = store.sources.all(enabled_only=True)
    text = export_opml(enabled)
    if path:
        path.write_text(text, encoding="utf-8")
        feeds = sum(source.kind is SourceKind.FEED for source in enabled)
        _console().print(f"{feeds} feed(s) → {path}", markup=False)
    else:
        click.echo(text, nl=False)
    # OPML lists feeds: a watched page, a capture folder or a source whose kind its first read
    # decides is left out, and said so (the file written was silently short of them).
    others = [
        f"{source.name} ({source.kind.value})" for source in enabled if source.kind is not SourceKind.FEED
    ]
    if others:
        _console().print(f"not in OPML (not feeds): {', '.join(others)}", markup=False, soft_wrap=True)


@sources.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.pass_context
def sources_import(ctx: click.Context, path: Path) -> None:
    """Add the feeds of an OPML file."""

    from veilleur.opml import import_opml

    try:
        found, notes = import_opml(path)
    except ValueError as exc:
        raise click.ClickException(redact(str(exc))) from exc
    from veilleur.pipeline import sync_sources

    settings = _settings(ctx)
    store = _store(settings)
    # The built-in feeds are sources too: an OPML file exported here and imported back (or naming a
    # built-in feed under its own title) must not add a second source reading the same feed.
    sync_sources(store, settings)
    for note in notes:
        _out().print(f"skipped or changed: {redact(note)}", markup=False)
    existing = store.sources.all()
    by_feed = {_feed_key(s.url): s for s in existing}
    names = {s.name for s in existing}
    added = 0
    for source in found:
        same = by_feed.get(_feed_key(source.url))
        if same is not None or source.name in names:
            why = (
                f"already read by source {same.name}"
                + ("" if same.enabled else f" (disabled: sources enable {same.name})")
                if same is not None
                else "a source of that name reads another URL"
            )
            _out().print(f"skipped: {source.name} {redact(source.url)}: {why}", markup=False)
            continue
        store.sources.save(source, origin="user")
        by_feed[_feed_key(source.url)], added = source, added + 1
        names.add(source.name)
        _out().print(f"added {source.name} {source.url}", markup=False)
    _out().print(f"{added} feed(s) imported")


def _feed_key(url: str) -> tuple[str, str, str, str]:
    """What makes two feed URLs the same feed: scheme and host in any case, the path with or
    without its trailing slash, the query."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query
