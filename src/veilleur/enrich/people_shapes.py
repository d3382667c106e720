"""The shapes of people's names in justice sentences (enrich/people.py): an age next to a name, a
nickname in quotes inside it, a handle introduced in quotes, a place after it ("X of Miami"), a
foreign name the recogniser calls a firm, Title Case headlines, the other names given after it, and
one entry per person."""

from __future__ import annotations

import re

from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_context import plain_word
from veilleur.models import Named
from veilleur.text.sentences import split_sentences
from veilleur.text.whole_names import occurrences


def one_each(people: list[Named], text: str) -> list[Named]:
    """One entry per person: names sharing their first and last words ("Jan Kowalski", "Jan
    Piotrowich Kowalski") are one person, named as the text first writes them."""
    out: dict[tuple[str, str], Named] = {}
    for person in people:
        words = person.name.split()
        key = (words[0].casefold(), words[-1].casefold())
        other = out.get(key)
        if other is None:
            out[key] = person
            continue
        first, second = sorted((other, person), key=lambda p: (text.find(p.name) % (len(text) + 1), p.name))
        out[key] = Named(
            name=first.name,
            canonical=first.name,
            aliases=list(dict.fromkeys([*first.aliases, second.name, *second.aliases])),
        )
    return list(out.values())


FROM_PLACE = re.compile(r"\s(?:of|from)\s[A-Z][\w\s.'’-]*$")
# A handle in quotes after the words that introduce one: another name of the person, no one else.
HANDLE_BEFORE = re.compile(
    r"\b(?:handles?|monikers?|nicknames?|aliases|usernames?|pseudonyms?|goes by|pseudos?|surnommée?|"
    r"bijnaam|Spitzname[n]?)\b[^.]{0,40}[\"“‘«']\s?$",
    re.I,
)


def handle(name: str, passage: str) -> bool:
    at = passage.find(name)
    return at > 0 and HANDLE_BEFORE.search(passage[max(0, at - 60) : at]) is not None


def foreign_name(name: str) -> bool:
    """Two or three capitalised words none of which is an English word ("Evgenii Ptitsyn"): a
    person's name the recogniser may label an organisation."""
    words = english_words()
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and all(
        re.fullmatch(r"[A-Z][a-zà-ÿ]{2,}", t) and t.casefold() not in words and not plain_word(t, words)
        for t in tokens
    )


NICKNAMED = re.compile(r"\b[A-Z][a-zà-ÿ]+\s[\"“‘'][^\"”’'\s]{2,30}[\"”’']\s[A-Z][a-zà-ÿ]+\b")
NICKNAME = re.compile(r"\s[\"“‘']([^\"”’']{2,30})[\"”’']\s")


def title_case(passage: str) -> bool:
    """A headline or heading written in Title Case: no sentence's end, most of its words
    capitalised ("Meanwhile, Frenchman Max Louarn was detained." is a sentence)."""
    if passage.rstrip(" *_)\"'’”").endswith((".", "!", "?", ":")):
        return False
    words = [w for w in passage.split() if w[:1].isalpha()]
    # A word of four letters or more in lower case is a sentence's ("France police arrested Telegram
    # CEO X"), where Title Case capitalises every one but the small words ("Feds Shut Down").
    if any(len(w) >= 4 and w[0].islower() and w.isalpha() and w not in SMALL_WORDS for w in words):
        return False
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


SMALL_WORDS = frozenset("with from into onto over upon than that this after about under".split())


def in_prose(name: str, text: str) -> bool:
    """Whether a sentence that is not in Title Case names `name`."""
    return any(name in sentence and not title_case(sentence) for sentence in split_sentences(text))


# An age next to a name makes it a person whatever the recogniser says: "43-year-old Felix Pupu",
# "Denis Emelyantsev, a 36-year-old Russian man".
# (and "X, 53, of Tracy", "X, 37 ans", "de 37-jarige X", "der 37-jährige X", "X (37)")
AGE = r"\d{2}[- ]year[- ]old|\d{2}-(?:jährige[nr]?|jarige)"


_TWO_DIGITS = re.compile(r"\d{2}")


# The age's words before a name, and after it: compiled once, read where the name is (one pattern
# per name cost a millisecond to compile, for each person-like name of a justice page).
_AGE_BEFORE = re.compile(rf"(?:{AGE})\s")
_LOWER_WORD = re.compile(r"[a-z][\w-]*\s")
_AGE_AFTER = re.compile(rf",\s(?:an?\s)?(?:{AGE}|\d{{2}},|\d{{2}}\sans\b)|\s\(\d{{2}}\)")


def has_age(passage: str, name: str) -> bool:
    """An age right before the name, at most two lower-case words between ("the 37-year-old former
    admin X"), or right after it ("X, 37, of", "X (37)")."""
    # (both need two digits: a passage with none is not read further)
    if not _TWO_DIGITS.search(passage):
        return False
    aged: set[int] = set()  # where a name may start after an age
    age = _AGE_BEFORE.search(passage)
    while age is not None:
        at = age.end()
        aged.add(at)
        for _ in range(2):
            word = _LOWER_WORD.match(passage, at)
            if word is None:
                break
            at = word.end()
            aged.add(at)
        age = _AGE_BEFORE.search(passage, age.start() + 1)
    return any(at in aged or _AGE_AFTER.match(passage, at + len(name)) for at in occurrences(passage, name))


# An age in EN/FR/NL/DE, next to a name either way: "37-year-old X", "X, 37, of Portland", "X, 37 ans",
# "de 37-jarige X", "der 37-jährige X", "X (37)".
AGE_ANY = re.compile(
    r"\b\d{2}[- ]year[- ]old\b|\b\d{2}-(?:jährige[nr]?|jarige)\b|,\s\d{2},\s|,\s\d{2}\sans\b|\s\(\d{2}\)"
)
# A person an aged sentence says was harmed is a victim, not the accused ("a 76-year-old X lost").
HARMED_AFTER = re.compile(
    r"\b(?:lost|victims?|scammed|duped|defrauded|tricked|conned|swindled|targeted by|victime|escroqué\w*|"
    r"opgelicht|betrogen|Opfer)\b",
    re.I,
)


def aka(name: str, text: str) -> list[str]:
    """The other names the text gives a person right after its name ("X, a.k.a. “Judische” and
    “Waifu”", "X (aka ponyaska)", "X, alias Y", "X, dit « Y »"): one person, listed once. A
    second name is one the text quotes, or joins with "and" and is no English word: "X, aka “Y”,
    was arrested" and "X, aka Y and was" give Y alone, "X, a.k.a. “Y”, a.k.a. …" Y."""
    # (the first mention followed by the alias's words: what one pattern of the name and them found)
    match = next(
        filter(None, (_ALIAS_AFTER.match(text, at + len(name)) for at in occurrences(text, name))), None
    )
    if match is None:
        return []
    _, first, join, quote, second = match.groups()
    names = [first]
    if second and (quote or (join != ", " and not plain_word(second, english_words()))):
        names.append(second)
    return [n for n in names if n.casefold() not in {"a.k", "aka", "alias"}]


QUOTES = "\"'“”‘’«»„‚‹›"
ALIAS_MARK = r"(?:a\.k\.a\.?|aka|alias|also known as|dit|genannt)"
# (the quote opening the name is captured: a second name needs it or a conjunction)
ALIAS_NAME = rf"([{QUOTES}]?)\s?([\w.@-]{{2,30}}?)\s?[{QUOTES}]?(?=[\s,.;)]|$)"
_ALIAS_AFTER = re.compile(
    rf",?\s?\(?{ALIAS_MARK}\s?{ALIAS_NAME}(?:(,\s|\s(?:and|or|et|und|en)\s){ALIAS_NAME})?"
)


# A place written before the word for a person from it: "a 32-year-old Fairview, Ill. man", "a
# Leeds woman" — the place, not the person's name.
PLACE_OF_PERSON = re.compile(
    r",?\s(?:[A-Z][a-z]{1,4}\.,?\s)?(?:man|woman|men|women|resident|native|teen(?:ager)?)\b"
)


def place_of_person(name: str, passage: str) -> bool:
    at = passage.find(name)
    return at >= 0 and PLACE_OF_PERSON.match(passage, at + len(name)) is not None


# Words that neither end nor start a person's name (EN/FR), written in lower case: a span cut
# before the person's town ("X of | Shenzhen", "X de | Lyon") or after a list's conjunction.
_EDGE_WORDS = r"of|from|in|at|and|or|the|for|with|by|on|to|de|du|des|d['’]|à|au|aux|en|et|ou|le|la|les|pour|par|sur|avec|chez"
_EDGE_AFTER = re.compile(rf"(?:[\s,;:]+(?:{_EDGE_WORDS}))+[\s,;:]*$")
_EDGE_BEFORE = re.compile(rf"^[\s,;:]*(?:(?:{_EDGE_WORDS})(?:\s+|(?<=['’])))+")
# Quotes that pair: straight double quotes with themselves, curly and angle ones with their mate;
# a single quote or ’ is a quote only at a word's edge (O'Rourke, d'Almeida are names).
_PAIRS = (("“", "”"), ("«", "»"))
_SINGLE_OPEN = re.compile(r"(?<!\w)['‘’](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=\w)['’](?!\w)")


def _balanced_quotes(name: str) -> str:
    if name.count('"') % 2:
        name = name.replace('"', " ")
    for opening, closing in _PAIRS:
        if name.count(opening) != name.count(closing):
            name = name.replace(opening, " ").replace(closing, " ")
    if len(_SINGLE_OPEN.findall(name)) != len(_SINGLE_CLOSE.findall(name)):
        name = _SINGLE_CLOSE.sub(" ", _SINGLE_OPEN.sub(" ", name))
    return " ".join(name.split())


def trim_name(name: str) -> str:
    """A person's name without the debris of the span it was read from: a quote whose mate was cut
    off ('Danny" Wang' → "Danny Wang") and the words that cannot end or start a name ("Wei Wang
    of" → "Wei Wang", "Jean Dupont de" → "Jean Dupont"). A nickname in balanced quotes stays."""
    while True:
        trimmed = _balanced_quotes(name)
        trimmed = _EDGE_BEFORE.sub("", _EDGE_AFTER.sub("", trimmed)).strip(" ,;:")
        if trimmed == name:
            return name
        name = trimmed


# A crime's noun and its object: "the murder of", "the extortion of", "l'assassinat de".
CRIME_ON = re.compile(
    r"\b(?:murder|killing|assassination|death|kidnapping|extortion|stalking|swatting|robbery|"
    r"meurtre|assassinat|enlèvement|moord|Mord)\s(?:of|de|du|van|an)\b",
    re.I,
)


# A justice word denied just before it: "X was not charged", "has never been arrested".
NEGATED = re.compile(
    r"(?:\b(?:not|never|no longer|without being|pas|nicht|niet|nie)|n['’]t)\b(?:\s\w+){0,2}\s$",
    re.I,
)
# A justice verb in the active voice right after a name makes the name its agent: "Uncle Sam
# indicts…", "Judge Roe sentences…" ("X was indicted", "X pleads guilty" are about X).
# So does one who puts a price on someone's head: "Uncle Sam puts $10M bounty on…", "X offers reward".
AGENT_VERB_AFTER = re.compile(
    r"\s(?:indicts|arrests|charges|sanctions|sentences|extradites|convicts|jails|imprisons|sues|prosecutes)\b|"
    r"\s(?:puts|places|offers|posts|announces)\s[^.;\n]{0,30}?\b(?:bount(?:y|ies)|rewards?)\b"
)
# A criminal case's caption, the state against the defendant: "United States v. X", "USA vs X".
CASE_CAPTION = r"(?:United States|U\.S\.|USA)\sv(?:s|ersus)?\b\.?"


# A name in apposition to a word for a person in a case: "a co-conspirator, X,", "his accomplice X".
ROLE_BEFORE = re.compile(
    r"\b(?:co-?conspirators?|accomplices?|co-?defendants?|complices?|co-?accusée?s?|medeplichtigen?|"
    r"medeverdachten?|Komplizen?|Mittäter(?:in)?)(?:,\s|\s)$",
    re.I,
)


# Words that make a capitalised name a firm's, not a person's ("Acme's", "Quill Networks").
FIRM_WRITTEN = re.compile(
    r"['’]s?\b|\b(?:Networks|Systems|Labs|Technologies|Solutions|Services|Software|Security)$"
)


# A suit that is the person's own: the plaintiff ("X's lawsuit", "X’s landmark complaint against").
PLAINTIFF_AFTER = re.compile(
    r"['’]s\s(?:[\w-]+\s){0,2}?(?:lawsuit|suit|complaint|legal challenge|petition)\b"
)


# After "designated": what a thing is meant for ("a tool designated for red teaming"), not a
# sanction, which is "designated for their roles" or "for having/operating…" (the person's acts).
NOT_INTENDED = r"(?!\s(?:for|to)\s(?!(?:their|his|her|its|alleged)\b|\w+ing\b))"


# "le patron de Kvarta X", "at Acme Networks X": a name after "de", "of", "at" is a firm's or a place's.
OF_BEFORE = re.compile(r"\b(?:de|du|des|d['’]|of|at|from|for|van|von|bei|für|chez)\s$", re.I)
_OF_CHARS = 6  # the longest match: a word, its space and the newline `$` also ends on ("chez \n")


def of_before(text: str, end: int) -> bool:
    """`OF_BEFORE` matches `text[:end]`, searched in its last characters only (its `\\b` sees the one
    before them): not from the text's start at every candidate of a long page."""
    return OF_BEFORE.search(text, max(0, end - _OF_CHARS), max(0, end)) is not None
