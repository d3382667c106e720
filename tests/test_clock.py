"""The product's one clock: $VEILLEUR_NOW fixes it (to replay a day, and for tests), the system
clock otherwise; an unreadable value is an error, never silently the real time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from veilleur import clock
from veilleur.cli import main


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-30T23:30:00+00:00", datetime(2026, 11, 30, 23, 30, tzinfo=UTC)),
        ("2026-11-30T23:30Z", datetime(2026, 11, 30, 23, 30, tzinfo=UTC)),
        ("2026-12-01T10:30:00+11:00", datetime(2026, 11, 30, 23, 30, tzinfo=UTC)),
        ("2026-12-31T10:00:00", datetime(2026, 12, 31, 10, 0, tzinfo=UTC)),  # no offset: UTC
        ("2026-12-31", datetime(2026, 12, 31, tzinfo=UTC)),
    ],
)
def test_veilleur_now_fixes_the_clock(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: datetime
) -> None:
    monkeypatch.setenv("VEILLEUR_NOW", value)
    assert clock.now() == expected and clock.now().utcoffset() == timedelta(0)


def test_without_veilleur_now_the_clock_is_aware_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VEILLEUR_NOW", raising=False)
    assert clock.now().utcoffset() == timedelta(0)


def test_an_unreadable_veilleur_now_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLEUR_NOW", "demain matin")
    with pytest.raises(clock.ClockError, match="VEILLEUR_NOW"):
        clock.now()


def test_post_is_dated_from_the_injected_clock(
    now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    capture = tmp_path / "capture.txt"
    capture.write_text(
        "Le centre hospitalier de Valmont paralysé par un rançongiciel\n\n"
        "Le centre hospitalier de Valmont a été victime dimanche d'une attaque par rançongiciel qui a "
        "chiffré une partie de ses serveurs, a confirmé la direction de l'hôpital. Les urgences ont été "
        "déviées vers les hôpitaux voisins et les consultations non urgentes ont été reportées.\n\n"
        "La direction a déposé plainte et prévenu le centre national de cybersécurité. Le personnel "
        "travaille avec des dossiers papier depuis la nuit de l'attaque, et le retour à la normale "
        "prendra plusieurs jours selon l'établissement, qui rétablira d'abord le dossier patient.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["post", str(capture)])
    assert result.exit_code == 0, result.output
    # Nouméa (UTC+11), rollover at noon: the collection day, computed here by hand.
    local = now + timedelta(hours=11)
    day = (local - timedelta(days=1) if local.hour < 12 else local).date()
    assert f"date: {day.isoformat()}" in result.output
