"""Stored rows a revision cannot read never stop the store from opening. Revision 19 (the CIRCL
category names) reads every intel record that may quote a former name; a record whose JSON was
nested too deep to read (`[[[…"data_breach"…]]]`) raised RecursionError out of the upgrade, and
every command then failed on opening the store. Such a record, one that is not an object, one whose
category is an object, and one cut short are left as they are; the readable ones are rewritten.
On a real SQLite file and a real PostgreSQL: the store is made at the last revision, its rows
written, and its revision set back to 18 so that opening it runs revision 19 on them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import text

from veilleur.cluster.features import DIMENSIONS, NUM_PERM, decode
from veilleur.models import Category, Entry, PriorityReason, ReasonCode
from veilleur.store import Store
from veilleur.store.migrations import head, version

DEEP = "[" * 100_000 + '"data_breach"' + "]" * 100_000
ROWS = {
    "deep": DEEP,
    "nested": json.dumps(
        {
            "category": {"category": "data_breach"},
            "priority_reasons": [{"x": "data_breach (+30)"}, "ddos (+20)", 5],
        }
    ),
    "string": '"data_breach"',
    "cut": '{"category": "data_breach", ',
    # A NUL escaped in the stored JSON (a feed's &#0; before it was dropped): read, the record holds
    # a NUL character, which PostgreSQL refuses in text if written back raw.
    "nul": '{"category": "data_breach", "sentence": "a\\u0000b"}',
    "good": json.dumps(
        {
            "relevant": True,
            "relevance_score": 1.0,
            "category": "data_breach",
            "priority_reasons": ["data_breach (+30)"],
        }
    ),
}


def _upgrade_hostile_rows(url: str) -> None:
    store = Store(url)
    ids = {}
    for n, name in enumerate(ROWS):
        entry = Entry(url=f"https://news.example/{n}", canonical_url=f"https://news.example/{n}", source="s")
        ids[name] = store.entries.add(entry, date(2026, 3, 10))
    insert = text(
        "INSERT INTO intel (entry_id, relevant, score, category, data, enriched_at) "
        "VALUES (:id, true, 1.0, 'data_breach', :data, '2026-03-10T00:00:00+00:00')"
    )
    with store.engine.begin() as conn:
        for name, data in ROWS.items():
            conn.execute(insert, {"id": ids[name], "data": data})
        conn.execute(text("UPDATE alembic_version SET version_num = '0018'"))
    store.close()

    store = Store(url)  # revision 19 runs on the rows: it raised RecursionError here
    try:
        assert store.version == version(head()) >= 19  # revision 19 and every later one ran
        with store.engine.connect() as conn:
            rows = dict(conn.execute(text("SELECT entry_id, data FROM intel")).all())
            column = set(conn.execute(text("SELECT category FROM intel")).scalars())
        assert column == {"information-leak"}
        for name in ("deep", "string", "cut"):  # unreadable: left for the store to report
            assert rows[ids[name]] == ROWS[name], name
        nul = json.loads(rows[ids["nul"]])
        assert nul == {"category": "information-leak", "sentence": "a\u0000b"}
        nested = json.loads(rows[ids["nested"]])
        assert nested["category"] == {"category": "data_breach"}  # not a name: untouched
        # Revision 22: a reason's known text as its record (code, values, points); others untouched.
        coded = {"code": "category", "values": ["denial-of-service"], "points": 20}
        assert nested["priority_reasons"] == [{"x": "data_breach (+30)"}, coded, 5]
        good = store.intel.get(ids["good"])
        assert good is not None and good.category == Category.DATA_BREACH
        said = PriorityReason(code=ReasonCode.CATEGORY, values=("information-leak",), points=30)
        assert good.priority_reasons == [said]
    finally:
        store.close()


def test_a_sqlite_store_opens_whatever_its_rows_hold(tmp_path: Path) -> None:
    _upgrade_hostile_rows(f"sqlite:///{tmp_path / 'store.db'}")


def test_a_postgresql_store_opens_whatever_its_rows_hold(postgres_url: str) -> None:
    pytest.importorskip("psycopg")
    from test_workers import _own_database

    _upgrade_hostile_rows(_own_database(postgres_url, "veilleur_hostile_rows"))


def test_clustering_features_nested_too_deep_are_damaged_not_a_crash() -> None:
    """The cluster stage computes damaged features again (test_damaged_features); JSON nested too
    deep is one more damage, not a RecursionError out of the stage."""
    minhash = np.zeros(NUM_PERM, dtype="<u8").tobytes()
    embedding = np.zeros(DIMENSIONS, dtype="<f2").tobytes()
    with pytest.raises(ValueError, match="damaged"):
        decode("1", date(2026, 3, 10), DEEP, minhash, embedding)


def test_revision_19_rewrites_a_store_larger_than_its_page(tmp_path: Path) -> None:
    """Read a page of records at a time (never the whole store in memory): every page's records
    are rewritten, the last one's too."""
    from veilleur.store.revisions.versions.r0019_circl_categories import PAGE

    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store(url)
    count = 2 * PAGE + 3
    record = json.dumps({"relevant": True, "relevance_score": 1.0, "category": "ddos"})
    with store.batch():
        ids = [
            store.entries.add(Entry(url=f"https://n.example/{n}", canonical_url=f"https://n.example/{n}", source="s"),
                              date(2026, 3, 10))
            for n in range(count)
        ]  # fmt: skip
    insert = text(
        "INSERT INTO intel (entry_id, relevant, score, category, data, enriched_at) "
        "VALUES (:id, true, 1.0, 'ddos', :data, '2026-03-10T00:00:00+00:00')"
    )
    with store.engine.begin() as conn:
        conn.execute(insert, [{"id": n, "data": record} for n in ids])
        conn.execute(text("UPDATE alembic_version SET version_num = '0018'"))
    store.close()
    store = Store(url)
    try:
        with store.engine.connect() as conn:
            categories = conn.execute(text("SELECT DISTINCT category FROM intel")).scalars().all()
            data = conn.execute(text("SELECT data FROM intel")).scalars().all()
        assert categories == ["denial-of-service"] and len(data) == count
        assert all(json.loads(d)["category"] == "denial-of-service" for d in data)
    finally:
        store.close()
