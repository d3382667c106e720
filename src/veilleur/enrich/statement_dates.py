"""Dates that belong to a statement, a claim or a court's step rather than to the attack an article
tells (read by `facts.attack_facts`): "the firm said on Monday that it was hit", "the crew last week
claimed it had attacked…", "At a court hearing last week, …". Moved from `facts` (session 34) with
the verb-before-date and court rules added.
"""

from __future__ import annotations

import re

# A date right after a verb of speech or a quotation dates the statement, not the attack: "DHL
# warned customers that it was the target of a "major phishing attack" on June 28" (a warning's
# date, told as "attaque survenue le 28 juin"), "the firm said on Monday that it was hit".
_STATEMENT_BEFORE = re.compile(
    # (a passive "was first reported in August" dates the incident's disclosure, kept as its date)
    r"(?:[\"”»]\s?|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bfirst\s)(?<!\bis\s)\b(?:said|says|warned|warns|announced|disclosed|confirmed|revealed|reported|notified|"
    r"alerted|told|wrote|stated|published|issued|informed|explained|added|a (?:annoncé|indiqué|confirmé|"
    r"précisé|déclaré|averti|prévenu|révélé|publié)|annonçait|indiquait)\s(?:\w+\s)?)$",
    re.I,
)


# After a verb of speech, the date is the statement's when what was said follows it ("confirmed on
# August 25 that the disruption was…"); "a breach disclosed in April, when…" dates the breach.
_SAID_AFTER = re.compile(r",?\s(?:that|it|they|its|how|whether)\b", re.I)
# A date right before such a verb dates the statement, the claim or the court's step: "the Rhysida
# crew last week claimed it had attacked…", "prosecutors last week levied charges" (seed-3335 sample).
_SPEECH_VERBS = (
    r"said|says|claimed|claims|announced|confirmed|disclosed|revealed|reported|published|posted|listed|"
    r"levied|charged|indicted|arrested|sentenced|filed"
)
_SAID_NEXT = re.compile(rf"\s(?:{_SPEECH_VERBS})\b", re.I)
# A date opening the sentence, then a subject of up to three words and such a verb: "On July 10, 2025,
# KrebsOnSecurity reported that…" (after the attack's date, "…on Saturday, the hospital said" keeps it).
_OPENING_SAID = re.compile(
    rf",\s(?!(?:and|but|then|which|who|while|when|after|before)\b)(?:[\w.&'’-]+\s){{1,3}}?(?:{_SPEECH_VERBS})\b",
    re.I,
)
# A court's step dates the case, not the attack: "At a court hearing last week, …".
_COURT_BEFORE = re.compile(r"\b(?:hearing|trial|arraignment|sentencing|indictment|complaint)\s$", re.I)
# What may open a sentence before its date: "Then in September 2022, Microsoft revealed…".
_OPENING = re.compile(r"\W*(?:(?:then|and|but|also|however|meanwhile),?\s)?", re.I)
_ENDS = re.compile(r"[\s.!\"”»)]*")
_QUOTE_END = re.compile(r"[\"”»]\s?$")
_SPEECH = re.compile(
    r"\b(?:said|says|warned|warns|announced|disclosed|confirmed|revealed|told|wrote|stated|alerted|informed|"
    r"a (?:annoncé|indiqué|confirmé|précisé|déclaré|averti|prévenu|révélé))\b",
    re.I,
)


def statement_date(sentence: str, date: re.Match[str]) -> bool:
    """Does the date of `date` in `sentence` date a statement rather than the attack?"""
    if _SAID_NEXT.match(sentence, date.end()) or _COURT_BEFORE.search(sentence, 0, date.start()):
        return True
    if _OPENING.fullmatch(sentence, 0, date.start()) and _OPENING_SAID.match(sentence, date.end()):
        return True
    if _STATEMENT_BEFORE.search(sentence, 0, date.start()) is None:
        return False
    # "…, the commissioner said last month." (the sentence ends on the statement's date)
    if _SAID_AFTER.match(sentence, date.end()) or _ENDS.fullmatch(sentence, date.end()):
        return True
    # after a quotation, only in a sentence that says who spoke ("warned customers … "…attack" on
    # June 28"); a nickname's quotes ("calling themselves "UberLeaks" over the weekend") are no speech
    return bool(_QUOTE_END.search(sentence, 0, date.start()) and _SPEECH.search(sentence, 0, date.start()))
