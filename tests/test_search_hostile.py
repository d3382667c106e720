"""Full-text search with one hostile article in the store: the search of every other article
still answers (README, Development: one item's failure stops nothing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_console import _own_postgres_database

from veilleur.models import Article, Entry
from veilleur.store import Store
from veilleur.store.search import search


def _store(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Store:
    if backend == "sqlite":
        return Store(f"sqlite:///{tmp_path / 'v.db'}")
    return Store(_own_postgres_database(request))


def _add(store: Store, number: int, title: str, body: str) -> int:
    link = f"https://n.example/{number}"
    entry_id = store.entries.add(
        Entry(url=link, canonical_url=link, source="s", title=title), date(2026, 11, 30)
    )
    assert entry_id is not None
    store.articles.save(
        entry_id, Article(url=link, canonical_url=link, title=title, text=body), f"{number:064d}"
    )
    return entry_id


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_article_of_many_distinct_words_does_not_stop_the_search(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """An indicator list of 200,000 distinct hashes (1.8 MB of words, each seen once): PostgreSQL
    refuses a tsvector over 1 MB ('string is too long for tsvector'), and the search compared every
    article's — so every query failed once such a page was stored."""
    store = _store(backend, tmp_path, request)
    hashes = " ".join(f"{n:08x}" for n in range(200_000))
    hostile = _add(
        store, 1, "Indicateurs de compromission", "Liste des empreintes du rançongiciel : " + hashes
    )
    valmont = _add(store, 2, "Rançongiciel à Valmont", "Le centre hospitalier de Valmont est paralysé.")
    assert [hit["entry_id"] for hit in search(store.engine, "Valmont")] == [valmont]
    # The long article is still found by its first words.
    assert [hit["entry_id"] for hit in search(store.engine, "empreintes")] == [hostile]
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_query_of_unstorable_characters_is_no_failure(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """A NUL in the query ('/search?q=%00'): SQLite's FTS5 answered 'unterminated string', PostgreSQL
    refuses NUL in text; a lone surrogate cannot be encoded. Each is dropped from the words."""
    store = _store(backend, tmp_path, request)
    valmont = _add(store, 2, "Rançongiciel à Valmont", "Le centre hospitalier de Valmont est paralysé.")
    for hostile in ("\x00", "Valmont\x00", "\ud800", "Valmont \udcff", "\x01\x1f\x7f", "\u202e"):
        search(store.engine, hostile)
    assert [hit["entry_id"] for hit in search(store.engine, "Valmont\x00")] == [valmont]
    store.close()
