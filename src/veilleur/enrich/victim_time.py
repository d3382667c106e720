"""When a candidate's sentences place it: the article's event, or an earlier one cited as background.

Articles about one attack recall earlier ones ("In 2016, the University of X paid…", "One of their
best-known victims was Y in June 2024", "like the 2021 attack on Z", "X a déjà été victime en
2019"). A name that every sentence of the page places in such a past gets the feature
`background`: it stays a victim when the model says so — the labels name background victims
(GUIDE §5: the article says they were attacked; sample b's notes), and as a feature of the model it
did not raise the outlet-held-out F1 (0.589 → 0.586 at 0.65) — but it is listed after the victims
of the article's own event, so that the briefing's first victim is the event's.

A sentence is background when it names a year earlier than the latest year the page writes (the
article's own time, as near as the text gives it) and not that year, or when it says so in words
(EN/FR/NL/DE): "previously", "a similar attack", "last year", "years ago", "back in", "like the …
attack on", "l'an dernier", "auparavant", "vorig jaar", "eerder", "letztes Jahr", "zuvor"…
"""

from __future__ import annotations

import re

from veilleur.enrich.victim_body import BODY_CHARS
from veilleur.enrich.victim_features import Candidate
from veilleur.text.sentences import split_sentences

_YEAR = re.compile(r"(?<![\w.,/-])(19[89]\d|20[0-4]\d)(?![\w/-]|[.,]\d)")
# Words that place a sentence before the article's event.
_BEFORE = re.compile(
    r"(?i)\b(?:previously(?!\s(?:un\w+|undocumented))|in the past(?=\s*[,.;])|years? ago|back in|last year|the year before|"
    r"(?:a|an)\s(?:similar|separate|earlier|previous|prior)\s(?:\w+\s)?(?:attack|incident|breach|hack|case)|"
    r"(?:earlier|previous|prior|past|former)\s(?:\w+\s)?(?:attacks?|incidents?|breach(?:es)?|victims?)|"
    r"(?:like|such as|reminiscent of|recalls?)\sthe\s(?:\w+\s){0,3}(?:attack|breach|hack|incident)s?\son|"
    r"one of (?:the|their|its) (?:\w+\s){0,2}victims|has previously (?:been )?(?:targeted|hit|attacked|breached)|"
    r"l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée)|auparavant|précédemment|il y a \w+ ans|"
    r"déjà (?:été )?victime|par le passé|"
    r"vorig jaar|vorige jaar|eerder(?:e)?\s(?:aanval|hack|inbraak)|in het verleden|jaar geleden|"
    r"letztes jahr|im vergangenen jahr|im vorjahr|zuvor|bereits (?:im|\d)|vor \w+ jahren|in der vergangenheit)\b"
)


def article_year(text: str) -> int:
    """The latest year the page writes (0 when none): the article's time, as near as its text says."""
    return max((int(y) for y in _YEAR.findall(text)), default=0)


def background(sentence: str, year: int) -> bool:
    """Whether `sentence` places what it says before the article's event (`year`: `article_year`)."""
    years = {int(y) for y in _YEAR.findall(sentence)}
    if years and year and year not in years and max(years) < year:
        return True
    return bool(_BEFORE.search(sentence))


def background_only(name: str, sentences: list[str], year: int) -> bool:
    """Whether every sentence naming `name` is background (False when none names it)."""
    naming = [s for s in sentences if name in s]
    return bool(naming) and all(background(s, year) for s in naming)


def in_event_order(chosen: list[Candidate], text: str) -> list[Candidate]:
    """`chosen` with the names outside the headline that only background sentences of `text` name
    moved after the others (marked `background`), each group in its order."""
    rest = [c for c in chosen if "at:title" not in c.features]
    if len(chosen) < 2 or not rest:
        return chosen
    sentences = split_sentences(text[:BODY_CHARS])
    year = article_year(text[:BODY_CHARS])
    for candidate in rest:
        candidate.background = background_only(candidate.name, sentences, year)
    return sorted(chosen, key=lambda c: c.background)
