"""The commands `veilleur demo` suggests can be typed as printed."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_demo_names_a_command_the_user_can_type(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """After `.venv/bin/pip install . && .venv/bin/veilleur demo` the venv is not activated:
    the follow-up commands the demo prints must not say a bare `veilleur` that is not on PATH."""
    import sys

    from veilleur.cli import typed_command

    monkeypatch.setenv("PATH", str(tmp_path))  # no veilleur here
    command = typed_command()
    assert command != "veilleur"
    assert command.startswith(str(Path(sys.executable).parent))
    (tmp_path / "veilleur").write_text("#!/bin/sh\n")
    (tmp_path / "veilleur").chmod(0o755)
    assert typed_command() == "veilleur"
