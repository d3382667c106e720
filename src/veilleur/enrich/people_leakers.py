"""People who leaked secrets (labelling guide §13: "the leaker of classified documents is an actor;
an insider leak is an information-leak event"), found where the text names a person as the one who
leaked documents, files or secrets: "classified documents leaked on Discord by X", "X, who leaked
the files", "X leaked classified intelligence". Charged or not: the leak is the act."""

from __future__ import annotations

from veilleur.enrich.nlp import entities
from veilleur.text.prefilter import screened
from veilleur.text.sentences import split_sentences

# What an insider leaks: documents, files, cables, secrets, classified intelligence (not "data",
# which a gang leaks too: its people are named by the threat rules and the justice words).
_SECRETS = r"(?:classified|secret|confidential|top-secret|documents?|files|cables|papers|intelligence)"
# The person after the leak verb's "by" ("documents leaked on Discord by X"), or before "who leaked"
# or "leaked <secrets>" (a full name: two or three capitalised words).
_PERSON = r"([A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+){1,2})"
_LEAKED_BY = screened(
    rf"\b{_SECRETS}\b[^.;\n]{{0,60}}?\bleak(?:ed|s)?\b[^.;\n]{{0,40}}?\bby\s(?:(?:former|ex-)\s?[\w-]+\s)?{_PERSON}"
    rf"|{_PERSON},?\s(?:who\s|had\s|has\s)?leak(?:ed|ing)\s(?:[\w-]+\s){{0,3}}?{_SECRETS}\b"
)
# Characters of the article read: leaks are told in the lead and the first paragraphs.
MAX_CHARS = 6000
_PERSON_LABELS = {"PERSON", "PER"}


def leakers(text: str, lang: str, known: set[str]) -> list[str]:
    """Full names of the people the text says leaked documents or secrets, in order, once each;
    none whose name (case-folded) is in `known`. The recogniser must call the name a person's
    ("leaked by Acme Labs" names a firm)."""
    head = text[:MAX_CHARS]
    if "leak" not in head:
        return []
    out: list[str] = []
    for sentence in split_sentences(head):
        for match in _LEAKED_BY.finditer(sentence):
            name = next(g for g in match.groups() if g)
            people = {written for written, label in entities(sentence, lang) if label in _PERSON_LABELS}
            if name in people and name.casefold() not in known and name not in out:
                out.append(name)
    return out
