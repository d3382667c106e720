"""`veilleur export …`: the published stories for other consumers (feed readers, CTI platforms).

Each format adds its subcommand to the `export` group here (`atom`, `jsonfeed`, `stix`, `misp`).
"""

from __future__ import annotations

from datetime import date

import click


@click.group()
def export() -> None:
    """Export the stories: Atom or JSON feed, STIX 2.1 bundle, MISP feed."""


def parse_since(value: str | None) -> date | None:
    """`--since 2026-11-20` → that date; None when not given. Raises click.BadParameter."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"not a date (YYYY-MM-DD): {value!r}", param_hint="--since") from exc
