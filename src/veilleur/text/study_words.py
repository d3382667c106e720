"""What a page calls itself when it is a report, a study or a survey: one vocabulary for the two
places that recognise such a page, each with its own scope.

- The priority (`enrich/priority.py`) reads the headline only: an incident-category page that calls
  itself a report and states no incident ranks as a study does.
- The briefing (`brief/study.py`) reads the headline and the lead's first sentences: a report's
  briefing opens with its figures, under the kind the page gives itself (report, study, survey).

Words that call a headline a report but that a lead uses of anything ("trends", "insights into the
intrusion", "in review") are read in a headline only (`HEADLINE_ONLY`).
"""

from __future__ import annotations

import re
from functools import cache

SURVEY = r"survey(?:ed)?|enquête|sondage|baromètre|umfrage"
STUDY = r"(?<!case )study|studie|étude|research (?:reveals|finds|shows)"
# "report" but not "reported", "reports that…", "a report of an attack" (news of an incident)
REPORT = (
    r"report(?!ed|s? (?:that|of (?:a|an|the) (?:attack|breach|incident)))|reports?:|year in review|"
    r"rapport|bilan|panorama|lagebericht|jahresbericht"
    # A "State of …" report is capitalised and names its year or its field: "the state of Georgia's
    # agency" (a place) made a breach's page a report, its day of month a figure.
    r"|(?-i:State of)(?: the)? (?:(?:[\w-]+ ){0,3}(?:19|20)\d\d|(?:ransomware|(?:cyber)?security|"
    r"phishing|malware|threats?|identity|cloud|api|email|software|secops))"
)
HEADLINE_ONLY = r"in review|trends|insights|tendances"
# (kind, French noun phrase, words), first match wins.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("Enquête", "une enquête", SURVEY),
    ("Étude", "une étude", STUDY),
    ("Rapport", "un rapport", REPORT),
)


@cache
def _words(source: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{source})(?!\w)", re.I)


def study_kind_of(headline: str, lead: str = "") -> tuple[str, str] | None:
    """("Rapport", "un rapport") when the headline, or the lead when one is given, calls the page a
    report (a study, a survey); the headline-only words make a report of a headline alone."""
    said = f"{headline}\n{lead}"
    for kind, noun, words in KINDS:
        if _words(words).search(said):
            return kind, noun
    if _words(HEADLINE_ONLY).search(headline):
        return "Rapport", "un rapport"
    return None


def says_it_is_a_study(headline: str) -> bool:
    """The headline calls the page a report, a study or a survey."""
    return study_kind_of(headline) is not None
