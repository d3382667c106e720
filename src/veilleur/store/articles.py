"""Extracted articles in the store, one per entry: `store.articles`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, func, not_, or_, select, update

from veilleur.models import Article, PostState, StoredEntry
from veilleur.store import schema
from veilleur.store.db import Repository
from veilleur.store.prepared import DUPLICATE_OF, PG_SAVE_ARTICLE
from veilleur.store.rows import article_of, now_iso, stored_entry_of, to_iso


def _any(stored_text: str) -> bool:
    """Every stored text met by an article's canonical URL is its page's (no judge given)."""
    return True


def _link_captures(conn: Connection, entry_ids: list[int]) -> None:
    """A capture known by its file alone (no `URL:` line, no browser mark) links to its article's
    address: the canonical link it declared when that passed extraction's test and the store's
    judge, else its own file, which posts never link to (they name the outlet). The entry kept the
    declared address as its link whatever became of it: a phishing page naming a breach's
    article as its own was set apart from it, and its post still linked to the breach."""
    if not entry_ids:
        return
    e, a, p, m = schema.entries, schema.articles, schema.posts, schema.story_members
    own = select(a.c.canonical_url).where(a.c.entry_id == e.c.id).scalar_subquery()
    relinked = e.c.url != func.coalesce(own, e.c.url)
    captures = (e.c.id.in_(entry_ids), e.c.local_path != "", e.c.canonical_url.startswith("file:"), relinked)
    moved = list(conn.execute(select(e.c.id).where(*captures)).scalars())
    if not moved:
        return
    conn.execute(update(e).where(e.c.id.in_(moved)).values(url=func.coalesce(own, e.c.url)))
    # A post written before the judge set the capture apart (the breach's page came a day after the
    # phishing page that named its address) still linked to the breach: the posts showing it are
    # due again (a revision below their briefing's), and the next publish rewrites their sources.
    stories = select(m.c.story_id).where(m.c.entry_id.in_(moved))
    showing = or_(p.c.entry_id.in_(moved), p.c.story_id.in_(stories))
    conn.execute(update(p).where(showing, p.c.state != PostState.PLANNED).values(revision=p.c.revision - 1))


class ArticleRepository(Repository):
    """`Article` records by entry id."""

    def pending(self) -> list[StoredEntry]:
        """Entries fetched (or given up) with no article yet, by id: what extraction takes."""
        e, a = schema.entries, schema.articles
        query = (
            select(e)
            .where(self.db.entry_filter(e.c.id), e.c.fetch_state.in_(["done", "failed"]))
            .where(not_(select(a.c.entry_id).where(a.c.entry_id == e.c.id).exists()))
            .order_by(e.c.id)
        )
        with self.db.reader.connect() as conn:
            return [stored_entry_of(row) for row in conn.execute(query).mappings()]

    def save(
        self, entry_id: int, article: Article, content_hash: str, same_page: Callable[[str], bool] = _any
    ) -> int | None:
        """Store the article; return the id of the entry it duplicates, if any.

        The article's text (`content_hash`) and canonical URL are unique keys among usable
        articles: a usable article whose key is already taken is stored as a copy of the first
        one (`duplicate_of`), read and written in one statement so that two workers saving the
        same text at once keep one first. A canonical URL is the page's own word: an article met
        by it alone, with another text, is this one's page only when `same_page(its text)` says
        so (the runner's judge of a near-duplicate); else the two stay two articles."""
        row: dict[str, Any] = {
            "entry_id": entry_id,
            "canonical_url": article.canonical_url,
            "title": article.title,
            "text": article.text,
            "lang": article.lang,
            "published": to_iso(article.published),
            "usable": article.usable,
            "reason": article.reason,
            "method": article.method,
            "byline": article.byline,
            "content_hash": content_hash,
            "extracted_at": now_iso(),
        }
        with self.db.tx() as conn:
            if conn.dialect.name == "postgresql":  # the two statements below in one
                found = conn.execute(PG_SAVE_ARTICLE, row).scalar()
                if found is None or self._same_page(conn, int(found), content_hash, same_page):
                    if article.canonical_url != article.url:  # else the link is already its own
                        _link_captures(conn, [entry_id])
                    return int(found) if found is not None else None
                # Met by its canonical URL only, another text. The statement met one stored article
                # only, and several can hold the address (one that took back its own address meets
                # one that had named it): the others are judged too, in the order SQLite judges them
                # below, or the two backends would keep different articles.
                others = conn.execute(
                    DUPLICATE_OF, {"b_hash": content_hash, "b_url": article.canonical_url}
                ).all()
                page = next(
                    (
                        int(r.entry_id)
                        for r in others
                        if r.entry_id != found and self._same_page(conn, r.entry_id, content_hash, same_page)
                    ),
                    None,
                )
                # None: the first of its own after all.
                keep = {"dedup_key": content_hash if page is None else None, "duplicate_of": page}
                conn.execute(
                    update(schema.articles).where(schema.articles.c.entry_id == entry_id).values(keep)
                )
                if page is None:
                    self._apart(conn, article.canonical_url)
                if article.canonical_url != article.url:
                    _link_captures(conn, [entry_id])
                return page
            duplicate_of, met = None, False
            if article.usable:
                # Same text, or the same page under another URL (its canonical link says so).
                found_rows = conn.execute(
                    DUPLICATE_OF, {"b_hash": content_hash, "b_url": article.canonical_url}
                ).all()
                # The one with the same text first (its key is unique: one at most).
                found_rows.sort(key=lambda found: found.dedup_key != content_hash)
                met = bool(found_rows)
                duplicate_of = next(
                    (
                        r.entry_id
                        for r in found_rows
                        if r.dedup_key == content_hash
                        or self._same_page(conn, r.entry_id, content_hash, same_page)
                    ),
                    None,
                )
            first = article.usable and duplicate_of is None
            row.update(dedup_key=content_hash if first else None, duplicate_of=duplicate_of)
            conn.execute(schema.articles.insert(), row)
            if met and duplicate_of is None:
                self._apart(conn, article.canonical_url)
            if article.canonical_url != article.url:
                _link_captures(conn, [entry_id])
            return int(duplicate_of) if duplicate_of is not None else None

    @staticmethod
    def _apart(conn: Connection, shared: str) -> None:
        """Articles with other texts that name one canonical URL are other pages: each takes back
        the address it was fetched at (the page fetched there keeps it), so that none is taken for
        another's copy again and each has a post (a post's URL is unique too)."""
        a, e, p = schema.articles, schema.entries, schema.posts
        moved = list(conn.execute(select(a.c.entry_id).where(a.c.canonical_url == shared)).scalars())
        fetched_at = select(e.c.canonical_url).where(e.c.id == a.c.entry_id).scalar_subquery()
        conn.execute(update(a).where(a.c.canonical_url == shared).values(canonical_url=fetched_at))
        _link_captures(conn, moved)
        # A post already published under that address (an earlier run's article that named it) is
        # keyed by its lead's address too: it follows its article, or the page fetched there would
        # find the address taken and never have a post. Not onto an address another post holds.
        own = select(a.c.canonical_url).where(a.c.entry_id == p.c.entry_id).scalar_subquery()
        other = p.alias("other")
        taken = select(other.c.id).where(other.c.canonical_url == own).exists()
        conn.execute(update(p).where(p.c.canonical_url == shared, ~taken).values(canonical_url=own))

    @staticmethod
    def _same_page(
        conn: Connection, stored: int, content_hash: str, same_page: Callable[[str], bool]
    ) -> bool:
        """Whether the stored usable article `stored`, met by text or canonical URL, is the page of
        the article whose text hashes to `content_hash`: the same text, or `same_page` of its own."""
        a = schema.articles
        found = conn.execute(select(a.c.dedup_key, a.c.text).where(a.c.entry_id == stored)).first()
        return found is None or found.dedup_key == content_hash or same_page(found.text)

    def get(self, entry_id: int) -> Article | None:
        a = schema.articles
        with self.db.reader.connect() as conn:
            row = conn.execute(select(a).where(a.c.entry_id == entry_id)).mappings().first()
        return article_of(row) if row else None
