"""`veilleur brief --explain` writes the article's address as every other output does
(`Entry.link`): it printed the feed's link with its `utm_source`/`utm_medium` parameters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from veilleur.cli import main
from veilleur.models import Entry
from veilleur.store import Store

FED = "https://news.example/2026/03/ransomware-hits-sigma?id=7&utm_source=rss&utm_medium=feed&utm_campaign=x"


def test_explain_prints_the_address_without_tracking_parameters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store(url)
    try:
        entry_id = store.entries.add(
            Entry(
                url=FED,
                canonical_url="https://news.example/2026/03/ransomware-hits-sigma?id=7",
                source="news",
            ),
            date(2026, 3, 10),
        )
        assert entry_id is not None
        store.failures.record(
            "brief", f"entry:{entry_id}", "model unavailable: connection refused", label=FED
        )
    finally:
        store.close()
    monkeypatch.setenv("VEILLEUR_STORE_URL", url)
    monkeypatch.setenv("COLUMNS", "300")
    explained = CliRunner().invoke(main, ["brief", "--explain", str(entry_id)])
    assert explained.exit_code == 0, explained.output
    first = explained.stdout.splitlines()[0]
    assert first == "https://news.example/2026/03/ransomware-hits-sigma?id=7", explained.stdout
    assert "utm_" not in explained.stdout
