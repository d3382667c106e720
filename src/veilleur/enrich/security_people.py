"""People the article introduces by a security role — a researcher, an analyst, a security firm's
founder or officer, an instructor of a security school: they find, report or explain the event,
never suffer it nor commit it ("Jo Vey, senior instructor with SANS, …", "Googler Jo Vey found and
reported…", "Jo Vey, “chief hacking officer” at the security consultancy Acme, …")."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Roles that are security work whatever the employer.
_SECURITY_ROLE = (
    r"(?:security\s|threat\s|malware\s|vulnerability\s|cyber\s?security\s)?(?:researchers?|analysts?|"
    r"instructors?|(?:chief\s)?(?:hacking|security|information security)\sofficer|CISO|threat hunters?|"
    r"pen(?:etration\s)?testers?|reverse engineers?|chercheurs?|onderzoekers?|Forscher(?:in)?)"
)
# Roles that are security work only at a security employer ("founder of security firm X").
_ROLE = r"(?:founder|co-?founder|CEO|CTO|president|director|head|chief\s\w+\sofficer|fondateur|PDG|oprichter|Gründer)"
_SECURITY_WORD = (
    r"(?:security|cyber\w*|threat|infosec|anti-?virus|SANS|sécurité|beveiliging\w*|Sicherheit\w*)"
)
# Right after the name, its apposition: ", senior instructor with SANS,".
_AFTER = re.compile(
    rf"(?:['’]s)?,?\s(?:(?:who\sis|is)\s)?(?:a\s|an\s|the\s)?(?:[^,.;()]{{0,60}}?\b{_SECURITY_ROLE}\b"
    rf"|[^,.;()]{{0,40}}?\b{_ROLE}\b[^,.;()]{{0,60}}?\b{_SECURITY_WORD}\b)",
    re.I,
)
# Right before it: "security researcher X", "Googler X", "the founder of security firm Acme, X".
_BEFORE = re.compile(
    rf"(?:\b{_SECURITY_ROLE}|\bGoogler|\b{_ROLE}\b[^,.;()]{{0,60}}?\b{_SECURITY_WORD}\b[^.;()]{{0,40}}?)"
    r"[,:]?\s(?:[A-Z][\w’'-]+\s){0,2}$",
    re.I,
)


def security_person(name: str, text: str) -> bool:
    """Whether one mention of `name` in `text` (bounded: its first ten) introduces a person by a
    security role, in apposition after the name or right before it."""
    if not name.strip():
        return False
    for index, match in enumerate(re.finditer(re.escape(name), text)):
        if index >= 10:
            break
        if _AFTER.match(text, match.end()) or _BEFORE.search(
            text[max(0, match.start() - 120) : match.start()]
        ):
            return True
    return False


def shortened_to_surname(words: list[str], text: str) -> bool:
    """A person's name the page shortens to its last word after a lower-case one ("Elon Musk" … "by
    Musk's companies"): news writes a firm by its first words, not its last. (A feature of no weight.)"""
    if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() for w in words):
        return False
    return any(_after_lower_case_word(text, at) for at in _places(text, words[1]))


# `shortened_to_surname`'s test, `re.search(rf"(?<![\w'’-])[a-z]+,?\s{re.escape(surname)}\b(?![\s-][A-Z])",
# text)`, read at each place the surname is written: a pattern built for each surname asked about
# cost more than the search.
_SPACE = re.compile(r"\s")
_WORD_OR_APOSTROPHE = re.compile(r"[\w'’-]")
_SURNAME_END = re.compile(r"(?!\w)(?![\s-][A-Z])")


def _places(text: str, surname: str) -> Iterator[int]:
    at = text.find(surname)
    while at >= 0:
        if _SURNAME_END.match(text, at + len(surname)):
            yield at
        at = text.find(surname, at + 1)


def _after_lower_case_word(text: str, at: int) -> bool:
    """Whether a whole lower-case word, a comma perhaps, and a space come right before `at`."""
    end = at - 1  # (the space)
    if end < 0 or not _SPACE.match(text, end):
        return False
    end -= 1
    if end >= 0 and text[end] == ",":
        end -= 1
    start = end
    while start >= 0 and "a" <= text[start] <= "z":
        start -= 1
    return start < end and (start < 0 or not _WORD_OR_APOSTROPHE.match(text, start))


def named_in_passing(name: str, sentence: str, features: set[str]) -> bool:
    """A person (a victim candidate's `features`) no sentence ties to the attack, named as the
    owner of something ("Troy Hunt's service claims…", "Elon Musk's company xAI") or by a security
    role in `sentence` ("Jo Vey, senior instructor with SANS,"): named in passing, not hit."""
    return (
        bool(features & {"ent:PERSON", "shape:surname"})  # (the recogniser's person, or one by its shape)
        and "doc:untied" in features
        and ("R1:possessive" in features or security_person(name, sentence))
    )


def said_charged(name: str, text: str) -> bool:
    """Whether the text says the person was arrested or charged right after their name or in its
    apposition: "Jo Vey, a security researcher, was arrested", "the founder of Acme Security was
    Jo Vey, a Leeds man who pleaded guilty to…" is accused whatever the role."""
    return bool(
        re.search(
            rf"{re.escape(name)}(?:,[^,.;]{{0,80}}?(?:,|\b(?:who|that)\b))?\s(?:(?:was|were|has been|had been|is|got)\s)?"
            r"(?:\w+\s)?(?:arrested|charged|indicted|sentenced|extradited|convicted|detained|jailed|pleaded guilty)\b",
            text,
        )
    )


def reports(name: str, text: str) -> bool:
    """A person the text introduces by a security role and does not say was arrested or charged
    (`said_charged`): "Jo Vey, a security researcher at Acme" finds or reports, commits nothing."""
    return security_person(name, text) and not said_charged(name, text)
