"""Which event of a recurring kind an article reports, read from its headline: one agency's
catalogue of exploited flaws grows several times a week ("CISA adds <products> flaws to its Known
Exploited Vulnerabilities catalog", "La CISA ajoute … à son catalogue KEV"), and two additions are
two events even when they name one vendor. An addition is told apart by what it adds: its CVE ids
(compared by the clusterer) and the products its headline names. One actor is tracked by several
vendors under their own names: two headlines naming it by two vendors' names are two reports.
"""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.cluster.features import Features, compact, fold
from veilleur.enrich.actors import find_threats

# A headline about a catalogue of exploited flaws (folded: lower case, no accents), in English,
# French, Dutch and German, and a verb of addition to it.
_CATALOGUE = re.compile(
    r"(?<!\w)(?:kev|known exploited|exploited vulnerabilit\w*|catalog|catalogue|katalog|catalogus)(?!\w)"
)
_ADDED = re.compile(
    r"(?<!\w)(?:adds?|added|adding|updated|ajoute\w*|ajout\w*|voegt|toegevoegd|fugt|hinzugefugt|aufgenommen)(?!\w)"
)
# The template's own words and Title Case filler: what every addition's headline says.
_TEMPLATE = set(
    """
    u.s us usa cisa kev known exploited exploitation exploit vulnerability vulnerabilities catalog
    catalogue katalog catalogus list adds added adding updated flaw flaws bug bugs issue issues its
    critical active actively due new warns urgent multiple security agency cybersecurity
    infrastructure one two three four five six seven eight nine ten several agence ajoute ajoutees
    faille failles vulnerabilites son sa catalogue exploitees activement americaine
    """.split()
)
_WORD = re.compile(r"[\w][\w'.-]*")


def addition_products(article: Features) -> frozenset[str]:
    """The products a catalogue addition's headline names (folded words: "chromium", "gpac"),
    empty when the headline is no addition or names none. Read from the headline's proper
    nouns (`Features.headline_names`) and coined names ("V8" is too short for the former). In a
    Title Case headline ("CISA Adds Four Critical Vulnerabilities to KEV Catalog") capitals say
    nothing: only words the article's text names as names count there."""
    folded = fold(article.title)
    if not (_CATALOGUE.search(folded) and _ADDED.search(folded)):
        return frozenset()
    found = {w for w in article.headline_names | article.coined if w not in _TEMPLATE}
    return frozenset(w.rstrip(".'") for w in found if len(w.rstrip(".'")) > 1)


def _mentions(other: Features, word: str) -> bool:
    return word in other.mentioned or compact(word) in other.spellings or word in other.vendor


def additions_apart(new: Features, old: Features) -> bool:
    """Whether two articles sharing no CVE id report two catalogue additions, or an addition and
    another event: both are additions and each names a product the other article never
    mentions (two days' additions naming one vendor), or one is an addition and most of the
    products its headline names are never mentioned by the other article (a router's new flaws
    against the agency's listing of its older ones with three other products)."""
    if new.cves & old.cves:
        return False
    products = (addition_products(new), addition_products(old))
    unnamed = (
        [p for p in products[0] if not _mentions(old, p)],
        [p for p in products[1] if not _mentions(new, p)],
    )
    if all(products):
        return bool(unnamed[0]) and bool(unnamed[1])
    return any(len(u) * 2 > len(p) for u, p in zip(unnamed, products, strict=True) if p)


@lru_cache(maxsize=4096)
def headline_actors(title: str) -> tuple[tuple[str, str], ...]:
    """(canonical name, name as written) of the threat actors a headline names, both folded, the
    written one without its spaces and hyphens: "Emerald Sleet" → ("kimsuky", "emeraldsleet")."""
    actors, _ = find_threats(title)
    return tuple((fold(n.canonical), compact(fold(n.name))) for n in actors)


def aliases_apart(new: Features, old: Features, shared: frozenset[str]) -> bool:
    """Whether two headlines name one of their `shared` actors by two vendors' names, neither
    of which the other article mentions ("Emerald Sleet" in one, "APT43" in the other): each
    vendor names the actors it tracks, and a report under one name is that vendor's, another
    vendor's under the other name is another report. Read where the two share only an actor."""
    written = dict(headline_actors(new.title)), dict(headline_actors(old.title))
    for actor in shared:
        one, two = written[0].get(actor), written[1].get(actor)
        if one and two and one != two and one not in old.spellings and two not in new.spellings:
            return True
    return False
