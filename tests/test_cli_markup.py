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
    # A file that is no page (an image saved as .html) gives no article: `intel` says so, as
    # `extract` does, instead of an empty headline and "not about cybersecurity".
    page = tmp_path / "page.html"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    shown = runner.invoke(main, ["intel", str(page)])
    assert shown.exit_code == 0, shown.output
    assert "usable=False binary content" in shown.output


def test_a_compressed_page_is_read_as_the_page(runner: CliRunner, tmp_path: Path) -> None:
    # The corpora ship pages as .html.gz: `extract`, `intel` and `post` read them as the page.
    html = f"<html><head><title>{TITLE}</title></head><body><article>"
    html += "".join(f"<p>{paragraph}</p>" for paragraph in CAPTURE.split("\n\n")[1:])
    html += "</article></body></html>"
    plain, packed = tmp_path / "page.html", tmp_path / "page.html.gz"
    plain.write_text(html, encoding="utf-8")
    packed.write_bytes(gzip.compress(html.encode()))
    for command in ("extract", "intel"):
        expected = runner.invoke(main, [command, "--json", str(plain)])
        shown = runner.invoke(main, [command, "--json", str(packed)])
        assert shown.exit_code == 0 and expected.exit_code == 0, shown.output
        assert shown.output.replace("page.html.gz", "page.html") == expected.output
    assert "Sainte-Aurore" in shown.output and '"relevant": true' in shown.output
    # A bomb (9 MB of zeros in 9 kB) is not inflated past the cap: it stays an unreadable file.
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"\0" * 9_000_000))
    refused = runner.invoke(main, ["extract", str(bomb)])
    assert refused.exit_code == 0 and "usable=False binary content" in refused.output
