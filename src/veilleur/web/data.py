"""What the console's pages show, read from the store (records in, plain dicts and records out).

Every value here may come from an article: templates escape it (Jinja2 autoescape), the JSON API
returns it as data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from veilleur.cluster.merge import merge_intel
from veilleur.models import Category, Incident, Intel, PostState, Sector, story_countries
from veilleur.store import Store, schema
from veilleur.store.console import Review

PAGE_SIZE = 25


@dataclass
class StoryRow:
    story_id: int
    title: str
    first_day: str
    last_day: str
    category: Category
    victims: list[str]
    sectors: list[str]
    countries: list[str]
    sources: int
    watchlist: list[str]
    priority: int
    state: str  # unbriefed | pending_review | rejected | approved | published | updated | failed
    post: str = ""
    outlets: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _state(
    story_id: int,
    briefed: set[int],
    posts: dict[int, Any],
    failed: set[str],
    reviews: dict[int, Review],
    review_on: bool,
) -> str:
    post = posts.get(story_id)
    if f"story:{story_id}" in failed:
        return "failed"
    if post is not None and post.state != PostState.PLANNED:
        return "updated" if post.updates else "published"
    review = reviews.get(story_id)
    if review is not None:
        return review.state
    if story_id not in briefed:
        return "unbriefed"
    return "pending_review" if review_on else "approved"


def story_rows(store: Store, reviews: dict[int, Review], review_on: bool) -> list[StoryRow]:
    """Every story with articles, highest priority first, then newest."""
    b, m = schema.story_briefings, schema.story_members
    stories_briefed = select(b.c.story_id).where(b.c.story_id.is_not(None))
    # One post per article: a story whose articles are briefed alone is briefed.
    articles_briefed = select(m.c.story_id).join(b, b.c.entry_id == m.c.entry_id).distinct()
    with store.engine.connect() as conn:
        briefed = {int(i) for i in conn.execute(stories_briefed).scalars()}
        briefed |= {int(i) for i in conn.execute(articles_briefed).scalars()}
    failed = set(store.failures.items("publish")) | set(store.failures.items("brief"))
    # A story without a post of its own shows its first article's own post (one post per article).
    own = {story: posts[0] for story, posts in store.posts.of_articles().items()}
    posts = {**own, **store.posts.of_stories()}
    sources = store.stories.sources()
    rows = []
    for story_id, first_day, last_day, _count in store.stories.all():
        items = sources.get(story_id, [])
        records = [intel for _e, _o, intel in items if intel is not None]
        if not items:
            continue
        intel = merge_intel(records) if records else Intel(relevant=False, relevance_score=0.0)
        lead = items[0][0]
        post = posts.get(story_id)
        rows.append(
            StoryRow(
                story_id=story_id,
                title=post.title if post else lead.entry.title,
                first_day=first_day.isoformat(),
                last_day=last_day.isoformat(),
                category=intel.category,
                victims=[v.name for v in intel.victims],
                sectors=list(dict.fromkeys([s for v in intel.victims for s in v.sectors] + intel.sectors)),
                countries=story_countries(intel),
                sources=len(items),
                watchlist=intel.watchlist,
                priority=max((r.priority for r in records), default=0),
                state=_state(story_id, briefed, posts, failed, reviews, review_on),
                post=post.path if post and post.state != PostState.PLANNED else "",
                outlets=list(dict.fromkeys(outlet for _e, outlet, _i in items)),
            )
        )
    rows.sort(key=lambda row: row.last_day, reverse=True)
    rows.sort(key=lambda row: row.priority, reverse=True)
    return rows


def filter_rows(rows: list[StoryRow], args: dict[str, str]) -> list[StoryRow]:
    """Rows matching the page's filters: category, sector, country (ISO code), state, text."""

    def keep(row: StoryRow) -> bool:
        if args.get("category") and row.category != Category.parse(args["category"]):
            return False
        if args.get("sector") and Sector.parse(args["sector"]) not in row.sectors:
            return False
        if args.get("country") and args["country"].upper() not in row.countries:
            return False
        if args.get("state") and row.state != args["state"]:
            return False
        text = args.get("q", "").casefold()
        return not text or text in " ".join([row.title, *row.victims, *row.outlets]).casefold()

    return [row for row in rows if keep(row)]


def filter_incidents(incidents: list[Incident], args: dict[str, str]) -> list[Incident]:
    """Incidents by sector, country, category, actor and first-reported dates (ISO days)."""

    def keep(incident: Incident) -> bool:
        if args.get("sector") and Sector.parse(args["sector"]) not in incident.sectors:
            return False
        if args.get("country") and args["country"].upper() not in incident.countries:
            return False
        if args.get("category") and incident.category != Category.parse(args["category"]):
            return False
        actor = args.get("actor", "").casefold()
        if actor and not any(actor in a.casefold() for a in incident.actors + incident.malware):
            return False
        day = incident.first_reported.isoformat()
        if args.get("since") and day < args["since"]:
            return False
        return not (args.get("until") and day > args["until"])

    return [incident for incident in incidents if keep(incident)]


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
