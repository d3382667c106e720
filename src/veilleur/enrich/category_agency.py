"""Who leads a national cyber or signals-intelligence agency: a headline about the appointment,
nomination or departure of its head is `policy-regulation` (bench/data/intel/GUIDE.md §4, "the
appointment or dismissal of the head of a national cyber or signals-intelligence agency"), though it
names no law or rule and no event of any other kind. So is one about what the government gives the
agency, its staff and budget cut or its programmes scrapped: the same decision of a government about
its cyber agency, though the lead may speak of the threats the cuts leave unwatched.
"""

from __future__ import annotations

import re

# National cyber and signals-intelligence agencies, by their usual short names or by what they are.
_AGENCY = (
    r"(?:cisa|nsa|(?:us |u\.s\. )?cyber ?command|cybercom|anssi|bsi|ncsc|enisa|acn|gchq|ccb|nctv|"
    r"(?:national |federal )?cyber(?:security)? agency|agence (?:nationale )?de (?:la )?cybersécurité|"
    r"cybersicherheitsbehörde|signals intelligence agency)"
)
# Who takes or leaves its head: a named or nominated chief, a new head or deputy, a resignation or an
# ouster ("Trump's CISA boss nominee", "CISA has a new No. 2", "NSA chief ousted", "nommé à la tête de
# l'ANSSI", "neue BSI-Präsidentin ernannt", "nieuwe directeur NCSC benoemd"). A chief's words ("CISA
# boss: secure code is…") are not an appointment.
_APPOINTMENT = (
    r"(?:appoint\w*|nominat\w*|nominee|new (?:[\w.-]+ ){0,2}(?:director|chief|head|boss|deputy|no\. ?2|number two|"
    r"leader|commander|president)|steps? down|stepping down|resign\w*|ousted|ousts?|fired|sacked|acting (?:director|"
    r"chief|head)|successor|nommée?|nomination|ernannt|ernennt|benoemd|nieuwe (?:directeur|baas|topman)|"
    # a new head told in Italian, French or German ("Nuovo direttore di ACN", "nouveau directeur de l'ANSSI")
    r"nuov[oa] (?:direttore|direttrice|capo|president\w*)|nouv(?:eau|elle) (?:directeur|directrice|patron\w*|chef)|"
    r"neue[rn]? (?:direktor\w*|präsident\w*|leiter\w*|chef\w*)|"
    # the staff and the budget it is given ("As CISA braces for more cuts", "layoffs at CISA", "coupes à
    # l'ANSSI", "Kürzungen beim BSI", "bezuinigingen bij het NCSC")
    r"(?:more|budget|staff|job|jobs|funding|workforce|deep|steep|further) cuts|cuts (?:to|at)|layoffs?|"
    r"lay(?:s|ing)? off|laid off|defund\w*|downsiz\w*|coupes? (?:budgétaires? )?(?:à|dans)|kürzung\w*|"
    r"stellenabbau|bezuiniging\w*)"
)
APPOINTMENT = re.compile(
    rf"(?<!\w)(?:{_AGENCY}\b[^.;:]{{0,60}}?\b{_APPOINTMENT}|{_APPOINTMENT}\b[^.;:]{{0,60}}?\b{_AGENCY})\b",
    re.I,
)


def agency_appointment(title: str) -> bool:
    """The headline tells who takes or leaves the head of a national cyber or intelligence agency, or what
    staff and budget the government leaves it."""
    return APPOINTMENT.search(title) is not None
