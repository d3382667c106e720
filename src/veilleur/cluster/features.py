"""What an article brings to clustering: its day, outlet, CVE ids, names, victims, and a MinHash of
its words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from datasketch import MinHash

from veilleur.brief.guard.names import find_names
from veilleur.enrich.cves import unique_cves
from veilleur.enrich.victims import find_victims

NUM_PERM = 64  # MinHash permutations: enough to tell 0.2 from 0.5 Jaccard, cheap to store
SHINGLE = 1  # single content words: outlets paraphrase each other, word pairs rarely survive
_WORD = re.compile(r"[\w][\w'-]*", re.UNICODE)
# Words that every security article shares: they say nothing about which event it is.
_STOP = set(
    """
    the a an and or of to in on for with by from at as is are was were be been has have had it its this that
    these those which who will can may not but also after over into than more new says said according
    le la les un une des du de d l et ou en dans sur pour par avec au aux est sont été a ont ce cette ces
    qui que se sa son ses leur leurs plus selon ainsi comme mais ne pas été être
    security sécurité attack attaque attaques attacks vulnerability vulnérabilité vulnérabilités flaw faille
    cyber cybersecurity cybersécurité data données users utilisateurs researchers chercheurs company
    entreprise article mentionne cve aucune recommandations points clés impact
    """.split()
)


# Words of organisation names that say what kind of body it is, not which one.
_GENERIC_VICTIM_WORDS = set(
    """
    ltd inc llc plc corp company group groupe hospital hôpital hopital centre center hospitalier
    clinique clinic
    university université universiteit ville city mairie commune gemeente ministry ministère bank banque
    ziekenhuis krankenhaus klinikum school école national nationale regional régional
    """.split()
)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class Features:
    id: str
    day: date
    title: str
    cves: frozenset[str]
    names: frozenset[str]
    title_words: frozenset[str]
    minhash: MinHash = field(repr=False)
    source: str = ""  # the outlet: its own lab and staff are named in all its articles
    # Distinctive words of the victims' names ("valmont", "org1"): two articles that each name a
    # victim, with no word in common, report two attacks however alike their wording.
    victims: frozenset[str] = frozenset()


def _words(text: str) -> list[str]:
    return [w for w in (_fold(m.group(0)) for m in _WORD.finditer(text)) if w not in _STOP and len(w) > 2]


def features_of(article_id: str, day: date, title: str, text: str, source: str = "") -> Features:
    words = _words(f"{title} {text}")
    minhash = MinHash(num_perm=NUM_PERM)
    for i in range(max(1, len(words) - SHINGLE + 1)):
        minhash.update(" ".join(words[i : i + SHINGLE]).encode("utf-8"))
    names = frozenset(
        _fold(n) for n in find_names(f"{title}\n{text}") if len(n) > 2 and _fold(n) not in _STOP
    )
    return Features(
        id=article_id,
        day=day,
        title=title,
        cves=frozenset(unique_cves(f"{title}\n{text}")),
        names=names,
        title_words=frozenset(_words(title)),
        minhash=minhash,
        source=source,
        victims=frozenset(
            word
            for victim in find_victims(f"{title}\n{text}")
            for word in _words(victim)
            if word not in _GENERIC_VICTIM_WORDS
        ),
    )
