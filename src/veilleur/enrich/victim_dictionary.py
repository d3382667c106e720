"""English words a capitalised candidate may be made of (`victim_features` reads a name's
shape with them): a word of the dictionary, inflected or not, and a phrase of such words the
page also writes in lower case."""

from __future__ import annotations

import re

from veilleur.enrich.nlp import english_words


def _dictionary_word(word: str) -> bool:
    """An English word, inflected or not ("Planned", "Such", "Looks")."""
    words = english_words()
    stems = {word, word[:-1], word[:-2], word[:-3], word[:-4] + "y" if word.endswith("ies") else ""}
    return any(stem in words for stem in stems if len(stem) > 2)


# The regular inflections of English, each with what its stem may have lost ("copies" → "copy",
# "hoped" → "hope", "stopped" → "stop").
_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""),
                ("s", ""), ("ers", ""), ("er", ""), ("est", ""), ("ly", ""))  # fmt: skip


def inflected_word(word: str) -> bool:
    """An English word or one of its regular inflections ("Looks", "Affects", "Planned"), the
    suffix checked: not a brand that starts like a word ("Tanium" is no "tan", "Lowe" no "low",
    "Baidu" no "bai"), which `_dictionary_word`'s cut of up to four letters takes for one."""
    words = english_words()
    if word in words:
        return True
    for suffix, lost in _INFLECTIONS:
        stem = word[: -len(suffix)] + lost
        if word.endswith(suffix) and len(stem) > 2:
            if stem in words:
                return True
            # ("stopped", "biggest": the consonant doubled before the suffix)
            doubled = suffix in {"ing", "ed", "er", "ers", "est"} and len(stem) > 3 and stem[-1] == stem[-2]
            if doubled and stem[:-1] in words:
                return True
    return False


_WORD_OR_DOT = re.compile(r"[\w.]")
_WORD = re.compile(r"\w")


def _lower_case_phrase(name: str, text: str) -> bool:
    """Several English words ("Supply Chain", "Threat Intelligence") that `text` also writes as a
    phrase in lower case: a capitalised run of words, not a name (not "Royal Mail", "Jaguar Land
    Rover": a text never writes a name in lower case)."""
    words = name.split()
    if not all(w.isalpha() and _dictionary_word(w.casefold()) for w in words):
        return False
    # (`re.search(rf"(?<![\w.]){re.escape(folded)}(?!\w)", text)`, read at each place the folded
    # name is written: no pattern built for each name)
    folded = name.casefold()
    at = text.find(folded)
    while at >= 0:
        if (at == 0 or not _WORD_OR_DOT.match(text, at - 1)) and not _WORD.match(text, at + len(folded)):
            return True
        at = text.find(folded, at + 1)
    return False
