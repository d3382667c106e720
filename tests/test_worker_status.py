"""`veilleur status` on a PostgreSQL store: the jobs of each stage by state — waiting, running,
done, failed — the failed jobs themselves, and the items that failed, per stage.

The jobs are rows of Procrastinate's own table on a real PostgreSQL, written in the states a
worker leaves them in (no worker runs: a running job is one a worker holds at that moment)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_workers import _own_database

from veilleur.cli import main

JOBS = [  # (stage queue, state)
    ("collect", "succeeded"),
    ("collect", "succeeded"),
    ("entry", "todo"),
    ("entry", "doing"),
    ("entry", "doing"),
    ("entry", "succeeded"),
    ("brief", "failed"),
]


def _rows(output: str) -> dict[str, list[int]]:
    """The jobs table's rows: stage → [todo, doing, succeeded, failed]."""
    rows = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in re.split(r"[│┃|]", line) if cell.strip()]
        if len(cells) == 5 and all(cell.isdigit() for cell in cells[1:]):
            rows[cells[0]] = [int(cell) for cell in cells[1:]]
    return rows


def test_status_shows_each_stages_waiting_running_and_failed_jobs(
    tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    psycopg = pytest.importorskip(
        "psycopg", reason="psycopg is not installed (pip install 'veilleur[postgres]')"
    )
    pytest.importorskip(
        "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
    )
    from veilleur.workers.jobs import conninfo
    from veilleur.workers.worker import open_store

    url = _own_database(postgres_url, "status_jobs")
    store = open_store(url)  # the store's tables and the job queue's, as a worker installs them
    try:
        store.failures.record("fetch", "https://news.example/a", "HTTP 500")
        store.failures.give_up(store.failures.record("enrich", "42", "boom").id)
    finally:
        store.close()
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        for queue, state in JOBS:
            conn.execute(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, args, status) VALUES (%s, %s, %s, %s)",
                (queue, queue, '{"story_id": 7}' if queue == "brief" else "{}", state),
            )
    config = tmp_path / "veilleur.toml"
    config.write_text(f'store_url = "{url}"\ncatalogue = false\n', encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "160")

    done = CliRunner().invoke(main, ["--config", str(config), "status"])

    assert done.exit_code == 0, done.output
    rows = _rows(done.output)
    # Every stage's queue is listed, with its jobs by state: waiting, running, done, failed.
    assert rows == {
        "collect": [0, 0, 2, 0],
        "entry": [1, 2, 1, 0],
        "cluster": [0, 0, 0, 0],
        "brief": [0, 0, 0, 1],
        "publish": [0, 0, 0, 0],
    }, done.output
    assert "doing" in done.output and "failed" in done.output
    (failed_job,) = [line for line in done.output.splitlines() if line.startswith("failed job")]
    assert "(brief)" in failed_job and '"story_id": 7' in failed_job
    # The items that failed, per stage: still retried, or given up after their last attempt.
    assert _rows_of_failures(done.output) == {"enrich": [0, 1], "fetch": [1, 0]}, done.output


def _rows_of_failures(output: str) -> dict[str, list[int]]:
    """The failed items' table: stage → [retrying, given up]."""
    table = output.split("failed items per stage", 1)[1]
    rows = {}
    for line in table.splitlines():
        cells = [cell.strip() for cell in re.split(r"[│┃|]", line) if cell.strip()]
        if len(cells) == 3 and cells[1].isdigit() and cells[2].isdigit():
            rows[cells[0]] = [int(cells[1]), int(cells[2])]
    return rows
