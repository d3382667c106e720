"""The Incidents page's charts draw labels the store holds: actor names read from feeds and pages
(a feed title 'Ransomware by Dark&#11;Angels' gives the actor 'Dark\\x0bAngels'), or typed by an
analyst. XML 1.0 cannot carry control characters, and pygal refused them ('All strings must be
XML compatible'): one such name made the chart answer 500 for every incident."""

from __future__ import annotations

from datetime import date

import pytest
from lxml import etree

from veilleur.models import Incident
from veilleur.web import charts


def _incident(story: int, actor: str, country: str) -> Incident:
    day = date(2026, 11, 30)
    return Incident(
        story_id=story,
        victim="Valbrune",
        category="ransomware",
        actors=[actor],
        countries=[country],
        first_reported=day,
        last_reported=day,
        title="t",
    )


@pytest.mark.parametrize("kind", ["actors", "countries", "weeks"])
@pytest.mark.parametrize("bad", ["\x0b", "\x01", "\x1f", "\x7f", "\x85", "\ud800", "\ufffe", "\x00"])
def test_a_label_no_xml_can_carry_still_gives_the_chart(kind: str, bad: str) -> None:
    incidents = [_incident(1, f"Dark{bad}Angels", f"F{bad}R"), _incident(2, "Quill Gang", "BE")]
    svg = charts.render(kind, incidents)
    assert svg is not None
    drawn = etree.fromstring(svg.encode("utf-8"))  # well-formed XML
    if kind == "actors":
        assert "Quill Gang" in "".join(drawn.itertext())
        assert any(text.startswith("Dark") and "Angels" in text for text in drawn.itertext())
