"""Words of a sentence or a headline that a name's run picked up, never a victim whatever the victim
model says (`victim_admissible.veto`): a pronoun or a short word opening a sentence, a run that ends
with the next sentence's first word, a headline's opening wordplay."""

from __future__ import annotations

from veilleur.enrich.victim_features import Candidate

# Pronouns and modal verbs that open a sentence, in four languages: no name, even where a trigger
# rule reads "Someone hacked…" as "X hacked".
PRONOUNS = frozenset(
    """someone somebody anyone anybody everyone everybody nobody something anything everything could
    would should might must shall will can cannot may quelqu'un quelqu’un personne chacun iemand
    niemand iedereen iets jemand niemand jeder jedermann etwas man""".split()
)
# Two-letter words opening a sentence, written as they open it ("If a breach occurs…", "Si une
# fuite…", "Op maandag…", "Im März…"); too short for the dictionary check ("IT", "US", "LG" are names).
SHORT_WORDS = frozenset(
    """If It In On At As An Of Or To By We He Be Do So No My Me Us Si Il En Au Du Ce Ne Je Tu Un Op Om Er Ze Al
    Nu Es Im Am Um Wo Ob Zu Ab""".split()
)
# What puts a headline's first word in the lead or ties it to the attack: then it may be the name.
_BACKED = ("at:lead",)


def sentence_word_reason(candidate: Candidate, ruled: bool) -> str:
    """Why `candidate` is a sentence's or a headline's word rather than a name ("" when it is not);
    `ruled`: a trigger rule reads it as attacked."""
    name, features = candidate.name, candidate.features
    if name.casefold() in PRONOUNS or name in SHORT_WORDS:
        return "pronoun or short word"
    # A run that ends with a word opening the next sentence ("Infosec in Brief If a cyberattack hit…"
    # read as "Brief If"): a column's title and a sentence's first word, no name.
    if " " in name and name.rsplit(" ", 1)[1] in SHORT_WORDS:
        return "runs into a sentence"
    # The headline's first word, written nowhere else, that no sentence ties to the attack nor any
    # rule reads ("Datacus extractus: publisher breached"): a headline's wordplay, not the victim,
    # whose name the lead writes.
    if {"at:title", "shape:opening_word", "count:1", "doc:untied"} <= features and not (
        ruled or any(f in features for f in _BACKED)
    ):
        return "headline's opening word"
    return ""
