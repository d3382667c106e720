"""Dates as feeds and pages write them: every month in French, German and Dutch, and the layouts
feedparser reads only in part, are read fully or not at all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veilleur.collect.dates import parse_date

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]  # fmt: skip
FR_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DE_DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
DE_MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
DE_LONG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"]  # fmt: skip
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]  # fmt: skip
NL_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_in_french_german_and_dutch(month: int) -> None:
    day = datetime(2026, month, 9, 10, 30, tzinfo=UTC)
    weekday, index = day.weekday(), month - 1
    written = [
        f"{FR_DAYS[weekday]} 9 {FR_MONTHS[index]} 2026 à 10h30",
        f"{FR_DAYS[weekday][:3]}., 09 {FR_SHORT[index]} 2026 10:30:00 +0000",
        f"{DE_DAYS[weekday]}, 09 {DE_MONTHS[index]} 2026 11:30:00 +0100",  # serve.py's @OLD_DE@
        f"{DE_DAYS[weekday]}, 9. {DE_LONG[index]} 2026 10:30 Uhr",
        f"{NL_DAYS[weekday]} 9 {NL_MONTHS[index]} 2026 10:30",
        f"{NL_DAYS[weekday][:2]} 09 {NL_SHORT[index]} 2026 10:30:00 GMT",
    ]
    for text in written:
        assert parse_date(text) == day, text


@pytest.mark.parametrize(
    "text",
    ["2026/11", "Nov 2026", "04/05/2026", "yesterday", "il y a 3 heures", "", "9 Brumaire 2026", "x" * 300],
)
def test_partial_ambiguous_or_foreign_dates_are_none(text: str) -> None:
    assert parse_date(text) is None


def test_numeric_layouts_that_say_their_order() -> None:
    assert parse_date("2026/04/05 13:17:20") == datetime(2026, 4, 5, 13, 17, 20, tzinfo=UTC)
    assert parse_date("05.04.2026 13:17") == datetime(2026, 4, 5, 13, 17, tzinfo=UTC)
    assert parse_date("13/04/2026") == datetime(2026, 4, 13, tzinfo=UTC)  # 13 is no month
    assert parse_date("2026-04-05T13:17:20+02:00") == datetime(2026, 4, 5, 11, 17, 20, tzinfo=UTC)
