"""Stolen data named as goods, not as a theft the story tells: "a hotbed of adverts for stolen data",
"a forum used by ransomware criminals to leak stolen corporate data", "a market to buy stolen data"
(seed-3340 sample: three police stories about a forum or a market briefed "Vol de données").

The participle before its noun with no determiner ("stolen data", "de données volées", "gestolen
gegevens", "gestohlene Daten") names a kind of goods; with one ("the stolen data", "its stolen
files") it points at a theft the story told. Read by `impacts` for the data-theft impact."""

from __future__ import annotations

import re

# Data a participle calls stolen, with no determiner before it (an adjective may come between).
_GOODS = re.compile(
    r"(?<![\w'’])(?<!\bthe\s)(?<!\bits\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)"
    r"(?<!\btheir\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\byour\s)(?<!\ba\s)(?<!\ban\s)"
    # (a perfect's participle is the theft: "claims to have stolen files", "were stolen")
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)"
    r"(?:stolen|leaked|exfiltrated|gestolen|gestohlene[n]?)\s(?:[\w-]+\s){0,2}?"
    r"(?:data|records|files|information|databases?|credentials|devices|cards|accounts|identities|gegevens|Daten)\b"
    r"|\bde\s(?:données|informations)\s(?:volées|dérobées)\b",
    re.I,
)
# Where goods are traded or shown: a market, a forum, a sale, an advert; a place "used to" leak.
_MARKET = re.compile(
    r"\b(?:market\w*|forums?|shops?|sell\w*|sold|buy\w*|bought|trad(?:e|es|ed|ing)|adverts?|advertis\w*|"
    r"listings?|brokers?|vendors?|used\s(?:by\s[^,.;]{1,60}\s)?to|marché\w*|vente|vendre|achat|acheter|"
    r"markt\w*|verkoop|verkauf\w*|handel\w*)\b",
    re.I,
)


def without_goods(sentence: str) -> str:
    """`sentence` with the stolen data it names as goods taken out, when it speaks of a market or a
    place used to leak; the sentence itself otherwise."""
    if _MARKET.search(sentence) is None:
        return sentence
    return _GOODS.sub(" ", sentence)
