"""The demo's folder as Jekyll publishes it: a real `jekyll build` of what `veilleur demo` writes
copies none of veilleur's own files (settings, store, state) into `_site`, and the incident
register's page shows readers French names where the data file keeps codes."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import lxml.html
import yaml

from veilleur.demo import run_demo
from veilleur.models import Category, Incident, Sector
from veilleur.publish.labels import impact, incident_labels
from veilleur.publish.site_config import own_files, write_site_config

ENGLISH_CODES = (
    "healthcare",
    "government",
    "ransomware",
    "denial-of-service",
    "_shut_down",
    "emergency_diverted",
)


def test_own_files_name_the_store_when_it_lies_in_the_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert "veilleur.toml" in own_files(site) and ".veilleur" in own_files(site)
    assert own_files(site, tmp_path / "elsewhere.db") == own_files(site)
    assert {"state.sqlite", "state.sqlite.lock"} <= set(own_files(site, site / "state.sqlite"))
    assert "data" in own_files(site, site / "data" / "veille.store")


def test_a_site_keeps_its_own_config(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: Mine\n", encoding="utf-8")
    assert not write_site_config(tmp_path, "Veille")
    assert (tmp_path / "_config.yml").read_text(encoding="utf-8") == "title: Mine\n"


def test_incident_labels_are_french_and_codes_stay_codes() -> None:
    incident = Incident(
        story_id=1,
        victim="Centre hospitalier de Valmont",
        sectors=[Sector.HEALTHCARE],
        countries=["BE"],
        category=Category("ransomware"),
        impacts=["surgeries_cancelled", "data_stolen (2 To)", "unheard_of"],
        first_reported=datetime(2026, 11, 30).date(),
        last_reported=datetime(2026, 11, 30).date(),
        title="t",
    )
    assert incident_labels(incident) == {
        "sectors": ["santé"],
        "countries": ["Belgique"],
        "category": "Rançongiciel",
        "impacts": ["interventions reportées ou annulées", "données volées (2 To)", "unheard_of"],
    }
    assert impact("systems_shut_down") == "systèmes coupés"
    assert incident.sectors == [Sector.HEALTHCARE] and incident.impacts[0] == "surgeries_cancelled"


def test_jekyll_publishes_no_veilleur_file_and_a_french_register(tmp_path: Path, fixed_now: datetime) -> None:
    site = tmp_path / "site"
    run_demo(site, port=0)
    config = yaml.safe_load((site / "_config.yml").read_text(encoding="utf-8"))
    assert {"veilleur.toml", ".veilleur"} <= set(config["exclude"])
    data = json.loads((site / "_data" / "incidents.json").read_text(encoding="utf-8"))
    valmont = next(i for i in data if "Valmont" in i["victim"])
    assert valmont["sectors"] == ["healthcare"] and valmont["category"] == "ransomware"  # codes kept
    assert valmont["labels"]["sectors"] == ["santé"] and valmont["labels"]["category"] == "Rançongiciel"
    if shutil.which("jekyll") is None:
        return  # the config and data were checked; the build needs jekyll (Debian: apt-get install jekyll)
    build = subprocess.run(
        ["jekyll", "build", "--safe", "--quiet", "-s", str(site), "-d", str(site / "_site")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    published = {str(p.relative_to(site / "_site")) for p in (site / "_site").rglob("*")}
    assert published, "the build published nothing"
    leaked = [
        p
        for p in published
        if p.startswith((".veilleur", ".git")) or p.endswith((".toml", ".db", ".lock", ".db-wal", ".db-shm"))
    ]
    assert leaked == []
    page = lxml.html.fromstring((site / "_site" / "incidents" / "index.html").read_text(encoding="utf-8"))
    (table,) = page.findall(".//table")
    shown = table.text_content()
    assert "santé" in shown and "Rançongiciel" in shown and "urgences déviées" in shown
    assert not [code for code in ENGLISH_CODES if code in shown]
