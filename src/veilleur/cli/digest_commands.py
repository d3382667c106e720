"""`veilleur digest [--date D] [--send]`: the French daily digest as files, and by e-mail."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from rich.markup import escape

from veilleur import clock
from veilleur.cli.common import console, open_store, settings_of


@click.command()
@click.option("--date", "day_text", help="The day (YYYY-MM-DD; default: today's post date).")
@click.option("--send", is_flag=True, help="E-mail it to [digest] to through [digest.smtp].")
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder (default: [digest] out_dir).",
)
@click.pass_context
def digest(ctx: click.Context, day_text: str | None, send: bool, output: Path | None) -> None:
    """The day's stories in French, watchlist matches first, by category and priority: written as
    digest-DATE.md and .html, and sent as a multipart e-mail with --send."""
    from veilleur.clock import collection_day
    from veilleur.publish.digest import DigestError, build, day_stories, message, write_files
    from veilleur.publish.digest import send as deliver
    from veilleur.publishing.outbound import published_stories

    settings = settings_of(ctx)
    if day_text:
        try:
            day = date.fromisoformat(day_text)
        except ValueError as exc:
            raise click.BadParameter(f"not a date (YYYY-MM-DD): {day_text!r}", param_hint="--date") from exc
    else:
        day = collection_day(clock.now(), settings.publish.timezone, settings.publish.day_rollover_hour)
    store = open_store(settings)
    try:
        stories = published_stories(
            store, settings, since=day, max_tlp=settings.digest.max_tlp, approved_only=settings.publish.review
        )
    finally:
        store.close()
    made = build(day_stories(stories, day, settings.digest.max_tlp), day, settings)
    for path in write_files(made, output or settings.digest.out_dir):
        console().print(f"{made.stories} sujet(s) → {escape(str(path))}")
    if send:
        if not settings.digest.to:
            raise click.ClickException('no recipient: set [digest] to = ["…"]')
        try:
            deliver(message(made, settings.digest.smtp.sender, settings.digest.to), settings.digest.smtp)
        except DigestError as exc:
            raise click.ClickException(f"digest not sent: {exc}") from exc
        console().print(f"digest sent to {escape(', '.join(settings.digest.to))}")
