"""Which names of the headline and lead are victims: candidates and our small model (the words
they are read with: `victim_words`; a candidate's features: `victim_features`).

Candidates are the names of the headline and the lead (`LEAD_SENTENCES` sentences, `LEAD_CHARS`
characters): the statistical recogniser's entities (spaCy, `veilleur.enrich.nlp`), the runs of
capitalised words that Title Case headlines are made of, and the names the trigger rules of
`veilleur.enrich.victims` read. Each candidate gets features that do not depend on one outlet or one
story — where it is (headline, first sentence, lead), the words around it (attack nouns, "hacked",
"confirms", "researchers at", "vulnerability"…) in French, English, Dutch and German, its entity
label and shape, whether it is a known threat, place, month or reporter — and a logistic model
(`enrich/data/victims.json`, trained by `bench/train_victims.py`) gives each the probability of being
a victim. Scoring is plain Python: a sum of weights."""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from veilleur.enrich.victim_admissible import admissible
from veilleur.enrich.victim_body import (
    body_candidates,
    described_as_security,
    join_aliases,
    join_bodies,
    join_known,
    share_with_shorter,
)
from veilleur.enrich.victim_bounds import join_entity_tails, mark_things, owners_for_things, part_of_thing
from veilleur.enrich.victim_choice import not_chosen
from veilleur.enrich.victim_descriptions import _expanded, initials_match, within_defined
from veilleur.enrich.victim_features import (
    Candidate,
    _classes,
    _clean,
    _description_before,
    _entities,
    _mention_features,
    _name_features,
    _passages,
    _spans,
    fold,
    is_title_case,
    outlet_of,
)
from veilleur.enrich.victim_full_names import full_names, possessive_name, whole_possessives
from veilleur.enrich.victim_its_owner import _its_owner
from veilleur.enrich.victim_list_ties import list_margin
from veilleur.enrich.victim_main import main_subject
from veilleur.enrich.victim_relations import relation_features
from veilleur.enrich.victim_reporting import bracketed_agency
from veilleur.enrich.victim_sectors import _SECTOR_PATTERNS
from veilleur.enrich.victim_shapes import LEAD_ANAPHOR
from veilleur.enrich.victim_short_forms import name_relations
from veilleur.enrich.victim_words import _PARTICLES, _TOKEN, INSTITUTION_WORDS, agency
from veilleur.enrich.victims import (
    VictimMention,
    rule_reads,
)
from veilleur.models import Sector
from veilleur.text.companies import LEGAL_FORMS

# What the rest of enrich, the tests and bench/train_victims.py use, wherever it is defined.
__all__ = [
    "Candidate",
    "admissible",
    "candidates",
    "choose",
    "full_names",
    "is_title_case",
    "outlet_of",
    "probability",
    "weights",
]


def candidates(
    title: str, text: str, lang: str = "en", source: str = "", category: str = ""
) -> list[Candidate]:
    """Candidate names of the headline and lead with their features (`source`: the outlet's
    host name without dots, e.g. "thehackernewscom", whose own name is never a victim;
    `category`: the page's kind of event — a flaw's advisory names vendors, an attack victims)."""
    passages = _passages(title, text)
    ents = _entities(passages, lang)
    whole = f"{title}\n{text}"
    # Words the text also writes in lower case: "Unlike", "Supply" are words, not names.
    lower_words = set(re.findall(r"(?<![\w.])[a-zà-ÿ][\w'-]*(?!\.\w)", whole))  # not "bybit.com"
    title_case = is_title_case(title)
    rules: dict[str, VictimMention] = {}
    mentions, read_in = rule_reads(whole)
    for mention in mentions:
        defined = within_defined(mention.name, mention.sentence)  # the whole name, "and" included
        if defined != mention.name:
            read_in.setdefault(defined, set()).update(read_in.get(mention.name, set()))
            mention = replace(mention, name=defined)
        rules.setdefault(fold(mention.name), mention)
    found: dict[str, Candidate] = {}
    offset = 0
    for index, passage in passages:
        local = [
            (s - offset, e - offset, lab) for s, e, lab in ents if offset <= s and e <= offset + len(passage)
        ]
        for start, end, label in _spans(passage, local):
            written = passage[start:end]
            name = _clean(written)
            # Words the recogniser took for a name though the text writes them in lower case
            # ("meldt het bedrijf", "van klanten"): no name is written so.
            if len(name) < 2 or not any(c.isalpha() for c in name) or written.islower():
                continue
            start += written.find(name)
            end = start + len(name)
            key = fold(name)
            candidate = found.get(key)
            if candidate is None:
                candidate = found[key] = Candidate(name, passage, passage[max(0, start - 40) : start])
                candidate.features |= _name_features(name, whole, source, lower_words)
            # "the hospital operator X", "health-data firm X": described as a care provider;
            # "the security consultancy X": as a security firm, which reports.
            description = _description_before(passage[max(0, start - 50) : start])
            if _SECTOR_PATTERNS[Sector.HEALTHCARE].first(description) >= 0:
                candidate.features.add("desc:health")
            if described_as_security(passage, start):
                candidate.features.add("desc:security")
            candidate.features |= _mention_features(passage, start, end, index, title_case)
            candidate.features |= relation_features(passage, start, end)
            if label:
                # (the first label, but an organisation's over a place's: a brand the recogniser calls
                # a place at one mention and an organisation at another, "OpenAI", "Clorox", is no place)
                place = candidate.label in {"GPE", "LOC"} and label == "ORG"
                candidate.label = label if place else candidate.label or label
                candidate.features.add(f"ent:{label}")
            else:
                candidate.features.add("from:capitalised")
        offset += len(passage) + 1
    for key, mention in rules.items():
        candidate = found.get(key)
        if candidate is None:
            candidate = found[key] = Candidate(mention.name, mention.sentence, mention.described_as)
            candidate.features |= _name_features(mention.name, whole, source, lower_words)
            # A lead sentence past LEAD_CHARS: where it is and how its sentence ties it to the attack.
            at = mention.sentence.find(mention.name)
            if at >= 0:
                end = at + len(mention.name)
                # (a name the rules read in the headline is where the headline is: "Hackers Target
                # Key Industries in Marovia" is a Title Case headline's run, not a lead's name)
                headline = mention.sentence == title
                where = 0 if headline else 2
                candidate.features |= _mention_features(
                    mention.sentence, at, end, where, headline and title_case
                )
                candidate.features |= relation_features(mention.sentence, at, end)
        candidate.features.add(f"rule:{mention.how or 'any'}")
        if mention.breached:  # (an agency a breach verb acts on: no reporter; `victim_rule_names`)
            candidate.features -= {"known:stop", "known:reporter"}
            candidate.features.add("rule:breached")
        candidate.rules_read_in |= read_in.get(mention.name, set())
        candidate.described_as = mention.described_as or candidate.described_as
    # Past the lead: names the body's sentences tie to an attack (blog posts name victims there).
    body_candidates(found, text, max(0, offset - len(title) - 1), source, lower_words, whole)
    join_known(found, " ".join(p for _, p in passages))
    join_bodies(found)  # "Puerto Rico Aqueduct and Sewer Authority": one body, not two
    join_entity_tails(found, whole)  # "Transport" of a rule, "Transport for London" of the recogniser
    # "Lehigh Valley Health Network (LVHN)": the acronym's mentions are the full name's (its
    # features, and the passages whose rules read it: "M&S warns of … from cyberattack").
    for key, candidate in list(found.items()):
        full = _expanded(candidate.name, whole)
        full = full if full != candidate.name else initials_match(full, [c.name for c in found.values()])
        if full != candidate.name and fold(full) in found:
            found[fold(full)].features |= {
                f for f in candidate.features if not f.startswith(("shape:", "words:"))
            }
            found[fold(full)].rules_read_in |= candidate.rules_read_in
            # (a name its acronym stands for is a name, whatever word opens it: "Financial X Solutions")
            found[fold(full)].features -= {"known:stop"} - candidate.features
            del found[key]
        elif agency(fold(full)) or bracketed_agency(candidate.name, whole):  # "(HC3)" of a security body
            candidate.features.add("known:reporter")
    join_aliases(found, whole)  # "France Travail (Pôle Emploi)": one organisation
    title_words = {w.casefold() for w in _TOKEN.findall(title)}
    title_attack = bool(_classes(list(title_words)) & {"attack", "passive"})
    first = passages[1][1] if len(passages) > 1 else ""
    # (the page speaks of an attack in its headline or first sentence: its subject's own incident)
    incident = title_attack or bool(
        _classes([w.casefold() for w in _TOKEN.findall(first)]) & {"attack", "passive"}
    )
    # (the lead's first sentence opens on the headline's organisation as "the company": its name is
    # written once, in the headline — "Hackers Breach X" / "The company said attackers accessed…")
    anaphor = bool(LEAD_ANAPHOR.match(first))
    counts = {key: whole.count(c.name) for key, c in found.items()}
    named = [
        k
        for k, c in found.items()
        if c.features & {"ent:ORG", "ent:PERSON", "ent:PER", "rule:before", "rule:after"}
    ]
    top = max(named, key=lambda k: counts[k], default="")
    for key, candidate in found.items():
        candidate.features |= name_relations(candidate.name, whole)  # (and its short form's)
        # The headline's or first sentence's subject, saying or doing something about the attack, is
        # the page's main organisation: tied to it by the story, if by no sentence (`victim_main`).
        if (
            "doc:untied" in candidate.features
            and "known:reporter" not in candidate.features  # (an agency that says: `agency_untied`)
            and incident
            and main_subject(candidate.name, title, first, whole)
        ):
            candidate.features ^= {"doc:untied", "doc:main"}
        if title_attack:
            candidate.features.add("T:attack")
        if anaphor and "at:title" in candidate.features:
            candidate.features.add("lead:anaphor")
        if key == top and counts[key] > 1:
            candidate.features.add("rank:most_mentioned")
        if not any(f.startswith("ent:") for f in candidate.features):
            candidate.features.add("ent:none")
        # A person no sentence ties to the attack is quoted, charged or named in passing.
        if candidate.features & {"ent:PERSON", "ent:PER"} and "doc:untied" in candidate.features:
            candidate.features.add("x:person_untied")
        candidate.features.add(f"lang:{'en' if lang in {'', 'en'} else lang}")
        if category:
            candidate.features.add(f"cat:{category}")
    for candidate in found.values():
        if possessive_name(candidate.name, whole):
            candidate.features.add("name:possessive")
    share_with_shorter(found)  # "Ultralytics" of the headline's "Ultralytics AI Library Compromised"
    mark_things(found, whole)  # "Toyota Supplier Management Network" over "its … network": Toyota's
    _its_owner(found, passages)  # once every feature that `admissible` reads is there
    return list(found.values())


@lru_cache(maxsize=1)
def weights() -> dict[str, Any]:
    """The shipped model: {"bias": float, "weights": {feature: float}, "threshold": float}."""
    path = resources.files("veilleur.enrich") / "data" / "victims.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def probability(features: set[str], model: dict[str, Any] | None = None) -> float:
    model = model or weights()
    table = model["weights"]
    z = model["bias"] + sum(table.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _institution_of(chosen: Candidate, found: list[Candidate]) -> Candidate:
    """The name with its institution word when the page writes it ("Clinique André Renard",
    "city of Antwerp" for "André Renard", "Antwerp"): that is the victim's full name."""
    key = f" {fold(chosen.name)} "
    for other in found:
        longer = f" {fold(other.name)} "
        if "has:institution" not in chosen.features and key in longer and longer != key and admissible(other):
            extra = longer.replace(key, " ").split()
            if extra and all(w in INSTITUTION_WORDS or w in _PARTICLES for w in extra):
                return Candidate(
                    other.name,
                    other.sentence,
                    other.described_as,
                    chosen.label,
                    chosen.features,
                    chosen.score,
                )
    return chosen


# A hospital, clinic or health insurer named on a page whose headline speaks of an attack is
# nearly always its victim, and missing one costs most: a lower bar for them.
HEALTH_MARGIN = 0.25


# A company named with its legal form ("Omega Corp", "Brelford Logistics Ltd") that the trigger
# rules read as attacked, under a headline that speaks of an attack: the recogniser may not know
# the name, but its shape says it is an organisation. A lower bar too.
COMPANY_MARGIN = 0.1
_LEGAL_FORM = re.compile(rf"\s(?:{LEGAL_FORMS})\.?$")


def _threshold(candidate: Candidate, model: dict[str, Any]) -> float:
    threshold: float = model["threshold"]
    if "T:attack" in candidate.features and candidate.features & {"has:health", "desc:health"}:
        return threshold - HEALTH_MARGIN
    if (
        "T:attack" in candidate.features
        and any(f.startswith("rule:") for f in candidate.features)
        and _LEGAL_FORM.search(candidate.name)
    ):
        return threshold - COMPANY_MARGIN
    return threshold


# What the trigger rules read is strong evidence: a name they read in the headline or first sentence
# AND again in another passage ("Ransomware hits Alpha Corp" / "Alpha Corp … was hit by ransomware")
# is the story's victim whatever the model says (precision of the rules ~0.8 on pages they were
# not tuned on; the model, trained on 188 victims, underweights short plain headlines).


def strong_rule(candidate: Candidate) -> bool:
    """A name the trigger rules read in the headline or first sentence and in another passage, the
    owner of what an attack in the headline or lead's first sentences hit ("on its systems"), or a
    name of a list the text introduces as victims, in the lead or past it ("victims include X"), or
    says were hit together ("A, B, and C have all been hit")."""
    # (a body list's names scored 0.53-0.81 for lack of an attack verb of their own; of those on the
    # development pages every one the one-English-word and place vetoes let through was labelled;
    # not "companies like X" past the lead: "a domain that mimics companies like X")
    if candidate.features & {"rule:its", "rule:victims", "list:introduced", "list:passive"}:
        return True
    # An institution a French trigger rule reads in the headline or first sentence ("la mairie de X a
    # été victime d'une attaque", "l'hôpital X visé par un rançongiciel"): the model, fitted on
    # English pages, scored it under its threshold when the headline said nothing of the attack.
    if {"rule:fr", "has:institution"} <= candidate.features and min(candidate.rules_read_in, default=9) < 2:
        return True
    return len(candidate.rules_read_in) > 1 and min(candidate.rules_read_in) < 2


# A list may name how its members are related ("Nova Scotia Power and parent company Emera suffered a
# cyberattack", "Marriott and its subsidiary Starwood"): a parent or subsidiary written in one
# coordination with a chosen victim shares its verb, as any other listed name does.
_RELATED = (
    r"(?:(?:its|their|sa|son|zijn|haar|seine?|ihre?)\s)?(?:parent(?:\s(?:company|firm|group|organi[sz]ation))?|"
    r"subsidiary|sister\s(?:company|firm|brand)|maison\smère|filiale|moederbedrijf|dochterbedrijf|"
    r"Muttergesellschaft|Tochter(?:gesellschaft|firma)?)\s"
)
_SEPARATOR = rf"(?:,\s(?:and\s|or\s|&\s)?|\s(?:and|et|en|und|or|&)\s|;\s(?:and\s)?)(?:{_RELATED})?"
_BETWEEN = re.compile(rf"{_SEPARATOR}(?:[A-Z0-9][\w&'’.-]*(?:\s[A-Z0-9][\w&'’.-]*){{0,4}}{_SEPARATOR})*")


def _listed_with(chosen: list[Candidate], found: list[Candidate], model: dict[str, Any]) -> list[Candidate]:
    """Admissible candidates written in one list with a chosen victim, whose score clears the
    model's threshold less `list_margin`."""
    keys = {fold(c.name) for c in chosen}
    out: list[Candidate] = []
    for other in found:
        key = fold(other.name)
        if (
            key in keys
            or any(f" {key} " in f" {k} " or f" {k} " in f" {key} " for k in keys)
            or other.score < model["threshold"] - list_margin(other)  # (`victim_list_ties`)
            or not admissible(other)
            or not_chosen(other)
        ):
            continue
        for victim in chosen:
            for passage in {victim.sentence, other.sentence}:
                a, b = passage.find(victim.name), passage.find(other.name)
                if a < 0 or b < 0:
                    continue
                (first, n1), (second, _) = sorted([(a, victim.name), (b, other.name)])
                if _BETWEEN.fullmatch(passage[first + len(n1) : second]):
                    out.append(other)
                    keys.add(key)
                    break
            if key in keys:
                break
    return out


def choose(found: list[Candidate], model: dict[str, Any] | None = None) -> list[Candidate]:
    """The candidates the model calls victims (probability ≥ the model's threshold), in order;
    of two overlapping names ("Yamaha", "Yamaha Motor Philippines") the likelier one."""
    model = model or weights()
    for candidate in found:
        candidate.score = probability(candidate.features, model)
    kept = [
        c
        for c in found
        if (c.score >= _threshold(c, model) or strong_rule(c)) and admissible(c) and not not_chosen(c)
    ]
    kept = whole_possessives(kept)
    kept = owners_for_things(kept, found, lambda c: admissible(c) and not not_chosen(c))
    # (a name and the same with its legal form: the name, "ThyssenKrupp AG" is ThyssenKrupp, GUIDE.md §13)
    kept = [
        k
        for k in kept
        if not any(_LEGAL_FORM.fullmatch(k.name.removeprefix(j.name)) for j in kept if j is not k)
    ]
    out: list[Candidate] = []
    for candidate in sorted(kept, key=lambda c: -c.score):
        key = f" {fold(candidate.name)} "
        if any(key in f" {fold(o.name)} " or f" {fold(o.name)} " in key for o in out):
            continue
        out.append(candidate)
    # "Yamaha" and "Yamaha Canada Music", both kept: the page names the one hit in full (not
    # "Otelier's Atlassian": what belongs to the victim is no longer name of it).
    for i, candidate in enumerate(out):
        # (nor what the page says is the victim's thing: "Toyota Supplier Management Network")
        longer = [
            k
            for k in kept
            if k.name.startswith(candidate.name + " ") and not part_of_thing(k.name, candidate.name, found)
        ]
        if longer:
            out[i] = max(longer, key=lambda k: (len(k.name), k.score))
    out += _listed_with(out, found, model)
    order = {id(c): i for i, c in enumerate(found)}
    return [_institution_of(c, found) for c in sorted(out, key=lambda c: order[id(c)])]
