"""The brand or body a fraud or phishing lure impersonates, as the article names it.

"is impersonating Northbank, a fictional retail bank" → Northbank; "se faisant passer pour la
banque fictive Northbank" → Northbank; "des SMS envoyés au nom de l'Assurance Maladie" →
Assurance Maladie. `impersonated(text)` gives up to three names, each written as in the text (the
guard checks names against the sources), in the order the article gives them; none when the lure
names no one ("posing as a delivery company").
"""

from __future__ import annotations

import re

from veilleur.text.sentences import split_sentences

# "spoofing" before a noun qualifies it, and impersonates no one: "the caller ID spoofing service
# shown in Perm's video" (sixth audit) said "Usurpation de l'identité … de Perm", a criminal the
# page names. ("posing as services like Dropbox" does impersonate Dropbox.)
_VERB = (
    r"\bimpersonat\w*|\bposing\sas|\bposes?\sas|\bpretending\sto\sbe(?:\sfrom)?|\bimitat(?:ing|es?|ed)|"
    r"\bmasquerad\w*\sas|\bspoof(?:ing|s|ed)(?!\s(?:service|tool|kit|attack|campaign|technique|site|app|"
    r"platform|panel|software|feature)s?\b)|\bclaiming\sto\sbe(?:\sfrom)?|\bpurport(?:ing|s|ed)?\sto\sbe(?:\sfrom)?|"
    r"\bdisguised\sas|\bin\sthe\sname\sof|"
    r"\bse\s(?:faisant|font|fait|faisaient)\spasser\spour|\busurp\w*\s(?:l['’]identité|le\snom)\s(?:de|d['’]|du|des)|"
    r"\bimitant|\bimitent|\bimite|\bau\snom\s(?:de|d['’]|du|des)|"
    r"\bzich\s(?:voordoen|voordoet|voordeden|uitgeven|uitgeeft)\sals|\buit\snaam\svan|\bnamens|"
    r"\bim\snamen\s(?:von|der|des)"
)
# Up to three lower-case words before the name ("the fictional", "la banque fictive"), none a
# punctuation: "posing as a courier. Northbank said…" names no one. German capitalises every noun
# ("geben sich als Mitarbeiter aus"): only its "im Namen von" is read.
_WORD = r"[A-Z][\w’'&.-]*\w|[A-Z]"
_NAME = rf"(?-i:(?:{_WORD})(?:\s(?:(?:de|du|des|of)\s)?(?:{_WORD}))*)"
_SMALL = r"(?-i:[a-zà-ÿ][\w’'-]*)"
_LURE = re.compile(rf"(?:{_VERB})\s(?:l['’]|(?:{_SMALL}\s){{0,3}}?)?(?P<full>{_NAME})", re.I)
# Capitalised words that are not brands: sentence words, weekdays, generic bodies.
_NOT_BRANDS = {
    "a", "an", "the", "un", "une", "le", "la", "les", "des", "de", "een", "het", "ein", "eine", "der", "die",
    "das", "it", "its", "their", "they", "ils", "elles", "i", "we", "you", "vous", "nous",
}  # fmt: skip
MOST = 3
# A name opened by a pronoun is a body's title cut at its possessive: "pretending to be from His
# Majesty’s Revenue and Customs (HMRC)" (tune, Malwarebytes) said "L'identité d'His Majesty".
_PRONOUN = re.compile(r"(?:His|Her|Their|Our|Your|My)\s")


def _trim(name: str) -> str:
    words = name.split()
    for at, word in enumerate(words):
        if word[-2:] in {"'s", "’s"}:  # a possessive ends the name: "spoofing Northbank's login page"
            words = [*words[:at], word[:-2]]
            break
    while words and words[-1].lower() in {"de", "du", "des", "of", "&", "and"}:
        words.pop()
    return " ".join(words).rstrip(".")


def impersonated(text: str) -> list[str]:
    """The names the article says a lure impersonates, as written, at most MOST."""
    found: list[str] = []
    for sentence in split_sentences(text):
        for match in _LURE.finditer(sentence):
            if sentence[match.start()].isupper() and sentence[: match.start()].strip():
                # The verb has a capital inside its sentence: a Title Case headline or an
                # all-capitals line ("Scammers Pose As Tax Office Agents In New Campaign"), where
                # every word has one, so the capitals after it tell no name.
                continue
            name = _trim(match.group("full"))
            if not name or name.lower() in _NOT_BRANDS or name in found or _PRONOUN.match(name):
                continue
            found.append(name)
    return found[:MOST]
