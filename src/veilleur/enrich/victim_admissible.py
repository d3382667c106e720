"""What is never a victim whatever the victim model says (`admissible`): a date, number or
nationality, a pronoun, a month, the outlet, a known threat, product or place, words of a Title Case
headline, a person quoted in the lead. Used by `victim_model` on each candidate. The reasons are asked
in this module's order; the shapes of names are in `victim_never_shapes`, the English words in
`victim_word_vetoes`, the phrases left out at choice time in `victim_phrases` (re-exported here)."""

from __future__ import annotations

import re

from veilleur.enrich.security_people import named_in_passing
from veilleur.enrich.victim_features import _MODIFIER, Candidate, brand_with_digits
from veilleur.enrich.victim_misreads import misread
from veilleur.enrich.victim_more_reads import says_own_victim
from veilleur.enrich.victim_named_anyway import brand_counted
from veilleur.enrich.victim_named_hit import NAMED_TIES
from veilleur.enrich.victim_names_kept import described_place, institution_named
from veilleur.enrich.victim_never_shapes import never_by_shape, product_kind
from veilleur.enrich.victim_openings import opens_with_institution
from veilleur.enrich.victim_owned import byline, owned_name, place_with_adjective
from veilleur.enrich.victim_phrases import names_no_one as names_no_one
from veilleur.enrich.victim_reporting import is_show
from veilleur.enrich.victim_state_places import state_hit
from veilleur.enrich.victim_terms import term_of_the_field
from veilleur.enrich.victim_word_vetoes import word_reason
from veilleur.enrich.victim_written_as import described_as_organisation, named_after_kind

# Entity labels that a victim's name never is: dates, numbers, nationalities, languages.
_NOT_A_VICTIM = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "NORP", "LANGUAGE"}
# The recogniser calls some brands NORP ("Yamaha"); only demonym-shaped names are nationalities,
# of a region too, in two words ("Middle Eastern", "South African", "Latin American").
_DEMONYM = re.compile(r"(?i)^(?:[\w-]+\s)?[\w-]+(?:an|ese|ish|i|ic|ern)$")


def _people(name: str) -> bool:
    """A name of the demonym's shape that is a people's: its last word (after any hyphen,
    "Pro-European") is in the English word list, as every demonym is ("Russian", "Tibetan",
    "Eurasian"); a brand of that shape is not ("Experian", "Atlassian")."""
    from veilleur.enrich.nlp import english_words  # (the word list loads on first use)

    return bool(_DEMONYM.search(name)) and name.split()[-1].split("-")[-1].casefold() in english_words()


# Features no victim has: a pronoun or sentence word, a month, a number, the outlet, a threat, a place.
_NEVER = {"known:stop", "known:date", "shape:number", "known:outlet", "known:threat", "known:place"}
_QUOTED = re.compile(r"researchers?|analysts?|\bsaid\b|\bsays\b|\btold\b|according to|in the words of|experts?|spokes\w+|"
                     r"chercheurs?|selon|a déclaré|explique", re.I)  # fmt: skip
_PREPOSITION_BEFORE = {"L1:prep", "L1:place_prep"}
_NAME_LABELS = {"ent:ORG", "ent:PER", "ent:PERSON", "ent:LOC", "ent:GPE", "ent:FAC"}


# What a speaker or a firm runs, named after "our", "its" or "their": "an incident involving our
# unclassified Acquisition Research Center (ARC) website" is the agency's site, no second victim.
_THING_NOUN = r"(?:website|site|portal|system|systems|network|database|platform|app|server|servers)\b"
# The pattern's two fixed parts, each required: a sentence without either is answered without
# building the pattern for the name (a compile per candidate, most of them for nothing).
_POSSESSIVE = re.compile(r"\b(?:our|its|their)\s")
_THING = re.compile(rf"\s{_THING_NOUN}")


def owned_thing(name: str, sentence: str) -> bool:
    """Whether `sentence` writes `name` only as a possessive's thing ("our X (XYZ) website")."""
    if sentence.count(name) != 1 or not _POSSESSIVE.search(sentence) or not _THING.search(sentence):
        return False
    owned = (
        rf"\b(?:our|its|their)\s(?:[a-z]+\s){{0,2}}{re.escape(name)}(?:\s\([A-Z]{{2,8}}\))?\s{_THING_NOUN}"
    )
    return bool(re.search(owned, sentence))


def veto(candidate: Candidate) -> str:
    """Why `candidate` is never a victim whatever the model says ("" when nothing says so): a date,
    number or nationality, a pronoun, a month, the outlet, a known threat or place, a person quoted
    in the lead… (`bench/victim_diagnosis.py --vetoes` counts what each reason removes, held out)."""
    label = candidate.label
    # The recogniser calls some brands dates or nationalities ("Workday", "Experian", "Yamaha"):
    # its label vetoes a name only when the name has the shape too (digits, a month, a people).
    # It calls brands with digits numbers ("3CX", "23andMe" as CARDINAL): a trigger rule's name
    # ("attack on 3CX") of that shape is kept, and so is one such word counted alone (`brand_counted`).
    brand = (any(f.startswith("rule:") for f in candidate.features) or brand_counted(candidate)) and all(
        brand_with_digits(w) or not re.search(r"\d", w) for w in candidate.name.split()
    )
    if label in _NOT_A_VICTIM and (
        (label not in {"DATE", "NORP"} and not brand)
        or (label == "DATE" and (re.search(r"\d", candidate.name) or "known:date" in candidate.features))
        or (label == "NORP" and _people(candidate.name) and "rule:before" not in candidate.features)
    ):
        return "entity label"
    never = candidate.features & _NEVER
    # (a threat's name the sentence writes as an organisation's, "nursery chain X", is the organisation's)
    if never == {"known:threat"} and described_as_organisation(candidate.name, candidate.sentence):
        never = set()
    # (a US state's or city's own systems or data hit: its government, `victim_state_places`)
    if never == {"known:place"} and state_hit(candidate):
        never = set()
    if never or _MODIFIER.fullmatch(candidate.name) or never_by_shape(candidate):
        return "never (date, outlet, threat, place, shape)"
    if owned_thing(candidate.name, candidate.sentence) or owned_name(candidate.name, candidate.sentence):
        return "its owner's thing"
    # (the attackers' noun, a law's or a malware's name, the town where: even read by a rule)
    if reason := misread(candidate.name, candidate.sentence):
        return reason
    # "Troubled US insurer X", "Prominent US law firm X": what describes X
    if place_with_adjective(candidate.name) or described_place(candidate.name, candidate.sentence):
        return "adjective and place"
    if byline(candidate):
        return "byline"
    if term_of_the_field(candidate.name, candidate.sentence):  # "BEC", "SMTP", "USIM data", even ruled
        return "technical term"
    if is_show(candidate.name, candidate.sentence):
        return "show or newsletter"
    # A place the recogniser knows as one and the text writes as one ("la clinique X à Bourg-Fictif",
    # "a hospital in Hamm"): where the victim is, unless a trigger rule names it as attacked.
    if (
        label in {"LOC", "GPE"}
        and "L1:place_prep" in candidate.features
        and not any(f.startswith("rule:") for f in candidate.features)
        and "has:institution" not in candidate.features
        and not institution_named(candidate.name, candidate.sentence)
    ):
        return "place where"
    # Our training pages are English: on other pages a name must be the recogniser's, the trigger
    # rules' or an institution's ("Jeux Vidéo", "Points Clés" are French headings, not names).
    # (The French model's MISC is headings and works as often as names: "Jeux Vidéo"; a French
    # headline in Title Case is no evidence, nor is "Groupe X", a threat group.)
    if "lang:en" not in candidate.features and not any(f.startswith("rule:") for f in candidate.features):
        if not (candidate.features & _NAME_LABELS or "has:institution" in candidate.features):
            return "not English: no name label"
        if "has:threat_word" in candidate.features:
            return "not English: threat word"
        if {"at:title_case", "at:title"} <= candidate.features and not candidate.features & {
            "at:first",
            "at:lead",
        }:
            return "not English: title case"
    ruled = any(f.startswith("rule:") for f in candidate.features)
    # Without a trigger rule reading it as attacked: a security firm, agency or outlet named outside
    # the headline reports; a run of a Title Case headline the recogniser does not call a name and
    # the lead does not repeat is words ("Western Firms Now Demanding Ransom"); a name with a
    # threat's word is a threat or a product ("Outlook Malware"); a place the recogniser knows is
    # where things happen. (Outlet-held-out, these are 1 victim in 900 candidates.)
    if not ruled and (
        ("known:reporter" in candidate.features and "at:title" not in candidate.features)
        # a name its page describes as a security firm ("the security consultancy X")
        or "desc:security" in candidate.features
        # an agency acting on someone: "Autoriteit Persoonsgegevens beboet X", "ICO fines X"
        or ({"known:reporter", "R1:verb_on"} <= candidate.features)
        or ("at:title_case" in candidate.features and not candidate.features & {"at:first", "at:lead"})
        or "has:threat_word" in candidate.features
        # (a name that opens with an institution word is the institution: "Hôpital X", "AZ X"; one its
        # sentence says was hit or disclosed it is an organisation the recogniser took for a place:
        # "Kalmora, a freight firm based in Leeds, said it had been breached")
        or (
            label in {"GPE", "LOC"}
            and not opens_with_institution(candidate.name)
            # ("Los Angeles County Superior Court", "Harlow City water treatment facility")
            and not institution_named(candidate.name, candidate.sentence)
            and not state_hit(candidate)  # ("Rhode Island’s data … leaked": its government's)
            and not (
                # (or what an attack's verb acts on, "breached telcos Verizon, AT&T and Lumen", not
                # through a preposition, "target users on LinkedIn": the gazetteer's places are
                # vetoed above, so this is a name the recogniser took for one)
                (
                    # ("Other affected companies are Echo, …": a list naming it as hit, `victim_named_hit`)
                    candidate.features & ({"rel:passive", "rel:subject"} | NAMED_TIES)
                    or ("rel:object" in candidate.features and not candidate.features & _PREPOSITION_BEFORE)
                )
                # (not "Texas-based Orlin Freight hit by…": a place in a compound adjective)
                and not re.search(rf"{re.escape(candidate.name)}-[a-z]", candidate.sentence)
            )
        )
    ):
        return "no rule: reporter, title words, threat word, place"
    if not ruled and named_in_passing(candidate.name, candidate.sentence, candidate.features):
        return "person named in passing"
    if not ruled and "written:gang" in candidate.features:  # the attackers ("the X gang") are no victim
        return "written as a gang"
    # A product is no organisation, even read by a rule ("Android users data", "WhatsApp users hit"):
    # its maker or its users' organisations are the victims.
    if "known:product" in candidate.features or product_kind(candidate):
        return "product"
    if "shape:compound_words" in candidate.features or (
        "shape:sector_noun" in candidate.features and "lang:en" not in candidate.features
    ):
        return "compound or sector noun"
    if "shape:digit" in candidate.features:  # "Windows 11", "Q3 2024", "427GB"
        return "digits"
    # A run of a Title Case headline that the page never writes again, even read by a rule, is a
    # product or words ("Hackers Exploit Windows Flaw", "LLM Coding Integrity Breach").
    # (not one a rule read as what the attack hit, which the lead then calls "the company")
    if (
        {"at:title_case", "count:1"} <= candidate.features
        and not candidate.features & {"at:first", "at:lead"}
        and not (ruled and "lead:anaphor" in candidate.features)
        # (German writes every noun capitalised: its headline's case says nothing of a rule's name,
        # "Hackerangriff auf Stadtwerke Valmont")
        and not (ruled and "lang:de" in candidate.features)
    ):
        return "title case once"
    # A dictionary word that only ever opens a sentence, which the recogniser does not call a name.
    if {"shape:opening_word", "ent:none", "count:1"} <= candidate.features and not any(
        f.startswith("rule:") for f in candidate.features
    ):
        return "opening word"
    # An adjective opening the sentence before a lower-case noun, written nowhere else ("Massive
    # breach at a data seller", "Dental group fined"), even when a rule read it before "breach".
    if {"shape:opening_adjective", "count:1"} <= candidate.features:
        return "opening adjective"
    if word := word_reason(candidate, ruled):
        return word
    # A person quoted or named by a reporter, unless the sentence says they suffered it ("an
    # investor named Tony who was robbed", "X a été escroquée") or a trigger rule reads the name as
    # what an attack hit: "The NHS says the attack on pathology services provider X…" names a firm
    # the recogniser took for a person, not someone quoted.
    # Nor a name the sentence writes after a kind of organisation ("at education tech giant X",
    # "the insurer X"): the recogniser took a firm for a person, and a firm is not who is quoted.
    if (
        label in {"PERSON", "PER"}
        and _QUOTED.search(candidate.sentence)
        and "rel:passive" not in candidate.features
        and not (ruled and "rel:object" in candidate.features)
        and not named_after_kind(candidate.name, candidate.sentence)
        and not says_own_victim(candidate.name, candidate.sentence)  # ("GoDaddy says it's a victim of")
    ):
        return "quoted person"
    return ""


def admissible(candidate: Candidate) -> bool:
    """False for what is never a victim whatever the model says (`veto`)."""
    return not veto(candidate)
