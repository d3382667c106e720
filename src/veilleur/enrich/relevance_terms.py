"""The relevance lexicon compiled (relevance_words.py's lists, matched at word starts) and the
evidence it weighs: a text's security terms, a headline's strongest one, another subject's terms.
relevance.py decides with them; house_news.py and the extractive brief read them too.
"""

from __future__ import annotations

import re

from veilleur.enrich.relevance_intrusion import INTRUSION_LEXICON
from veilleur.enrich.relevance_italian import ITALIAN_LEXICON, ITALIAN_OFF_TOPIC
from veilleur.enrich.relevance_words import HEADLINE_LEXICON, LEXICON, OFF_TOPIC, OFF_TOPIC_HEADLINE
from veilleur.text.prefilter import Screened, counted, screened

# The word lists, compiled once, matched at word starts.
# (the Italian law's words for computer crime: relevance_italian.py; English intrusion wordings:
# relevance_intrusion.py)
TERMS = [
    (screened(rf"(?<!\w)(?:{pattern})", re.I), weight)
    for pattern, weight in (LEXICON | ITALIAN_LEXICON | INTRUSION_LEXICON).items()
]
HEADLINE_TERMS = [
    *TERMS,
    *((screened(rf"(?<!\w)(?:{pattern})", re.I), weight) for pattern, weight in HEADLINE_LEXICON.items()),
]
OFF = [
    (screened(rf"(?<!\w)(?:{pattern})", re.I), weight)
    for pattern, weight in (OFF_TOPIC | ITALIAN_OFF_TOPIC).items()
]
OFF_HEADLINE = [
    (screened(rf"(?<!\w)(?:{pattern})", re.I), weight) for pattern, weight in OFF_TOPIC_HEADLINE.items()
]
counted(pattern for pattern, _ in (*HEADLINE_TERMS, *OFF, *OFF_HEADLINE))  # read by `_occurrences`
# Each term counts at most this many times: repetition says little more than presence.
MAX_OCCURRENCES = 3


def _occurrences(pattern: Screened, text: str) -> int:
    """Matches of the pattern in the text (as `findall` counts them), at most MAX_OCCURRENCES: the
    scan stops at the last one that counts."""
    return pattern.count(text, MAX_OCCURRENCES)


def evidence(text: str, headline: bool = False) -> float:
    """Weighted security terms of the text; a headline's (`headline`) counts its own terms too."""
    total = 0.0
    for pattern, weight in HEADLINE_TERMS if headline else TERMS:
        total += weight * _occurrences(pattern, text)
    return total


def strongest(title: str) -> float:
    """The weight of the strongest lexicon term the headline holds (0.0 for none)."""
    return max((weight for pattern, weight in HEADLINE_TERMS if pattern.search(title)), default=0.0)


def off_topic(text: str, headline: bool = False) -> float:
    """Evidence of another subject; a headline's (`headline`) counts its own terms too."""
    terms = (*OFF, *OFF_HEADLINE) if headline else OFF
    return sum(weight * _occurrences(p, text) for p, weight in terms)
