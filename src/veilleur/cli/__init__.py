"""The `veilleur` command: thin commands over the library."""

from __future__ import annotations

import gc
import os
import tomllib
from pathlib import Path

import click
from pydantic import ValidationError

from veilleur import __version__, clock
from veilleur.cli.common import ConfigError, check_source_names, config_error_lines, missing_postgres_extra
from veilleur.cli.common import console as _console
from veilleur.cli.common import open_store as _store
from veilleur.cli.common import out as _out
from veilleur.cli.common import settings_of as _settings
from veilleur.config import load_settings, replaced
from veilleur.redact import redact
from veilleur.workers.stages import STAGES

# Loading spaCy's pipelines, the galaxies and the models makes millions of objects that live as
# long as the process: at the default threshold (a collection every 700 new objects) the cyclic
# collector scans them again and again, 0.2 s of the 1.6 s of CPU of `veilleur post`. A collection
# every 10,000 frees the same cycles a little later.
gc.set_threshold(10_000, 10, 10)


class _Main(click.Group):
    """The command group, which turns a missing `postgres` extra into a one-line configuration
    error, whatever command opened the PostgreSQL store (run, status, worker, sources, web…)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ImportError as exc:
            error = missing_postgres_extra(exc)
            if error is None:
                raise
            raise error from exc


@click.group(cls=_Main)
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
    2 configuration error or a --source naming no enabled source, 3 another run is using the store
    (nothing was done)."""

    from veilleur.cli.failure_commands import exclusive
    from veilleur.cli.worker_commands import enqueue, is_postgres
    from veilleur.pipeline import sync_sources
    from veilleur.report import print_summary
    from veilleur.workers.steps import Steps

    given: dict[str, object] = {}
    if max_briefs is not None:
        given["brief__max_briefs"] = max_briefs
    if out_dir:
        given["publish__out_dir"] = out_dir
    if store_url:
        given["store_url"] = store_url
    settings = replaced(_settings(ctx), **given)
    if is_postgres(settings) and not (in_process or stage):
        enqueue(ctx, settings, list(only) or None, wait)
        return
    with exclusive(ctx, settings):
        store = _store(settings)
        sync_sources(store, settings)
        try:
            check_source_names(store, only)
        except click.BadParameter:
            store.close()
            raise
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

    import tempfile

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
    command = typed_command()
    click.echo(f"Then try: {command} --config {config} incidents list --sector healthcare")
    click.echo(f"      or: {command} --config {config} stories")


def typed_command() -> str:
    """How the user can call veilleur again: `veilleur` when it is on PATH, else the script of this
    interpreter's environment (`.venv/bin/veilleur` after the README's first command, whose venv is
    not activated), else `python -m veilleur`."""
    import shutil
    import sys

    if shutil.which("veilleur"):
        return "veilleur"
    script = Path(sys.executable).parent / "veilleur"
    if script.is_file():
        return str(script)
    return f"{sys.executable} -m veilleur"


@main.group(invoke_without_command=True)
@click.option("--jsonl", nargs=2, type=str, metavar="IN OUT", help="Assign story ids to a batch (no store).")
@click.pass_context
def stories(ctx: click.Context, jsonl: tuple[str, str] | None) -> None:
    """Stories: the same event told by several outlets. Without a subcommand, lists recent ones.

    With --jsonl IN OUT, assigns story ids to a batch of articles without touching the store.
    Input as for `veilleur intel --jsonl`, plus an optional `source` (the feed or outlet: two
    articles of one source are kept apart as in a run); each output line repeats the input's
    fields (without the content) and adds `story_id`, `joined` (the article it matched), its
    `score`, the `signals` that joined it, `near_duplicate`, its `title` (the line's `title`,
    else the page's) and `story_title` (the story's first article's: its post's title). Every
    page is placed, relevant or
    not (a run clusters only the relevant articles). Articles are taken in order of
    `published`, then input order (a line with no plausible date is dated as the dated line
    before it, as a run dates an item by its collection day); a line that is no JSON object or
    whose page failed comes last, with its `line`, its `reason` and no story."""

    if ctx.invoked_subcommand is not None:
        return
    if not jsonl:
        from veilleur.cli.story_commands import list_stories

        ctx.invoke(list_stories)
        return
    from veilleur.batch import assign_batch
    from veilleur.cli.input_commands import batch_done, batch_paths

    source, out = batch_paths(jsonl)
    result = assign_batch(source, out, _settings(ctx))
    _console().print(
        f"{result.written - len(result.refused)} article(s) in {result.stories} story(ies)", markup=False
    )
    batch_done(ctx, result, out)


@main.command()
@click.option(
    "--again", is_flag=True, help="Brief every relevant article again (cached answers cost nothing)."
)
@click.option("--max-briefs", type=int, help="Brief at most this many articles.")
@click.option("--explain", "explain_id", help="Show the guard report of one article (entry id or URL).")
@click.pass_context
def brief(ctx: click.Context, again: bool, max_briefs: int | None, explain_id: str | None) -> None:
    """Brief what is stored: enrich and cluster what is pending, then brief (the brief stage alone:
    `veilleur run --stage brief`), or explain one briefing."""

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
            pipeline.cluster_then_brief(again=again, max_briefs=max_briefs)
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


def _register_groups() -> None:
    from veilleur.cli.alert_commands import alerts
    from veilleur.cli.digest_commands import digest
    from veilleur.cli.export_commands import export
    from veilleur.cli.failure_commands import retry
    from veilleur.cli.incident_commands import incidents
    from veilleur.cli.input_commands import extract, intel, post
    from veilleur.cli.source_commands import sources
    from veilleur.cli.story_commands import list_stories, merge, show_story, split
    from veilleur.cli.user_commands import users
    from veilleur.cli.web_commands import web
    from veilleur.cli.worker_commands import status, worker

    for command in (list_stories, show_story, merge, split):
        stories.add_command(command)
    main.add_command(sources)
    for command in (extract, intel, post):
        main.add_command(command)
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
