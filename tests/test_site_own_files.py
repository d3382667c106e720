"""A user's own Jekyll site (`veilleur run --out SITE`, SITE with its own `_config.yml`, which
veilleur never rewrites): when the SQLite store (with its lock) or the settings file lies inside the
site, Jekyll would publish it — every article, failure and story, whatever its TLP. veilleur says so
in the run's output, naming the files to add under `exclude:`, and stays silent once they are
excluded or kept in a folder Jekyll skips (`.veilleur/`). Before, nothing warned (the demo's own
site excludes them: test_demo_site)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from veilleur.publish.site_config import published_own_files


def _site(tmp_path: Path, config: str) -> Path:
    site = tmp_path / "blog"
    site.mkdir()
    (site / "_config.yml").write_text(config, encoding="utf-8")
    (site / "index.md").write_text("---\ntitle: Blog\n---\nHello\n", encoding="utf-8")
    return site


def _run(tmp_path: Path, site: Path, store: Path) -> subprocess.CompletedProcess[str]:
    settings = site / "veilleur.toml"
    settings.write_text(
        f'store_url = "sqlite:///{store}"\ncatalogue = false\n[publish]\nout_dir = "{site}"\n'
        "git_commit = false\n",
        encoding="utf-8",
    )
    env = {**os.environ, "COLUMNS": "300", "VEILLEUR_NOW": "2026-03-10T07:00:00+00:00"}
    return subprocess.run(
        [sys.executable, "-m", "veilleur", "--config", str(settings), "run"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )


def test_a_store_inside_a_users_site_is_named_until_the_site_excludes_it(tmp_path: Path) -> None:
    site = _site(tmp_path, "title: Blog\n")
    done = _run(tmp_path, site, site / "veilleur.db")
    output = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0, output
    assert "Jekyll would publish veilleur's own files in" in output
    assert "veilleur.toml, veilleur.db" in output and "exclude:" in output
    if shutil.which("jekyll") is not None:  # what the warning says is what Jekyll does
        build = subprocess.run(
            ["jekyll", "build", "--safe", "--quiet", "-s", str(site), "-d", str(tmp_path / "built")],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert build.returncode == 0, build.stderr
        assert (tmp_path / "built" / "veilleur.db").is_file() and (
            tmp_path / "built" / "veilleur.toml"
        ).is_file()

    (site / "_config.yml").write_text(
        "title: Blog\nexclude: [veilleur.toml, '*.db', '*.db.lock', '*.db-*']\n", encoding="utf-8"
    )
    again = _run(tmp_path, site, site / "veilleur.db")
    assert again.returncode == 0 and "Jekyll would publish" not in again.stdout + again.stderr


def test_what_jekyll_skips_or_excludes_is_not_named(tmp_path: Path) -> None:
    site = _site(tmp_path, "exclude:\n  - private\n  - '*.sqlite'\n")
    for name in (
        ".veilleur/veilleur.db",
        "_data/x.db",
        "private/veilleur.db",
        "a.sqlite",
        "b.db",
        "digests/d.md",
    ):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text("x", encoding="utf-8")
    outside = tmp_path / "store.db"
    outside.write_text("x", encoding="utf-8")
    own = [
        site / n for n in (".veilleur/veilleur.db", "_data/x.db", "private/veilleur.db", "a.sqlite", "b.db")
    ]
    own += [site / "digests", site / "missing.db", outside]
    assert published_own_files(site, own) == [Path("b.db"), Path("digests")]


@pytest.mark.parametrize("config", ["", "- not a mapping\n", "exclude: 3\n", ": bad: yaml: ["])
def test_a_site_configuration_that_cannot_be_read_excludes_nothing(tmp_path: Path, config: str) -> None:
    site = _site(tmp_path, config)
    (site / "v.db").write_text("x", encoding="utf-8")
    assert published_own_files(site, [site / "v.db"]) == [Path("v.db")]
