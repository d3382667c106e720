"""The `_config.yml` of a Jekyll site veilleur creates (the demo's folder). Jekyll copies into
`_site` every file of the folder it is not told to exclude, so veilleur's own files there — its
settings file (which names the store), a SQLite store with its journal and lock, its state folder —
are listed under `exclude`: a site's own configuration and state are never published. A site that
has its own `_config.yml` keeps it untouched."""

from __future__ import annotations

from pathlib import Path

import yaml

CONFIG_PATH = Path("_config.yml")

# Patterns (Jekyll globs, relative to the site) of what veilleur may keep in a site's folder:
# the settings file, the demo's state folder, SQLite stores and their -wal/-shm/-journal/.lock
# siblings, and the temporaries a killed run leaves (`.tmp-*`, dotfiles Jekyll skips anyway).
OWN_FILES = (
    "veilleur.toml",
    ".veilleur",
    "*.db",
    "*.db-*",
    "*.db.lock",
    "*.sqlite",
    "*.sqlite-*",
    "*.sqlite3",
    ".tmp-*",
)


def own_files(site: Path, store_file: Path | None = None) -> list[str]:
    """The `exclude` list: OWN_FILES, plus `store_file` (a SQLite database path) relative to the
    site when it lies inside it, with its lock beside it."""
    found = list(OWN_FILES)
    if store_file is not None:
        try:
            inside = store_file.resolve().relative_to(site.resolve())
        except ValueError:
            return found  # outside the site: Jekyll never sees it
        parts = inside.parts
        found += [parts[0]] if len(parts) > 1 else [str(inside), f"{inside}.lock"]
    return list(dict.fromkeys(found))


def write_site_config(site: Path, title: str, store_file: Path | None = None) -> bool:
    """Write `site/_config.yml` (French site, `exclude` = own_files) unless the site has one;
    True when written."""
    target = site / CONFIG_PATH
    if target.exists():
        return False
    config = {"title": title, "lang": "fr", "exclude": own_files(site, store_file)}
    target.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return True
