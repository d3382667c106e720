"""The `veilleur` command: thin commands over the library."""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import click
from pydantic import ValidationError
from rich.text import Text

from veilleur import __version__, clock
from veilleur.batch import article_json, intel_json, run_batch
from veilleur.cli.common import ConfigError, config_error_lines
from veilleur.cli.common import console as _console
from veilleur.cli.common import open_store as _store
from veilleur.cli.common import out as _out
from veilleur.cli.common import settings_of as _settings
from veilleur.config import Settings, load_settings
from veilleur.models import Document, Entry
from veilleur.redact import redact
from veilleur.workers.stages import STAGES


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
    from veilleur.cli.source_commands import sources
    from veilleur.cli.story_commands import list_stories, merge, show_story, split
    from veilleur.cli.user_commands import users
    from veilleur.cli.web_commands import web
    from veilleur.cli.worker_commands import status, worker

    for command in (list_stories, show_story, merge, split):
        stories.add_command(command)
    main.add_command(sources)
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
