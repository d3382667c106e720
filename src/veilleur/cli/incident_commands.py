"""`veilleur incidents list|export`: the incident register, filtered by sector and country."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.table import Table
from rich.text import Text

from veilleur.cli.common import console, open_store, out, settings_of
from veilleur.models import Incident, Sector

if TYPE_CHECKING:
    pass


def _incidents(ctx: click.Context, sector: str, country: str) -> list[Incident]:
    from veilleur.publish.register import filter_incidents
    from veilleur.publishing.register import build_incidents

    store = open_store(settings_of(ctx))
    try:
        return filter_incidents(build_incidents(store), sector=sector, country=country)
    finally:
        store.close()


def _sector(value: str) -> str:
    if value and Sector.parse(value) is None:
        raise click.BadParameter(f"unknown sector {value!r}; one of: {', '.join(Sector)}")
    return value


_filters = [
    click.option(
        "--sector",
        default="",
        callback=lambda _ctx, _param, value: _sector(value),
        help="Sector (STIX industry-sector-ov), e.g. healthcare, government, financial-services.",
    ),
    click.option("--country", default="", help="ISO country code, e.g. BE, FR."),
]


def _with_filters(command: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(_filters):
        command = option(command)
    return command


@click.group()
def incidents() -> None:
    """Attacks on named victims, one per story."""


@incidents.command("list")
@_with_filters
@click.pass_context
def list_incidents(ctx: click.Context, sector: str, country: str) -> None:
    """The incidents, newest first, e.g. `--sector healthcare --country BE`."""
    found = _incidents(ctx, sector, country)
    table = Table("first reported", "victim", "sector", "country", "category", "actor", "impacts", "sources")
    for incident in found:
        table.add_row(
            incident.first_reported.isoformat(),
            # Names come from the articles read: cells of text, not console markup.
            Text(incident.victim),
            Text(", ".join(incident.sectors)),
            Text(", ".join(incident.countries)),
            incident.category,
            Text(", ".join([*incident.actors, *incident.malware])),
            Text(", ".join(incident.impacts)),
            str(len(incident.sources)),
        )
    out().print(table)
    console().print(f"{len(found)} incident(s)")


@incidents.command("export")
@_with_filters
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File to write (default: stdout).")
@click.pass_context
def export(ctx: click.Context, sector: str, country: str, fmt: str, output: Path | None) -> None:
    """The register as CSV (one row per incident) or JSON (as in _data/incidents.json)."""

    from veilleur.publish.register import to_csv, to_json

    found = _incidents(ctx, sector, country)
    text = to_csv(found) if fmt == "csv" else to_json(found)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        console().print(f"{len(found)} incident(s) → {output}")
