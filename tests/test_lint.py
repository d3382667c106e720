"""The code stays ruff- and mypy-clean (both are test dependencies)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "src", "tests", "bench"],
        ["ruff", "format", "--check", "src", "tests", "bench"],
        ["mypy"],
    ],
    ids=["ruff", "ruff-format", "mypy"],
)
def test_clean(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_example_configuration_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    from veilleur.config import load_settings

    monkeypatch.delenv("VEILLEUR_CONFIG", raising=False)
    settings = load_settings(ROOT / "veilleur.example.toml")
    assert [s.name for s in settings.sources] == ["rtbf-regions", "captures"]
    assert settings.publish.timezone == "Pacific/Noumea" and settings.brief.backend == "facts"
