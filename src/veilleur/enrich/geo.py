"""Countries an article is about (ISO 3166-1 alpha-2): country names and capitals from the MISP
country galaxy (English), plus the French, Dutch and German names, demonyms and regional towns our
users' local news name without saying the country ("Herstal", "Roeselare")."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.galaxies import clusters
from veilleur.text.trie import alternation

# Names the galaxy does not carry: other languages, demonyms, and towns of the regions we watch.
EXTRA: dict[str, str] = {
    # Belgium
    "belgique": "BE", "belge": "BE", "belges": "BE", "belgië": "BE", "belgie": "BE", "belgien": "BE",
    "belgian": "BE", "belgisch": "BE", "belgische": "BE", "bruxelles": "BE", "brussel": "BE", "brussels": "BE",
    "liège": "BE", "liege": "BE", "luik": "BE", "herstal": "BE", "seraing": "BE", "verviers": "BE",
    "namur": "BE", "namen": "BE", "charleroi": "BE", "mons": "BE", "bergen": "BE", "tournai": "BE",
    "arlon": "BE", "wavre": "BE", "huy": "BE", "anvers": "BE", "antwerpen": "BE", "antwerp": "BE",
    "gand": "BE", "gent": "BE", "ghent": "BE", "bruges": "BE", "brugge": "BE", "louvain": "BE",
    "leuven": "BE", "ostende": "BE", "oostende": "BE", "courtrai": "BE", "kortrijk": "BE",
    "roeselare": "BE", "malines": "BE", "mechelen": "BE", "hasselt": "BE", "genk": "BE", "wallonie": "BE",
    "flandre": "BE", "vlaanderen": "BE", "flanders": "BE", "wallonia": "BE",
    # France
    "française": "FR", "français": "FR", "françaises": "FR", "frankrijk": "FR", "frankreich": "FR",
    "french": "FR", "paris": "FR", "lyon": "FR", "marseille": "FR", "lille": "FR", "toulouse": "FR",
    "bordeaux": "FR", "nantes": "FR", "strasbourg": "FR", "rennes": "FR", "montpellier": "FR",
    "grenoble": "FR", "rouen": "FR", "brest": "FR", "corbeil-essonnes": "FR", "armentières": "FR",
    # Luxembourg, Switzerland, Netherlands, Germany
    "luxembourgeois": "LU", "luxemburg": "LU", "suisse": "CH", "schweiz": "CH", "zwitserland": "CH",
    "swiss": "CH", "genève": "CH", "lausanne": "CH", "zurich": "CH", "zürich": "CH",
    "pays-bas": "NL", "nederland": "NL", "niederlande": "NL", "dutch": "NL", "néerlandais": "NL",
    "néerlandaise": "NL", "rotterdam": "NL", "utrecht": "NL", "den haag": "NL", "la haye": "NL",
    "allemagne": "DE", "duitsland": "DE", "deutschland": "DE", "german": "DE", "allemand": "DE",
    "allemande": "DE", "münchen": "DE", "munich": "DE", "hamburg": "DE", "köln": "DE", "frankfurt": "DE",
    # Others often in the news
    "états-unis": "US", "etats-unis": "US", "américain": "US", "américaine": "US", "american": "US",
    "u.s.": "US", "usa": "US", "verenigde staten": "US", "royaume-uni": "GB", "britannique": "GB",
    "british": "GB", "uk": "GB", "england": "GB", "angleterre": "GB", "chine": "CN", "chinois": "CN",
    "chinese": "CN", "russie": "RU", "russe": "RU", "russes": "RU", "russian": "RU", "rusland": "RU",
    "russland": "RU", "ukrainien": "UA", "ukrainian": "UA", "oekraïne": "UA", "corée du nord": "KP",
    "north korea": "KP", "north korean": "KP", "nord-coréen": "KP", "iranien": "IR", "iranian": "IR",
    "israël": "IL", "israeli": "IL", "espagne": "ES", "spanish": "ES", "italie": "IT", "italian": "IT",
    "japon": "JP", "japanese": "JP", "inde": "IN", "indian": "IN", "canadien": "CA", "canadian": "CA",
    "australie": "AU", "australian": "AU", "brésil": "BR", "brazilian": "BR",
}  # fmt: skip
# French and Dutch write these in lower case; every other place name must be capitalised.
LOWERCASE_OK = set(
    """
    belge belges français française françaises russe russes chinois allemand allemande américain
    américaine britannique néerlandais néerlandaise ukrainien iranien nord-coréen canadien
    luxembourgeois belgisch belgische
    """.split()
)
# Galaxy names that are ordinary words or ambiguous in news text.
_SKIP = {
    "jersey",
    "georgia",
    "chad",
    "guinea",
    "niger",
    "china town",
    "turkey",
    "mali",
    "oman",
    "peru",
    "nice",
}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], re.Pattern[str]]:
    names: dict[str, str] = {}
    cluster = clusters().get("country")
    if cluster is not None:
        for value in cluster.cluster_values.values():
            extra = getattr(value.meta, "additional_properties", None) or {}
            code = extra.get("ISO")
            if not code:
                continue
            for name in (value.value, extra.get("Capital", "")):
                if name and name.lower() not in _SKIP:
                    names.setdefault(name.lower(), code)
    names.update(EXTRA)
    # One branch per character (text.trie), not 627 names tried at each word: same matches.
    return names, re.compile(r"(?<![\w-])(" + alternation(names) + r")(?![\w-])", re.I)


def country_positions(text: str) -> list[tuple[str, int]]:
    """(ISO code, character offset) of each place named, in order; same capitalisation rule."""
    names, pattern = _gazetteer()
    out = []
    for match in pattern.finditer(text):
        written = match.group(1)
        if written[0].isupper() or written.lower() in LOWERCASE_OK:
            out.append((names[written.lower()], match.start()))
    return out


def find_countries(text: str) -> list[str]:
    """ISO codes of the places named, most mentioned first. Names must be capitalised as places
    are ("Nice", not "nice"), demonyms excepted ("belge", "russes")."""
    names, pattern = _gazetteer()
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        written = match.group(1)
        key = written.lower()
        if not written[0].isupper() and key not in LOWERCASE_OK:
            continue
        code = names[key]
        counts[code] = counts.get(code, 0) + 1
    return sorted(counts, key=lambda code: -counts[code])
