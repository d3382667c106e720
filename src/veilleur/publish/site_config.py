"""The `_config.yml` of a Jekyll site veilleur creates (the demo's folder). Jekyll copies into
`_site` every file of the folder it is not told to exclude, so veilleur's own files there — its
settings file (which names the store), a SQLite store with its journal and lock, its state folder —
are listed under `exclude`: a site's own configuration and state are never published. A site that
has its own `_config.yml` keeps it untouched: `published_own_files` names what veilleur keeps
inside it that Jekyll would publish, for the run to warn about."""

from __future__ import annotations

import fnmatch
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


def _excluded(relative: Path, patterns: list[str]) -> bool:
    """Whether Jekyll leaves `relative` out: a part of its path starting with `.` or `_` (Jekyll
    skips such names; `_posts` and the like are read, never copied as files), or a part's path
    matched by one of the site's `exclude` patterns (a folder's name excludes what is inside)."""
    parts = relative.parts
    if any(part.startswith((".", "_")) for part in parts):
        return True
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    cleaned = [str(p).strip().strip("/") for p in patterns if str(p).strip()]
    return any(fnmatch.fnmatchcase(prefix, pattern) for prefix in prefixes for pattern in cleaned)


def site_excludes(site: Path) -> list[str]:
    """The `exclude` list of `site/_config.yml`; empty without one, or when it cannot be read."""
    try:
        config = yaml.safe_load((site / CONFIG_PATH).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    found = config.get("exclude") if isinstance(config, dict) else None
    return [str(item) for item in found] if isinstance(found, list) else []


def published_own_files(site: Path, own: list[Path]) -> list[Path]:
    """Of `own` (files and folders veilleur keeps: the SQLite store, its lock, the digests' folder),
    those that exist inside `site` and that Jekyll would copy into the published site, relative
    to it: not excluded by `_excluded` with the site's own `exclude` list."""
    patterns = site_excludes(site)
    base = site.resolve()
    found: list[Path] = []
    for path in own:
        try:
            relative = path.resolve().relative_to(base)
        except (OSError, ValueError):
            continue  # outside the site: Jekyll never sees it
        if relative.parts and path.exists() and not _excluded(relative, patterns):
            found.append(relative)
    return found
