"""State agencies as actors (guide §6: groups behind attacks, as named): an intelligence or security
agency is the actor when the text names it as the one that ran the operation ("Ukraine's Defence
Intelligence agency (HUR) claims that its hackers stole…", "GRU hackers breached…", "hackers of
the FSB"), never when it only reports, warns or attributes ("the NSA said", "the FBI attributed")."""

from __future__ import annotations

import re

# The state intelligence and security services that run cyber operations, by the acronym the press
# writes (a vocabulary, like country names): Russia's GRU, FSB, SVR; Ukraine's HUR (GUR) and SBU; the
# US NSA and CIA; the UK's GCHQ; China's MSS; North Korea's RGB; Iran's MOIS and IRGC.
_KNOWN = r"GRU|FSB|SVR|HUR|GUR|SBU|NSA|CIA|GCHQ|MSS|RGB|MOIS|IRGC"
# An acronym the text introduces as such an agency: "Defence Intelligence agency (HUR)".
_INTRODUCED = re.compile(
    r"\b(?i:intelligence|security|defen[cs]e)\s(?:[A-Za-z]+\s){0,2}?"
    r"(?i:agency|service|directorate|ministry)\s\(([A-Z]{2,6})\)"
)
# The agency doing the operation, in its own sentence: "HUR claims that its hackers", "GRU hackers",
# "the SBU's cyber specialists", "hackers of the FSB", "the NSA hacked".
_RAN = (
    r"(?:{a})(?:['’]s)?\)?\s(?:(?:claims?|claimed|said|says)\s(?:that\s)?its\s(?:hackers|cyber)|"
    r"(?:military\s|cyber\s)?(?:hackers|cyber\s?(?:unit|operatives|specialists|officers))|"
    r"(?:\w+\s)?(?:hacked|breached|infiltrated|compromised|stole|carried\sout|conducted|orchestrated|"
    r"(?:is|was|were)\sbehind|is\sspying|spied))\b|"
    r"\b(?:hackers|operatives|officers|spies)\s(?:of|from|working\sfor|at)\s(?:the\s)?(?:\w+['’]s\s)?(?:{a})\b|"
    # the operation laid at its door: "pointed fingers at Iran's Islamic Revolutionary Guard Corps (IRGC)",
    # "blamed the GRU for", "attributed the attack to the FSB" (the agency the object, not the one that
    # attributes: "the NSA attributed")
    r"\b(?:pointed\s(?:the\s|a\s)?fingers?\sat|blamed|attributed\s(?:the\s|this\s)?(?:[\w-]+\s){{0,3}}?to)\s"
    r"(?:the\s)?(?:[\w'’-]+\s){{0,6}}?\(?(?:{a})\b"
)


# How many acronyms the text introduces are read: a page introduces a few agencies. Each one is an
# alternative tried at every position of the text: a page repeating "Defence Intelligence agency
# (HUR)" 10,000 times made a pattern of 10,000 alternatives (30 s for 300,000 characters).
MOST_INTRODUCED = 12


def agencies_at_work(text: str) -> list[str]:
    """The acronyms of state agencies the text names as running an operation, in order, once each."""
    introduced = list(dict.fromkeys(m.group(1) for m in _INTRODUCED.finditer(text)))[:MOST_INTRODUCED]
    acronyms = [_KNOWN, *(re.escape(acronym) for acronym in introduced)]
    ran = re.compile(_RAN.format(a="|".join(acronyms)))
    named = re.compile(rf"\b(?:{'|'.join(acronyms)})\b")
    found: list[str] = []
    for match in ran.finditer(text):
        name = named.search(match.group(0))
        if name and name.group(0) not in found:
            found.append(name.group(0))
    return found
