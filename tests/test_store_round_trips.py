"""The store's saves give the same rows on SQLite and PostgreSQL, where several of its statements
are sent as one (a fetched page: the entry marked and the document stored; an article and its
duplicate check), and PostgreSQL reads run outside a transaction and see every commit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from test_workers import _own_database

from veilleur.models import Article, Document, Entry
from veilleur.store import Store, schema

DAY = date(2026, 11, 30)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        made = Store(f"sqlite:///{tmp_path / 'store.db'}")
    else:
        made = Store(_own_database(request.getfixturevalue("postgres_url"), "veilleur_round_trips"))
    try:
        yield made
    finally:
        made.close()


def _entry(store: Store, n: int) -> int:
    url = f"https://example.org/{n}"
    found = store.entries.add(Entry(url=url, canonical_url=url, source="feed", title=f"t{n}"), DAY)
    assert found is not None
    return found


def _article(n: int, usable: bool = True, canonical: str = "") -> Article:
    url = f"https://example.org/{n}"
    return Article(url=url, canonical_url=canonical or url, title=f"Title {n}", text="words " * 50,
                   usable=usable, reason="" if usable else "too short")  # fmt: skip


def test_a_page_fetched_again_replaces_its_document_and_counts_the_fetch(store: Store) -> None:
    entry = _entry(store, 1)
    for body in ("first", "second"):
        store.documents.save(entry, Document(url="u", final_url="f", status=200, content_type="text/html",
                                            text=body))  # fmt: skip
    stored = store.entries.get(entry)
    assert stored is not None and stored.fetch_state == "done" and stored.fetch_error is None
    with store.engine.connect() as conn:
        attempts = conn.execute(
            text("SELECT fetch_attempts FROM entries WHERE id = :e"), {"e": entry}
        ).scalar()
        count = conn.execute(text("SELECT count(*) FROM documents")).scalar()
    assert attempts == 2 and count == 1
    document = store.documents.get(entry)
    assert document is not None and document.text == "second"


def test_an_article_is_the_duplicate_of_the_first_with_its_text_or_its_page(store: Store) -> None:
    first, same_text, unusable, same_page, other = (_entry(store, n) for n in range(5))
    assert store.articles.save(first, _article(0), "hash-a") is None
    assert store.articles.save(same_text, _article(1), "hash-a") == first
    assert store.articles.save(unusable, _article(2, usable=False), "hash-a") is None
    # Another text under the canonical link of the first: the same page.
    assert store.articles.save(same_page, _article(3, canonical="https://example.org/0"), "hash-b") == first
    assert store.articles.save(other, _article(4), "hash-c") is None
    a = schema.articles
    with store.engine.connect() as conn:
        rows = {r.entry_id: (r.dedup_key, r.duplicate_of) for r in conn.execute(a.select())}
    assert rows == {
        first: ("hash-a", None),
        same_text: (None, first),
        unusable: (None, None),
        same_page: (None, first),
        other: ("hash-c", None),
    }
    assert [n for n, _ in store.intel.pending()] == [first, other]


def test_a_canonical_url_named_with_another_text_is_another_page(store: Store) -> None:
    """A page that names another's address as its own, with a text the runner's judge says is not
    that page's, is an article of its own, and each keeps the address it was fetched at; a copy
    the judge takes is the page's duplicate; the same text is met first, whatever the address."""
    honest, liar, copy, same_text = (_entry(store, n) for n in range(4))

    def never(stored: str) -> bool:
        return False

    assert store.articles.save(honest, _article(0), "hash-0", never) is None
    assert store.articles.save(liar, _article(1, canonical="https://example.org/0"), "hash-1", never) is None
    assert store.articles.save(copy, _article(2, canonical="https://example.org/0"), "hash-2") == honest
    assert (
        store.articles.save(same_text, _article(3, canonical="https://example.org/1"), "hash-0", never)
        == honest
    )
    a = schema.articles
    with store.engine.connect() as conn:
        rows = {r.entry_id: (r.canonical_url, r.dedup_key, r.duplicate_of) for r in conn.execute(a.select())}
    assert rows == {
        honest: ("https://example.org/0", "hash-0", None),
        liar: ("https://example.org/1", "hash-1", None),
        copy: ("https://example.org/0", None, honest),
        same_text: ("https://example.org/1", None, honest),
    }


def test_every_stored_article_sharing_an_address_is_judged_on_both_backends(store: Store) -> None:
    """Several first articles can hold one address: A names Z's, C names A's (free then), Z itself
    comes with another text and A takes back its own, the one C holds. A page naming that address
    then meets A and C: on SQLite each is judged; PostgreSQL judged the first its statement met
    only, so a copy of the other was kept as an article of its own (failed before)."""
    a, c, z, copy_of_c, copy_of_a = (_entry(store, n) for n in (0, 1, 9, 3, 4))

    def article(n: int, canonical: str) -> Article:
        return _article(n, canonical=canonical).model_copy(update={"text": f"text of page {n} " * 20})

    def page_of(n: int) -> Callable[[str], bool]:
        return lambda stored: stored == article(n, "").text

    assert store.articles.save(a, article(0, "https://example.org/9"), "hash-0", page_of(-1)) is None
    assert store.articles.save(c, article(1, "https://example.org/0"), "hash-1", page_of(-1)) is None
    assert store.articles.save(z, article(9, "https://example.org/9"), "hash-9", page_of(-1)) is None
    assert store.articles.save(copy_of_c, article(3, "https://example.org/0"), "hash-3", page_of(1)) == c
    assert store.articles.save(copy_of_a, article(4, "https://example.org/0"), "hash-4", page_of(0)) == a
    t = schema.articles
    with store.engine.connect() as conn:
        rows = {r.entry_id: (r.canonical_url, r.duplicate_of) for r in conn.execute(t.select())}
    assert rows == {
        a: ("https://example.org/0", None),
        c: ("https://example.org/0", None),
        z: ("https://example.org/9", None),
        copy_of_c: ("https://example.org/0", c),
        copy_of_a: ("https://example.org/0", a),
    }


def test_a_read_sees_what_another_connection_committed_since_its_last_read(store: Store) -> None:
    entry = _entry(store, 1)
    assert store.entries.get(entry) is not None and store.articles.get(entry) is None
    store.articles.save(entry, _article(1), "hash-a")
    found = store.articles.get(entry)
    assert found is not None and found.title == "Title 1"


def test_an_entry_added_twice_is_refused_once_and_the_store_goes_on(store: Store) -> None:
    first = _entry(store, 1)
    url = "https://example.org/1"
    again = store.entries.add(Entry(url=url, canonical_url=url, source="feed", title="again"), DAY)
    assert again is None  # the unique URL refused it; nothing left half-done
    store.entries.record_fetch_failure(first, "timeout", give_up=False)
    store.entries.record_fetch_failure(first, "timeout", give_up=True)
    stored = store.entries.get(first)
    assert stored is not None and stored.fetch_state == "failed" and stored.fetch_error == "timeout"
    assert _entry(store, 2) > first


def test_sources_named_reads_the_known_ones_at_once(store: Store) -> None:
    from veilleur.models import Source, SourceKind

    for name in ("a", "b"):
        store.sources.save(Source(name=name, kind=SourceKind.FEED, url=f"https://example.org/{name}.xml"))
    found = store.sources.named(["a", "b", "gone"])
    assert sorted(found) == ["a", "b"] and found["b"].url == "https://example.org/b.xml"
    assert found["a"] == store.sources.get("a")


def test_a_collected_entry_is_added_unless_its_url_or_guid_and_title_are_known(store: Store) -> None:
    """`entries.add_new`: on PostgreSQL the check is inside the INSERT (one statement); the same
    entries are added or refused on both stores, and an added one's row is `add`'s."""
    from datetime import UTC, datetime

    at = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    first = Entry(url="https://example.org/a?utm=x", canonical_url="https://example.org/a", source="feed",
                  title="A", guid="g-1", feed_content="<p>a</p>")  # fmt: skip
    made = store.entries.add_new(first, DAY, at)
    assert made is not None
    stored = store.entries.get(made)
    assert stored is not None and stored.entry == first and stored.post_date == DAY
    assert stored.fetch_state == "pending"
    assert store.entries.add_new(first, DAY, at) is None  # its URL is known
    moved = Entry(url="https://example.org/b", canonical_url="https://example.org/b", source="feed",
                  title="A", guid="g-1")  # fmt: skip
    assert store.entries.add_new(moved, DAY, at) is None  # same GUID and title from the same source
    retitled = moved.model_copy(update={"title": "B"})
    other = store.entries.add_new(retitled, DAY, at)  # same GUID, another title: another item
    assert other is not None and other != made
    plain = Entry(
        url="https://example.org/c", canonical_url="https://example.org/c", source="feed", title="C"
    )
    assert store.entries.add_new(plain, DAY, at) is not None
    assert store.entries.add_new(plain, DAY, at) is None


def test_a_canonical_url_of_thousands_of_characters_is_stored_whole_and_stays_unique(store: Store) -> None:
    """PostgreSQL's btree indexes take at most 2,704 bytes a row: an entry (or an article) whose
    canonical URL was longer was lost there while SQLite kept it. Both keep it now, whole, and a
    second entry of the same URL is still refused, one of another long URL still taken."""
    long = "https://news.example/a?t=" + "".join(f"{n:05d}" for n in range(1_600))  # 8,025 characters
    entry = Entry(url=long, canonical_url=long, source="feed", title="long")
    first = store.entries.add(entry, DAY)
    assert first is not None
    assert store.entries.add(entry, DAY) is None and store.entries.add_new(entry, DAY) is None
    assert store.entries.known(entry) and store.entries.id_for_url(long) == first
    other = long[:-1] + "x"
    second = store.entries.add_new(Entry(url=other, canonical_url=other, source="feed", title="other"), DAY)
    assert second is not None and second != first
    stored = store.entries.get(first)
    assert stored is not None and stored.entry.canonical_url == long
    assert store.articles.save(first, _article(0, canonical=long), "hash-long") is None
    # The same page under another entry is its duplicate, found by the long canonical URL.
    assert store.articles.save(second, _article(1, canonical=long), "hash-other") == first
    article = store.articles.get(first)
    assert article is not None and article.canonical_url == long


def test_a_write_of_another_thread_stays_out_of_an_open_batch(store: Store) -> None:
    """A worker runs its jobs on threads over one store: a job's batch must not take in another
    job's writes, which would be lost with it (and, on PostgreSQL, two threads' savepoints on one
    connection undo each other's)."""
    import threading

    def other_job() -> None:
        _entry(store, 2)

    class Abandoned(Exception):
        pass

    with pytest.raises(Abandoned), store.batch():
        thread = threading.Thread(target=other_job)
        thread.start()
        thread.join()
        _entry(store, 1)
        raise Abandoned  # this batch is lost whole: its own entry, not the other thread's
    with store.reader.connect() as conn:
        urls = {row[0] for row in conn.execute(text("select url from entries"))}
    assert urls == {"https://example.org/2"}
