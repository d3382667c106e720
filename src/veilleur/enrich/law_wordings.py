"""Wordings a police and court story uses that state no police or court action of its own (read by
`law_facts`): a charge that is an adjective, a price, a denial or an earlier year's; a count that
is the crime's victims; a takedown of content asked of a person. Each was read on an unlabelled
seed-3335 sample (session 34) as a charge, an arrest count or a seizure.
"""

from __future__ import annotations

import re

# "politically charged swattings", "highly charged", "supercharged": the adjective, no charge.
_CHARGED_ADJECTIVE = re.compile(r"(?:\b\w+ly|\bsuper|\bemotionally|\bover)[\s-]?$", re.I)
# A price: "charged the sellers a monthly fee", "charged customers $5", "charged for access".
_PRICE_AFTER = re.compile(
    r"\s(?:(?:[\w'’-]+\s){0,3}?(?:an?\s)?(?:[\w-]+\s)?(?:fees?|commissions?|prices?|rates?|premiums?|"
    r"subscriptions?|interest)\b|(?:[\w'’-]+\s){0,2}?[$€£]\s?\d|for\s(?:access|the\sservice|using))",
    re.I,
)
# A charge denied or asked about: "no open cases or charges against him", "has not been charged".
_DENIED = re.compile(
    r"\b(?:no|any|without|never|not|pas|aucune?|geen|keine?)\s(?:(?:been|yet|open|formal|criminal|cases|"
    r"investigations?|or)\s){0,4}$",
    re.I,
)
# A year before the noun dates another, earlier case: "the FBI's 2024 indictment of …".
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s$")


def no_charge(sentence: str, match: re.Match[str]) -> bool:
    """Is the charge word `match` of `sentence` an adjective, a price, a denial or an earlier case's?"""
    before = sentence[: match.start()]
    word = match.group(0).casefold()
    if word == "charged" and (_CHARGED_ADJECTIVE.search(before) or _PRICE_AFTER.match(sentence, match.end())):
        return True
    return bool(_DENIED.search(before[-60:]) or _YEAR_BEFORE.search(before))


# What is done to a crime's victims, not to the suspects: "responsible for defrauding hundreds of
# elderly people has been arrested" gave "hundreds of elderly people" as the arrest count.
_CRIME_VERB = re.compile(
    r"\b(?:defraud|scam|target|victimi[sz]|dup|cheat|swindl|harass|extort|rob|trick|lur|impersonat|"
    r"affect|harm|blackmail|threaten|stalk|bilk)\w*\s(?:(?:more|than|over|at|least|some|about|around)\s)*$",
    re.I,
)


def victims_counted(sentence: str, match: re.Match[str]) -> bool:
    """Is the count `match` of `sentence` the object of a crime ("defrauding hundreds of people")?"""
    return _CRIME_VERB.search(sentence, 0, match.start()) is not None


# Content taken down at someone's request ("asking him to take down the images") is no seizure.
_CONTENT = re.compile(
    r"\s(?:the\s|these\s|those\s|such\s|his\s|her\s|their\s)?(?:[\w-]+\s)?(?:images?|posts?|content|videos?|"
    r"pictures?|photos?|material|tweets?|messages?|comments?|listings?|articles?)\b",
    re.I,
)


# "Takedown" naming a kind of request ("sending 100,000 fraudulent takedown requests", a lawsuit over
# copyright notices, seed-3339 sample): a notice asking for content to go, no service taken.
_REQUEST = re.compile(r"\s(?:requests?|notices?|demands?|letters?|orders?|claims?|system|process)\b", re.I)


def content_removed(sentence: str, match: re.Match[str]) -> bool:
    """Does the takedown `match` of `sentence` remove content rather than seize a service?"""
    return _CONTENT.match(sentence, match.end()) is not None or (
        match.group(0).casefold() == "takedown" and _REQUEST.match(sentence, match.end()) is not None
    )


# An aim, not an act: "committed to using all available tools to disrupt the regime's efforts" ("has
# moved to dismantle a syndicate" is the act).
_TO_BEFORE = re.compile(
    r"\b(?:tools?|means|efforts?|committed|aim(?:s|ed|ing)?|plan(?:s|ned)?|seek(?:s|ing)?|want(?:s|ed)?|"
    r"intend(?:s|ed)?|vow(?:s|ed)?|pledge[sd]?|in\sorder|hopes?|designed|meant)\s(?:[\w-]+\s)?to\s$",
    re.I,
)


def aimed(sentence: str, match: re.Match[str]) -> bool:
    """Is the takedown `match` of `sentence` an aim's infinitive ("tools to disrupt"), not an act?"""
    return _TO_BEFORE.search(sentence, 0, match.start()) is not None


# A penalty a charge carries, not one imposed: "could mean a maximum of five years in prison … plus
# the seizure of assets", "carries a maximum prison sentence of 20 years … plus restitution and
# forfeiture" (seed-3340 sample, a guilty plea briefed "Saisies annoncées par les autorités").
_PENALTY_BEFORE = re.compile(
    r"\b(?:maximum|faces?|facing|could\s(?:mean|get|bring|result\sin)|carr(?:y|ies)\s(?:a\s)?(?:maximum|penalty|"
    r"sentence|up\sto|possible)|up\sto|risks?|punishable|"
    r"encour(?:t|ent|ir)|passibles?|risque\w*|drohen|riskeert)\b",
    re.I,
)


# A penalty imposed between the risk and the word: "who had been facing up to five years in prison,
# was sentenced … and ordered to pay a forfeiture of $50,000" is a forfeiture ordered.
_IMPOSED = re.compile(r"\b(?:sentenced|ordered|condamnée?s?|verurteilt|veroordeeld)\b", re.I)


def penalty_risked(sentence: str, match: re.Match[str]) -> bool:
    """Is the seizure or forfeiture word `match` of `sentence` a penalty the charge carries?"""
    risks = list(_PENALTY_BEFORE.finditer(sentence, 0, match.start()))
    return bool(risks) and _IMPOSED.search(sentence, risks[-1].end(), match.start()) is None


# An arrest authorised, ordered or fended off, not made: "the Justice Minister authorized Kim
# Dotcom's immediate arrest", "Kim Dotcom Fends Off Arrest", "approved Dotcom's extradition"
# (seed-3340 sample, briefed "Arrestations annoncées" for a man still free).
_NOT_MADE = re.compile(
    r"\b(?:authori[sz](?:e|es|ed|ing)|order(?:s|ed|ing)?|approv(?:e|es|ed|ing)|fends?\soff|fended\soff|"
    r"fending\soff|fights?\soff|fought\soff|warrants?\sfor|a\sautorisé|ordonn\w*)\s(?:[\w'’.-]+\s){0,3}$",
    re.I,
)


# An extradition is an arrest only when done: "the standard extradition document", "the decision to
# extradite", "should be extradited" (seed-3340 sample, the same page) speak of none, unless the
# sentence says the person is held ("is being held in the Netherlands while he awaits extradition").
_HELD = re.compile(
    r"\b(?:held|detained|jailed|in\s(?:custody|jail|prison|detention)|behind\sbars|incarcerated)\b", re.I
)
_EXTRADITION_TO_COME = re.compile(
    r"\b(?:to|should|could|would|will|may|might|must|can)\s(?:not\s)?(?:be\s)?$", re.I
)


def arrest_not_made(sentence: str, match: re.Match[str]) -> bool:
    """Is the arrest word `match` of `sentence` an arrest authorised, avoided or to come, not one made?"""
    word = match.group(0).casefold()
    if (
        word.startswith("extradit")
        and (word != "extradited" or _EXTRADITION_TO_COME.search(sentence, 0, match.start()) is not None)
        and _HELD.search(sentence) is None
    ):
        return True
    return _NOT_MADE.search(sentence[max(0, match.start() - 60) : match.start()]) is not None
