"""What the commands print from pages read is text, never console markup: a headline such as
"[/bold] …" once made `extract` and `intel` stop on rich's MarkupError, and `[red]…[/red]` in a
title or victim name was swallowed by `stories` and `incidents list`."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from veilleur.cli import main

TITLE = "La clinique [/bold] Sainte-Aurore [red]victime[/red] d'une cyberattaque"
CAPTURE = "\n\n".join(
    [
        TITLE,
        "La clinique Sainte-Aurore à Bourg-Fictif a été victime dans la nuit de mercredi à jeudi d'une"
        " cyberattaque par rançongiciel, a annoncé la direction jeudi matin.",
        "Les pirates ont chiffré plusieurs serveurs et réclament une rançon. Par précaution, le service"
        " informatique a coupé l'ensemble des connexions vers l'extérieur, ce qui a fortement ralenti"
        " l'activité de la clinique.",
        "Les urgences ont été déviées vers l'hôpital régional et les opérations non urgentes prévues"
        " jeudi ont été reportées. La direction a déposé plainte et informé le délégué à la protection"
        " des données. Elle affirme qu'aucune donnée de patient n'a été dérobée à ce stade de l'enquête.",
    ]
)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("VEILLEUR_NOW", "2026-11-30T07:00:00+00:00")
    monkeypatch.delenv("VEILLEUR_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_titles_with_markup_are_printed_as_read(runner: CliRunner, tmp_path: Path) -> None:
    captures = tmp_path / "captures"
    captures.mkdir()
    page = captures / "clinique.txt"
    page.write_text(CAPTURE, encoding="utf-8")

    for command in ("extract", "intel"):
        shown = runner.invoke(main, [command, str(page)])
        assert shown.exit_code == 0, shown.output
        assert TITLE in shown.output

    (tmp_path / "veilleur.toml").write_text(
        f'catalogue = false\n[[sources]]\nname = "captures"\nurl = "{captures}"\n'
        f'[publish]\nout_dir = "{tmp_path / "site"}"\n',
        encoding="utf-8",
    )
    ran = runner.invoke(main, ["run"])
    assert ran.exit_code == 0, ran.output
    listed = runner.invoke(main, ["stories"])
    assert listed.exit_code == 0, listed.output
    # The table may wrap the title's cell; its words and brackets are all there, in order.
    assert "[/bold]" in listed.output and "[red]victime[/red]" in listed.output
    incidents = runner.invoke(main, ["incidents", "list"])
    assert incidents.exit_code == 0, incidents.output
    assert "1 incident(s)" in incidents.output


def test_intel_says_why_a_page_gave_nothing(runner: CliRunner, tmp_path: Path) -> None:
    # A compressed page (as the corpora ship them) is no article: `intel` says so, as `extract` does,
    # instead of an empty headline and "not about cybersecurity".
    page = tmp_path / "page.html.gz"
    page.write_bytes(
        gzip.compress(f"<html><title>{TITLE}</title><body><p>{CAPTURE}</p></body></html>".encode())
    )
    shown = runner.invoke(main, ["intel", str(page)])
    assert shown.exit_code == 0, shown.output
    assert "usable=False binary content" in shown.output
