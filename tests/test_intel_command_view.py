"""`veilleur intel PAGE` as a new user reads it: the facts an analyst needs, each with its
sentence (a flaw's versions, fix, CVSS, exploitation and advice; an attack's date, what stopped,
what was stolen, who claimed), and errors that say what happened — a page never fetched gets no
analysis of an empty page, a folder is named a folder, a page and a batch at once are refused
(the page was dropped without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from webserver import Reply, WebServer

from veilleur.cli import main

ADVISORY = """<html lang="en"><head><title>Critical flaw in Contoso Relay exploited in attacks</title></head>
<body><article><h1>Critical flaw in Contoso Relay exploited in attacks</h1>
<p>Contoso has released patches for a critical remote code execution vulnerability in its Contoso Relay
appliance, tracked as CVE-2026-50123 with a CVSS score of 9.8.</p>
<p>The flaw affects Contoso Relay versions 3.0 through 3.2.1 and is fixed in version 3.2.2.</p>
<p>CISA added CVE-2026-50123 to its Known Exploited Vulnerabilities catalog on Tuesday after attacks in
the wild. Administrators who cannot update should restrict access to the management interface.</p>
</article></body></html>"""

HOSPITAL = """<html lang="fr"><head><title>L'hôpital de Valbrune paralysé par un rançongiciel</title></head>
<body><article><h1>L'hôpital de Valbrune paralysé par un rançongiciel</h1>
<p>Le centre hospitalier de Valbrune a été victime dans la nuit de samedi à dimanche d'une cyberattaque
par rançongiciel qui a chiffré ses serveurs, a indiqué la direction de l'établissement.</p>
<p>Les urgences ont été déviées vers les hôpitaux voisins et les consultations ont été reportées.</p>
<p>Le groupe Akira a revendiqué l'attaque et affirme avoir dérobé 200 Go de données de patients.</p>
<p>L'établissement a porté plainte et prévenu les autorités. Le personnel soignant travaille avec des
dossiers papier et la direction estime que le retour à la normale prendra plusieurs semaines.</p>
</article></body></html>"""


def _intel(tmp_path: Path, name: str, html: str) -> str:
    page = tmp_path / name
    page.write_text(html, encoding="utf-8")
    done = CliRunner().invoke(main, ["intel", str(page)], terminal_width=400)
    assert done.exit_code == 0, done.output
    return done.stdout


def test_an_advisory_shows_the_flaw_s_facts_with_their_sentences(tmp_path: Path) -> None:
    shown = _intel(tmp_path, "advisory.html", ADVISORY)
    assert "vulnerability: product=Contoso Relay" in shown and "fixed=3.2.2" in shown
    assert "cvss=9.8" in shown and "exploited=True" in shown and "in_kev=True" in shown
    assert "affected: versions 3.0 through 3.2.1 — The flaw affects Contoso Relay" in shown
    assert "advice: restrict_access — Administrators who cannot update" in shown


def test_an_attack_shows_what_was_stated_with_its_sentences(tmp_path: Path) -> None:
    shown = _intel(tmp_path, "hopital.html", HOSPITAL)
    assert "de Valbrune sectors=healthcare" in shown
    assert "attack claimed_by: Akira — Le groupe Akira a revendiqué" in shown
    assert "attack stolen: 200 Go — " in shown
    assert "promotional=False" in shown


def test_a_page_never_fetched_gets_no_analysis(tmp_path: Path, web: WebServer) -> None:
    config = tmp_path / "veilleur.toml"
    config.write_text("catalogue = false\n[http]\nallow_private = true\nretries = 0\n", encoding="utf-8")
    web.routes["/gone"] = Reply(b"<html><body><h1>Not Found</h1></body></html>", 404)
    done = CliRunner().invoke(main, ["--config", str(config), "intel", web.url("/gone")])
    assert done.exit_code == 1 and "fetch failed: HTTP 404" in done.output
    assert "relevant=" not in done.output and "priority" not in done.output


@pytest.mark.parametrize("command", ["intel", "extract"])
def test_a_folder_is_named_a_folder(tmp_path: Path, command: str) -> None:
    done = CliRunner().invoke(main, [command, str(tmp_path)])
    assert done.exit_code == 2 and "is a folder" in done.output


@pytest.mark.parametrize("command", ["intel", "extract"])
def test_a_page_and_a_batch_at_once_is_a_usage_error(tmp_path: Path, command: str) -> None:
    page = tmp_path / "advisory.html"
    page.write_text(ADVISORY, encoding="utf-8")
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "1", "html": "<p>x</p>"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    both = CliRunner().invoke(main, [command, str(page), "--jsonl", str(batch), str(out)])
    assert both.exit_code == 2 and "not both" in both.output and not out.exists()
    as_json = CliRunner().invoke(main, [command, "--json", "--jsonl", str(batch), str(out)])
    assert as_json.exit_code == 2 and "--json is for one page" in as_json.output
