"""Which places a briefing may say: a victim's country only when the page names it."""

from __future__ import annotations

from veilleur.models import Intel
from veilleur.text.french import in_country
from veilleur.text.names import NameIndex, stated_names


def country_written(code: str, intel: Intel, text: str) -> bool:
    """Does the page name the country `code`: among the record's countries (which the guard reads as
    "Pays : …"), or in words the guard's name check finds in `text` ("Taiwanese" for Taïwan)?

    Recognition also gives a household name's country from common knowledge ("Workday", "Ford",
    "LastPass": États-Unis) when the page names none. Said, it was no fact of the source: the guard
    removed the whole victim sentence and key point for it, and on 190 unlabelled breach pages
    (seed 3232) 21 briefings lost their victim so, 3 of them refused as left with no summary."""
    if code in intel.countries:
        return True
    names = stated_names(in_country(code))  # as the briefing writes it: "à Taïwan", "en Corée du Sud"
    return bool(text and names) and all(NameIndex([text]).supported(name) for name in names)
