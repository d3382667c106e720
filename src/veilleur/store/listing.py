"""What `veilleur stories` lists, in two queries whatever the number of stories, without texts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select

from veilleur.store import schema
from veilleur.store.story_days import active_since, first_day, last_day


@dataclass(frozen=True)
class StoryLine:
    story_id: int
    first_day: date
    last_day: date
    articles: int
    outlets: list[str]  # in the order of the story's articles, each once
    title: str  # of its first article: the feed's title, else the page's
    post: str  # the post's path, "" when not published


def story_lines(engine: Engine, since: date) -> list[StoryLine]:
    """Stories whose last day is `since` or later, newest first."""
    st, m, e, a, s, p = (
        schema.stories,
        schema.story_members,
        schema.entries,
        schema.articles,
        schema.sources,
        schema.posts,
    )
    last = last_day(st.c.id).label("last_day")
    stories = (
        select(st.c.id, first_day(st.c.id).label("first_day"), last, p.c.path)
        .join(p, p.c.story_id == st.c.id, isouter=True)
        .where(active_since(st.c.id, since))
        .order_by(last.desc(), st.c.id.desc())
    )
    members = (
        select(m.c.story_id, e.c.title, a.c.title.label("a_title"), e.c.source, s.c.title.label("outlet"))
        .join(e, e.c.id == m.c.entry_id)
        .join(a, a.c.entry_id == e.c.id)
        .join(s, s.c.name == e.c.source, isouter=True)
        .where(active_since(m.c.story_id, since))
        .order_by(m.c.story_id, e.c.id)
    )
    by_story: dict[int, list[tuple[str, str]]] = {}
    with engine.connect() as conn:
        for row in conn.execute(members):
            title = row.title or row.a_title or ""
            by_story.setdefault(int(row.story_id), []).append((title, row.outlet or row.source))
        lines = []
        for story in conn.execute(stories):
            items = by_story.get(int(story.id), [])
            if not items:
                continue  # a story emptied by a split
            lines.append(
                StoryLine(
                    story_id=int(story.id),
                    first_day=date.fromisoformat(story.first_day),
                    last_day=date.fromisoformat(story.last_day),
                    articles=len(items),
                    outlets=list(dict.fromkeys(outlet for _, outlet in items)),
                    title=items[0][0],
                    post=story.path or "",
                )
            )
    return lines
