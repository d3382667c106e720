"""`veilleur stories list|show|merge|split`: see and correct how articles were grouped.

Merges and splits are kept in the store: clustering never moves an article again once it is in a
story, so a decision holds on every later run; the affected posts are rewritten at once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.table import Table
from rich.text import Text

from veilleur import clock
from veilleur.cli.common import console, open_store, out, settings_of
from veilleur.config import Settings, replaced
from veilleur.decisions import DecisionError, merge_stories, republish, split_story

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
                # Outlets, titles and paths come from what was read: cells of text, not console markup.
                str(line.story_id),
                span,
                str(line.articles),
                Text(", ".join(line.outlets)),
                Text(line.title),
                Text(line.post),
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
        items = store.stories.articles(story_id)
        if not items:
            raise click.ClickException(f"no story {story_id}")
        console_out = out()
        post = store.posts.of_story(story_id)
        console_out.print(f"[bold]story {story_id}[/bold] · {post.path if post else 'not published'}")
        for item in items:
            member = item.member
            how = _how_it_came(member.joined_with, member.method)
            console_out.print(f"  {item.stored.id} · {item.outlet} · {item.stored.entry.link}", markup=False)
            console_out.print(f"      {'; '.join([how, *map(str, member.signals)])}", markup=False)
        for decision in store.decisions.all():
            detail = decision["detail"]
            if story_id in {decision["story_id"], detail.get("from"), *detail.get("merged", [])}:
                console_out.print(
                    f"  {decision['decided_at']} {decision['action']}: {decision['detail']}", markup=False
                )
    finally:
        store.close()


def _with_site(ctx: click.Context, out_dir: Path | None) -> Settings:
    """The settings, with the site of `--out` (as `veilleur run --out`) when given."""
    settings = settings_of(ctx)
    return settings if out_dir is None else replaced(settings, publish__out_dir=out_dir)


def _republish(settings: Settings, store: Store) -> None:
    """Brief and publish what the decision changed (nothing is fetched), into `settings`' site."""
    from veilleur.report import print_decision_summary

    print_decision_summary(republish(settings, store, console()), console())


@click.command("merge")
@click.argument("target", type=int)
@click.argument("others", type=int, nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="Jekyll site (default: configured).")
@click.pass_context
def merge(ctx: click.Context, target: int, others: tuple[int, ...], out_dir: Path | None) -> None:
    """Merge stories OTHERS into TARGET: one story, one post (TARGET's), listing every source."""
    settings = _with_site(ctx, out_dir)
    store = open_store(settings)
    try:
        try:
            removed = merge_stories(settings, store, target, list(others))
        except DecisionError as exc:
            raise click.ClickException(str(exc)) from exc
        merged = list(dict.fromkeys(others))
        stories = f"story {merged[0]}" if len(merged) == 1 else f"stories {', '.join(map(str, merged))}"
        posts = "1 post" if removed == 1 else f"{removed} posts"
        console().print(f"{stories} merged into story {target}; {posts} removed from the site")
        _republish(settings, store)
    finally:
        store.close()


@click.command("split")
@click.argument("story_id", type=int)
@click.argument("entries", type=int, nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="Jekyll site (default: configured).")
@click.pass_context
def split(ctx: click.Context, story_id: int, entries: tuple[int, ...], out_dir: Path | None) -> None:
    """Move articles ENTRIES (ids from `stories show`) out of STORY_ID into a story of their own."""
    settings = _with_site(ctx, out_dir)
    store = open_store(settings)
    try:
        try:
            new_id = split_story(store, story_id, list(entries))
        except DecisionError as exc:
            raise click.ClickException(str(exc)) from exc
        moved = list(dict.fromkeys(entries))
        # In the project's terms: articles leave a story and form a new one, with a post of its own.
        what = f"article {moved[0]}" if len(moved) == 1 else f"articles {', '.join(map(str, moved))}"
        console().print(f"{what} moved out of story {story_id} into a new story, {new_id}")
        _republish(settings, store)
    finally:
        store.close()


def _how_it_came(joined_with: int | None, method: str) -> str:
    """How an article came into its story, as `stories show` says it. An article a merge or a
    split moved keeps no link to what it joined when it led its former story (joined_with None),
    yet it is not this story's first article: "first article" is said of one article only."""
    if joined_with is not None:
        how = f"joined {joined_with}"
        return how if method == "auto" else f"{how} ({method} by hand)"
    return "first article" if method == "auto" else f"moved here by {method}, by hand"
