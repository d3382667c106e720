"""The published stories as the other consumers see them (feeds, digest, alerts), read from the
store in three queries whatever their number (the publish stage's step). Under the
one-post-per-article policy each article's own post is such an item, its sources that article."""

from __future__ import annotations

from datetime import date

from veilleur.config import Settings
from veilleur.models import Intel, PublishedRow, PublishedStory, StoredEntry, Tlp
from veilleur.publish.outbound import published_story
from veilleur.publish.tlp import source_labels
from veilleur.store import Store
from veilleur.store.published import members_of, newest_rows, published_rows


def published_stories(
    store: Store,
    settings: Settings,
    since: date | None = None,
    max_tlp: Tlp | None = None,
    posted_only: bool = False,
    newest: int = 0,
    approved_only: bool = False,
) -> list[PublishedStory]:
    """Briefed stories, newest post date first, with their post when the site has one.
    `max_tlp` keeps the stories whose TLP is at most that (a public channel passes
    `[publish] max_public_tlp`); `posted_only` keeps the stories the site carries. Otherwise
    stories held back from the site are included (with an empty permalink), for the internal
    channels (digest, alerts, internal exports). `newest` > 0 keeps at most that many stories, the
    last updated first (a feed): their articles only are read. `approved_only` keeps the stories
    an analyst approved (the digest and alerts pass `[publish] review`: what waits for review
    leaves by no channel)."""
    labels = source_labels(settings)
    approved: set[int] | None = None
    if approved_only:
        from veilleur.store.console import ConsoleStore

        approved = ConsoleStore(store.engine).approved()
    if newest > 0:
        return _newest(store, newest, labels, max_tlp, posted_only, approved, since)
    rows = published_rows(store.engine, since)
    if approved is not None:
        rows = [row for row in rows if row.story_id in approved]
    if posted_only:
        rows = [row for row in rows if row.path]
    members = members_of(store.engine, list(dict.fromkeys(row.story_id for row in rows)))
    out = []
    for row in rows:
        story = published_story(row, _items(row, members), labels)
        if story is not None and (max_tlp is None or story.tlp.allows(max_tlp)):
            out.append(story)
    return out


def _items(
    row: PublishedRow, members: dict[int, list[tuple[StoredEntry, str, Intel | None]]]
) -> list[tuple[StoredEntry, str, Intel | None]]:
    """The item's articles: its story's, or the one article whose own post it is."""
    items = members.get(row.story_id, [])
    return items if row.entry_id is None else [item for item in items if item[0].id == row.entry_id]


def _newest(
    store: Store,
    newest: int,
    labels: dict[str, Tlp],
    max_tlp: Tlp | None,
    posted_only: bool,
    approved: set[int] | None,
    since: date | None,
) -> list[PublishedStory]:
    """The `newest` last updated stories (and articles' own posts) that pass the filters, reading
    the stories (and their articles) of about the `newest` last updated, not the history: the next
    ones are read only when the filters leave fewer than `newest`."""
    out: list[PublishedStory] = []
    done: set[tuple[int, int]] = set()
    count = max(newest, 50)
    while True:
        # The `count` last updated are the first `count` of the `2 × count` last updated: the
        # stories already judged are the head of the next, longer list.
        rows, complete = newest_rows(store.engine, count, posted_only)
        rows = [row for row in rows if (row.story_id, row.entry_id or 0) not in done]
        done.update((row.story_id, row.entry_id or 0) for row in rows)
        if approved is not None:
            rows = [row for row in rows if row.story_id in approved]
        if since is not None:
            rows = [row for row in rows if row.post_date >= since]
        members = members_of(store.engine, list(dict.fromkeys(row.story_id for row in rows)))
        for row in rows:
            story = published_story(row, _items(row, members), labels)
            if story is not None and (max_tlp is None or story.tlp.allows(max_tlp)):
                out.append(story)
                if len(out) == newest:
                    return out
        if complete:
            return out
        count *= 2
