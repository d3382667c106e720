"""`veilleur export …`: the published stories for other consumers (feed readers, CTI platforms).

Each format adds its subcommand to the `export` group here (`atom`, `jsonfeed`, `stix`, `misp`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.markup import escape

from veilleur import clock
from veilleur.cli.common import console, open_store, settings_of
from veilleur.models import PublishedStory, Tlp

if TYPE_CHECKING:
    from veilleur.models import ExportStory


@click.group()
def export() -> None:
    """Export the stories: Atom or JSON feed, STIX 2.1 bundle, MISP feed."""


def parse_since(value: str | None) -> date | None:
    """`--since 2026-11-20` → that date; None when not given. Raises click.BadParameter."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"not a date (YYYY-MM-DD): {value!r}", param_hint="--since") from exc


_tlp_choice = click.Choice([tlp.value for tlp in Tlp])


def _stories(ctx: click.Context, since: str | None, story: int | None, max_tlp: str) -> list[ExportStory]:
    from veilleur.publishing.exported import export_stories

    settings = settings_of(ctx)
    store = open_store(settings)
    try:
        tlp_of = {source.name: source.tlp for source in settings.sources}
        return export_stories(store, tlp_of, since=parse_since(since), story_id=story, max_tlp=Tlp(max_tlp))
    finally:
        store.close()


@export.command("stix")
@click.option("--since", help="Only stories still running on or after this day (YYYY-MM-DD).")
@click.option("--story", type=int, help="Only this story (its id, see `veilleur stories`).")
@click.option(
    "--max-tlp", type=_tlp_choice, default="red", show_default=True, help="Leave out stories above."
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File to write (default: stdout).")
@click.pass_context
def export_stix(
    ctx: click.Context, since: str | None, story: int | None, max_tlp: str, output: Path | None
) -> None:
    """The briefed stories as a STIX 2.1 bundle (a report per story, with its objects)."""
    from veilleur.publish.stix import build_bundle

    settings = settings_of(ctx)
    stories = _stories(ctx, since, story, max_tlp)
    result = build_bundle(stories, publisher=settings.export.publisher, contact=settings.export.contact)
    for line in result.errors:
        console().print(f"[yellow]warning[/yellow] {escape(line)}")
    text = result.serialize()
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        console().print(f"{len(stories)} stor{'y' if len(stories) == 1 else 'ies'} → {output}")


@export.command("misp")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--since", help="Only stories still running on or after this day (YYYY-MM-DD).")
@click.option("--story", type=int, help="Only this story (its id, see `veilleur stories`).")
@click.option(
    "--max-tlp", type=_tlp_choice, default="red", show_default=True, help="Leave out stories above."
)
@click.pass_context
def export_misp(ctx: click.Context, folder: Path, since: str | None, story: int | None, max_tlp: str) -> None:
    """The briefed stories as a MISP feed in FOLDER (events, manifest.json, hashes.csv)."""
    from veilleur.publish.misp import write_feed

    settings = settings_of(ctx)
    stories = _stories(ctx, since, story, max_tlp)
    result = write_feed(folder, stories, publisher=settings.export.publisher)
    for line in result.errors:
        console().print(f"[yellow]warning[/yellow] {escape(line)}")
    removed = f", {len(result.removed)} former event(s) removed" if result.removed else ""
    console().print(f"{len(result.events)} event(s) → {folder}{removed}")


def _feed_stories(ctx: click.Context, since: str | None, max_tlp: str | None) -> list[PublishedStory]:
    from veilleur.publishing.outbound import published_stories

    settings = settings_of(ctx)
    # An internal feed takes this command's own limit instead of the public one.
    limit = Tlp(max_tlp) if max_tlp else settings.publish.max_public_tlp
    store = open_store(settings)
    try:
        return published_stories(store, settings, parse_since(since), max_tlp=limit)
    finally:
        store.close()


def _write(output: Path | None, data: bytes, count: int) -> None:
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        output.write_bytes(data)
        console().print(f"{count} story(ies) → {output}")


_feed_options = [
    click.option("--since", help="Stories whose post date is this day or later (YYYY-MM-DD)."),
    click.option(
        "--max-tlp",
        type=_tlp_choice,
        help="Strictest TLP to include (default: [publish] max_public_tlp).",
    ),
    click.option("-o", "--output", type=click.Path(path_type=Path), help="File to write (default: stdout)."),
]


def _with_feed_options(command: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(_feed_options):
        command = option(command)
    return command


@export.command("atom")
@_with_feed_options
@click.pass_context
def export_atom(ctx: click.Context, since: str | None, max_tlp: str | None, output: Path | None) -> None:
    """The published stories as an Atom 1.0 feed (as the site's feed.xml)."""
    from veilleur.publish.feeds import atom

    stories = _feed_stories(ctx, since, max_tlp)
    _write(output, atom(stories, settings_of(ctx), clock.now()), len(stories))


@export.command("jsonfeed")
@_with_feed_options
@click.pass_context
def export_jsonfeed(ctx: click.Context, since: str | None, max_tlp: str | None, output: Path | None) -> None:
    """The published stories as a JSON Feed 1.1 (as the site's feed.json)."""
    from veilleur.publish.feeds import json_feed

    stories = _feed_stories(ctx, since, max_tlp)
    _write(output, json_feed(stories, settings_of(ctx)).encode("utf-8"), len(stories))
