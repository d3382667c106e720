"""Merges and splits of stories by hand, shared by `veilleur stories` and the console.

Each decision is kept in the store (clustering never moves an article again once it is in a
story, so it holds on every later run) and the affected posts are rewritten at once. Errors the
user can fix (an unknown story, a split that would empty it) raise `DecisionError`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console

from veilleur.config import Settings
from veilleur.models import StoryInvalidation

if TYPE_CHECKING:
    from veilleur.store import Store
    from veilleur.summary import RunSummary


class DecisionError(ValueError):
    """The decision cannot be applied; the message says why."""


def merge_invalidates() -> StoryInvalidation:
    """What a merge makes stale: the articles moved into the target are neither covered by its
    briefing nor listed on its post yet (so the target is briefed and its post rewritten); they
    keep how they joined. The target's briefing and post stay until then."""
    return StoryInvalidation(moved_uncovered=True, moved_unlisted=True)


def split_invalidates() -> StoryInvalidation:
    """What a split makes stale: the moved articles start a story of their own (uncovered,
    unlisted, no longer joined to or near-duplicates of what they left); what stays is briefed
    again (its briefing may state what only the departed articles said) and its post rewritten
    from that briefing (a revision it has not shown), so that it loses the departed sources."""
    return StoryInvalidation(
        moved_uncovered=True,
        moved_unlisted=True,
        moved_unlinked=True,
        kept_uncovered=True,
        briefing_dropped=True,
        post_revision_reset=True,
    )


def republish(settings: Settings, store: Store, console: Console | None = None) -> RunSummary:
    """Brief and publish what a decision changed (nothing is fetched)."""
    from veilleur.pipeline import Pipeline

    pipeline = Pipeline(settings, store, console=console or Console(quiet=True))
    try:
        pipeline.cluster_then_brief()
        pipeline.publish()
    finally:
        pipeline.close()
    return pipeline.summary


def merge_stories(settings: Settings, store: Store, target: int, others: list[int]) -> int:
    """Merge `others` into `target` and remove their posts from the site; return how many posts
    were removed. Does not republish (see `republish`)."""
    from veilleur.publish.jekyll import remove_posts

    known = {story_id for story_id, *_ in store.stories.all()}
    missing = [s for s in (target, *others) if s not in known]
    if missing:
        raise DecisionError(f"no story {', '.join(map(str, missing))}")
    if target in others:
        raise DecisionError("a story cannot be merged into itself")
    others = list(dict.fromkeys(others))
    removed = store.decisions.merge(target, others, merge_invalidates())
    remove_posts(
        settings.publish.out_dir,
        [post.path for post in removed],
        f"chore(veille-cyber): merge stories {', '.join(map(str, others))} into {target}",
        settings.publish.git_commit,
    )
    return len(removed)


def split_story(store: Store, story_id: int, entries: list[int]) -> int:
    """Move `entries` out of `story_id` into a new story; return its id. Does not republish."""
    members = {member.entry_id for member in store.stories.members(story_id)}
    if not members:
        raise DecisionError(f"no story {story_id}")
    moving = list(dict.fromkeys(entries))
    strangers = [e for e in moving if e not in members]
    if strangers:
        raise DecisionError(f"not in story {story_id}: {', '.join(map(str, strangers))}")
    staying = members - set(moving)
    if not staying:
        raise DecisionError("a split must leave at least one article in the story")
    # The story keeps its post; when its first article leaves, the earliest that stays leads it.
    return store.decisions.split(story_id, moving, lead=min(staying), stale=split_invalidates())
