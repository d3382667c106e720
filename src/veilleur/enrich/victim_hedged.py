"""A name whose own incident the sentence reports at second hand: "X reportedly paid a $25 million
ransom", "X is said to have paid the hackers", "X allegedly suffered a breach", "X aurait payé une
rançon", "X zou losgeld hebben betaald", "X soll Lösegeld gezahlt haben"; and one that speaks of its own attack further than its verb's object
("X says the disruption related to its ongoing cyberattack will cost…").

The relations of `victim_relations` read a subject's verb right after its name ("X paid", "X
suffered"): an adverb or a verb of hearsay between them left the name untied (`doc:untied`, the
victim model's strongest weight against), so the story's own victim scored under the threshold
("CDK Global said to have paid $25M ransom after cyberattack"). The features set are the model's
existing `rel:subject` (who paid) and `rel:passive` (who suffered), read by
`victim_relation_clauses.clause_ties`."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.victim_relation_words import _SUFFERED

# What hedges a report: "reportedly", "is said to have", "is believed to have", "aurait", "zou", "soll".
_HEARSAY = (
    r"(?:(?:is|was|has|had|have)\s)?(?:reportedly|allegedly|apparently|purportedly|(?:said|believed|thought|"
    r"understood|rumou?red|alleged|reported)\sto\s(?:have|be))"
)
# A ransom paid: "paid a $25 million ransom", "paid the hackers", "paid off the attackers".
_PAID = (
    r"(?:paid|pays|paying|pay)\s(?:off\s)?[^.;]{0,50}?\b(?:ransom|ransoms|hackers?|attackers?|extortionists?|"
    r"criminals?|cybercriminals?|crooks|gang)\b"
)
# What it suffered: "suffered a breach", "been hit by ransomware", "fallen victim", "hit by".
_HIT = rf"(?:(?:been|be)\s)?(?:suffered|fallen victim|fell victim|{_SUFFERED})\b"
_HEDGED_PAID = (
    rf"(?i:^(?:['’]s)?(?:,\s[^,.;]{{2,70}},)?\s{_HEARSAY}\s{_PAID}"
    # French conditional, Dutch "zou … hebben betaald", German "soll … gezahlt haben".
    r"|^\s(?:aurait|auraient)\s(?:payé|versé)\s[^.;]{0,40}?\brançon\b"
    r"|^\s(?:zou|zouden)\s[^.;]{0,40}?\blosgeld\s(?:hebben\s)?betaald\b"
    r"|^\s(?:soll|sollen)\s[^.;]{0,40}?\bLösegeld\s(?:gezahlt|bezahlt)\b)"
)
_HEDGED_HIT = (
    rf"(?i:^(?:['’]s)?(?:,\s[^,.;]{{2,70}},)?\s{_HEARSAY}\s{_HIT}"
    # (German puts the participle last: "X soll gehackt worden sein"; French and Dutch hearsay, "X
    # aurait été victime", "X zou zijn getroffen", the passive relations already read)
    r"|^\s(?:soll|sollen)\s[^.;]{0,30}?\b(?:gehackt|angegriffen|getroffen)\s(?:worden\s)?sein\b)"
)


# "X says the disruption related to its ongoing cyberattack will cost…", "X warned that the fallout
# from its April breach…": what the subject says of its own attack, further than its verb's object.
# (only a few words before the attack noun, none a report's: not "X says its research found
# ransomware attacks rose", nor "its incident response team")
_SAYS_OWN = (
    r"(?i:^(?:['’]s)?(?:,\s[^,.;]{2,70},)?\s(?:has\s|have\s)?(?:says?|said|warns?|warned|tells|told|expects?|"
    r"expected|estimates?|estimated|admits?|admitted)\s[^.;]{0,60}?\b(?:its|their)\s(?:(?:ongoing|recent|latest|"
    r"earlier|last|apparent|alleged|suspected|reported|own|cyber|ransomware|data|security|IT|network|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\s){0,2}"
    r"(?:cyber[- ]?attack|attack|data breach|breach|hack|intrusion|ransomware attack|cyber[- ]?incident|"
    r"security incident|incident)s?\b(?!\s(?:response|report|reports|data|team|figures|survey|statistics)\b))"
)


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return re.compile(_HEDGED_PAID), re.compile(_HEDGED_HIT), re.compile(_SAYS_OWN)


def hedged_ties(passage: str, start: int, end: int) -> set[str]:
    """`rel:subject` when the name passage[start:end] is said at second hand to have paid a ransom or
    says what its own attack did, `rel:passive` when it is said at second hand to have suffered it."""
    right = passage[end : end + 140]
    paid, hit, says_own = _compiled()
    out: set[str] = set()
    if paid.match(right) or says_own.match(right):
        out.add("rel:subject")
    if hit.match(right):
        out.add("rel:passive")
    return out
