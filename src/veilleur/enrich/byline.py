"""Promotion an article's byline states: a sponsor's or partner's label, or the outlet's own name
on an outlet that signs its partners' pieces so (its reporters sign theirs with their names).

The byline is the page's author line (`Article.byline`, read by extract/html.page_byline): values
joined by "; ". The Hacker News signs vendor pieces "The Hacker News" and its news with a
reporter's name; the extracted text keeps neither, so only the byline tells them apart.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# A byline that is a label (EN/FR/DE/NL): "Sponsored", "Sponsored by Examplesoft", "Partner
# content", "Contenu sponsorisé", "Publireportage", "Anzeige", "Gesponsord".
_LABEL = re.compile(
    r"^\W{0,3}(?:sponsored(?: post| feature| content| article)?|sponsored by\b.*|partner(?: content| post)|"
    r"in partnership with\b.*|paid (?:content|post)|advertorial|brought to you by\b.*|presented by\b.*|"
    r"contenu (?:sponsorisé|partenaire|proposé par\b.*)|article sponsorisé|publi-?rédactionnel|publireportage|"
    r"en partenariat avec\b.*|sponsorisé par\b.*|gesponsord(?:e inhoud)?|anzeige|advertentie|werbung|"
    r"bezahlter beitrag|gesponserter? (?:beitrag|inhalt))\W{0,3}$",
    re.I,
)
# Outlets whose own name as the byline marks a partner's or sponsor's piece: host → name, folded.
HOUSE_BYLINES = {"thehackernews.com": "the hacker news"}


def _values(byline: str) -> list[str]:
    return [" ".join(v.split()) for v in byline.split(";") if v.strip()]


def house_signed(byline: str, url: str = "") -> bool:
    """Whether the byline is the outlet's own name alone, on an outlet that signs its partners'
    pieces so. A site's metadata may name the house on every page (a platform's account), and then
    the reporter's name the page shows says the piece is the staff's."""
    host = (urlsplit(url).hostname or "").casefold()
    house = next(
        (name for site, name in HOUSE_BYLINES.items() if host == site or host.endswith(f".{site}")), ""
    )
    values = _values(byline)
    return bool(house and values and all(value.casefold() == house for value in values))


def byline_promotion(byline: str, url: str = "") -> str:
    """Why the byline marks the page as promotional ("" when it does not)."""
    values = _values(byline)
    for value in values:
        if _LABEL.match(value):
            return f"byline labels sponsored or partner content: {value!r}"
    if house_signed(byline, url):
        return f"signed with the outlet's own name, as its partners' pieces are: {values[0]!r}"
    return ""
