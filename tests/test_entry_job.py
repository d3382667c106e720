"""A worker's entry job (`Steps.process_entry`) counts one attempt per job for an article whose
extraction fails: it tries the extraction again only for the race it is meant for (another worker
saved the same text at the same moment), not for every failure."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import veilleur.extract
from veilleur.config import load_settings
from veilleur.pipeline import sync_sources
from veilleur.store import Store
from veilleur.workers.steps import Steps

NOW = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
TEXT = "URL: https://news.example/a\n\n# Ransomware hits Sigma Corp\n\n" + (
    "Sigma Corp was hit by ransomware on Monday, the company said in a statement. " * 12
)


def _boom(*_: object) -> None:
    raise ValueError("the extractor choked on this page")


def test_a_failing_extraction_is_one_attempt_per_job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "a.md").write_text(TEXT, encoding="utf-8")
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "sqlite:///{tmp_path / "store.db"}"\ncatalogue = false\n'
        f'[[sources]]\nname = "captures"\nkind = "files"\nurl = "{folder}"\n'
    )
    settings = load_settings(config)
    store = Store(settings.store_url)
    sync_sources(store, settings)
    steps = Steps(settings, store, now=lambda: NOW)
    [entry_id] = steps.collect_source("captures")
    monkeypatch.setattr(veilleur.extract, "extract_article", _boom)
    steps.process_entry(entry_id)
    failure = store.failures.get("extract", f"entry:{entry_id}")
    assert failure is not None and failure.attempts == 1
    steps.process_entry(entry_id)  # the job run again: a second attempt, not a fourth
    failure = store.failures.get("extract", f"entry:{entry_id}")
    assert failure is not None and failure.attempts == 2 and failure.state == "pending"
