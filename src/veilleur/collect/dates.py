"""Dates as feeds and pages write them, read strictly: a date is either fully understood or None.

Feedparser reads some layouts only in part (`2026/11/29 13:17:20` became the 1st of the month) and
gives up on day and month names in other languages. Here a date string goes through RFC 822, then
ISO 8601, then python-dateutil after French, German and Dutch day and month names are put in
English. A string that leaves the day unknown, or that reads as two different days (`03/11/2026`),
gives None: an item is never dropped as old on a guessed date.
"""

from __future__ import annotations

import email.utils
import re
import unicodedata
import warnings
from datetime import UTC, datetime, timedelta

from dateutil import parser as dateutil_parser

# Month names and abbreviations (folded: lower case, no accents, no final dot) → English.
_MONTHS = {
    "january": "Jan", "janvier": "Jan", "janv": "Jan", "januar": "Jan", "janner": "Jan",
    "januari": "Jan", "jan": "Jan",
    "february": "Feb", "fevrier": "Feb", "fevr": "Feb", "fev": "Feb", "februar": "Feb",
    "februari": "Feb", "feb": "Feb", "febr": "Feb",
    "march": "Mar", "mars": "Mar", "marz": "Mar", "maerz": "Mar", "mrz": "Mar", "maart": "Mar",
    "mrt": "Mar", "mar": "Mar",
    "april": "Apr", "avril": "Apr", "avr": "Apr", "apr": "Apr",
    "may": "May", "mai": "May", "mei": "May",
    "june": "Jun", "juin": "Jun", "juni": "Jun", "jun": "Jun",
    "july": "Jul", "juillet": "Jul", "juil": "Jul", "juli": "Jul", "jul": "Jul",
    "august": "Aug", "aout": "Aug", "augustus": "Aug", "aug": "Aug",
    "september": "Sep", "septembre": "Sep", "sept": "Sep", "sep": "Sep",
    "october": "Oct", "octobre": "Oct", "oktober": "Oct", "okt": "Oct", "oct": "Oct",
    "november": "Nov", "novembre": "Nov", "nov": "Nov",
    "december": "Dec", "decembre": "Dec", "dezember": "Dec", "dez": "Dec", "dec": "Dec",
}  # fmt: skip
# Day names are redundant with the date; they are dropped (only as the first word: "Mar" as a
# first word is Tuesday in French, elsewhere it is March).
_DAYS = {
    "monday", "mon", "lundi", "lun", "montag", "mo", "maandag", "ma",
    "tuesday", "tue", "tues", "mardi", "mar", "dienstag", "di", "dinsdag",
    "wednesday", "wed", "mercredi", "mer", "mittwoch", "mi", "woensdag", "wo",
    "thursday", "thu", "thur", "thurs", "jeudi", "jeu", "donnerstag", "do", "donderdag",
    "friday", "fri", "vendredi", "ven", "freitag", "fr", "vrijdag", "vr",
    "saturday", "sat", "samedi", "sam", "samstag", "sonnabend", "sa", "zaterdag", "za",
    "sunday", "sun", "dimanche", "dim", "sonntag", "so", "zondag", "zo",
}  # fmt: skip
# Words around a date that carry nothing ("le 3 novembre 2026 à 13h17", "um 10:00 Uhr").
_FILLER = {"le", "a", "um", "uhr", "om", "den", "der", "de", "du", "am", "at", "on", "the", "of"}
_WORD = re.compile(r"[^\W\d_]+\.?")
_FRENCH_TIME = re.compile(r"\b(\d{1,2})\s*h\s*(\d{2})\b")
_ORDINAL = re.compile(r"\b(\d{1,2})(?:er|re|e|st|nd|rd|th)\b", re.I)
_YEAR_FIRST = re.compile(r"^\s*\d{4}\D")
_DOTTED_DAY_FIRST = re.compile(r"^\s*\d{1,2}\.\s*\d{1,2}\.\s*\d{4}")  # 02.03.2026: German, Dutch
# Zone names dateutil does not know and that feeds of these languages write.
_ZONES = {"MEZ": "+0100", "MESZ": "+0200", "CET": "+0100", "CEST": "+0200", "HNEC": "+0100", "HAEC": "+0200"}
_ZONE_NAME = re.compile(rf"\b({'|'.join(_ZONES)})$")
# Two defaults that differ in every date field: a field dateutil had to take from the default
# makes the two readings differ.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def to_english(text: str) -> str:
    """The date string with foreign day names dropped and month names in English."""
    text = _FRENCH_TIME.sub(r"\1:\2", _ORDINAL.sub(r"\1", text.strip()))
    words: list[str] = []
    first = True
    for token in re.split(r"(\s+|,)", text):
        if not token.strip() or token == ",":
            if words or token.strip():
                words.append(token)
            continue
        match = _WORD.fullmatch(token)
        folded = _fold(token) if match else ""
        if first and folded in _DAYS:
            first = False
            continue
        first = False
        if folded in _MONTHS:
            words.append(_MONTHS[folded])
        elif folded in _FILLER:
            continue
        else:
            words.append(token)
    return " ".join("".join(words).replace(",", " ").split())


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _dateutil(text: str) -> datetime | None:
    """dateutil's reading when it is complete and unambiguous, else None."""
    if _YEAR_FIRST.match(text):
        orders = [(True, False)]
    elif _DOTTED_DAY_FIRST.match(text):
        orders = [(False, True)]
    else:
        orders = [(False, False), (False, True)]
    readings = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unknown time zone names: read as UTC below
        for yearfirst, dayfirst in orders:
            for default in _DEFAULTS:
                try:
                    readings.append(
                        dateutil_parser.parse(text, default=default, yearfirst=yearfirst, dayfirst=dayfirst)
                    )
                except (ValueError, OverflowError, TypeError):
                    return None
    dates = {reading.date() for reading in readings}
    if len(dates) != 1:  # a missing field (taken from the defaults) or day/month ambiguity
        return None
    return _aware(readings[0])


# A publication date outside these years is a typo or an attack (`0001-01-01T00:00-23:59`,
# `9999-12-31`): taken as no date, since day arithmetic on it (windows, UTC) leaves datetime's range.
_YEARS = range(1900, 3000)
# A year written with four digits below 1000 ("01 Jan 0001", .NET's unset date; "0000"): the
# RFC 822 reading takes it for a two-digit year (2001, 2000), and the item was dropped as old.
_ZERO_YEAR = re.compile(r"(?<![\d:.,+-])0\d{3}(?![\d:])")


# Before this nothing we could brief was published online; a date before it is a parsing accident.
OLDEST_PLAUSIBLE = datetime(1995, 1, 1, tzinfo=UTC)
# Feeds run a few hours ahead in some time zones; days ahead is a wrong date.
FUTURE_TOLERANCE = timedelta(days=2)


def plausible(value: datetime, now: datetime) -> bool:
    """Whether an article can have been published at `value` when read at `now`: a date before
    the web's news (`OLDEST_PLAUSIBLE`) or days ahead of `now` is a writer's or parser's mistake."""
    return OLDEST_PLAUSIBLE <= value <= now + FUTURE_TOLERANCE


def parse_date(raw: str) -> datetime | None:
    """A timezone-aware datetime (naive strings are UTC) of the years 1900–2999, or None when `raw`
    is not a full date."""
    found = None if _ZERO_YEAR.search(raw or "") else _parse(raw)
    if found is None or found.year not in _YEARS:
        return None
    try:  # dateutil keeps an offset of a day or more ("+9999"), which datetime cannot compare
        found.utcoffset()
    except ValueError:
        return None
    return found


def _parse(raw: str) -> datetime | None:
    text = " ".join((raw or "").split())
    if not text or len(text) > 100:
        return None
    text = _ZONE_NAME.sub(lambda match: _ZONES[match.group(1)], text)
    try:
        return _aware(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return _aware(datetime.fromisoformat(text))
    except ValueError:
        pass
    english = to_english(text)
    if english != text:
        try:
            return _aware(email.utils.parsedate_to_datetime(english))
        except (TypeError, ValueError, IndexError):
            pass
    if not re.search(r"\d{4}", english):  # no year: dateutil would take this year's
        return None
    return _dateutil(english)
