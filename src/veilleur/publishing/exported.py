"""The briefed stories as the CTI exports (STIX 2.1, MISP feed) see them, read from the store,
never written (the export commands' step)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from veilleur.cluster.merge import merge_intel
from veilleur.models import Briefing, ExportSource, ExportStory, PostState, Tlp
from veilleur.publish.exported import story_tlp
from veilleur.store import Store


def export_stories(
    store: Store,
    tlp_of: Mapping[str, Tlp],
    since: date | None = None,
    story_id: int | None = None,
    max_tlp: Tlp = Tlp.RED,
) -> list[ExportStory]:
    """The briefed stories whose last day is on or after `since` (or only `story_id`), oldest first,
    without those above `max_tlp`. A story with no briefing (never judged worth one) is left out."""
    posts = store.posts.of_stories()
    own = store.posts.of_articles()  # one post per article: the story's first article's stands
    members = store.stories.sources()
    out = []
    for sid, first_day, last_day, _count in reversed(store.stories.all(since)):
        if story_id is not None and sid != story_id:
            continue
        items = members.get(sid, [])
        records = [intel for _entry, _outlet, intel in items if intel is not None]
        briefing = _briefing(store, sid, [entry.id for entry, _outlet, _intel in items])
        if not records or not items or briefing is None:
            continue
        sources = [
            ExportSource(
                outlet=outlet,
                source=entry.entry.source,
                url=entry.entry.link,
                title=entry.entry.title,
                collected_at=entry.collected_at,
            )
            for entry, outlet, _intel in items
        ]
        post = posts.get(sid) or next(iter(own.get(sid, [])), None)
        permalink = ""
        if post is not None and post.state != PostState.PLANNED:
            permalink = f"/posts/{post.post_date:%Y/%m/%d}/{post.slug}/"
        tlp = story_tlp(sources, tlp_of)
        if not tlp.allows(max_tlp):
            continue
        seen = [source.collected_at for source in sources]
        out.append(
            ExportStory(
                story_id=sid,
                title=briefing.heading or (post.title if post is not None else "") or items[0][0].entry.title,
                briefing=briefing,
                intel=merge_intel(records),
                sources=sources,
                first_day=first_day,
                last_day=last_day,
                first_seen=min(seen),
                last_seen=max(seen),
                permalink=permalink,
                tlp=tlp,
            )
        )
    return out


def _briefing(store: Store, story_id: int, entry_ids: list[int]) -> Briefing | None:
    """The story's briefing, else its first briefed article's (stories published one post per
    article have no story briefing)."""
    story = store.briefings.of_story(story_id)
    if story is not None:
        return story.briefing
    for entry_id in entry_ids:
        briefing = store.briefings.own(entry_id)
        if briefing is not None:
            return briefing
    return None
