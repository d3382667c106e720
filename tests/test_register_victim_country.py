"""An incident's row gives its victim's country and sector: the seed clinic's row said "BE, UA"
(the attackers were "actifs en Ukraine"), a hospital's said "santé, particuliers" (a second,
fictional victim's sector)."""

from __future__ import annotations

from datetime import date, datetime

from veilleur.models import Category, Entry, Intel, Sector, StoredEntry, Victim, story_countries
from veilleur.publish.register import incident_of

DAY = date(2026, 11, 30)


def _row(intel: Intel) -> tuple[StoredEntry, str, Intel]:
    entry = Entry(url="https://echo.example/a", canonical_url="https://echo.example/a", source="echo")
    stored = StoredEntry(1, entry, DAY, datetime(2026, 11, 30, 6), "done", 1, None)
    return stored, "L'Écho fictif", intel


def test_the_victim_s_country_and_sector_not_every_place_named() -> None:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.RANSOMWARE,
        victims=[
            Victim(name="Clinique Fictive", sectors=[Sector.HEALTHCARE], countries=["BE"]),
            Victim(name="Autre Fictive", sectors=[Sector.INDIVIDUALS], countries=["FR"]),
        ],
        sectors=[Sector.HEALTHCARE, Sector.INDIVIDUALS],
        countries=["BE", "UA", "FR"],
    )
    incident = incident_of(1, DAY, DAY, [_row(intel)], None)
    assert incident is not None
    assert incident.countries == ["BE"] and incident.sectors == [Sector.HEALTHCARE]
    # A victim the article gives no country or sector: the article's own stand in.
    intel.victims = [Victim(name="Clinique Fictive")]
    incident = incident_of(1, DAY, DAY, [_row(intel)], None)
    assert incident is not None
    assert incident.countries == ["BE", "UA", "FR"] and incident.sectors == [
        Sector.HEALTHCARE,
        Sector.INDIVIDUALS,
    ]


def test_the_console_row_gives_the_victims_countries() -> None:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        victims=[Victim(name="Clinique Fictive", countries=["BE"]), Victim(name="Autre", countries=["BE"])],
        countries=["BE", "UA"],
    )
    assert story_countries(intel) == ["BE"]
    assert story_countries(Intel(relevant=True, relevance_score=1.0, countries=["FR", "UA"])) == ["FR", "UA"]
