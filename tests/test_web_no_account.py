"""`veilleur web` on a store without any account says how to make one: from a fresh clone the
console showed a sign-in page nobody could pass, and the terminal said nothing about it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from veilleur.cli import main


def test_web_without_an_account_says_how_to_make_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.append(options))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("VEILLEUR_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    first = runner.invoke(main, ["web", "--port", "18999"])
    assert first.exit_code == 0 and served, first.output
    assert "no account yet: `veilleur users add NAME --role admin`" in first.output
    added = runner.invoke(
        main, ["users", "add", "ana", "--role", "admin", "--password-stdin"], input="s3cret-pass\n"
    )
    assert added.exit_code == 0, added.output
    again = runner.invoke(main, ["web", "--port", "18999"])
    assert again.exit_code == 0 and len(served) == 2, again.output
    assert "no account yet" not in again.output
