"""Migrations by Alembic: a store made by the previous release (the code of commit 0d232dd, the
last one before Alembic, run from `git archive` in a subprocess) opens, is upgraded in place and
keeps every row; a new store is at the last revision at once; the revisions form one chain."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import threading
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from veilleur.models import Category, Entry, PriorityReason, ReasonCode, Sector
from veilleur.store import Store
from veilleur.store.migrations import REVISIONS, head, revision_of, version

ROOT = Path(__file__).resolve().parent.parent
PREVIOUS_RELEASE = "0d232dd"  # its store counts 11 migrations in `schema_version`

# Run by the previous release's code: a store with a source, three entries at every stage up to
# intel (the story's two of a category named as then: `data_breach`), a story of two of them (its
# briefing written from the first), a failure, and a briefed and
# posted story of two others split afterwards (what stays is no longer listed, its post still lists it).
BUILD_OLD_STORE = """
import sys
from datetime import UTC, date, datetime

from veilleur.models import Article, Briefing, Document, Entry, Intel, Source, SourceKind, Victim
from veilleur.store import Store

store = Store(sys.argv[1])
assert store.version == 11, store.version
store.upsert_source(Source(name="s", kind=SourceKind.FEED, url="https://news.example/feed", tag="veille"))
ids = []
for n in range(5):
    url = f"https://news.example/{n}"
    day, at = date(2026, 11, 2), datetime(2026, 11, 2, 8, n, tzinfo=UTC)
    entry_id = store.add_entry(Entry(url=url, canonical_url=url, source="s", title=f"T{n}"), day, at)
    store.save_document(
        entry_id, Document(url=url, final_url=url, status=200, content_type="text/html", text=f"<p>{n}</p>")
    )
    store.save_article(entry_id, Article(url=url, canonical_url=url, title=f"T{n}", text=f"body {n}"), f"h{n}")
    sectors = {"sectors": ["energy_utilities"], "victims": [Victim(name="Banque Fictive", sectors=["finance"])],
               "priority_reasons": ["critical sector: energy_utilities, government (+10)"],
               "watchlist": ["sector: finance"]} if n == 2 else {}
    kind = {"category": "data_breach", "priority_reasons": ["data_breach (+30)"]} if n < 2 else {}
    store.save_intel(entry_id, Intel(relevant=True, relevance_score=0.9, **{"category": "ransomware", **kind, **sectors}))
    ids.append(entry_id)
story = store.start_story(ids[0], date(2026, 11, 2))
store.save_story_briefing(story, [ids[0]], Briefing(heading="H", summary="S"), "facts", "{}")
store.join_story(ids[1], story, date(2026, 11, 3), ids[0], 0.8, ["victim"])
store.record_item_failure("brief", f"entry:{ids[2]}", "TimeoutError: model", 3)
posted = store.start_story(ids[3], date(2026, 11, 2))
store.join_story(ids[4], posted, date(2026, 11, 4), ids[3], 0.8, ["victim"])
store.save_story_briefing(posted, ids[3:], Briefing(heading="H", summary="S"), "facts", "{}")
lead = store.story_articles(posted)[0]
post = store.plan_story_post(posted, lead, "_posts/2026-11-02-t3.md", "t3", "T3", date(2026, 11, 2))
store.record_story_post(post.id, ids[3:], [], 1)
store.split_story(posted, [ids[4]])
store.save_briefing(ids[2], Briefing(heading="A", summary="S"), "facts", '{"checked": 1}', 12, 34)
store.close()
"""


def _previous_release_source(folder: Path, commit: str = PREVIOUS_RELEASE) -> Path:
    """The previous release's `src/` (or that of `commit`) from the repository's history; skips
    without it."""
    found = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "src"],
        capture_output=True,
        check=False,
    )
    if found.returncode != 0:
        pytest.skip(f"commit {commit} is not in this checkout's history (a shallow clone?)")
    with tarfile.open(fileobj=BytesIO(found.stdout)) as archive:
        archive.extractall(folder, filter="data")
    return folder / "src"


def _build_old_store(old_src: Path, url: str) -> None:
    built = subprocess.run(
        [sys.executable, "-c", BUILD_OLD_STORE, url],
        env={"PYTHONPATH": str(old_src), "PATH": "/usr/bin:/bin", "HOME": str(old_src)},
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert built.returncode == 0, built.stderr[-2000:]


@pytest.fixture(scope="module")
def old_src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _previous_release_source(tmp_path_factory.mktemp("previous-release"))


# A briefing's columns, read by name: revision 17 makes `story_briefings` again (an `id`, and the
# `entry_id` of an article's own briefing, moved there from `briefings`).
BRIEFING = "backend, data, status, report, prompt_tokens, completion_tokens, briefed_at"


def _select(url: str, query: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return sorted((tuple(row) for row in conn.execute(text(query))), key=repr)
    finally:
        engine.dispose()


# The columns revision 16 drops: values derived from others, stored twice before.
DERIVED = {"stories": {"first_day", "last_day"}, "story_briefings": {"covers"}, "posts": {"members", "slug"}}


def _rows(url: str, leave_out: dict[str, set[str]] | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (FTS5 shadow tables aside; the columns of `leave_out` too), in a
    stable order."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = [name for name in inspect(conn).get_table_names() if not name.startswith("search_fts")]
            out = {}
            for table in tables:
                columns = [c["name"] for c in inspect(conn).get_columns(table)]
                kept = ", ".join(f'"{c}"' for c in columns if c not in (leave_out or {}).get(table, set()))
                rows = conn.execute(text(f'SELECT {kept} FROM "{table}"'))
                out[table] = sorted((tuple(row) for row in rows), key=repr)
            return out
    finally:
        engine.dispose()


def _columns(url: str, table: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {c["name"] for c in inspect(conn).get_columns(table)}
    finally:
        engine.dispose()


def _check_upgrade(url: str) -> None:
    before = _rows(url, DERIVED)
    assert max(row[0] for row in before["schema_version"]) == 11 and "alembic_version" not in before
    assert len(before["entries"]) == 5 and len(before["story_members"]) == 4
    assert all(columns <= _columns(url, table) for table, columns in DERIVED.items())
    stories_briefed = _select(url, f"SELECT story_id, {BRIEFING}, revision FROM story_briefings")
    articles_briefed = _select(url, f"SELECT entry_id, {BRIEFING} FROM briefings")
    assert len(stories_briefed) == 1 and len(articles_briefed) == 1

    store = Store(url)
    try:
        assert store.version == version(head()) > 11
        after = _rows(url)
        # Every row of the previous release is still there, but the values derived from others
        # (revision 16); intel's records with the sectors' names of today (revision 15), their
        # other fields unchanged; the split story's post marked to be written again.
        for table, rows in before.items():
            if table == "articles":
                # Revision 20 adds the articles' byline, empty for those stored before.
                assert [row[:-1] for row in after[table]] == rows and {row[-1] for row in after[table]} == {
                    ""
                }
            elif table not in ("intel", "story_members", "posts", "story_briefings", "briefings"):
                assert after[table] == rows, table
        # One briefing table (revision 17): the stories' rows as they were, the article's own moved
        # in with its revision 1, the entry-keyed table gone.
        assert "briefings" not in after
        story_rows = "FROM story_briefings WHERE story_id IS NOT NULL"
        assert _select(url, f"SELECT story_id, {BRIEFING}, revision {story_rows}") == stories_briefed
        article_rows = "FROM story_briefings WHERE entry_id IS NOT NULL"
        assert _select(url, f"SELECT entry_id, {BRIEFING} {article_rows}") == articles_briefed
        assert _select(url, f"SELECT revision {article_rows}") == [(1,)]
        assert store.briefings.own(3) is not None and store.briefings.record(3)["prompt_tokens"] == 12  # type: ignore[index]
        assert not any(columns & _columns(url, table) for table, columns in DERIVED.items())

        def but_data(row: tuple[object, ...]) -> tuple[object, ...]:
            return row[:3] + row[5:]  # entry_id, relevant, score | category, data | enriched_at

        assert [but_data(row) for row in after["intel"]] == [but_data(row) for row in before["intel"]]
        # The categories' names of today (revision 19): the column, the record, the priority reason.
        assert [row[3] for row in before["intel"]] == ["data_breach"] * 2 + ["ransomware"] * 3
        assert [row[3] for row in after["intel"]] == ["information-leak"] * 2 + ["ransomware"] * 3
        assert after["intel"][3:] == before["intel"][3:]  # records with no former name: untouched
        assert all("data_breach" not in str(row[4]) for row in after["intel"])
        for entry_id in (1, 2):
            record = store.intel.get(entry_id)
            assert record is not None and record.category == Category.DATA_BREACH
        # Revision 22: the reasons stored as text are records, worded from their code.
        leak = PriorityReason(code=ReasonCode.CATEGORY, values=("information-leak",), points=30)
        assert store.intel.get(1).priority_reasons == [leak]  # type: ignore[union-attr]
        assert all(name not in str(after["intel"][2][4]) for name in ('"finance"', "energy_utilities"))
        renamed = store.intel.get(3)
        assert renamed is not None
        assert renamed.sectors == [Sector.ENERGY]
        assert renamed.victims[0].sectors == [Sector.FINANCIAL_SERVICES]
        critical = PriorityReason(code=ReasonCode.CRITICAL_SECTOR, values=("energy", "government"), points=10)
        assert renamed.priority_reasons == [critical]
        assert [str(r) for r in renamed.priority_reasons] == ["critical sector: energy, government (+10)"]
        assert renamed.watchlist == ["sector: financial-services"]
        assert after["alembic_version"] == [(head(),)]
        names = {index["name"] for index in inspect(store.engine).get_indexes("posts")}
        assert "ix_posts_updated_at" in names  # what revision 12 adds
        # The upgraded store works: its records read back, a new entry is refused twice.
        stored = store.entries.get(1)
        assert stored is not None and stored.entry.title == "T0"
        assert store.stories.of(2) == store.stories.of(1) is not None
        again = Entry(url="https://news.example/0", canonical_url="https://news.example/0", source="s")
        assert store.entries.add(again, stored.post_date) is None
        assert {failure.item for failure in store.failures.all()} == {"entry:3"}
        # Derived now: a story's days from its articles', what its briefing covers and its post
        # lists from the members' flags, a post's slug from its path.
        days = {story_id: (first, last) for story_id, first, last, _count in store.stories.all()}
        assert days[store.stories.of(1)] == (date(2026, 11, 2), date(2026, 11, 3))
        assert days[store.stories.of(4)] == (date(2026, 11, 2), date(2026, 11, 2))  # 5 split off
        assert days[store.stories.of(5)] == (date(2026, 11, 4), date(2026, 11, 4))
        briefing = store.briefings.of_story(store.stories.of(1) or 0)
        assert briefing is not None and briefing.covers == [1]
        post = store.posts.of_story(store.stories.of(4) or 0)
        assert post is not None and post.members == [4] and post.slug == "t3"
        assert post.revision == 0  # the split's pending rewrite, kept
        # The briefed story without a post is to publish; the split one is to brief again first.
        assert [story for story, *_ in store.posts.pending_stories()] == [store.stories.of(1)]
    finally:
        store.close()
    _check_export(url)
    reopened = Store(url)  # at the last revision: nothing to do, nothing changed
    assert reopened.version == version(head())
    reopened.close()
    assert _rows(url) == after


def _check_export(url: str) -> None:
    """The upgraded store's story exports with the categories' names of today: STIX's report
    labels and types, MISP's CIRCL taxonomy tag."""
    from veilleur.publish.misp import build_event
    from veilleur.publish.stix import build_bundle, bundle_json
    from veilleur.publishing.exported import export_stories

    store = Store(url)
    try:
        stories = export_stories(store, {})
    finally:
        store.close()
    assert [story.intel.category for story in stories] == [Category.DATA_BREACH]
    reports = [o for o in bundle_json(build_bundle(stories))["objects"] if o["type"] == "report"]
    assert [(r["labels"], r["report_types"]) for r in reports] == [(["information-leak"], ["threat-report"])]
    tags = [tag.name for tag in build_event(stories[0], "veilleur").tags]
    assert 'circl:incident-classification="information-leak"' in tags
    assert not any("data_breach" in tag for tag in tags)


def test_a_sqlite_store_of_the_previous_release_upgrades_in_place(old_src: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _build_old_store(old_src, url)
    _check_upgrade(url)


@pytest.fixture
def fresh_postgres(postgres_url: str) -> Iterator[str]:
    """A database of its own on the test server, dropped afterwards."""
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    name = "previous_release"
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def test_a_postgresql_store_of_the_previous_release_upgrades_in_place(
    old_src: Path, fresh_postgres: str
) -> None:
    _build_old_store(old_src, fresh_postgres)
    _check_upgrade(fresh_postgres)


def test_a_new_store_is_at_the_last_revision(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    store = Store(url)
    try:
        with store.engine.connect() as conn:
            assert revision_of(conn) == head()
            assert "schema_version" not in inspect(conn).get_table_names()
    finally:
        store.close()


def test_the_revisions_form_one_chain_numbered_in_order() -> None:
    """`head()` reads the last number from the file names: Alembic must agree, and each revision
    must follow the one before it (a second head would make the upgrade ambiguous)."""
    script = ScriptDirectory(str(REVISIONS))
    assert script.get_heads() == [head()]
    chain = [rev.revision for rev in script.walk_revisions("base", "heads")][::-1]
    assert chain == [f"{n:04d}" for n in range(1, int(head()) + 1)]
    for path in (REVISIONS / "versions").glob("r*.py"):
        assert path.name.startswith(f"r{script.get_revision(path.name[1:5]).revision}_")


def test_workers_opening_a_new_postgresql_store_at_once_all_get_it(fresh_postgres: str) -> None:
    """Workers started together on an empty database: one creates the schema, the others wait for
    it (a transaction-scoped advisory lock), and every one opens the store at the last revision."""
    start = threading.Barrier(4)
    errors: list[BaseException] = []
    versions: list[int] = []

    def open_store() -> None:
        start.wait()
        try:
            store = Store(fresh_postgres)
            versions.append(store.version)
            store.close()
        except BaseException as exc:  # each worker's failure is the test's finding
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and versions == [version(head())] * 4
