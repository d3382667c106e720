"""`veilleur stories list|show|merge|split`: see and correct how articles were grouped.

Merges and splits are kept in the store: clustering never moves an article again once it is in a
story, so a decision holds on every later run; the affected posts are rewritten at once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.table import Table

from veilleur import clock
from veilleur.cli.common import console, open_store, out, settings_of
from veilleur.config import Settings

if TYPE_CHECKING:
    from veilleur.store import Store


@click.command("list")
@click.option("--days", type=int, default=7, show_default=True, help="Stories active in the last N days.")
@click.pass_context
def list_stories(ctx: click.Context, days: int = 7) -> None:
    """Recent stories: their articles, outlets and post."""
    store = open_store(settings_of(ctx))
    try:
        from veilleur.store.listing import story_lines

        table = Table("story", "days", "articles", "outlets", "title", "post")
        for line in story_lines(store.engine, clock.now().date() - timedelta(days=days)):
            first, last = line.first_day, line.last_day
            span = first.isoformat() if first == last else f"{first} → {last}"
            table.add_row(
                str(line.story_id), span, str(line.articles), ", ".join(line.outlets), line.title, line.post
            )
        out().print(table)
    finally:
        store.close()


@click.command("show")
@click.argument("story_id", type=int)
@click.pass_context
def show_story(ctx: click.Context, story_id: int) -> None:
    """The articles of one story and why each joined it."""
    store = open_store(settings_of(ctx))
    try:
        items = store.story_articles(story_id)
        if not items:
            raise click.ClickException(f"no story {story_id}")
        console_out = out()
        post = store.story_post(story_id)
        console_out.print(f"[bold]story {story_id}[/bold] · {post.path if post else 'not published'}")
        for item in items:
            member = item.member
            how = "first article" if member.joined_with is None else f"joined {member.joined_with}"
            if member.method != "auto":
                how += f" ({member.method} by hand)"
            console_out.print(f"  {item.stored.id} · {item.outlet} · {item.stored.entry.url}", markup=False)
            console_out.print(f"      {'; '.join([how, *member.signals])}", markup=False)
        for decision in store.decisions():
            detail = decision["detail"]
            if story_id in {decision["story_id"], detail.get("from"), *detail.get("merged", [])}:
                console_out.print(f"  {decision['decided_at']} {decision['action']}: {decision['detail']}")
    finally:
        store.close()


def _with_site(ctx: click.Context, out_dir: Path | None) -> Settings:
    """The settings, with the site of `--out` (as `veilleur run --out`) when given."""
    settings = settings_of(ctx)
    if out_dir is not None:
        settings.publish.out_dir = out_dir
    return settings


def _republish(ctx: click.Context, store: Store) -> None:
    """Brief and publish what the decision changed (nothing is fetched)."""

    from veilleur.pipeline import Pipeline
    from veilleur.report import print_summary

    pipeline = Pipeline(settings_of(ctx), store, console=console())
    try:
        pipeline.brief()
        pipeline.publish()
    finally:
        pipeline.close()
    print_summary(pipeline.summary, console())


@click.command("merge")
@click.argument("target", type=int)
@click.argument("others", type=int, nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="Jekyll site (default: configured).")
@click.pass_context
def merge(ctx: click.Context, target: int, others: tuple[int, ...], out_dir: Path | None) -> None:
    """Merge stories OTHERS into TARGET: one story, one post (TARGET's), listing every source."""

    from veilleur.publish.jekyll import remove_posts

    settings = _with_site(ctx, out_dir)
    store = open_store(settings)
    try:
        known = {story_id for story_id, *_ in store.stories()}
        missing = [s for s in (target, *others) if s not in known]
        if missing:
            raise click.ClickException(f"no story {', '.join(map(str, missing))}")
        if target in others:
            raise click.ClickException("a story cannot be merged into itself")
        removed = store.merge_stories(target, list(dict.fromkeys(others)))
        site = settings.publish.out_dir
        remove_posts(
            site,
            [post.path for post in removed],
            f"chore(veille-cyber): merge stories {', '.join(map(str, others))} into {target}",
            settings.publish.git_commit,
        )
        console().print(f"merged {', '.join(map(str, others))} into {target}; {len(removed)} post(s) removed")
        _republish(ctx, store)
    finally:
        store.close()


@click.command("split")
@click.argument("story_id", type=int)
@click.argument("entries", type=int, nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="Jekyll site (default: configured).")
@click.pass_context
def split(ctx: click.Context, story_id: int, entries: tuple[int, ...], out_dir: Path | None) -> None:
    """Move articles ENTRIES (ids from `stories show`) out of STORY_ID into a story of their own."""
    store = open_store(_with_site(ctx, out_dir))
    try:
        members = {member.entry_id for member in store.members(story_id)}
        if not members:
            raise click.ClickException(f"no story {story_id}")
        moving = list(dict.fromkeys(entries))
        strangers = [e for e in moving if e not in members]
        if strangers:
            raise click.ClickException(f"not in story {story_id}: {', '.join(map(str, strangers))}")
        if set(moving) == members:
            raise click.ClickException("a split must leave at least one article in the story")
        new_id = store.split_story(story_id, moving)
        console().print(f"articles {', '.join(map(str, moving))} now form story {new_id}")
        _republish(ctx, store)
    finally:
        store.close()
