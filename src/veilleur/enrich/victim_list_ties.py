"""How far under the model's threshold a name listed with a chosen victim may score and still be one.

Names listed with a chosen victim ("AT&T, Verizon, and Lumen Technologies", "Samsung, LG and
Mediatek") are victims with it: a lower bar for them (LIST_MARGIN, chosen by outlet-held-out F1).
A name the trigger rules themselves read as another member of a victim's list ("the three retail
attacks on M&S, Co-op, and Harrods": `victims.rule_reads` reads "M&S" after "attacks on" and the
others as its list, `rule:list`) has no bar: the model, fitted on names each read alone, scores the
second and third of such a list by their own few words ("Co-op" 0.11, "Harrods" 0.33 against 0.65),
though the sentence says of them what it says of the first. `victim_model._listed_with` still asks
that the name be written in one list with a chosen victim, be admissible and no platform, reporter
or phrase naming no one.
"""

from __future__ import annotations

from veilleur.enrich.victim_features import Candidate

LIST_MARGIN = 0.3
# (the features `victims.rule_reads` gives the other names of a list it read a victim in)
_READ_AS_LISTED = frozenset({"rule:list", "rule:victims"})


def list_margin(candidate: Candidate) -> float:
    """How far under the threshold `candidate`, listed with a chosen victim, may score."""
    return 1.0 if candidate.features & _READ_AS_LISTED else LIST_MARGIN
