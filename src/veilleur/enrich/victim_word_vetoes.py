"""Vetoes of English words that Title Case or the recogniser made look like a name (`word_reason`):
a kind of attack, a plural noun opening a sentence, a sentence word, one English word, a phrase the
page also writes in lower case. Split from `victim_admissible`, which asks them in its order."""

from __future__ import annotations

import re

from veilleur.enrich.nlp import english_noun, english_words
from veilleur.enrich.victim_dictionary import _dictionary_word, inflected_word
from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_named_hit import NAMED_TIES
from veilleur.enrich.victim_names_kept import firm_written_again, spelled_out
from veilleur.enrich.victim_sentence_words import sentence_word_reason
from veilleur.enrich.victim_words import _PARTICLES
from veilleur.enrich.victim_written_as import named_after_kind

_KIND_OF_ATTACK = frozenset({"words:1", "count:1", "ent:none", "R1:attack"})
# The recogniser's labels of a name: a word it labels so is not the sentence's.
_NAMED = {"ORG", "PERSON", "PER", "GPE", "LOC", "FAC", "PRODUCT"}
_CONTRACTION = re.compile(r"\w+['’](?:m|re|ve|ll|d|s|t)", re.I)
_CAPITALS = re.compile(r"[A-Z]{3,}")


def _plural_noun(name: str) -> bool:
    """One lower-case-able word that is an English noun's plural ("Teenagers", "Residents")."""
    word = name.casefold()
    return " " not in word and word.endswith("s") and english_noun(word[:-1])


def _english_words(candidate: Candidate) -> bool:
    """Whether every word of the candidate's name is English. One word, or words with an
    institution's ("Poly Network", "Quorvel Bank"), must each be a dictionary word or its regular
    inflection ("Looks", "Extortionists"): a brand that only starts like one ("Tanium", "Lowe’s",
    "Baidu", "Poly") is a name. Other words keep the looser test of `_dictionary_word`, which cuts
    up to four letters: persons' names whose parts start like words ("Gal Gadot") are not victims
    more often than they are (last session's stricter test for every name brought them back)."""
    words = candidate.name.split()
    # A longer name opened by a word in capitals in a sentence that is not ("multiple DISH Network
    # outages"): the brand's own spelling, as an acronym's, not the dictionary's "dish".
    if len(words) > 1 and not candidate.sentence.isupper() and _CAPITALS.fullmatch(words[0]):
        return False
    if len(words) == 1 or "has:institution" in candidate.features:
        return all(inflected_word(w.casefold()) or _CONTRACTION.fullmatch(w) or w == "&" for w in words)
    return all(_dictionary_word(w.casefold()) or _CONTRACTION.fullmatch(w) or w == "&" for w in words)


def word_reason(candidate: Candidate, ruled: bool) -> str:
    """Why `candidate` is an English word and no name ("" when nothing says so); `ruled` when a
    trigger rule read it as attacked."""
    label = candidate.label
    # One dictionary word, written once, that the recogniser calls no name, right before an attack
    # noun is a kind of attack, even read by a rule ("Insider breach at a bank exposes…", "AI Malware,
    # Cloud Breaches and Critical CVEs"): a victim's name comes back in the text, or is a name's.
    # (the word as written: "Optus" is no "opt")
    kind_of_attack = candidate.features >= _KIND_OF_ATTACK and candidate.name.casefold() in english_words()
    if kind_of_attack and not candidate.name.isupper():
        return "kind of attack"
    # A plural noun opening the sentence ("Teenagers charged over cyber attack on X", "Politicos: 'There
    # is a case…'", which the recogniser calls a person): people, not a name (a rule's reading stays).
    if (
        {"shape:opening_word", "count:1"} <= candidate.features
        and ("ent:none" in candidate.features or (label in {"PERSON", "PER"} and not ruled))
        and _plural_noun(candidate.name)
    ):
        return "opening plural noun"
    if sentence_word := sentence_word_reason(candidate, ruled):
        return sentence_word
    # One English word that the recogniser does not call a name and no rule reads as attacked
    # ("Years", "Someone", "Looks", "Identity", "Extortionists"): a word of the sentence, whatever
    # Title Case made of it; not one a sentence names after its kind of organisation ("IT giant
    # Accenture") or lists among names hit ("A, Yahoo, and B have all been hit": grammar says so).
    if (
        label not in _NAMED
        and not (ruled or "list:passive" in candidate.features)
        and not _capitalised_inside(candidate)
        # (nor words followed by their initials, "Jaguar Land Rover (JLR) has confirmed…", unless an
        # institution's, "Government Accountability Office (GAO) has warned": an agency that reports;
        # nor a firm's
        # words written again, "Gravel Analytics": `victim_names_kept`)
        and not (
            "has:institution" not in candidate.features and spelled_out(candidate.name, candidate.sentence)
        )
        and not firm_written_again(candidate.name, candidate.features)
        and not (
            "at:title_case" not in candidate.features and named_after_kind(candidate.name, candidate.sentence)
        )
        and _english_words(candidate)
    ):
        return "one English word"
    # Several English words the page also writes in lower case ("Supply Chain" of a related
    # article's Title Case line, where the text says "supply chain security firm"): a phrase, which
    # no recogniser called a name and no rule read as attacked. A name is not written so.
    if label not in _NAMED and not ruled and "shape:lowercase_phrase" in candidate.features:
        return "phrase written in lower case"
    return ""


# How a sentence ties a name to the attack (`victim_relations`): what was hit, who suffered or
# disclosed it, whose systems, or a list or copula naming it as hit ("Amongst those in the group's
# sights were the First American Holding Company and…", `victim_named_hit`).
_TIED = {"rel:object", "rel:passive", "rel:subject", "rel:asset"} | NAMED_TIES


def _capitalised_inside(candidate: Candidate) -> bool:
    """Several capitalised words written inside a sentence that ties them to the attack, not in a
    Title Case headline ("demanded a ransom from Johnson Controls", "attacks … including the Royal
    Mail"; not "Supply Chain Attacks Rise", "Supply chain…" opening a sentence, nor "hackers in
    Latin America"): English words so written are a name, not the sentence's."""
    words = candidate.name.split()
    if (
        len(words) < 2
        or "at:title_case" in candidate.features
        or not candidate.features & _TIED
        or not all(w[:1].isupper() or w == "&" or w.casefold() in _PARTICLES for w in words)
    ):
        return False
    at = candidate.sentence.find(candidate.name)
    # (capitalised words joined by "&" are a firm's name wherever the sentence writes them: "Marks &
    # Spencer, the Co-op, and Harrods were all targets"; a sentence's words are joined by "and")
    return (at > 0 and bool(candidate.sentence[:at].strip(" \"“‘'([«"))) or " & " in candidate.name
