"""Tables of the store (SQLAlchemy Core), portable between SQLite and PostgreSQL.

Each pipeline stage writes its own table keyed by the entry id; an entry is pending for a stage
exactly when it has no row there, which is what makes every stage resumable after a crash.
Uniqueness constraints make duplicates impossible rather than unlikely: one entry per canonical
URL, one usable article per content hash, one post per entry, per canonical URL and per path, one
briefing per story and per article.
Datetimes are ISO-8601 UTC strings: exact, sortable and identical on both databases.
A URL is read from feeds and pages, so it can be of any length: PostgreSQL's btree indexes take at
most 2,704 bytes a row, so there its uniqueness and lookups use hash indexes (`_url_unique`,
`postgresql_using="hash"`), which store a hash of the value and compare the whole value: nothing is cut.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ExcludeConstraint

metadata = MetaData()


def _url_unique(table: str, column: str) -> tuple[UniqueConstraint, ExcludeConstraint]:
    """One row per value of a URL column: a unique constraint on SQLite, an exclusion constraint
    over a hash index on PostgreSQL (a btree refuses a row of more than 2,704 bytes)."""
    return (
        UniqueConstraint(column, name=f"uq_{table}_{column}").ddl_if(dialect="sqlite"),
        ExcludeConstraint((column, "="), name=f"ex_{table}_{column}", using="hash").ddl_if(
            dialect="postgresql"
        ),
    )


sources = Table(
    "sources",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("url", Text, nullable=False),
    Column("tag", String(100), nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("lang", String(10), nullable=False, default=""),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("include", Text, nullable=False, default="[]"),  # JSON list
    Column("exclude", Text, nullable=False, default="[]"),  # JSON list
    Column("min_relevance", Float),  # schema 3
    Column("origin", String(20), nullable=False, default="user"),  # catalogue | config | user | demo
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_attempt", String(40)),
    Column("last_success", String(40)),
    Column("last_error", Text),
    Column("consecutive_failures", Integer, nullable=False, default=0),
)

entries = Table(
    "entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("canonical_url", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("source", String(200), nullable=False, index=True),
    Column("title", Text, nullable=False, default=""),
    Column("guid", Text, nullable=False, default=""),
    Column("published", String(40)),
    Column("feed_content", Text, nullable=False, default=""),
    Column("local_path", Text, nullable=False, default=""),
    Column("collected_at", String(40), nullable=False),
    # The post date is fixed when the entry is first seen, so a later run cannot move it.
    Column("post_date", String(10), nullable=False),
    Column("fetch_state", String(10), nullable=False, default="pending"),  # pending | done | failed
    Column("fetch_attempts", Integer, nullable=False, default=0),
    Column("fetch_error", Text),
    *_url_unique("entries", "canonical_url"),
)

documents = Table(
    "documents",
    metadata,
    Column("entry_id", Integer, ForeignKey("entries.id"), primary_key=True),
    Column("status", Integer, nullable=False),
    Column("content_type", Text, nullable=False),
    Column("final_url", Text, nullable=False),
    Column("encoding", String(40), nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("fetched_at", String(40), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("entry_id", Integer, ForeignKey("entries.id"), primary_key=True),
    Column("canonical_url", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("lang", String(10), nullable=False, default=""),
    Column("published", String(40)),
    Column("usable", Boolean, nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("method", String(40), nullable=False, default=""),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("byline", Text, nullable=False, default="", server_default=""),  # schema 20
    # Set only for usable, first-seen articles: NULLs do not collide, so unusable pages and
    # recognised duplicates are kept for the record without blocking anything.
    Column("dedup_key", String(64), unique=True),
    Column("duplicate_of", Integer),
    Column("extracted_at", String(40), nullable=False),
)

intel = Table(
    "intel",
    metadata,
    Column("entry_id", Integer, ForeignKey("entries.id"), primary_key=True),
    Column("relevant", Boolean, nullable=False),
    Column("score", Float, nullable=False),
    Column("category", String(40), nullable=False),
    Column("data", Text, nullable=False),  # the whole Intel record as JSON
    Column("enriched_at", String(40), nullable=False),
)

# Accepted model briefings by (article content hash, model, prompt version): briefing the same
# text again with the same model and prompt makes no call.
llm_cache = Table(
    "llm_cache",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("briefing", Text, nullable=False),
    Column("report", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

posts = Table(
    "posts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entry_id", Integer, ForeignKey("entries.id"), nullable=False, unique=True),
    Column("canonical_url", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("path", Text, nullable=False, unique=True),  # relative to the site folder
    Column("post_date", String(10), nullable=False),
    Column("title", Text, nullable=False),
    Column("tag", String(100), nullable=False),
    # planned → written → committed: the row is planned before the file is written, so a crash
    # in between rewrites the same path instead of inventing a new one.
    Column("state", String(10), nullable=False, default="planned"),
    Column("created_at", String(40), nullable=False),
    # Added in schema 4, for posts of stories: the story (the entries its file lists are the
    # members `listed`), its dated updates (JSON) and when it was last rewritten. The slug is the
    # path's (`_posts/<date>-<slug>.md`).
    Column("story_id", Integer, unique=True),
    Column("updates", Text, nullable=False, server_default="[]"),
    Column("updated_at", String(40)),
    Column("revision", Integer, nullable=False, server_default="0"),  # of the briefing it shows
    *_url_unique("posts", "canonical_url"),
)

# Schema 4: stories. A story's id never changes once given; articles join it, and only a user's
# merge or split moves an article from one story to another. Its first and last days are its
# articles' (`store.story_days`).
stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", String(40), nullable=False),
    # Ids of merged-away stories are never given again: a story id names one story forever.
    sqlite_autoincrement=True,
)

story_members = Table(
    "story_members",
    metadata,
    Column("entry_id", Integer, ForeignKey("entries.id"), primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id"), nullable=False, index=True),
    Column("day", String(10), nullable=False),
    Column("joined_with", Integer),  # the article it matched, NULL for the story's first one
    Column("score", Float, nullable=False, default=0.0),
    Column("signals", Text, nullable=False, default="[]"),  # JSON list: why it joined
    # Same text as another article (a syndicated copy, an updated version): never published twice.
    Column("near_duplicate_of", Integer),
    Column("method", String(10), nullable=False, default="auto"),  # auto | merge | split
    Column("added_at", String(40), nullable=False),
    # The story's briefing was written from this article (covered), its post's file lists it
    # (listed): stored here only, so that a run finds pending stories with one indexed query, and
    # what a briefing covers or a post lists is read from these.
    Column("covered", Boolean, nullable=False, default=False, index=True),
    Column("listed", Boolean, nullable=False, default=False, index=True),
)

# What clustering compares, computed once per article and read back at every run (the window's
# articles are never described again): `data` is JSON (names, CVE ids, victims…), `minhash` the
# MinHash values (uint64), `embedding` the sentence embedding (float16). `version` names the
# feature definition: rows of another version are computed again.
cluster_features = Table(
    "cluster_features",
    metadata,
    Column("entry_id", Integer, ForeignKey("entries.id"), primary_key=True),
    Column("day", String(10), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Column("minhash", LargeBinary, nullable=False),
    Column("embedding", LargeBinary, nullable=False),
)

# Every merge and split a user made, in order: the record of why a story looks as it does.
story_decisions = Table(
    "story_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(10), nullable=False),  # merge | split
    Column("story_id", Integer, nullable=False),  # the story kept (merge) or created (split)
    Column("detail", Text, nullable=False),  # JSON: the stories merged or the entries split off
    Column("decided_at", String(40), nullable=False),
)

# Every briefing: a story's (`story_id`), or, under the one-post-per-article policy, one article's
# of a story alone (`entry_id`; its story is its member row's, never stored twice, so merges and
# splits leave it be). Schema 17 moved the articles' own briefings here from their table.
story_briefings = Table(
    "story_briefings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", Integer, ForeignKey("stories.id"), unique=True),
    Column("entry_id", Integer, ForeignKey("entries.id"), unique=True),
    Column("backend", String(100), nullable=False),
    Column("data", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("report", Text, nullable=False),
    Column("prompt_tokens", Integer, nullable=False, default=0),
    Column("completion_tokens", Integer, nullable=False, default=0),
    Column("briefed_at", String(40), nullable=False),
    Column("revision", Integer, nullable=False, default=1),  # +1 each time it is rewritten
    CheckConstraint("(story_id IS NULL) <> (entry_id IS NULL)", name="ck_story_briefings_subject"),
)

# Schema 5: what failed, per stage and item ("entry:12", "story:3", "source:name", "register"), so
# that one bad item never stops a run and is not retried for ever: after `limits.max_attempts`
# runs its state becomes "failed" and the stage skips it until `veilleur retry` deletes the row.
failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("stage", String(20), nullable=False),
    Column("item", String(200), nullable=False),
    Column("source", String(200)),  # the source the item came from, when known
    Column("label", Text, nullable=False, default=""),  # what the user recognises: a URL, a name
    Column("reason", Text, nullable=False),
    Column("detail", Text, nullable=False, default="{}"),  # JSON, e.g. the guard report of a briefing
    Column("attempts", Integer, nullable=False, default=1),
    Column("state", String(10), nullable=False, default="pending"),  # pending | failed
    Column("first_at", String(40), nullable=False),
    Column("last_at", String(40), nullable=False),
    UniqueConstraint("stage", "item", name="uq_failures_stage_item"),
    sqlite_autoincrement=True,
)

# Schema 10: alerts sent, per story and channel, with what the alert said (its victims, CVEs and
# whether exploitation was confirmed), so a story is announced once, and again only when one of
# these grows. A row is written right after its channel accepted the alert. Schema 18: per post,
# a story's (`story_id`) or, under the one-post-per-article policy, one article's (`entry_id`).
alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", Integer),
    Column("entry_id", Integer),
    Column("channel", String(64), nullable=False),  # a digest of the channel's URL (never the URL)
    Column("state", Text, nullable=False),  # JSON: {"victims": [...], "cves": [...], "exploited": bool}
    Column("count", Integer, nullable=False, default=1),  # alerts sent for this post on this channel
    Column("sent_at", String(40), nullable=False),
    UniqueConstraint("story_id", "channel", name="uq_alerts_story_channel"),
    UniqueConstraint("entry_id", "channel", name="uq_alerts_entry_channel"),
    CheckConstraint("(story_id IS NULL) <> (entry_id IS NULL)", name="ck_alerts_subject"),
)

# Schema 6: every identity check and every "what is pending" query of a run reads an index, so a
# day's run costs the same after a year of history as on the first day.
IDENTITY_INDEXES = [
    Index("ix_entries_url", entries.c.url, postgresql_using="hash"),
    Index("ix_entries_source_guid", entries.c.source, entries.c.guid),
    Index("ix_entries_fetch_state", entries.c.fetch_state, entries.c.id),
    Index("ix_entries_local_path", entries.c.source, entries.c.local_path),
    Index("ix_articles_canonical_url", articles.c.canonical_url, postgresql_using="hash"),
    Index("ix_articles_enrichable", articles.c.usable, articles.c.duplicate_of, articles.c.entry_id),
    Index("ix_intel_relevant", intel.c.relevant, intel.c.entry_id),
]

# Schema 8: the incident register's entry of each story with the signature it was built from
# (members, days, post, outlets), so a run rebuilds only the stories that changed.
register_cache = Table(
    "register_cache",
    metadata,
    Column("story_id", Integer, primary_key=True),
    Column("signature", String(64), nullable=False),
    Column("incident", Text),  # the Incident as JSON; NULL for a story that is no incident
    # Schema 13: its entry of the data file, escaped for the page, and its last day (the file's
    # order), so that writing the register escapes only the changed stories' entries.
    Column("last_reported", String(10)),
    Column("escaped", Text),
)

WINDOW_INDEXES = [
    Index("ix_story_members_day", story_members.c.day),
]

# Schema 12: a feed reads its few last updated stories by these, not every briefed story.
FEED_INDEXES = [
    Index("ix_posts_updated_at", posts.c.updated_at),
    Index("ix_posts_created_at", posts.c.created_at),
    Index("ix_story_briefings_briefed_at", story_briefings.c.briefed_at),
]

# Schema 14: what the register checks at a build, the stories touched since the last one
# (store.register_changes), and its entries in the file's order.
REGISTER_INDEXES = [
    Index("ix_story_members_added_at", story_members.c.added_at),
    Index("ix_intel_enriched_at", intel.c.enriched_at),
    Index("ix_articles_duplicate_of", articles.c.duplicate_of),
    Index("ix_register_cache_last_reported", register_cache.c.last_reported, register_cache.c.story_id),
]

# Schema 9: the analyst console (veilleur web). Accounts with argon2 password hashes, API tokens
# stored as SHA-256 digests (the token itself is shown once), each story's review state, and the
# console's secrets (the cookie signing key, made once per store).
users = Table(
    "users",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("role", String(10), nullable=False),  # viewer | analyst | admin
    Column("password_hash", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("digest", String(64), primary_key=True),
    Column("user", String(100), ForeignKey("users.name"), nullable=False, index=True),
    Column("created_at", String(40), nullable=False),
)

story_reviews = Table(
    "story_reviews",
    metadata,
    Column("story_id", Integer, primary_key=True),
    Column("state", String(10), nullable=False),  # approved | rejected
    Column("by_user", String(100), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("decided_at", String(40), nullable=False),
)

console_keys = Table(
    "console_keys",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
