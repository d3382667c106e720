"""Candidates the victim model may score high that are left out when the victims are chosen
(`victim_model.choose`), not when the model is fitted: its weights read these candidates as they
were trained, as plain negatives or positives, so the rules stay apart from the fit."""

from __future__ import annotations

from veilleur.enrich import victim_reporting as reporting
from veilleur.enrich.victim_admissible import names_no_one
from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_phrases import written_as_sector
from veilleur.enrich.victim_roles import other_role
from veilleur.enrich.victim_shapes import written_as_attribute


# A name a crime went through, not one it hit ("abusing X", "sold on the X forum", "en abusant de X"):
# of the 678 training pages' 86 candidates so written, none is a victim (GUIDE §5: the platform).
def not_chosen(candidate: Candidate) -> bool:
    """A platform the crime went through, an agency that reports, a phrase naming no one, a sector's name
    or a name written as what describes another's noun ("X publisher"): left out at choice time, not
    when the model is fitted."""
    name, sentence = candidate.name, candidate.sentence
    platform = "rel:platform" in candidate.features or reporting.agency_untied(candidate)
    return (
        platform
        or names_no_one(name)
        or written_as_sector(name, sentence)
        or written_as_attribute(name, sentence)
        or other_role(candidate)
    )
