"""The lead's sentences a victim is looked for in, counted without the page's signature lines.

Some outlets print a subtitle, then the author's name, the day and the hour on lines of their own
before the article ("Simon Sharwood", "Tue 21 Mar 2023 //", "03:58 UTC"). Read as sentences they
used the lead's few sentences up, and the first sentence that named the victim ("Latitude Financial
has taken itself offline…") was never read. A line with no lower-case word and a few words at most
is such a signature: it is still read (its names are candidates like any), but not counted.
"""

from __future__ import annotations

import re

from veilleur.text.sentences import split_sentences

# A signature line: at most SIGNATURE_WORDS words, none opening in lower case ("Simon Sharwood",
# "Tue 21 Mar 2023 //", "03:58 UTC"); a sentence of the article always has one.
SIGNATURE_WORDS = 6
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ]")


def signature_line(sentence: str) -> bool:
    """Whether `sentence` is an author's, a date's or an hour's line rather than a sentence."""
    words = sentence.split()
    return 0 < len(words) <= SIGNATURE_WORDS and not _LOWER_WORD.search(sentence)


def lead_sentences(text: str, count: int) -> list[str]:
    """The first `count` sentences of `text`'s first 3,000 characters, and the signature lines
    among them, which are not counted."""
    out: list[str] = []
    counted = 0
    for sentence in split_sentences(text[:3000]):
        if counted >= count:
            break
        out.append(sentence)
        counted += not signature_line(sentence)
    return out
