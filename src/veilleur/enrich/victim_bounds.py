"""Where a victim's name starts and ends when candidates overlap: the words written around a name
that are not part of it, and two names of one organisation.

- `thing_of`: what belongs to an organisation, written after its name ("Toyota Supplier Management
  Network"): the text writes the same words in lower case elsewhere ("its global supplier
  management network"), so they are common nouns, and the last one names a thing an organisation
  runs, not an organisation. The organisation is the victim (GUIDE §5: "Victims are organisations
  or persons, not assets"). (`victim_full_names.company_name` reads a Title Case headline's
  "MSAB Software" the same way.)
- `contraction_of`: a one-word name made of the first letters of each word of another ("Singtel" of
  "Singapore Telecommunications", "FedEx" of "Federal Express"): one organisation, named twice.
- `join_entity_tails`: a name a trigger rule cut before "for" or "of" ("attack affecting Transport"
  of "Transport for London"), which the recogniser reads whole: one candidate, the whole name.
- `placed_twice`: an institution named by its town ("l'hôpital de Cannes" of a headline) and by its
  own name ("Hôpital Simone-Veil de Cannes"): one organisation, under its own name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veilleur.enrich.victim_descriptions import _PARTICLE_WORDS
from veilleur.enrich.victim_dictionary import _lower_case_phrase
from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_words import INSTITUTION_WORDS

# Things an organisation runs or sells, written after its name: never the last word of the
# organisation's own name when the text also writes them in lower case. (Not "network" alone nor
# "services", "group", "bank": "DISH Network", "Colt Technology Services" are firms' names.)
_THINGS = frozenset(
    """app apps application applications portal portals platform platforms system systems server servers
    software site sites website websites store stores shop shops account accounts database databases
    cloud infrastructure environment environments repository repositories tool tools forum forums
    domain domains email mail inbox inboxes""".split()
)
# ("Supplier Management Network": a network of something named by the words before it is a thing,
# one written alone after a short name is the firm's name)
_NETWORK = frozenset({"network", "networks"})


def thing_of(short: str, long: str, text: str) -> bool:
    """Whether `long` is `short` followed by the name of a thing it owns: the words after `short`
    end with a thing's noun (`_THINGS`, or "network" after another word) and `text` writes them as
    a phrase in lower case ("Toyota Supplier Management Network" over "its supplier management
    network", "Tea App" over "the Tea app")."""
    if not long.startswith(short + " "):
        return False
    tail = long[len(short) + 1 :]
    words = tail.casefold().split()
    last = words[-1] if words else ""
    owned = last in _THINGS or (last in _NETWORK and len(words) > 1)
    return owned and _lower_case_phrase(tail, text)


def contraction_of(word: str, name: str) -> bool:
    """Whether the one-word `word` is made of the first two or more letters of each word of the
    two-to-four-word `name`, in order ("Singtel" of "Singapore Telecommunications"); particles
    ("of", "and") are skipped."""
    parts = [w.casefold() for w in re.findall(r"[\w]+", name) if w.casefold() not in _PARTICLE_WORDS]
    folded = word.casefold()
    if " " in word.strip() or not 2 <= len(parts) <= 4 or not folded.isalnum() or len(folded) < 4:
        return False
    return _spells(folded, parts)


def _spells(rest: str, parts: list[str]) -> bool:
    """`rest` written as a prefix of two or more letters of each of `parts`, in order, and nothing else."""
    if not parts:
        return not rest
    head = parts[0]
    return any(
        rest[:n] == head[:n] and _spells(rest[n:], parts[1:]) for n in range(min(len(head), len(rest)), 1, -1)
    )


def contracted_twice(names: list[str]) -> set[str]:
    """Of two `names` one of which is the other's contraction (`contraction_of`), the later one: the
    page's first way of writing the organisation names it."""
    out: set[str] = set()
    for i, first in enumerate(names):
        for later in names[i + 1 :]:
            if contraction_of(first, later) or contraction_of(later, first):
                out.add(later)
    return out


def placed_by_town(short: str, long: str) -> bool:
    """Whether `short` is an institution named by its place ("Hôpital de Cannes", "Klinikum in Wesel")
    and `long` the same one under its own name ("Hôpital Simone-Veil de Cannes"): the same institution
    word first, the same particle and place last, a name between."""
    words, longer = short.casefold().split(), long.casefold().split()
    if len(words) < 3 or len(longer) <= len(words) or words[0] not in INSTITUTION_WORDS:
        return False
    return words[0] == longer[0] and words[1] in _PARTICLE_WORDS and longer[1 - len(words) :] == words[1:]


def placed_twice(names: list[str]) -> set[str]:
    """Of two `names` one of which is an institution named by its town and the other the same one named
    (`placed_by_town`), the first: a headline's description of the victim the text names."""
    return {short for short in names for long in names if placed_by_town(short, long)}


# What continues a body's name past where the trigger rules' name ends: "for" or "of", then
# capitalised words ("Transport for London", "Bank of Valmont").
_TAIL = re.compile(r"\s(?:for|of)\s[A-Z]")


def join_entity_tails(found: dict[str, Candidate], whole: str) -> None:
    """One candidate for a name the trigger rules cut before its "for" or "of" and the recogniser
    read whole ("Transport" and "Transport for London"): when the text never writes the short name
    but as the start of the whole one, the whole gets the rule's evidence and the short one goes."""
    for key, short in list(found.items()):
        if key not in found or not any(f.startswith("rule:") for f in short.features):
            continue
        for long_key, long in list(found.items()):
            if long_key == key or "ent:ORG" not in long.features:
                continue
            if not (long.name.startswith(short.name) and _TAIL.match(long.name, len(short.name))):
                continue
            alone = rf"(?<![\w&-]){re.escape(short.name)}(?![\w&-])"
            if len(re.findall(alone, whole)) != whole.count(long.name):
                continue  # the short name is written on its own too: maybe another's
            long.features |= {f for f in short.features if f.startswith(("rule:", "rel:", "at:"))}
            long.rules_read_in |= short.rules_read_in
            long.described_as = long.described_as or short.described_as
            del found[key]
            break


def mark_things(found: dict[str, Candidate], whole: str) -> None:
    """Sets each candidate's `owner` to the shortest other candidate whose thing it names
    (`thing_of`): "Toyota" for "Toyota Supplier Management Network"."""
    for long in found.values():
        owners = [c for c in found.values() if c is not long and thing_of(c.name, long.name, whole)]
        if owners:
            long.owner = min(owners, key=lambda c: len(c.name)).name


# What a firm runs, written after its name: "Tea App", "Acme Website" (`part_of_thing`).
_PRODUCT_KIND = re.compile(r"(?:Mobile\s)?(?:App|Apps|Application|Website|Web\sSite|Site|Platform|Portal)")


def part_of_thing(name: str, owner: str, found: list[Candidate]) -> bool:
    """Whether `name` is `owner`'s thing or its start ("Toyota Supplier Management" of "Toyota
    Supplier Management Network"): no longer name of the owner (a subsidiary, "Yamaha Canada Music");
    and the owner's name with the kind of product it runs ("the breach of the Tea App" over "Tea"):
    the firm is named without it."""
    if name.startswith(owner + " ") and _PRODUCT_KIND.fullmatch(name[len(owner) + 1 :]):
        return True
    return any(c.owner == owner and (c.name + " ").startswith(name + " ") for c in found)


def owners_for_things(
    kept: list[Candidate], found: list[Candidate], fits: Callable[[Candidate], bool]
) -> list[Candidate]:
    """`kept` with each name of a thing replaced by its owner's candidate (`Candidate.owner`) when
    the owner `fits` (is admissible and chosen): "Toyota" for its network, each once."""
    by_name = {c.name: c for c in found}
    out: list[Candidate] = []
    for candidate in kept:
        owner = by_name.get(candidate.owner)
        if owner is not None and fits(owner):
            owner.score = max(owner.score, candidate.score)
            candidate = owner
        if all(candidate is not other for other in out):
            out.append(candidate)
    return out
