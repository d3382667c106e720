"""What every command needs: consoles, the settings, the store."""

from __future__ import annotations

import os
import re
from typing import IO, TYPE_CHECKING, Any

import click
from pydantic import ValidationError
from rich.console import Console
from rich.text import Text

from veilleur.config import Settings
from veilleur.redact import redact

if TYPE_CHECKING:
    from veilleur.store import Store

EXIT_CONFIG = 2  # 1 is "a source or an item failed", 3 "another run holds the store"


class ConfigError(click.ClickException):
    """The configuration cannot be used: one line per faulty field, exit status 2."""

    exit_code = EXIT_CONFIG

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(f"configuration error: {line}" for line in lines))

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(self.format_message(), err=True)


# The modules of the `postgres` extra (pyproject.toml): a PostgreSQL store opened without them
# crashed `veilleur run` and `veilleur status` with a traceback ending in "No module named
# 'psycopg'" (or 'procrastinate'), which does not say that one pip command fixes it.
POSTGRES_EXTRA_MODULES = frozenset({"psycopg", "procrastinate", "croniter"})
POSTGRES_EXTRA_HINT = "pip install 'veilleur[postgres]'"


def missing_postgres_extra(exc: ImportError) -> ConfigError | None:
    """The configuration error to show for `exc` when it is a module of the `postgres` extra that
    is not installed, else None (any other missing module is a bug, kept as a traceback)."""
    module = (exc.name or "").partition(".")[0]
    if module not in POSTGRES_EXTRA_MODULES:
        return None
    return ConfigError(
        [f"a PostgreSQL store needs the postgres extra (no module {module!r}): {POSTGRES_EXTRA_HINT}"]
    )


def _where(location: tuple[int | str, ...]) -> str:
    """('sources', 0, 'kind') → 'sources[0].kind'."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def config_error_lines(exc: ValidationError) -> list[str]:
    """One readable line per faulty field: where, what is wrong, and the value that was given."""
    lines = []
    for error in exc.errors(include_url=False):
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "missing":
            message = "required, missing"
        elif error["type"] == "extra_forbidden":
            message = "unknown setting (see veilleur.example.toml)"
        else:
            given = error.get("input")
            if isinstance(given, str | int | float | bool) and error["loc"]:
                message += f" (given: {given!r})"
        where = _where(tuple(error["loc"]))  # empty for a check of the whole file (each source's)
        lines.append(redact(f"{where}: {message}" if where else message))
    return lines


# Piped or redirected output has no window to fit: rich would wrap and cut tables at 80 columns,
# so lines are as long as their content (a grep or a log keeps whole URLs and error messages).
UNBOUNDED_WIDTH = 10_000


# What a page may hold that a terminal obeys: escape sequences (ESC: colours, clearing the screen,
# an OSC window title or clipboard write), the other C0 and C1 controls, DEL. A title or sentence
# printed by `veilleur extract|intel PAGE` showed them raw. Each becomes U+FFFD, one character for
# one, so that a rich Text's styled spans stay where they were; tabs and line breaks stay.
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def inert(text: str) -> str:
    """`text` with no character a terminal would obey (see _TERMINAL_CONTROLS)."""
    return _TERMINAL_CONTROLS.sub("\ufffd", text)


class _InertConsole(Console):
    """A console whose text, given as a string or a rich Text, cannot drive the terminal; the
    styles rich writes itself still do."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        shown = []
        for item in objects:
            if isinstance(item, Text) and _TERMINAL_CONTROLS.search(item.plain):
                item = item.copy()
                item.plain = inert(item.plain)
            shown.append(item)
        super().print(*shown, **kwargs)

    def render_str(self, text: str, *args: Any, **kwargs: Any) -> Text:
        return super().render_str(inert(text), *args, **kwargs)


def _console(stderr: bool) -> Console:
    made = _InertConsole(stderr=stderr)
    if made.is_terminal or os.environ.get("COLUMNS"):
        return made
    return _InertConsole(stderr=stderr, width=UNBOUNDED_WIDTH)


def console() -> Console:
    """Messages and summaries, on standard error (created per call: tests and pipes set the width)."""
    return _console(stderr=True)


def out() -> Console:
    """Results, on standard output."""
    return _console(stderr=False)


def settings_of(ctx: click.Context) -> Settings:
    settings: Settings = ctx.find_root().obj["settings"]
    return settings


def open_store(settings: Settings) -> Store:
    from veilleur.store import Store

    return Store(settings.resolved_store_url())


def check_source_names(
    store: Store, names: list[str] | tuple[str, ...], hint: str = "'--source'", enabled: bool = True
) -> None:
    """Refuse (exit status 2) a `--source`/`NAMES` that names no source, or, when `enabled`, a
    disabled one: `veilleur run --source hackernews` read nothing and said all went well (the
    source is `thehackernews`; `hackernews` is its tag)."""
    known = {source.name: source for source in store.sources.all(enabled_only=False)}
    for name in names:
        source = known.get(name)
        if source is None:
            raise click.BadParameter(no_source(store, name), param_hint=hint)
        if enabled and not source.enabled:
            raise click.BadParameter(
                f"source {name!r} is disabled; `veilleur sources enable {name}` turns it on", param_hint=hint
            )


def no_source(store: Store, name: str) -> str:
    """Why NAME is no source, naming the sources tagged NAME: `sources disable hackernews` said
    only "no source named 'hackernews'" (the source is `thehackernews`; `hackernews` is its tag)."""
    tagged = sorted(s.name for s in store.sources.all(enabled_only=False) if s.tag == name)
    tag = f" (tagged {name!r}: {', '.join(tagged)})" if tagged else ""
    return f"no source named {name!r}{tag}; `veilleur sources list --all` names them"
