"""Victim candidates past the lead, and evidence shared between a name and its longer form.

Blog-style posts name their victims deep in the body ("… Johnson Controls was hit by…", "Robert
lost $2,000 to the scammers") or write the victim only inside a longer run of a Title Case
headline ("Ultralytics AI Library Compromised…"). The candidates of `victim_model.candidates`
come from the headline and lead; here:

- `body_candidates`: the capitalised names of the body's sentences (after the lead, within the
  first `BODY_CHARS` characters, no recogniser: it is the costly part) that a sentence ties to an
  attack by its grammar (`victim_relations`: the object of an attack, the subject of a passive or
  of a disclosure, the owner of what was hit), marked `at:body`; the model weighs them.
- `join_known`: one candidate for a well-known name written with "and" ("Marks and Spencer").
- `share_with_shorter`: a name that opens a longer candidate ("Ultralytics" in "Ultralytics AI
  Library") gets the longer one's position and relations, the evidence its own mentions lack.
"""

from __future__ import annotations

import re

from veilleur.enrich.victim_features import (
    Candidate,
    _classes,
    _clean,
    _description_before,
    _mention_features,
    _name_features,
    fold,
)
from veilleur.enrich.victim_relations import relation_features
from veilleur.enrich.victim_sectors import KNOWN_SECTORS
from veilleur.enrich.victim_words import _NAME_RUN, _TOKEN, SECURITY_FIRM, data_named
from veilleur.enrich.victims import _DESCRIPTION_END, listed_victims
from veilleur.text.sentences import split_sentences

# How much of the body is read: pages are stored cut at about 8,000 characters, menus included.
BODY_CHARS = 6000
# The strongest ties, read past the lead; and what the organisation says of its own incident
# ("GoTo disclosed that it is investigating a security incident").
_TIED = frozenset({"rel:object", "rel:passive", "rel:subject"})


def body_candidates(
    found: dict[str, Candidate], text: str, lead_chars: int, source: str, lower_words: set[str], whole: str
) -> None:
    """Adds to `found` (folded name → candidate) each name of the body (after `lead_chars`) that its
    sentence ties to an attack and that `found` lacks. Only sentences with a word of attack are read."""
    for sentence in split_sentences(text[lead_chars:BODY_CHARS]):
        _add_listed(found, sentence, source, lower_words, whole)
        words = [w.casefold() for w in _TOKEN.findall(sentence)]
        if len(sentence) < 20 or not _classes(words) & {"attack", "passive"}:
            continue
        for match in _NAME_RUN.finditer(sentence):
            if match.start() == 0 and " " not in match.group(0):
                continue  # a word opening the sentence ("Scammers", "Last") more often than a name
            written = sentence[match.start() : data_named(sentence, match.end())]  # "MC2 Data"
            name = _clean(written)
            key = fold(name)
            if len(name) < 2 or key in found:
                continue
            start = match.start() + max(0, written.find(name))
            end = start + len(name)
            if _DESCRIBES.match(sentence, end):
                continue  # "national TV broadcaster SVT": a word of the description, not the name
            relations = relation_features(sentence, start, end)
            if not relations & _TIED:
                continue
            candidate = found[key] = Candidate(name, sentence, sentence[max(0, start - 40) : start])
            candidate.features |= _name_features(name, whole, source, lower_words) | relations
            if described_as_security(sentence, start):  # "according to the breach tracking service X"
                candidate.features.add("desc:security")
            mention = _mention_features(sentence, start, end, len(sentence), title_case=False)
            candidate.features |= (mention - {"at:lead"}) | {"at:body", "from:capitalised"}


# A lower-case noun of organisation right after a run: the run describes the name that follows
# ("took Sweden's national TV broadcaster SVT off-air", "the UK IT firm X").
_DESCRIBES = re.compile(rf"\s{_DESCRIPTION_END}\b")


# What separates the names of a list ("X, Y and Z", "X; and Y").
_LIST_SEPARATOR = re.compile(r",\s(?:and\s|&\s)?|;\s(?:and\s)?|\sand\s|\s&\s")


def _add_listed(
    found: dict[str, Candidate], sentence: str, source: str, lower_words: set[str], whole: str
) -> None:
    """Adds to `found` the names of a list the body's sentence introduces as victims ("its targets
    have included tech manufacturer X, NHS vendor Y and IT giant Z"), marked `list:victims`: an
    explainer of a gang names what it hit past the lead, with no attack verb on each name."""
    introduced = listed_victims(sentence, whole, loose=False)
    for name in listed_victims(sentence, whole):
        key = fold(name)
        start = sentence.find(name)
        if len(name) < 2 or key in found or start < 0:
            continue
        end = start + len(name)
        # Its own description only, not the previous name's ("tech maker X, NHS vendor Y": "NHS vendor").
        described = _LIST_SEPARATOR.split(sentence[max(0, start - 40) : start])[-1]
        candidate = found[key] = Candidate(name, sentence, described)
        candidate.features |= _name_features(name, whole, source, lower_words)
        candidate.features |= relation_features(sentence, start, end) | {"list:victims"}
        if name in introduced:  # introduced as victims or as hit, not "companies like X" (no weight)
            candidate.features.add("list:introduced")
        mention = _mention_features(sentence, start, end, len(sentence), title_case=False)
        candidate.features |= (mention - {"at:lead"}) | {"at:body", "from:capitalised"}


def described_as_security(passage: str, start: int) -> bool:
    """Whether the words just before the name at `start` describe a security firm or a
    data-protection regulator (`SECURITY_FIRM`): "the security consultancy X", "cyber intelligence
    firm X", "the data protection authority X" report or investigate an attack."""
    return bool(SECURITY_FIRM.search(_description_before(passage[max(0, start - 50) : start])))


_SHARED = ("at:title", "at:first", "rel:", "T:")


def share_with_shorter(found: dict[str, Candidate]) -> None:
    """A name that opens a longer one of two to four words (folded keys of `found`) gets the
    longer one's position and relation features."""
    for short, candidate in found.items():
        for long, other in found.items():
            if long != short and long.startswith(short + " ") and len(long.split()) <= 4:
                candidate.features |= {f for f in other.features if f.startswith(_SHARED)}


# Well-known names joined by "and" ("Marks and Spencer"), which the candidates split in two.
_JOINED = [name for name in KNOWN_SECTORS if re.search(r"\s(?:and|&)\s", name)]


def join_known(found: dict[str, Candidate], passages: str) -> None:
    """One candidate for a well-known name written with "and" in the headline or lead ("Marks and
    Spencer confirms…": not "Marks" and "Spencer"), with the features of its parts."""
    lowered = passages.casefold()
    for name in _JOINED:
        at = lowered.find(name)
        if at < 0:
            continue
        parts = [key for key in list(found) if f" {key} " in f" {fold(name)} " and key != fold(name)]
        if not parts:
            continue
        # (the whole may be a candidate already, where an acronym defines it: "Marks and Spencer (M&S)")
        joined = found.get(fold(name)) or Candidate(passages[at : at + len(name)])
        for key in parts:
            part = found.pop(key)
            joined.sentence = joined.sentence or part.sentence
            joined.described_as = joined.described_as or part.described_as
            joined.label = joined.label or part.label
            joined.features |= {f for f in part.features if not f.startswith(("shape:", "words:", "in:list"))}
            joined.rules_read_in |= part.rules_read_in
        joined.features.add(f"words:{min(len(name.split()), 4)}")
        found[fold(name)] = joined


_JOINED_INSIDE = re.compile(r"\s(?:and|&|for)\s")


def join_bodies(found: dict[str, Candidate]) -> None:
    """One candidate for a body's whole name that a trigger rule read across its "and" or "for"
    ("attack on Puerto Rico Aqueduct and Sewer Authority", `victim_shapes.whole_body_name`): the
    capitalised runs it is split into are no candidates of their own ("Sewer Authority"); the whole
    gets their evidence, not a place's label ("Puerto Rico Aqueduct" is no place)."""
    for key, whole in list(found.items()):
        if key not in found or not _JOINED_INSIDE.search(whole.name):
            continue
        if not any(f.startswith("rule:") for f in whole.features):
            continue
        for part_key in [k for k in found if k != key and f" {k} " in f" {key} "]:
            part = found.pop(part_key)
            whole.label = whole.label or ("ORG" if part.label == "ORG" else "")
            whole.features |= {
                f
                for f in part.features
                if not f.startswith(("shape:", "words:", "in:list", "known:", "has:place"))
                and (not f.startswith("ent:") or f == "ent:ORG")
            }


# What may open an organisation's other name in brackets: nothing ("France Travail (Pôle Emploi)"),
# or a word saying it is its former or other name ("X (formerly Y)", "X (anciennement Y)").
_ALIAS_OPENINGS = (
    "",
    "ex-",
    *(
        f"{word} "
        for word in "formerly previously aka a.k.a. ex anciennement voorheen ehemals früher".split()
    ),
)


def join_aliases(found: dict[str, Candidate], whole: str) -> None:
    """A name written in brackets right after another candidate's name is that organisation's other
    name ("Unemployment agency France Travail (Pôle Emploi)"): no second candidate; the name the text
    leads with stays, with its own evidence only (given the alias's, "Politiques de Groupe (Group
    Policy)" became a victim of its own tool's English name). A place in brackets ("Examplecorp
    (Germany)") says where, no other name; an acronym in brackets is read apart
    (`victim_descriptions._expanded`, `bracketed_agency`)."""
    for key, alias in list(found.items()):
        # (a short form in capitals, "(HC3)", is an acronym: its own rules, whether it spells the name or not)
        if key not in found or "known:place" in alias.features or alias.name.upper() == alias.name:
            continue
        if f"{alias.name})" not in whole:  # (one look for most names: none is written in brackets)
            continue
        for opening in _ALIAS_OPENINGS:
            at = whole.find(f"({opening}{alias.name})")
            if at <= 0:
                continue
            before = whole[:at].rstrip()
            owners = [
                other
                for other_key, other in found.items()
                if other_key != key
                and before.endswith(other.name)
                and not before[: len(before) - len(other.name)][-1:].isalnum()
                and "known:place" not in other.features
            ]
            if owners:
                del found[key]
                break
