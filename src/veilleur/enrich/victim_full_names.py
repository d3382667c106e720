"""A chosen victim's name as the news writes it in full: the acronym the text defines spelled out
(and where the name starts, by its letters), the company words after a short name ("Colt" → "Colt
Technology Services"), a name and its short form in brackets once, the article a name opens with
("De Lijn", "Le Monde"); read by `enrich` on what `victim_model.choose` keeps."""

from __future__ import annotations

import re

from veilleur.enrich.victim_bounds import contracted_twice, placed_twice
from veilleur.enrich.victim_descriptions import _PARTICLE_WORDS, _expanded, short_forms
from veilleur.enrich.victim_dictionary import _lower_case_phrase
from veilleur.enrich.victim_features import Candidate, fold, is_title_case
from veilleur.enrich.victim_time import in_event_order
from veilleur.enrich.victim_words import LEAD_CHARS

# Words that end a company's full name after its short one ("Colt Technology Services", "Einhaus
# Group", "Yum! Brands", "Latitude Financial"): the page's first full form is the victim's name.
_COMPANY_TAIL = frozenset(
    """group holdings holding technology technologies services systems solutions financial brands
    industries international communications software labs laboratories pharmaceuticals insurance
    airlines airways entertainment enterprises""".split()
)  # not a legal form ("MITRE Corporation", "Microsoft Corp.": the name the news uses is the short one)
_TAIL_WORD = r"[A-Z][\w&.-]*"
# An acronym a headline writes as a word ("TDECU", "NASCAR", "M&S").
_ACRONYM = re.compile(r"(?<![\w&.'’-])[A-Z][A-Z&]{1,7}(?![\w&.'’-])")


def company_name(name: str, head: str) -> str:
    """The short name `name` with the company words the headline or lead writes after it at its
    first such mention ("Colt" → "Colt Technology Services"), else `name`. Only capitalised words
    of `_COMPANY_TAIL` extend it (not "Colt customers", "Disney Slack"), and not in a Title Case
    headline where the text writes them in lower case ("Hacked Acme Software Released" over "sells
    forensic software": the product, not the firm)."""
    if len(name) < 2 or name.split()[-1].casefold().strip(".") in _COMPANY_TAIL or name not in head:
        return name  # (not written in the head: no pattern built for it)
    headline = head.split("\n", 1)[0]
    title_case = is_title_case(headline)
    for match in re.finditer(rf"(?<![\w&]){re.escape(name)}(!?)((?:\s{_TAIL_WORD}){{1,3}})", head):
        words = match.group(2).split()
        count = 0
        for word in words:
            if word.casefold().strip(".,") not in _COMPANY_TAIL:
                break
            count += 1
        tail = " ".join(w.strip(",.") for w in words[:count])
        if count and title_case and match.start() < len(headline) and _lower_case_phrase(tail, head):
            continue
        if count:
            return name + match.group(1) + " " + " ".join(w.strip(",.") for w in words[:count])
    return name


def acronym_start(name: str, text: str) -> str:
    """`name` from the word its acronym in brackets starts with, when the text writes it with that
    acronym and one word before it spells none of it: "Canadian Copper Mountain Mining Corporation
    (CMMC)" is "Copper Mountain Mining Corporation" (a people's or a place's word, or a headline's
    word, before the name the acronym defines)."""
    words = name.split()
    if len(words) < 3:
        return name
    written = re.search(rf"(?<![\w&]){re.escape(name)}\s\(([A-Z][A-Z&]{{1,7}})\)", text)
    if not written:
        return name
    initials = [w[0] for w in words if w.casefold() not in _PARTICLE_WORDS]
    acronym = written.group(1).replace("&", "")
    if "".join(initials) != acronym and "".join(initials[1:]) == acronym:
        return " ".join(words[1:])
    return name


def spelled_out(name: str, text: str) -> str:
    """`name` with its opening abbreviation spelled out as the text writes it in full: "LA County
    Superior Court" of a headline is the lead's "Los Angeles County Superior Court" (the capitalised
    words before the rest of the name whose initials are the abbreviation's letters)."""
    first, _, rest = name.partition(" ")
    if not rest or not re.fullmatch(r"[A-Z]{2,4}", first) or rest not in text:
        return name
    words = rf"((?:[A-Z][\w'’-]*\s){{{len(first)}}})"
    for match in re.finditer(rf"(?<![\w&.'’-]){words}{re.escape(rest)}\b", text):
        if "".join(w[0] for w in match.group(1).split()) == first:
            return match.group(1) + rest
    return name


def full_names(chosen: list[Candidate], text: str) -> list[Candidate]:
    """The chosen victims with the full name of an acronym the text defines, and the company
    words the headline or lead writes after a short name (`company_name`), once when the text
    writes a name's short form in brackets after it (`short_forms`); in the page's order,
    but those only an earlier attack's sentences name last (`victim_time`): the first is the event's."""
    out: dict[str, Candidate] = {}
    head = text[: LEAD_CHARS + 200]
    for candidate in chosen:
        candidate.name = company_name(_expanded(acronym_start(candidate.name, text), text), head)
        candidate.name = spelled_out(candidate.name, text)  # "LA County …": "Los Angeles County …"
        candidate.name = possessive_whole(candidate.name, text)
    twice = short_forms([c.name for c in chosen], text)  # "Scandinavian Airlines (SAS)": one victim
    twice |= contracted_twice([c.name for c in chosen])  # "Singtel", "Singapore Telecommunications": one
    twice |= placed_twice([c.name for c in chosen])  # "Hôpital de Cannes", "Hôpital Simone-Veil de Cannes"
    for candidate in (c for c in chosen if c.name not in twice):
        out.setdefault(fold(candidate.name).replace(" ", ""), candidate)  # "SevenRooms" is "Seven Rooms"
    return in_event_order(list(out.values()), text)


def headline_form(name: str, text: str) -> str:
    """The acronym the headline (the text's first line) writes for `name` when it never writes
    the name itself and the text defines the acronym after it ("TDECU data breach…" over "The
    Texas Dow Employees Credit Union (TDECU) has filed…"): the news calls the victim what its
    headline calls it, as other sources' headlines do. Only what the text defines in brackets or in
    an apposition ("VTWA, the Valmont Town Water Authority"):
    "M&S" of a headline is not "Marks and Spencer" the lead never abbreviates. The full name still
    gives its sector and country; this is only its name."""
    headline = text.split("\n", 1)[0]
    if " " not in name or name in headline:
        return name
    # "The Pierce County Public Transportation Benefit Area Corporation (Pierce Transit) has…" under
    # a headline that writes "Pierce Transit": the short form the page gives it in brackets, which
    # opens with one of its words (not "(Reuters)", a source).
    short = (
        re.search(rf"(?<![\w&]){re.escape(name)}\s\(((?:[A-Z][\w&'’-]*\s?){{1,3}})\)", text)
        if _bracket_after(name, text)
        else None
    )
    if short and short.group(1) in headline and short.group(1).split()[0] in name.split():
        return short.group(1)
    words = [w for w in name.split() if w.casefold() not in _PARTICLE_WORDS]
    initials = "".join(w[0] for w in words)
    for match in _ACRONYM.finditer(headline):
        acronym = match.group(0)
        apposition = rf"(?<![\w&]){re.escape(acronym)},\s(?:the\s)?(?:[^\s,.;]+\s){{0,3}}?{re.escape(name)}\b"
        if acronym.replace("&", "") == initials and (
            f"{name} ({acronym})" in text or re.search(apposition, text)
        ):
            return acronym
    return name


# Articles that open some names ("De Lijn", "Le Monde", "La Poste", "L'Oréal", "Die Zeit"), which
# candidates are read without (`victims._clean`: "la mairie de X", "het ziekenhuis X"). English
# "the" is left off, as the labelling guide writes names ("The North Face" or "North Face" alike).
_NAME_ARTICLES = ("De ", "La ", "Le ", "Les ", "L'", "L’", "Het ", "Die ", "Der ", "Das ")
# What may stand right before a word in the middle of a sentence: a lower-case letter, a digit or a
# comma, then a space ("operator De Lijn", "le quotidien Le Monde", "chez La Poste").
_MID_SENTENCE = frozenset(",0123456789")


def with_own_article(name: str, text: str) -> str:
    """`name` with the article the text writes capitalised before it where no sentence begins
    ("transport company De Lijn", "le journal Le Monde": the article is part of the name), else
    `name`. An article before a common noun is written in lower case there ("le CHU de X", "de
    gemeente X"), and a sentence's first word is capitalised whatever it is: neither tells."""
    if not name[:1].isupper():
        return name
    for article in _NAME_ARTICLES:
        written = article + name
        at = text.find(written)
        while at >= 0:
            end = at + len(written)
            before = text[at - 2] if at >= 2 else "\n"
            if (
                text[at - 1 : at] == " "
                and (before.islower() or before in _MID_SENTENCE)
                and (end == len(text) or not text[end].isalnum())
            ):
                return written
            at = text.find(written, at + 1)
    return name


# What follows a name whose "'s" is its own, not a possessive's: a verb or the end of a clause
# ("McDonald's says", "jobs at Sainsbury's was exposed", "McDonald’s quickly deleted"), never the
# noun a possessive owns ("McDonald's Instagram account").
_OWN_S = re.compile(
    r"['’]s(?=[.;:!?)]|\s(?:[a-z]+ly\s)?(?:was|were|is|are|has|have|had|says|said|told|confirmed|stated|"
    r"did|does|declined|deleted|added|would|will)\b)"
)


def with_own_possessive(name: str, text: str) -> str:
    """`name` with the "'s" the text writes as part of it where no noun follows ("McDonald's says
    it is working", "applied at Sainsbury's was exposed": the cleaning took it for a possessive and
    cut it), in the text's spelling; else `name`."""
    if not name[:1].isupper() or name.endswith(("'s", "’s")):
        return name
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and _OWN_S.match(text, end):
            return text[at : end + 2]
        at = text.find(name, end)
    return name


# "Dick's Sporting Goods": a capitalised word, its possessive, then capitalised words.
_POSSESSIVE = re.compile(r"([A-Z][\w.&-]*)['’]s\s([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})")


def possessive_name(name: str, text: str) -> bool:
    """ "Dick's Sporting Goods": the possessive is part of the name when `text` writes neither half
    without the other (MITRE, written alone, owns "MITRE's Networked Experimentation Environment";
    "McDonald's Instagram" is the brand's account, Instagram written alone too)."""
    match = _POSSESSIVE.fullmatch(name)
    if match is None:
        return False
    owner, rest = (re.escape(half) for half in match.groups())
    alone = rf"(?<![\w&.-]){owner}(?!['’]s\b|[\w&-])|(?<!['’]s\s)(?<![\w&.-]){rest}(?![\w&-])"
    return re.search(alone, text) is None


def whole_possessives(kept: list[Candidate]) -> list[Candidate]:
    """`kept` without the two halves of a name whose possessive is its own ("Dick" and "Sporting
    Goods" of "Dick's Sporting Goods"): the recogniser and the rules split it, the whole is one firm."""
    halves = {
        fold(half)
        for c in kept
        if "name:possessive" in c.features and (match := _POSSESSIVE.fullmatch(c.name))
        for half in match.groups()
    }
    return [c for c in kept if fold(c.name) not in halves]


def _bracket_after(name: str, text: str) -> bool:
    """Whether the text writes `name`, a space and an opening bracket: what `headline_form`'s pattern
    needs, looked for before a pattern is built for the name (a compile per name, most for nothing)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if text[end : end + 1].isspace() and text[end + 1 : end + 2] == "(":
            return True
        at = text.find(name, at + 1)
    return False


def possessive_whole(name: str, text: str) -> str:
    """The firm's whole name when `name` is the owner half of one its possessive opens ("Lowe" of
    "the US-based Lowe’s Market grocery chain", "Dick" of "Dick's Sporting Goods"): the run stopped
    at the apostrophe, straight or typographic, `possessive_name` says neither half is written
    alone, and the text writes the owner's possessive nowhere else. Read past the headline's line,
    whose Title Case runs the next words into any name ("Lowe’s Market Chain Leaks Data"); else
    `name`."""
    if " " in name or not name[:1].isupper() or "\n" not in text:
        return name
    body = text.split("\n", 1)[1]
    if f"{name}'s" not in body and f"{name}’s" not in body:
        return name  # (no possessive of the name: no pattern built for it)
    after = rf"(?<![\w&.'’-]){re.escape(name)}['’]s(?:\s[A-Z][\w.&-]*){{1,3}}(?![\w'’&-])"
    owned = rf"(?<![\w&.'’-]){re.escape(name)}['’]s\b"
    for match in re.finditer(after, body):
        whole = match.group(0)
        # (every "Lowe’s" of the text opens this name: not "Lowe’s employees", "Lowe’s has", "My
        # Lowe’s Life", where the owner is the name and what follows its own)
        if possessive_name(whole, text) and len(re.findall(owned, text)) == text.count(whole):
            return whole
    return name
