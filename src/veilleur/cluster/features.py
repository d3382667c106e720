"""What an article brings to clustering, computed once from its extracted article (title, lead,
body — never the page around it) and its Intel record, then stored and read back.

- `embedding`: a multilingual sentence embedding of the title and lead (512 float32, unit
  length), so that reports of one event in French, Dutch, German and English land close;
- `minhash`: 64 MinHash values of the body's content words (same-language wording);
- language-independent evidence: CVE ids, folded victim words ("l'hôpital AZ Delta",
  "AZ Delta hospital" and "ziekenhuis AZ Delta" all give {"az", "delta"}), actor and malware
  canonical names, capitalised names, distinctive numbers of the title and lead, countries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from veilleur.cluster import vocabulary as vocab
from veilleur.cluster.dates import days_of, months_of
from veilleur.cluster.embed import DIMENSIONS, embed
from veilleur.cluster.folding import fold as fold  # re-exported: its users import it from here
from veilleur.cluster.folding import name_forms
from veilleur.cluster.minhash import NUM_PERM, minhash_of
from veilleur.cluster.reporters import reporters_of
from veilleur.enrich.cves import unique_cves
from veilleur.enrich.victims import find_victims
from veilleur.models import Category, ClusterInput, former_category
from veilleur.text import HEADLINE_CHARS
from veilleur.text.names import find_names

LEAD_CHARS = 500  # of the body after the title: the lead says which event it is
NAMES_CHARS = 3000  # names past the first screens are asides, related stories, bios
_WORD = re.compile(r"[\w][\w'-]*", re.UNICODE)
_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d+)?(?![\w])|(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])"
)
_CVE = re.compile(r"CVE-\d{4}-\d{4,7}", re.IGNORECASE)
# Words that every security article shares: they say nothing about which event it is.
_STOP = set(
    """
    the a an and or of to in on for with by from at as is are was were be been has have had it its this that
    these those which who will can may not but also after over into than more new says said according
    le la les un une des du de d l et ou en dans sur pour par avec au aux est sont été a ont ce cette ces
    qui que se sa son ses leur leurs plus selon ainsi comme mais ne pas été être
    het een van en op voor met door bij naar zijn werd wordt der die das und mit von auf für ein eine ist
    security sécurité attack attaque attaques attacks vulnerability vulnérabilité vulnérabilités flaw faille
    cyber cybersecurity cybersécurité data données users utilisateurs researchers chercheurs company
    entreprise article mentionne cve aucune recommandations points clés impact
    """.split()
)
# Words of organisation names that say what kind of body it is, not which one, in four languages.
_GENERIC_VICTIM_WORDS = set(
    """
    ltd inc llc plc corp company group groupe hospital hopital centre center hospitalier
    clinique clinic university universite universiteit universitat ville city mairie commune gemeente
    stadt ministry ministere ministerie ministerium bank banque the les des van het der die das
    ziekenhuis krankenhaus klinikum kliniek school ecole national nationale regional regionale
    general generale county council belgium belgique belgie belgien france germany allemagne deutschland
    az uz chu chr chru ch ghz ggz vzw asbl gmbh ag sa nv bv
    """.split()
)
_NO_VICTIM = {Category.LAW_ENFORCEMENT, Category.POLICY_REGULATION, Category.RESEARCH_TOOLING}


@dataclass
class Features:
    """Everything the clusterer compares; `embedding` is (512,) float32 of unit length (zeros when
    the article has no words), `minhash` (NUM_PERM,) uint64."""

    id: str
    day: date
    title: str
    cves: frozenset[str]
    names: frozenset[str]
    title_words: frozenset[str]
    minhash: NDArray[np.uint64] = field(repr=False)
    embedding: NDArray[np.float32] = field(repr=False)
    source: str = ""  # the outlet: its own lab and staff are named in all its articles
    # Distinctive words of the victims' names ("valmont", "org1"): two articles that each name a
    # victim, with no word in common, report two attacks however alike their wording.
    victims: frozenset[str] = frozenset()
    # Of those, the words of the first victim named (the headline's, else the lead's first): what
    # the article is about when the recogniser also lists asides or wrong guesses.
    victim: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    category: str = ""  # the Intel record's category ("law-enforcement"), "" without one
    # Folded words of the vendor whose flaw the article reports ("sap", "cyberark"), if any.
    vendor: frozenset[str] = frozenset()
    # (month, day) pairs the lead states below the headline ("l'épisode du 11 août"): a daily
    # page's day as a summary of it words it, set against another page's dated headline.
    stated_days: frozenset[tuple[int, int]] = frozenset()
    # Months (1–12) the lead states next to a day or a year ("fixes released on 12 November").
    stated_months: frozenset[int] = frozenset()
    # CVE ids of the headline and lead: the flaws the article is about (the body also recalls others).
    lead_cves: frozenset[str] = frozenset()
    # Who its lead credits with the finding ("researchers at Acme", "selon Acme"): `reporters`.
    reporters: frozenset[str] = frozenset()

    @cached_property
    def police_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """(the headline's police-action words, those of them in an aftermath clause): "Chaos
        emerges after BlackSuit takedown" names a takedown as the background of another event."""
        folded = fold(self.title)
        found = {w for w in (fold(m.group(0)) for m in _WORD.finditer(self.title)) if w in vocab.ENFORCEMENT}
        return frozenset(found), frozenset(m.group(1) for m in vocab.AFTERMATH_CLAUSE.finditer(folded))

    @cached_property
    def enforcement(self) -> bool:
        """Whether the article reports a police or court action: its category says so and its
        headline names one, not only as what came before (either alone is often wrong: a
        takedown's attack report, a headline's "after the takedown")."""
        found, after = self.police_words
        return self.category == Category.LAW_ENFORCEMENT and bool(found - after)

    @cached_property
    def maybe_enforcement(self) -> bool:
        """Whether its category or its headline speaks of a police or court action — unless the
        headline names police actions only as an aftermath's background (its category then
        reads the body's account of the takedown, not the event the headline reports)."""
        found, after = self.police_words
        if found and found == after:
            return False
        return self.category == Category.LAW_ENFORCEMENT or bool(found)

    @cached_property
    def coined(self) -> frozenset[str]:
        """Coined names of the headline, folded ("godrat", "pipemagic")."""
        return frozenset(
            fold(m.group(0))
            for m in vocab.COINED.finditer(self.title)
            if not vocab.NOT_COINED.fullmatch(m.group(0))
        )

    @cached_property
    def named_subjects(self) -> frozenset[str]:
        """What the headline names as its subject: its coined names and the actors and malware
        families (the Intel record's canonical names) whose every word it says ("Perfctl malware
        strikes again" → "perfctl"), whatever their case."""
        words = {fold(m.group(0)) for m in _WORD.finditer(self.title)}
        words |= {w.split("'")[0] for w in words}  # "Gamaredon's"
        return self.coined | {a for a in self.actors if set(a.split()) <= words}

    @cached_property
    def months(self) -> frozenset[int]:
        """Months (1–12) the headline dates ("Patch Tuesday, August 2025", "(Tue, Aug 12th)")."""
        return months_of(fold(self.title), dated=True)

    @cached_property
    def event_words(self) -> frozenset[str]:
        """The headline's words less those of a theme (`THEME`): what names this event."""
        return self.title_words - vocab.THEME

    @cached_property
    def headline_names(self) -> frozenset[str]:
        """Folded words the headline capitalises after its first word and the article's text
        names too (a proper noun, not a Title Case headline's ordinary word): what it is about."""
        in_text = self.name_words | self.names  # "pan-os" whole, as the headline writes it
        found = set()
        for line in self.title.splitlines():
            for m in list(_WORD.finditer(line))[1:]:
                word = fold(m.group(0))
                if m.group(0)[0].isupper() and len(word) > 2 and word not in _STOP and word in in_text:
                    found.add(word)
        return frozenset(found)

    @cached_property
    def dates(self) -> frozenset[tuple[int, int]]:
        """(month, day) pairs the headline names ("Stormcast For Friday, August 1st" → (8, 1))."""
        return days_of(self.title, dated=True)

    @cached_property
    def headline_tokens(self) -> tuple[str, ...]:
        """The headline's words, folded, in order (stop words included)."""
        return tuple(fold(m.group(0)) for m in _WORD.finditer(self.title))

    @cached_property
    def name_words(self) -> frozenset[str]:
        return frozenset(w for name in self.names for w in re.split(r"[\s'-]+", name))

    @cached_property
    def headline_only(self) -> bool:
        """Whether the page gave little more than its headline: its names are all headline words
        (a page cut after its first sentence, a report whose body the capture missed)."""
        # `name_words` splits a hyphenated name ("haechi-v" → "haechi", "v"): so are its tokens.
        words = {part for token in self.headline_tokens for part in (token, *re.split(r"[\s'-]+", token))}
        return self.name_words <= words

    @cached_property
    def spellings(self) -> frozenset[str]:
        """Its names, actors, headline subjects and adjacent headline words' pairs, `compact`ed:
        the forms of a name written in one word or two ("VenomRAT", "Venom RAT")."""
        words = self.headline_tokens
        found = {*self.names, *self.actors, *self.named_subjects, *words, *map("".join, pairwise(words))}
        return frozenset(map(compact, found))

    @cached_property
    def mentioned(self) -> frozenset[str]:
        """Every folded word the article is known to name: its names' words, its headline's words,
        its CVE ids."""
        words = self.name_words | set(self.headline_tokens) | self.title_words
        return frozenset(words | {c.casefold() for c in self.cves})


def compact(name: str) -> str:
    """A folded name without its spaces, hyphens and apostrophes: "venom rat" → "venomrat"."""
    return re.sub(r"[\s'’-]+", "", name)


def content_words(text: str) -> list[str]:
    """The folded words of `text` a MinHash is made of: no stop word, none under three letters."""
    return [w for w in (fold(m.group(0)) for m in _WORD.finditer(text)) if w not in _STOP and len(w) > 2]


def lead_of(title: str, text: str) -> str:
    """Title and the body's first `LEAD_CHARS` characters (cut at a word), the body's own
    heading left out when it repeats the title."""
    body = text.strip()
    if title and body.lstrip("# ").startswith(title.strip()):
        body = body.lstrip("# ")[len(title.strip()) :]
    cut = body[:LEAD_CHARS]
    if len(body) > LEAD_CHARS and " " in cut:
        cut = cut[: cut.rfind(" ")]
    return f"{title.strip()}\n{cut.strip()}".strip()


def numbers_of(text: str) -> frozenset[str]:
    """Distinctive numbers (≥ 10, not a year, not a CVE id's), separators removed so that
    "1,2 million" and "1.2 million" agree."""
    found = set()
    for match in _NUMBER.finditer(_CVE.sub(" ", text)):
        digits = re.sub(r"\D", "", match.group(0)).lstrip("0")
        # A run of thousands of digits is a number too (int() refuses over 4,300 digits).
        value = int(digits[:5]) if digits else 0
        if value >= 10 and not (len(digits) == 4 and 1990 <= value <= 2039):
            found.add(digits)
    return frozenset(found)


def victim_words(names: Sequence[str]) -> frozenset[str]:
    return frozenset(
        word
        for name in names
        for word in (f for w in re.split(r"[\s/,()]+", name) for f in name_forms(fold(w)))
        if len(word) > 1 and word not in _GENERIC_VICTIM_WORDS and word not in _STOP
    )


# The record clustering reads, defined with the other records (kept here under its old name).
Input = ClusterInput


def headline_and_title(item: Input) -> str:
    """The feed's headline and the page's title, once each: a page's own title is at times a
    subheading or a cut teaser ("Hertz Corporation d..."), the feed's is the headline."""
    title, headline = item.title.strip(), item.headline.strip()
    if not headline or headline.casefold() in title.casefold():
        return title
    if not title or title.rstrip(".… ").casefold() in headline.casefold():
        return headline
    return f"{headline}\n{title}"


def features_for(items: Sequence[Input]) -> list[Features]:
    """Features of a batch of articles (the embedding model runs once over the batch)."""
    titles = [headline_and_title(item)[:HEADLINE_CHARS] for item in items]
    leads = [lead_of(title, item.text) for title, item in zip(titles, items, strict=True)]
    vectors = embed(leads) if items else np.zeros((0, DIMENSIONS), dtype=np.float32)
    return [
        _one(item, title, lead, vector)
        for item, title, lead, vector in zip(items, titles, leads, vectors, strict=True)
    ]


def _one(item: Input, title: str, lead: str, vector: NDArray[np.float32]) -> Features:
    whole = f"{title}\n{item.text}"
    intel = item.intel
    if intel is not None:
        cves = frozenset(intel.cve_ids) | frozenset(unique_cves(lead))
        # In a law-enforcement, policy or research story the names a recogniser reads as victims
        # are agencies, suspects, researchers and products: no attack's victim to tell apart.
        named = [] if intel.category in _NO_VICTIM else [v.name for v in intel.victims]
        if not named and intel.category not in _NO_VICTIM | {Category.VULNERABILITY}:
            named = [m.group(0) for m in vocab.HEADLINE_FIRM.finditer(title)]
        actors = frozenset(fold(n.canonical) for n in [*intel.threat_actors, *intel.malware])
        countries = frozenset(intel.countries)
        category = str(intel.category)
        found = intel.vulnerability.vendor if intel.vulnerability else None
        vendor = frozenset(w for w in victim_words([found or ""]) if len(w) > 2)
    else:
        cves = frozenset(unique_cves(whole))
        named = find_victims(whole)
        actors = frozenset()
        countries = frozenset()
        category, vendor = "", frozenset()
    # The attackers are never the victims ("Groupe Kestrel", "Kestrel-bende" read as names).
    attackers = {word for actor in actors for word in re.split(r"[\s-]+", actor)}
    victims = frozenset(w for w in victim_words(named) if w.split("-")[0] not in attackers)
    victim = victims & victim_words(named[:1])
    return Features(
        id=item.id,
        day=item.day,
        title=title,
        cves=cves,
        names=frozenset(
            f for f in (fold(n) for n in find_names(whole[:NAMES_CHARS])) if len(f) > 2 and f not in _STOP
        ),
        title_words=frozenset(content_words(title)),
        minhash=minhash_of(content_words(whole)),
        embedding=vector,
        source=item.source,
        victims=victims,
        victim=victim,
        actors=actors,
        numbers=numbers_of(lead),
        countries=countries,
        category=category,
        vendor=vendor,
        stated_days=days_of(lead[len(title) :]),
        stated_months=months_of(fold(lead[len(title) :])),
        lead_cves=frozenset(unique_cves(lead)),
        reporters=reporters_of(item.text),
    )


def features_of(article_id: str, day: date, title: str, text: str, source: str = "") -> Features:
    """Features of one article without its Intel record (victims looked for in the text)."""
    return features_for([Input(article_id, day, title, text, source)])[0]


# Stored features are read back as they were computed; a change of definition (model, lead,
# fields) bumps the version, and the rows of another version are computed again.
VERSION = 12
_SETS = (
    "cves",
    "names",
    "title_words",
    "victims",
    "victim",
    "actors",
    "numbers",
    "countries",
    "vendor",
    "lead_cves",
    "reporters",
)


def encode(features: Features) -> tuple[str, bytes, bytes]:
    """(JSON data, MinHash bytes, float16 embedding bytes) for the store."""
    data = {
        "title": features.title,
        "source": features.source,
        "category": features.category,
        "stated_days": sorted(features.stated_days),
        "stated_months": sorted(features.stated_months),
        **{key: sorted(getattr(features, key)) for key in _SETS},
    }
    return (
        json.dumps(data, ensure_ascii=False),
        features.minhash.astype("<u8").tobytes(),
        features.embedding.astype("<f2").tobytes(),
    )


def decode(article_id: str, day: date, data: str, minhash: bytes, embedding: bytes) -> Features:
    """The features `encode` stored. Raises ValueError on a row of another shape (a damaged one: a
    field missing or of another type, an embedding that is not finite numbers)."""
    try:
        return _decoded(article_id, day, data, minhash, embedding)
    except (KeyError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
        raise ValueError(f"stored features of {article_id} are damaged: {exc!r}") from exc


def _decoded(article_id: str, day: date, data: str, minhash: bytes, embedding: bytes) -> Features:
    fields = json.loads(data)
    hashes = np.frombuffer(minhash, dtype="<u8").astype(np.uint64)
    vector = np.frombuffer(embedding, dtype="<f2").astype(np.float32)
    if hashes.shape != (NUM_PERM,) or vector.shape != (DIMENSIONS,) or not np.isfinite(vector).all():
        raise ValueError(f"stored features of {article_id} have the wrong shape")
    return Features(
        id=article_id,
        day=day,
        title=str(fields["title"]),
        source=str(fields["source"]),
        category=former_category(str(fields.get("category", ""))),  # stored by a former release too
        stated_days=frozenset((int(m), int(d)) for m, d in fields.get("stated_days", [])),
        stated_months=frozenset(int(m) for m in fields.get("stated_months", [])),
        minhash=hashes,
        embedding=vector,
        **{key: frozenset(str(v) for v in fields[key]) for key in _SETS},
    )
