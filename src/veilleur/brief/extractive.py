"""A French briefing built from the article itself, with no model.

It states only what it can state with certainty: the kind of event (from the article's own
vocabulary), the CVE ids found in the text, the outlet, and the article's own sentences — quoted
and marked as quotations when the article is not in French. Recommendations come from the curated
playbook for the kind of event. Nothing here can invent a fact: every sentence about the story is
the article's own.
"""

from __future__ import annotations

import re

from veilleur.brief.backend import BriefRequest
from veilleur.brief.playbook import no_incident, recommendations
from veilleur.config import BriefConfig
from veilleur.enrich.cves import find_cves, normalise_cves
from veilleur.enrich.relevance import evidence
from veilleur.models import Briefing, Intel, KeyPoint, Vulnerability
from veilleur.text.fingerprint import BREVE_METHOD
from veilleur.text.french import CATEGORY_HEADINGS, sector_names
from veilleur.text.sentences import split_sentences

# The template's own words, repeated by design (under every CVE, in every multi-outlet story): the
# guard's repetition check does not count them as a loop.
CITED = "citée dans l'article"
NO_CVE = "Aucune CVE n'est mentionnée dans l'article."
COVERED_BY = "sujet rapporté par"
PUBLISHED_BY = "article publié par"
QUOTES_INTRO = (
    "ce résumé en cite les phrases clés entre guillemets, sans les traduire. L'article s'ouvre ainsi"
)
# A brève quotes the feed's summary of the article, not the article (its page could not be read).
FEED_QUOTES_INTRO = "son résumé dans le flux, cité entre guillemets sans traduction, dit"
TEMPLATE_PHRASES = (CITED, NO_CVE, COVERED_BY, PUBLISHED_BY, QUOTES_INTRO, FEED_QUOTES_INTRO)
LANGUAGE_NAMES = {"en": "anglais", "nl": "néerlandais", "de": "allemand", "es": "espagnol", "it": "italien"}

# Sentence labels, by the topic the sentence's own words announce; first match wins.
_LABELS: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.I))
    for label, pattern in [
        ("Vulnérabilité", r"\bcve-|vulnérab|vulnerab|faille|flaw|kwetsba|schwachstelle"),
        ("Exploitation", r"exploit"),
        (
            "Impact",
            r"urgence|dévié|annul|interromp|paralys|perturb|ralenti|transféré|fermé|coupé|"
            r"shut down|offline|divert|cancel|disrupt|outage|unavailable|uitgeschakeld|ausgefallen",
        ),
        ("Rançon", r"rançon|ransom|losgeld|lösegeld"),
        ("Enquête", r"plainte|police|enquête|parquet|investigat|autorités|authorities|politie|polizei"),
        ("Attaquants", r"pirates|hackers?|attaquants?|attackers?|gang|groupe|threat actor"),
        ("Données", r"données|data\b|records|informations personnelles|gegevens|daten\b"),
        ("Correctif", r"correctif|patch|mise à jour|update|fixed|corrigé|version"),
    ]
]
DEFAULT_LABEL = "À retenir"
MIN_SENTENCE_WORDS = 6
MAX_SENTENCE_WORDS = 55  # longer "sentences" are usually run-together lists or captions
QUOTE_MAX_WORDS = 40  # quotations of a foreign-language article stay short
SUMMARY_MAX_WORDS = 80
HEADLINE_MAX_WORDS = 15  # a short line without final punctuation is a (sub)heading, not a sentence
KEY_POINTS = 4
MIN_KEY_POINTS = 2
# Words for the key points: with the summary, CVEs and recommendations, posts stay under the
# reference blog's ≈450-word ceiling (median 272).
KEY_POINT_WORDS = 140
SHORT_ARTICLE_SENTENCES = 3
QUOTED_CVES = 4
_NOISE = re.compile(r"https?://|cookie|newsletter|subscribe|abonnez|click here|cliquez|\bcopyright\b", re.I)
# An item of a list the article gives ("- CVE-2026-42001: …", "2. Restrict access"): quoted
# without its marker, and never the opening of a summary.
_LIST_MARK = re.compile(r"^(?:[-*•▪◦]|\d{1,2}[.)])\s+")


def _label(sentence: str) -> str:
    for label, pattern in _LABELS:
        if pattern.search(sentence):
            return label
    return DEFAULT_LABEL


def _sentences(text: str) -> list[str]:
    """The article's sentences as quoted: list items without their marker, CVE ids spelled out in
    full (`CVE‑2024‑7344`, `CVE-2024-7344 / 7345` would be refused as malformed by the guard)."""
    return [normalise_cves(_LIST_MARK.sub("", sentence)) for sentence in split_sentences(text)]


def _list_items(text: str) -> set[str]:
    """The sentences of `_sentences` that are items of a list: never the opening of a summary."""
    raw = split_sentences(text)
    return {quoted for line, quoted in zip(raw, _sentences(text), strict=True) if _LIST_MARK.match(line)}


def _candidates(text: str, french: bool) -> list[str]:
    out = []
    longest = MAX_SENTENCE_WORDS if french else QUOTE_MAX_WORDS
    for sentence in _sentences(text):
        words = len(sentence.split())
        if words > longest:
            continue
        headline = words < HEADLINE_MAX_WORDS and not re.search(r"[.!?…»\"”)]$", sentence)
        if MIN_SENTENCE_WORDS <= words <= MAX_SENTENCE_WORDS and not headline and not _NOISE.search(sentence):
            out.append(sentence)
    return out


def _score(sentence: str, position: int) -> float:
    """Lead sentences carry the news; security vocabulary, numbers and CVEs carry the facts."""
    score = 3.0 / (1 + 0.35 * position)
    score += min(evidence(sentence), 6.0) / 2
    if re.search(r"\d", sentence):
        score += 0.5
    if find_cves(sentence):
        score += 1.5
    if _label(sentence) == "Impact":
        score += 1.0
    return score


def _quote(sentence: str, french: bool) -> str:
    # Plain text: the publisher escapes every field for Markdown and Liquid (publish/escape.py).
    return sentence if french else f"« {sentence} »"


COUNTRY_NAMES = {
    "BE": "Belgique", "FR": "France", "NL": "Pays-Bas", "LU": "Luxembourg", "CH": "Suisse", "DE": "Allemagne",
    "US": "États-Unis", "GB": "Royaume-Uni", "CA": "Canada", "IT": "Italie", "ES": "Espagne",
}  # fmt: skip


def _target_point(intel: Intel) -> KeyPoint | None:
    """ "Cible : X — secteur : santé ; pays : Belgique", from the Intel record (names as written)."""
    if not intel.victims:
        return None
    victim = intel.victims[0]
    details = []
    sectors = sector_names(victim.sectors)
    if sectors:
        details.append(f"secteur : {', '.join(sectors)}")
    countries = [COUNTRY_NAMES[c] for c in victim.countries if c in COUNTRY_NAMES]
    if countries:
        details.append(f"pays : {', '.join(countries)}")
    text = victim.name + (f" ({' ; '.join(details)})" if details else "") + "."
    return KeyPoint(label="Cible", text=text)


class ExtractiveBackend:
    """The zero-setup backend: no model, no network, nothing invented."""

    name = "extractive"
    model_id = "extractive"

    def __init__(self, config: BriefConfig | None = None) -> None:
        self.config = config

    def brief(self, request: BriefRequest) -> Briefing:
        article, intel = request.article, request.intel
        french = article.lang == "fr"
        sentences = _candidates(article.text, french)
        category_heading = CATEGORY_HEADINGS[intel.category]
        title = normalise_cves(" ".join(article.title.split())) or request.outlet
        heading = f"{category_heading} : {title}" if french else f"{category_heading} : « {title} »"

        summary_sentences: list[str] = []
        listed = _list_items(article.text)
        for sentence in (s for s in sentences if s not in listed):
            if (
                summary_sentences
                and sum(len(s.split()) for s in [*summary_sentences, sentence]) > SUMMARY_MAX_WORDS
            ):
                break
            summary_sentences.append(sentence)
            # A short article keeps sentences for the key points: the summary takes one only.
            if len(summary_sentences) == (2 if len(sentences) > SHORT_ARTICLE_SENTENCES else 1):
                break
        if french:
            summary = " ".join(summary_sentences)
        else:
            language = LANGUAGE_NAMES.get(article.lang, "langue étrangère")
            lead = " ".join(summary_sentences)
            intro = FEED_QUOTES_INTRO if article.method == BREVE_METHOD else QUOTES_INTRO
            summary = f"{request.outlet} publie un article en {language} ; {intro} : « {lead} »"

        ranked = sorted(
            (
                (sentence, position)
                for position, sentence in enumerate(sentences)
                if sentence not in summary_sentences
            ),
            key=lambda item: -_score(*item),
        )
        # Best sentences first, within the word budget that keeps posts near the blog's length.
        budget = KEY_POINT_WORDS
        picked: list[tuple[str, int]] = []
        for sentence, position in ranked:
            words = len(sentence.split())
            if len(picked) >= KEY_POINTS or (words > budget and len(picked) >= MIN_KEY_POINTS):
                continue
            picked.append((sentence, position))
            budget -= words
        chosen = sorted(picked, key=lambda item: item[1])
        key_points = [
            KeyPoint(label=_label(sentence), text=_quote(sentence, french)) for sentence, _ in chosen
        ]
        target = _target_point(intel)
        if target is not None:
            key_points = [target, *key_points[: KEY_POINTS - 1]]
        if not key_points:  # a one-sentence article: state what is certain rather than leave it empty
            key_points = [KeyPoint(label="Source", text=f"{PUBLISHED_BY} {request.outlet}.")]
        if request.also:  # a story told by several outlets says so
            outlets = [request.outlet, *dict.fromkeys(o for o, _ in request.also if o != request.outlet)]
            if len(outlets) > 1:
                named = ", ".join(outlets[:-1]) + f" et {outlets[-1]}"
                key_points.append(KeyPoint(label="Couverture", text=f"{COVERED_BY} {named}."))

        vulnerabilities = []
        article_sentences = _sentences(article.text)
        for index, cve in enumerate(intel.cve_ids):
            mention = next((s for s in article_sentences if cve in {m.cve for m in find_cves(s)}), "")
            if index >= QUOTED_CVES or len(mention.split()) > QUOTE_MAX_WORDS:
                mention = ""  # long CVE lists (Patch Tuesday) are listed without quotations
            text = f"{CITED} : « {mention} »" if mention else f"{CITED}."
            vulnerabilities.append(Vulnerability(cve=cve, text=text))

        return Briefing(
            heading=heading,
            summary=summary,
            key_points=key_points,
            vulnerabilities=vulnerabilities,
            no_vulnerability_text=NO_CVE,
            recommendations=recommendations(
                intel.category, intel.sectors, ["no_incident"] if no_incident(intel) else []
            ),
            sources=request.urls,
            backend=self.name,
        )
