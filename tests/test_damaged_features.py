"""A damaged row of stored clustering features (a field missing or of another type, an embedding
of NaN, a MinHash cut short) is computed again: it never stops the cluster stage. Before, a row of
the window whose JSON was not an object raised TypeError out of the stage, and any damaged row of
the window raised ValueError out of it, run after run."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from sqlalchemy import text
from test_run_pool import _captures, _pipeline

from veilleur.cluster.features import DIMENSIONS, VERSION, decode


def test_a_damaged_row_of_the_window_is_computed_again(tmp_path: Path) -> None:
    captures = _captures(tmp_path, 18)
    later = tmp_path / "later"
    later.mkdir()
    for path in sorted(captures.iterdir())[12:]:
        path.rename(later / path.name)
    pipeline = _pipeline(tmp_path, captures, 1)
    pipeline.run()
    nan = np.full(DIMENSIONS, math.nan, dtype="<f2").tobytes()
    damages = [
        ("data = '[]'", {}),
        ("data = '{\"title\": 1}'", {}),
        ("embedding = :nan", {"nan": nan}),
        ("minhash = :short", {"short": b"\x01\x02\x03"}),
    ]
    with pipeline.store.engine.begin() as conn:
        rows = [row[0] for row in conn.execute(text("SELECT entry_id FROM cluster_features ORDER BY 1"))]
        assert len(rows) >= len(damages)
        for entry_id, (change, values) in zip(rows, damages, strict=False):
            conn.execute(text(f"UPDATE cluster_features SET {change} WHERE entry_id = {entry_id}"), values)
    for path in later.iterdir():
        path.rename(captures / path.name)
    pipeline.run()
    assert [f for f in pipeline.store.failures.all() if f.stage == "cluster"] == []
    assert pipeline.store.features.pending_features() == []
    with pipeline.store.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT entry_id, day, data, minhash, embedding FROM cluster_features WHERE version = :v"),
            {"v": VERSION},
        ).all()
    damaged = set(rows[: len(damages)])
    # Each damaged row was computed again and stored readable.
    for entry_id, day, data, minhash, embedding in stored:
        if entry_id in damaged:
            decode(str(entry_id), day, data, minhash, embedding)
            damaged.discard(entry_id)
    assert damaged == set()
    pipeline.store.close()
