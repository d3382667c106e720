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


# One or two lower-case words right after a name ("Svenska kraftnät"): maybe the name's own.
_LOWER_TAIL = re.compile(r"\s([a-zà-ÿ][\w-]*(?:\s[a-zà-ÿ][\w-]*)?)")
# Where a clause ends: the end of the headline or a punctuation mark.
_CLAUSE_END = re.compile(r"[ \t]*(?:\n|$|[,.;:!?)\]])")


def _count(phrase: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text))


def _english(word: str) -> bool:
    """An English word, or one that ends with an English word of four letters or more ("cyberattack",
    "ransomware"): no word of a foreign name."""
    return inflected_word(word) or any(inflected_word(word[i:]) for i in range(2, len(word) - 3))


def lower_case_tail(name: str, passage: str, end: int, text: str) -> str:
    """`name` with the lower-case words `passage` writes after it at `end` when they are its own:
    Scandinavian, Dutch or German names write their second word in lower case ("Svenska kraftnät").
    They are when none is an English word, `text` never writes them but after the name nor the
    name without them (a sentence's words come back elsewhere; a name's own do not), and the name
    is written twice so or ends its clause ("…the hack of grid operator Svenska kraftnät")."""
    tail = _LOWER_TAIL.match(passage, end)
    words = tail.group(1).split() if tail else []
    while words and not any(_english(w.casefold()) for w in words):
        longer = f"{name} {' '.join(words)}"
        written = _count(longer, text)
        own = written == _count(name, text) and all(_count(w, text) == written for w in words)
        after = end + 1 + len(" ".join(words))
        if own and (written >= 2 or _CLAUSE_END.match(passage, after)):
            return longer
        words.pop()
    return name
