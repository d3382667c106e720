"""Records as the store hands them to the stages and takes them back: a stored entry with its ids
and states, a story's members, articles, briefing and post, a story's stored clustering features.
Frozen dataclasses, not pydantic models: they are built from trusted rows, many per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from veilleur.models.briefings import Briefing
from veilleur.models.intel import Intel
from veilleur.models.signals import Signal
from veilleur.models.sources import Article, Entry
from veilleur.models.vocabularies import PostState


@dataclass(frozen=True)
class StoredEntry:
    id: int
    entry: Entry
    post_date: date
    collected_at: datetime
    fetch_state: str
    fetch_attempts: int
    fetch_error: str | None


@dataclass(frozen=True)
class PostRow:
    id: int
    entry_id: int
    path: str
    post_date: date
    state: PostState


@dataclass(frozen=True)
class FeatureRow:
    """An article's stored clustering features, as `veilleur.cluster.features` encodes them."""

    entry_id: int
    day: str  # ISO date
    version: int
    data: str  # JSON
    minhash: bytes
    embedding: bytes


class Story(NamedTuple):
    """A story as the store lists it: the same event told by one or more articles. A tuple, so
    `story_id, first_day, last_day, articles = story` reads it too."""

    id: int  # never given again, even once merged away
    first_day: date  # the collection day of its first article
    last_day: date  # and of its last
    articles: int


@dataclass(frozen=True)
class StoryMember:
    entry_id: int
    story_id: int
    day: date
    joined_with: int | None
    score: float
    signals: list[Signal]
    near_duplicate_of: int | None
    method: str


@dataclass(frozen=True)
class StoryArticle:
    """One article of a story with what briefing and publishing need."""

    member: StoryMember
    stored: StoredEntry
    article: Article
    intel: Intel | None  # an exact copy carries its original's; None if never enriched
    content_hash: str
    tag: str
    outlet: str


@dataclass(frozen=True)
class StoryPost:
    """A post: a story's, or one article's own (the one-post-per-article policy: `story_id` None,
    `entry_id` that article)."""

    id: int
    story_id: int | None
    entry_id: int
    path: str
    post_date: date
    title: str
    tag: str
    state: PostState
    members: list[int]  # the story's articles its file lists
    updates: list[dict[str, Any]] = field(default_factory=list)
    revision: int = 0  # of the story briefing the written file shows

    @property
    def slug(self) -> str:
        """The slug its path was planned with (`_posts/<date>-<slug>.md`): stored once, in the path."""
        return self.path.rsplit("/", 1)[-1].removesuffix(".md").removeprefix(f"{self.post_date.isoformat()}-")


@dataclass(frozen=True)
class StoryBriefing:
    """A briefing of a story written from its articles `covers`; with `entry_id`, the briefing of
    that one article of the story alone (the one-post-per-article policy: `covers` is it)."""

    story_id: int
    covers: list[int]
    briefing: Briefing
    record: dict[str, Any]
    entry_id: int | None = None


@dataclass(frozen=True)
class PublishedRow:
    story_id: int
    path: str  # the post, relative to the site folder (`_posts/2026-11-29-slug.md`); "" if none
    post_date: date  # the post's date, else the story's first day
    title: str  # the post's front-matter title (its first article's); "" without a post
    created: datetime  # UTC: when the post was planned, else when the story was first briefed
    updated: datetime  # UTC: the latest of the post's rewrite and the briefing's
    briefing: Briefing
    revision: int  # of the story's briefing
    # The article whose own post and briefing this is (the one-post-per-article policy); None for
    # a story's.
    entry_id: int | None = None


@dataclass(frozen=True)
class StoryInvalidation:
    """What a merge or a split of stories makes stale, as `veilleur.decisions` decides it; the
    store applies it in the decision's transaction. "Moved": the articles that change story."""

    moved_uncovered: bool = False  # covered=False: no briefing covers them yet (briefed again)
    moved_unlisted: bool = False  # listed=False: no post lists them yet
    moved_unlinked: bool = False  # joined_with, near_duplicate_of dropped (they left those)
    kept_uncovered: bool = False  # the articles that stay: briefed again
    briefing_dropped: bool = False  # the story's briefing deleted: written again from what stays
    post_revision_reset: bool = False  # its post's revision 0: rewritten from the next briefing
