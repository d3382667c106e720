"""Generation loops: a model repeating itself, not a briefing quoting its article.

A briefing repeats by design: the lead sentence naming two CVEs is quoted under each of them, a
sentence listing five CVEs likewise, a victim is named in the summary, the target line and a
quotation, and the template's own words ("citée dans l'article") come back under every CVE. Those
are the article's words or ours. A loop is a run of words that comes back when neither explains
it: inside one text, more often than the sources have it; across texts, as often in all of them
together while the sources never have it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

# 6 words three times, or 4 words this many times, is a loop rather than style.
LOOP_REPEATS = 6
_SIZES = ((6, 3), (4, LOOP_REPEATS))
# A CVE id is one word: "CVE-2026-42001" and "CVE-2026-42002" share no "cve 2026" pair.
_WORD = re.compile(r"cve-\d{4}-\d{4,7}|\w+")
_CASED_WORD = re.compile(_WORD.pattern, re.I)  # the same words, their case kept

Gram = tuple[str, ...]


def _words(text: str) -> list[str]:
    # Backslashes are Markdown escapes added to quotations: "\_" is the source's "_".
    return _WORD.findall(text.replace("\\", "").lower())


def _name_grams(text: str, size: int) -> set[Gram]:
    """The runs of `size` words of `text` that are all capitalised or digits: pieces of a name
    ("Oracle Agile Product Lifecycle Management (PLM)"), as folded as `_grams` folds them."""
    words = _CASED_WORD.findall(text.replace("\\", ""))
    named = [word[:1].isupper() or word[:1].isdigit() for word in words]
    return {
        tuple(word.lower() for word in words[i : i + size])
        for i in range(len(words) - size + 1)
        if all(named[i : i + size])
    }


@lru_cache(maxsize=8)
def _fixed_pattern(fixed: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the template phrases, longest first, made once per set of phrases: with the
    playbook's advice they are some fifty, and the guard runs once per briefing (building the
    pattern again each time cost more than the check itself when other patterns had pushed it out
    of `re`'s own cache)."""
    phrases = sorted({p for p in fixed if p.strip()}, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in phrases), re.I) if phrases else None


def _pieces(text: str, fixed: re.Pattern[str] | None) -> list[list[str]]:
    """The words of a text, cut where a template phrase stands: no run spans our own words."""
    parts = fixed.split(text) if fixed is not None else [text]
    return [_words(part) for part in parts]


def _grams(pieces: list[list[str]], size: int) -> Counter[Gram]:
    return Counter(tuple(words[i : i + size]) for words in pieces for i in range(len(words) - size + 1))


def loop(texts: Iterable[str], sources: Iterable[str] = (), fixed: Iterable[str] = ()) -> str | None:
    """The run of words a runaway generation repeats, or None.

    `texts` are the briefing's fields (identical ones count once: duplicate items are handled as
    duplicates, not loops); `sources` the article texts; `fixed` the template phrases the backend
    writes by design."""
    pattern = _fixed_pattern(tuple(fixed))
    unique = list(dict.fromkeys(texts))
    fields = [_pieces(text, pattern) for text in unique]
    source_pieces = [_words(text) for text in sources]
    for size, limit in _SIZES:
        in_sources = _grams(source_pieces, size)
        # A name the briefing gives its subject comes back in the heading, the summary and a key
        # point by design, in the words the record composed ("Oracle" + "Agile Product Lifecycle
        # Management (PLM)"), which the sources need not write in one run: three facts briefings of
        # 622 unlabelled pages were refused as loops on their product's name, never published.
        # Inside one text a name said again and again is still a loop. A run is a name only in
        # the text that capitalises it: one heading in Title Case let the same words, written
        # plainly in every other field (a runaway sentence), pass as a name.
        spread: Counter[Gram] = Counter()
        for text, pieces in zip(unique, fields, strict=True):
            counts = _grams(pieces, size)
            for gram, count in counts.items():
                if count >= limit and count > in_sources[gram]:
                    return " ".join(gram)  # one text says it again and again
            named = _name_grams(text, size)
            spread.update({g: n for g, n in counts.items() if g not in in_sources and g not in named})
        if spread:
            gram, count = spread.most_common(1)[0]
            if count >= limit:
                return " ".join(gram)  # several texts say the same unsourced words
    return None
