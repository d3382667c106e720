"""Which article leads a story after a split is decided by `decisions.split_story`, not by the
store: the store moves the articles and gives the story's post the lead it is handed, an
article that stays (any other is refused and nothing moves)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CLOCKS
from sqlalchemy import text

from veilleur.config import load_settings
from veilleur.decisions import merge_invalidates, split_invalidates, split_story
from veilleur.demo import run_demo
from veilleur.models import StoryInvalidation
from veilleur.store import Store


@pytest.fixture
def story_of_four(tmp_path: Path) -> tuple[Store, int, list[int]]:
    """The demo's store, its posted stories merged into one of four articles or more."""
    site = tmp_path / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VEILLEUR_NOW", CLOCKS["2026-11-30T23:30Z"].isoformat())
        run_demo(site, port=0)
    store = Store(load_settings(site / "veilleur.toml").resolved_store_url())
    posted = [story for story, *_ in store.stories.all() if store.posts.of_story(story) is not None]
    target = posted[0]
    store.decisions.merge(target, posted[1:], merge_invalidates())
    members = sorted(member.entry_id for member in store.stories.members(target))
    assert len(members) >= 4
    return store, target, members


def test_the_store_gives_the_post_the_lead_it_is_handed(story_of_four: tuple[Store, int, list[int]]) -> None:
    store, story, members = story_of_four
    first, second, third = members[0], members[1], members[2]
    # The first article leaves; the caller names the third, not the earliest that stays, to lead.
    new = store.decisions.split(story, [first], lead=third, stale=split_invalidates())
    post = store.posts.of_story(story)
    assert post is not None and post.entry_id == third
    assert [m.entry_id for m in store.stories.members(new)] == [first]
    assert second in {m.entry_id for m in store.stories.members(story)}


def test_a_lead_that_leaves_is_refused_and_nothing_moves(story_of_four: tuple[Store, int, list[int]]) -> None:
    store, story, members = story_of_four
    before = store.posts.of_story(story)
    with pytest.raises(ValueError, match="does not stay"):
        store.decisions.split(story, [members[0]], lead=members[0], stale=split_invalidates())
    assert sorted(m.entry_id for m in store.stories.members(story)) == members
    assert store.posts.of_story(story) == before


def test_the_decision_gives_the_lead_to_the_earliest_article_that_stays(
    story_of_four: tuple[Store, int, list[int]],
) -> None:
    store, story, members = story_of_four
    split_story(store, story, [members[0], members[1]])
    post = store.posts.of_story(story)
    assert post is not None and post.entry_id == members[2]


def _covered(store: Store, story: int) -> dict[int, bool]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT entry_id, covered FROM story_members WHERE story_id = :s"), {"s": story}
        )
        return {int(entry): bool(covered) for entry, covered in rows}


def test_the_store_invalidates_what_the_decision_says_and_nothing_else(
    story_of_four: tuple[Store, int, list[int]],
) -> None:
    """What a split makes stale is decided by `decisions.split_invalidates`: handed nothing to
    invalidate, the store moves the article and keeps the story's briefing, its post's revision
    and its members' coverage; handed the decision's, it drops and resets them."""
    store, story, members = story_of_four
    briefed = store.briefings.of_story(story)
    post = store.posts.of_story(story)
    assert briefed is not None and post is not None and post.revision > 0
    covered = _covered(store, story)
    store.decisions.split(story, [members[0]], lead=members[1], stale=StoryInvalidation())
    assert store.briefings.of_story(story) == briefed
    assert store.posts.of_story(story).revision == post.revision  # type: ignore[union-attr]
    assert _covered(store, story) == {e: c for e, c in covered.items() if e != members[0]}
    assert any(covered.values())

    store.decisions.split(story, [members[1]], lead=members[2], stale=split_invalidates())
    assert store.briefings.of_story(story) is None
    assert store.posts.of_story(story).revision == 0  # type: ignore[union-attr]
    assert not any(_covered(store, story).values())
