"""Full-text search over articles and story briefings: SQLite FTS5, PostgreSQL text search.

SQLite: a contentless-by-choice FTS5 table `search_fts` (schema 11; unicode61 tokenizer with
diacritics removed, so "rancongiciel" finds "rançongiciel"), filled incrementally before each
search — new articles by entry id, briefings written since the last search — and ranked by
bm25. PostgreSQL: `to_tsvector('simple', …) @@ plainto_tsquery('simple', …)` ranked by ts_rank,
on the tables themselves, over each one's first SEARCH_CHARS characters. Each word of the query
must match; the query is data (quoted), never FTS syntax. Hits: `{kind: "article"|"briefing",
story_id, entry_id, title, snippet}`."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Engine, select, text

from veilleur.store import schema
from veilleur.text import storable

CREATE_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "kind UNINDEXED, ref UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
)
_MARK = "search_briefed_at"  # console_keys: the last briefing time indexed
# PostgreSQL reads at most this many characters of each article (headline first) and briefing: a
# tsvector holds at most 1 MB, and one longer (an indicator list of 200,000 distinct hashes: 2.3 MB)
# failed every search, each comparing every article's ('string is too long for tsvector'). At most
# 4 bytes a character plus a few per word, 100,000 characters stay under 0.61 MB (measured on
# distinct words, hyphenated compounds, URLs, addresses and 4-byte characters).
SEARCH_CHARS = 100_000


def create_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(CREATE_FTS))


def _fts_query(words: list[str]) -> str:
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _refresh_sqlite(conn: Connection) -> None:
    a, e, b, k = schema.articles, schema.entries, schema.story_briefings, schema.console_keys
    last = conn.execute(
        text("SELECT COALESCE(MAX(CAST(ref AS INTEGER)), 0) FROM search_fts WHERE kind = 'article'")
    ).scalar()
    fresh = (
        select(a.c.entry_id, e.c.title, a.c.title.label("a_title"), a.c.text)
        .join(e, e.c.id == a.c.entry_id)
        .where(a.c.entry_id > int(last or 0), a.c.usable.is_(True))
    )
    insert = text("INSERT INTO search_fts (kind, ref, title, body) VALUES (:kind, :ref, :title, :body)")
    for row in conn.execute(fresh):
        values = {"kind": "article", "ref": row.entry_id, "title": row.title or row.a_title, "body": row.text}
        conn.execute(insert, values)
    since = conn.execute(select(k.c.value).where(k.c.name == _MARK)).scalar() or ""
    newest = since
    briefed = select(b.c.story_id, b.c.data, b.c.briefed_at).where(
        b.c.briefed_at > since,
        b.c.story_id.is_not(None),  # stories' briefings, not articles' own
    )
    for brow in conn.execute(briefed):
        data = json.loads(brow.data)
        drop = text("DELETE FROM search_fts WHERE kind = 'briefing' AND ref = :ref")
        conn.execute(drop, {"ref": brow.story_id})
        body = " ".join([data.get("summary", ""), *(p.get("text", "") for p in data.get("key_points", []))])
        conn.execute(
            insert, {"kind": "briefing", "ref": brow.story_id, "title": data.get("heading", ""), "body": body}
        )
        newest = max(newest, brow.briefed_at)
    if newest != since:
        conn.execute(k.delete().where(k.c.name == _MARK))
        conn.execute(k.insert().values(name=_MARK, value=newest))


def _story_of(conn: Connection, entry_ids: list[int]) -> dict[int, int]:
    m = schema.story_members
    rows = conn.execute(select(m.c.entry_id, m.c.story_id).where(m.c.entry_id.in_(entry_ids)))
    return {int(r.entry_id): int(r.story_id) for r in rows}


def search(engine: Engine, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """The best `limit` hits for every word of `query` (at most 12 words). The query is read as a
    store keeps text (`storable`): a NUL (`?q=%00`) ended SQLite's quoted word ('unterminated
    string') and PostgreSQL refuses it; a lone surrogate cannot be encoded."""
    words = [word for word in storable(query).split() if word][:12]
    if not words:
        return []
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            _refresh_sqlite(conn)
            rows = conn.execute(
                text(
                    "SELECT kind, ref, title, snippet(search_fts, 3, '', '', '…', 24) AS snippet "
                    "FROM search_fts WHERE search_fts MATCH :q ORDER BY bm25(search_fts) LIMIT :n"
                ),
                {"q": _fts_query(words), "n": limit},
            ).all()
            stories = _story_of(conn, [int(r.ref) for r in rows if r.kind == "article"])
        return [_hit(r.kind, int(r.ref), r.title, r.snippet, stories) for r in rows]
    plain = " ".join(words)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT * FROM ("
                " SELECT 'article' AS kind, a.entry_id AS ref,"
                "  COALESCE(NULLIF(e.title, ''), a.title) AS title,"
                "  ts_headline('simple', left(a.text, :chars), q,"
                '   \'MaxWords=24, MinWords=10, StartSel="", StopSel=""\') AS snippet,'
                "  ts_rank(to_tsvector('simple', left(e.title || ' ' || a.text, :chars)), q) AS rank"
                " FROM articles a JOIN entries e ON e.id = a.entry_id, plainto_tsquery('simple', :q) q"
                " WHERE a.usable AND to_tsvector('simple', left(e.title || ' ' || a.text, :chars)) @@ q"
                " UNION ALL"
                " SELECT 'briefing', b.story_id, '', b.data,"
                "  ts_rank(to_tsvector('simple', left(b.data, :chars)), q)"
                " FROM story_briefings b, plainto_tsquery('simple', :q) q"
                " WHERE b.story_id IS NOT NULL AND to_tsvector('simple', left(b.data, :chars)) @@ q"
                ") hits ORDER BY rank DESC LIMIT :n"
            ),
            {"q": plain, "n": limit, "chars": SEARCH_CHARS},
        ).all()
        stories = _story_of(conn, [int(r.ref) for r in rows if r.kind == "article"])
    hits = []
    for row in rows:
        title, snippet = row.title, row.snippet
        if row.kind == "briefing":
            data = json.loads(row.snippet)
            title, snippet = data.get("heading", ""), data.get("summary", "")[:200]
        hits.append(_hit(row.kind, int(row.ref), title, snippet, stories))
    return hits


def _hit(kind: str, ref: int, title: str, snippet: str, stories: dict[int, int]) -> dict[str, Any]:
    if kind == "article":
        story = stories.get(ref)
        return {"kind": kind, "story_id": story, "entry_id": ref, "title": title, "snippet": snippet}
    return {"kind": kind, "story_id": ref, "entry_id": None, "title": title, "snippet": snippet}
