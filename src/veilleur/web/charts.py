"""The Incidents page's charts, drawn server-side as SVG with pygal.

Labels come from the store (victim sectors, actor names, country codes): pygal writes them as XML
text, and the page shows the SVG through <img>, where no script runs. Each passes `escape.clean`
first: XML 1.0 carries no control character, lone surrogate or noncharacter, and pygal refused
the chart for one name holding one (a feed title's 'Dark&#11;Angels', an analyst's correction)."""

from __future__ import annotations

from collections import Counter

import pygal
from pygal.style import CleanStyle

from veilleur.models import Incident
from veilleur.publish.escape import clean
from veilleur.web.data import week_of

_OPTIONS = {
    "style": CleanStyle,
    "width": 640,
    "height": 320,
    "js": [],
    "disable_xml_declaration": True,
    "legend_at_bottom": True,
    "truncate_legend": 30,
}


def render(kind: str, incidents: list[Incident]) -> str | None:
    """The SVG of chart `kind` (weeks, actors, countries), or None for an unknown kind."""
    if kind == "weeks":
        weeks = sorted({week_of(i.first_reported) for i in incidents})
        by_sector: dict[str, Counter[str]] = {}
        for incident in incidents:
            for name in [str(sector) for sector in incident.sectors] or ["unknown"]:
                by_sector.setdefault(name, Counter())[week_of(incident.first_reported)] += 1
        chart = pygal.StackedBar(**_OPTIONS)
        chart.title = "incidents / week"
        chart.x_labels = weeks
        for sector, counts in sorted(by_sector.items()):
            chart.add(sector, [counts.get(week, 0) for week in weeks])
    elif kind in ("actors", "countries"):
        ranked = Counter(
            clean(value) for i in incidents for value in (i.actors if kind == "actors" else i.countries)
        ).most_common(10)
        chart = pygal.HorizontalBar(**_OPTIONS)
        chart.title = kind
        for name, count in ranked:
            chart.add(name, count)
    else:
        return None
    return str(chart.render(is_unicode=True))
