"""The `veilleur` command: thin commands over the library."""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import click
from pydantic import ValidationError
from rich.markup import escape
from rich.text import Text

from veilleur import __version__, clock
from veilleur.batch import article_json, intel_json, run_batch
from veilleur.boundary import describe
from veilleur.cli.common import ConfigError, config_error_lines
from veilleur.cli.common import console as _console
from veilleur.cli.common import open_store as _store
from veilleur.cli.common import out as _out
from veilleur.cli.common import settings_of as _settings
from veilleur.config import Settings, load_settings
from veilleur.models import Document, Entry, Source, SourceKind
from veilleur.redact import redact
from veilleur.workers.stages import STAGES

if TYPE_CHECKING:
    from veilleur.collect import Collected
    from veilleur.store import Store


@click.group()
@click.version_option(__version__)
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="veilleur.toml to read.")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None) -> None:
    """veilleur: a daily French cyber-security news watch that publishes Jekyll posts."""
    try:
        settings = load_settings(config_path)
        clock.now()  # an unreadable $VEILLEUR_NOW is a configuration error too
    except ValidationError as exc:
        raise ConfigError(config_error_lines(exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        where = config_path or os.environ.get("VEILLEUR_CONFIG") or "veilleur.toml"
        raise ConfigError([f"{where}: not valid TOML: {exc}"]) from exc
    except (OSError, ValueError) as exc:  # a missing file, TOML syntax, $VEILLEUR_NOW
        raise ConfigError([redact(str(exc))]) from exc
    ctx.obj = {"settings": settings}


# ---------------------------------------------------------------------------------------- run


@main.command()
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="Jekyll site folder.")
@click.option("--store", "store_url", help="SQLAlchemy URL of the store.")
@click.option("--source", "only", multiple=True, help="Run only these sources (repeatable).")
@click.option("--max-briefs", type=int, help="Brief at most this many articles in this run.")
@click.option("--stage", type=click.Choice(STAGES), help="Run only this stage, over what is pending for it.")
@click.option("--in-process", is_flag=True, help="PostgreSQL store: run here, not through the workers.")
@click.option("--wait", is_flag=True, help="PostgreSQL store: wait until the workers have done the work.")
@click.pass_context
def run(
    ctx: click.Context,
    out_dir: Path | None,
    store_url: str | None,
    only: tuple[str, ...],
    max_briefs: int | None,
    stage: str | None,
    in_process: bool,
    wait: bool,
) -> None:
    """Collect, extract, recognise, brief and publish: the daily job. With a PostgreSQL store
    it is queued for `veilleur worker` processes (unless --in-process or --stage).

    Exit status: 0 all went well, 1 a source or an item failed (the summary says which),
    2 configuration error, 3 another run is using the store (nothing was done)."""

    from veilleur.cli.failure_commands import exclusive
    from veilleur.cli.worker_commands import enqueue, is_postgres
    from veilleur.pipeline import sync_sources
    from veilleur.report import print_summary
    from veilleur.workers.steps import Steps

    settings = _settings(ctx)
    if max_briefs is not None:
        settings.brief.max_briefs = max_briefs
    if out_dir:
        settings.publish.out_dir = out_dir
    if store_url:
        settings.store_url = store_url
    if is_postgres(settings) and not (in_process or stage):
        enqueue(ctx, settings, list(only) or None, wait)
        return
    with exclusive(ctx, settings):
        store = _store(settings)
        sync_sources(store, settings)
        pipeline = Steps(settings, store, console=_console())
        try:
            if stage:
                summary = pipeline.run_stage(stage, list(only) or None)
            else:
                summary = pipeline.run(list(only) or None)
        finally:
            pipeline.close()
            store.close()
    print_summary(summary, _console())
    if summary.published or summary.updated:
        _console().print(f"posts in {settings.publish.out_dir / '_posts'}")
    else:
        _console().print("nothing published in this run")
    if summary.failed_sources or summary.commit_error or summary.failures:
        ctx.exit(1)


@main.command()
@click.option(
    "--out", "out_dir", type=click.Path(path_type=Path), help="Jekyll folder (default: a new temporary one)."
)
@click.pass_context
def demo(ctx: click.Context, out_dir: Path | None) -> None:
    """Serve a bundled fictional news web on loopback and run the whole pipeline on it."""

    from veilleur.demo import run_demo
    from veilleur.report import print_summary

    target = out_dir or Path(tempfile.mkdtemp(prefix="veilleur-demo-"))
    summary = run_demo(target, console=_console())
    print_summary(summary, _console())
    _console().print("[dim]The failed sources above are the demo's deliberate bad cases.[/dim]")
    click.echo(f"Posts are in {target / '_posts'}")
    for path in summary.published:
        click.echo(f"  {path.name}")
    config = target / "veilleur.toml"
    click.echo(f"Then try: veilleur --config {config} incidents list --sector healthcare")
    click.echo(f"      or: veilleur --config {config} stories")


# ---------------------------------------------------------------------------------------- sources


@main.group()
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
    rows = [(s, store.health(s.name)) for s in store.sources() if show_all or s.enabled]
    chosen = [source for source, _ in rows]
    _out().print(health_table(rows, _page_health(store, chosen), failed_by_source(store)))


def _page_health(store: Store, chosen: list[Source]) -> dict[str, str]:
    from veilleur.report import page_health

    return {source.name: page_health(store.recent_pages(source.name)) for source in chosen}


def _check_line(store: Store, source: Source, collected: Collected) -> str:
    """What a check found: new items, and what would be skipped and why."""

    from veilleur.report import page_health

    known = sum(1 for entry in collected.entries if store.known_item(entry))
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
    pages = page_health(store.recent_pages(source.name))
    if pages:
        line += f"; {pages} lately"
    lately = store.recent_skips(source.name)
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
@click.option("--tag", help="Blog tag of its posts (default: the name).")
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
    store.upsert_source(source, origin="user")
    _out().print(f"added {source.name} ({kind}) {source.url} tag {source.tag}", markup=False)


@sources.command("remove")
@click.argument("name")
@click.pass_context
def sources_remove(ctx: click.Context, name: str) -> None:
    """Remove a source (a built-in one is disabled instead, so it does not come back)."""
    from veilleur import catalogue

    settings = _settings(ctx)
    _not_configured(settings, name)
    store = _store(settings)
    if name in catalogue.by_name():
        store.set_enabled(name, False)
        _out().print(f"disabled built-in source {name}")
    elif store.remove_source(name):
        _out().print(f"removed {name}")
    else:
        raise click.ClickException(f"no source named {name!r}")


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
        if not store.set_enabled(name, enabled):
            raise click.ClickException(f"no source named {name!r}")
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
    """Read every enabled source now, record its health, and show the table."""

    from veilleur.cli.failure_commands import failed_by_source, print_item_failures
    from veilleur.collect import CollectError, collect_source
    from veilleur.collect.http import Fetcher
    from veilleur.pipeline import sync_sources
    from veilleur.report import health_table

    settings = _settings(ctx)
    store = _store(settings)
    sync_sources(store, settings)
    chosen = [s for s in store.sources(enabled_only=not names) if not names or s.name in names]
    failures = 0
    with Fetcher(settings.http) as fetcher:
        for source in chosen:
            health = store.health(source.name)
            try:
                # No validators: a check reads the source for real, even if nothing changed.
                health = health.model_copy(update={"etag": None, "last_modified": None})
                collected = collect_source(source, fetcher, health, settings.limits)
                store.record_success(source.name)
                _out().print(_check_line(store, source, collected), soft_wrap=True)
            except Exception as exc:  # one source's failure, whatever it is: the others are checked
                failures += 1
                reason = redact(str(exc)) if isinstance(exc, CollectError) else describe(exc)
                store.record_failure(source.name, reason)
                _out().print(f"[red]failed[/red] {escape(source.name)}: {escape(reason)}")
    rows = [(s, store.health(s.name)) for s in chosen]
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
    text = export_opml(store.sources(enabled_only=True))
    if path:
        path.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


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
    store = _store(_settings(ctx))
    for note in notes:
        _out().print(f"skipped or changed: {redact(note)}", markup=False)
    for source in found:
        store.upsert_source(source, origin="user")
        _out().print(f"added {source.name} {source.url}", markup=False)
    _out().print(f"{len(found)} feed(s) imported")


# ---------------------------------------------------------------------------------------- one input


def _load(target: str, settings: Settings) -> tuple[Document | None, Entry, str | None]:
    """The document and entry of a path or URL given on the command line, or the error."""

    from veilleur.collect import fetch_document
    from veilleur.collect.files import read_file
    from veilleur.collect.http import Fetcher, FetchError
    from veilleur.collect.urls import canonical_url
    from veilleur.edge import split_userinfo

    if target.startswith(("http://", "https://")):
        # Credentials in the URL are used for the request, never shown or published.
        shown = split_userinfo(target)[0]
        entry = Entry(url=shown, canonical_url=canonical_url(shown), source="cli")
        with Fetcher(settings.http) as fetcher:
            try:
                return fetch_document(entry.model_copy(update={"url": target}), fetcher), entry, None
            except FetchError as exc:
                return None, entry, str(exc)
    path = Path(target)
    if not path.is_file():
        raise click.BadParameter(f"no such file: {target}", param_hint="PATH|URL")
    document = read_file(path)
    # A capture that says which article it is (`URL: …`, a canonical link) is that article.
    url = document.final_url
    entry = Entry(url=url, canonical_url=canonical_url(url), source="cli", local_path=str(path.resolve()))
    return document, entry, None


@main.command()
@click.argument("target", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the article as JSON.")
@click.option(
    "--jsonl", nargs=2, type=str, metavar="IN OUT", help="Batch: JSON lines in, JSON lines out ('-' = stdio)."
)
@click.pass_context
def extract(ctx: click.Context, target: str | None, as_json: bool, jsonl: tuple[str, str] | None) -> None:
    """Show the article veilleur extracts from one page, file or URL (or a JSON-lines batch)."""

    from veilleur.extract import extract_article

    settings = _settings(ctx)
    if jsonl:
        count = run_batch(jsonl[0], jsonl[1], settings, with_intel=False)
        _console().print(f"{count} record(s) written to {jsonl[1]}")
        return
    if not target:
        raise click.UsageError("give a PATH or URL, or --jsonl IN OUT")
    document, entry, error = _load(target, settings)
    article = extract_article(document, entry, settings.limits.min_words)
    if error:  # the page was never read: its "empty page" is a consequence, not the cause
        article.reason = f"fetch failed: {error}"
    if as_json:
        click.echo(json.dumps(article_json(article), ensure_ascii=False, indent=2))
    else:
        _out().print(f"[bold]{article.title}[/bold]")
        _out().print(
            f"lang={article.lang or '?'} published={article.published} method={article.method} "
            f"usable={article.usable} {article.reason}"
        )
        _out().print()
        _out().print(article.text, soft_wrap=True, markup=False)
    _fetch_failed(ctx, error)


def _fetch_failed(ctx: click.Context, error: str | None) -> None:
    """A URL that could not be read (404, refused, timeout…) is a failure: exit status 1."""
    if error:
        _console().print(f"fetch failed: {redact(error)}", markup=False)
        ctx.exit(1)


@main.command()
@click.argument("target", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the Intel record as JSON.")
@click.option(
    "--jsonl", nargs=2, type=str, metavar="IN OUT", help="Batch, as for `veilleur extract --jsonl`."
)
@click.pass_context
def intel(ctx: click.Context, target: str | None, as_json: bool, jsonl: tuple[str, str] | None) -> None:
    """What matters in one page, file or URL: relevance, category, victims, actors, CVEs, IOCs,
    impacts and priority (or a JSON-lines batch)."""

    from veilleur.enrich import enrich
    from veilleur.extract import extract_article

    settings = _settings(ctx)
    if jsonl:
        count = run_batch(jsonl[0], jsonl[1], settings, with_intel=True)
        _console().print(f"{count} record(s) written to {jsonl[1]}")
        return
    if not target:
        raise click.UsageError("give a PATH or URL, or --jsonl IN OUT")
    document, entry, error = _load(target, settings)
    article = extract_article(document, entry, settings.limits.min_words)
    record = enrich(article, settings.limits.min_relevance, settings.watchlist)
    if as_json:
        click.echo(json.dumps(intel_json(record), ensure_ascii=False, indent=2))
        _fetch_failed(ctx, error)
        return
    console = _out()
    console.print(f"[bold]{article.title}[/bold]  {error or ''}")
    console.print(f"relevant={record.relevant} ({record.relevance_score}) category={record.category}")
    console.print(f"priority={record.priority}")
    for victim in record.victims:
        console.print(f"victim: {victim.name} sectors={victim.sectors} countries={victim.countries}")
    console.print(f"sectors={record.sectors} countries={record.countries}")
    for label, named in (("actor", record.threat_actors), ("malware", record.malware)):
        for item in named:
            console.print(f"{label}: {item.name} → {item.canonical}")
    for cve in record.cves:
        console.print(f"{cve.id}: {cve.sentence}", markup=False)
    for ioc in record.iocs:
        console.print(f"ioc {ioc.kind}: {ioc.defanged}", markup=False)
    for impact in record.impacts:
        console.print(f"impact {impact.kind}: {impact.sentence}", markup=False)
    console.print("priority: " + "; ".join(record.priority_reasons), markup=False)
    _fetch_failed(ctx, error)


@main.group(invoke_without_command=True)
@click.option("--jsonl", nargs=2, type=str, metavar="IN OUT", help="Assign story ids to a batch (no store).")
@click.pass_context
def stories(ctx: click.Context, jsonl: tuple[str, str] | None) -> None:
    """Stories: the same event told by several outlets. Without a subcommand, lists recent ones.

    With --jsonl IN OUT, assigns story ids to a batch of articles without touching the store.
    Input as for `veilleur intel --jsonl`; each output line adds `story_id`, `joined` (the article
    it matched) and the `signals` that joined it. Articles are taken in order of `published`, then
    input order."""

    if ctx.invoked_subcommand is not None:
        return
    if not jsonl:
        from veilleur.cli.story_commands import list_stories

        ctx.invoke(list_stories)
        return
    from veilleur.batch import assign_batch

    articles, count = assign_batch(jsonl[0], jsonl[1], _settings(ctx))
    _console().print(f"{articles} article(s) in {count} stories → {jsonl[1]}")


@main.command()
@click.option(
    "--again", is_flag=True, help="Brief every relevant article again (cached answers cost nothing)."
)
@click.option("--max-briefs", type=int, help="Brief at most this many articles.")
@click.option("--explain", "explain_id", help="Show the guard report of one article (entry id or URL).")
@click.pass_context
def brief(ctx: click.Context, again: bool, max_briefs: int | None, explain_id: str | None) -> None:
    """Brief stored articles (the brief stage alone), or explain one briefing."""

    from veilleur.cli.failure_commands import exclusive, explain
    from veilleur.pipeline import Pipeline
    from veilleur.report import print_summary

    settings = _settings(ctx)
    if explain_id:
        explain(_store(settings), explain_id)
        return
    with exclusive(ctx, settings):
        store = _store(settings)
        pipeline = Pipeline(settings, store, console=_console())
        try:
            pipeline.enrich()
            pipeline.brief(again=again, max_briefs=max_briefs)
        finally:
            pipeline.close()
            store.close()
    print_summary(pipeline.summary, _console())


@main.group()
def llm() -> None:
    """The configured language model."""


@llm.command("check")
@click.pass_context
def llm_check(ctx: click.Context) -> None:
    """Does the configured backend answer, and does it follow a JSON schema?"""
    from veilleur.brief.check import check_backend

    result = check_backend(_settings(ctx).brief)
    console = _out()
    for line in result.lines:
        console.print(line, markup=False)
    if not result.ok:
        ctx.exit(1)


@main.command()
@click.argument("target")
@click.option("--tag", default="veille", show_default=True, help="Source tag of the post.")
@click.option("--style", type=click.Choice(["current", "old"]), help="Post style (default: configured).")
@click.pass_context
def post(ctx: click.Context, target: str, tag: str, style: str | None) -> None:
    """Print the Jekyll post veilleur would publish for one page, file or URL."""

    from veilleur.brief.backend import BriefRequest
    from veilleur.brief.writer import Writer
    from veilleur.clock import collection_day
    from veilleur.enrich import enrich
    from veilleur.extract import content_hash, extract_article
    from veilleur.publish.jekyll import render_post

    settings = _settings(ctx)
    document, entry, error = _load(target, settings)
    article = extract_article(document, entry, settings.limits.min_words)
    if error:
        raise click.ClickException(f"no post: fetch failed: {error}")
    if not article.usable:
        raise click.ClickException(f"no post: {article.reason}")
    intel = enrich(article, settings.limits.min_relevance)
    if not intel.relevant:
        raise click.ClickException(f"no post: not about cybersecurity (score {intel.relevance_score})")
    url = entry.url
    outlet = urlsplit(url).hostname or "la source"
    outcome = Writer(settings.brief).write(
        BriefRequest(article=article, intel=intel, outlet=outlet, url=url), content_hash(article.text)
    )
    if outcome.briefing is None:
        raise click.ClickException(f"no post: {outcome.error}")
    briefing = outcome.briefing
    # On standard error, so that standard output stays the post alone.
    _console().print(Text(f"briefing written by {outcome.written_by or briefing.backend}", style="dim"))
    day = collection_day(clock.now(), settings.publish.timezone, settings.publish.day_rollover_hour)
    rendered = render_post(briefing, article.title, day, tag, [url], style or settings.publish.style)
    click.echo(rendered.text, nl=False)


if __name__ == "__main__":
    main()


def _register_groups() -> None:
    from veilleur.cli.alert_commands import alerts
    from veilleur.cli.digest_commands import digest
    from veilleur.cli.export_commands import export
    from veilleur.cli.failure_commands import retry
    from veilleur.cli.incident_commands import incidents
    from veilleur.cli.story_commands import list_stories, merge, show_story, split
    from veilleur.cli.user_commands import users
    from veilleur.cli.web_commands import web
    from veilleur.cli.worker_commands import status, worker

    for command in (list_stories, show_story, merge, split):
        stories.add_command(command)
    main.add_command(incidents)
    main.add_command(retry)
    main.add_command(export)
    main.add_command(digest)
    main.add_command(users)
    main.add_command(web)
    main.add_command(alerts)
    main.add_command(worker)
    main.add_command(status)


_register_groups()
