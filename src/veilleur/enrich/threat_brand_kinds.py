"""Names the ransomware galaxy lists that are no ransomware gang's brand (guide §6, §7, §13): a family
the text calls a wiper ("the WhisperGate wiper", listed there for the ransom note it fakes) is malware
only, and a crew whose name holds a group of the actors' galaxies ("Scattered LAPSUS$ Hunters", listed
there for its leak site) is a group only, unless the text writes the name as ransomware ("X ransomware")."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from veilleur.enrich.galaxies import clusters
from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_mentions import ACTOR_GALAXIES
from veilleur.text.whole_names import name_spans

_RANSOMWARE_AFTER = re.compile(r"['’]?s?\s(?:ransomware|locker|rançongiciel)\b", re.I)
_WIPER = re.compile(r"\b(?:wipers?|data[- ]wiping|disk[- ]wiping)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@lru_cache(maxsize=1)
def _actor_names() -> frozenset[str]:
    """Case-folded names and synonyms of the actors' galaxies."""
    names: set[str] = set()
    galaxies = clusters()
    for galaxy in ACTOR_GALAXIES:
        cluster = galaxies.get(galaxy)
        for value in cluster.cluster_values.values() if cluster is not None else ():
            meta = getattr(value, "meta", None)
            synonyms = [s for s in (getattr(meta, "synonyms", None) or []) if isinstance(s, str)]
            names.update(n.casefold() for n in (value.value, *synonyms))
    return frozenset(names)


@lru_cache(maxsize=2)
def _index(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where a sentence ends in `text` (each position `_SENTENCE_END` matches at), and the start and
    end of each wiper word, found once per text: searched again from each mention, a text without a
    sentence end was read to its end for each (a 100,000-character line naming a gang 2,000 times:
    7 s; 1 MB, some 10 minutes)."""
    stops = [m.start() for m in re.finditer(r"(?=[.!?]\s|\n)", text)]
    wipers = list(_WIPER.finditer(text))
    return stops, [m.start() for m in wipers], [m.end() for m in wipers]


def _wiper_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the mention at `start`:`end` writes a wiper word (the sentence begins at
    most 300 characters before it, else at the text's start)."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    stops, starts, ends = _index(text)
    at = bisect_left(stops, end)
    stop = stops[at] if at < len(stops) else len(text)
    first = bisect_left(starts, begin)  # (wiper words do not overlap: the first after `begin` ends first)
    return first < len(starts) and ends[first] <= stop


# (asked for each mention: a name repeated is read once per text; a string's hash is kept with it)
@lru_cache(maxsize=256)
def brand_kind(written: str, text: str) -> str | None:
    """The one kind ("malware" or "actor") of a name the ransomware galaxy lists when the text makes
    it no gang's brand; None when the brand rules apply (the text writes "X ransomware")."""
    spans = list(name_spans(text, written))
    if any(_RANSOMWARE_AFTER.match(text, end) for _, end in spans):
        return None
    if any(_wiper_in_sentence(text, start, end) for start, end in spans):
        return "malware"  # "WhisperGate, a wiper disguised as ransomware": a family, no gang
    words = english_words()
    tokens = written.split()
    if len(tokens) > 1 and any(
        len(t) >= 4 and t.casefold() in _actor_names() and t.casefold() not in words for t in tokens
    ):
        return "actor"  # "Scattered LAPSUS$ Hunters": a crew named after LAPSUS$, listed for its leak site
    return None
