"""What a seizure took, as the sentence writes it: an amount of money ("$2.3 million in cryptocurrency",
"€1.3 million") or a count of things ("145 domains", "29 web domains", "more than 100 servers"),
before or after the seizing word (EN, FR, NL, DE). Read by `law_facts` for each seizure it keeps, so
a briefing can say what was seized and not only that something was."""

from __future__ import annotations

import re

# Bounded on every side: a count is one run of digits (tried from each digit of "1,1,1,…" it read
# the rest of the run from each), a magnitude one word. The whole run or none: cut after 16
# characters, "$999,999,999,999,999 billion" was stated as "999 999 999 999 dollars"; nor a power's
# exponent or a number glued to a word ("10^400 servers" was "400 serveurs").
_NUMBER = r"(?<![\w,.^])\d[\d,.]{0,15}(?<![,.])(?![,.]?\d)"
# Every magnitude the amounts read ("$500 thousand", "$2 trillion" were "500 dollars", "2 dollars"),
# and none after a sum whose magnitude is not read ("$5 billions": 10^9 or 10^12 by the language).
# (the words of `facts.MAGNITUDES` and `REFUSED_MAGNITUDES`, which import this module through `law_facts`)
_MAGNITUDE = (
    r"(?:millions?|billion|trillion|thousand|mille|milliards?|miljoen|miljard|biljoen|Millionen|Milliarden|"
    r"Billionen|Mio\.|Mrd\.|mln|bn|tn|k|m)(?!\w)"
)
_UNREAD = r"(?!\s?(?:billions|lakhs?|crores?|quadrillions?|zillions?)\b)"
# A count in words ("seized seven domain names"); `brief.seizures` says each in French.
WORD_NUMBERS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# A sum grouped by spaces, after a currency's code: "EUR 1 098 500".
_SPACED = r"(?<![\d,.])\d{1,3}(?:\s\d{3}){1,4}(?![\d,.])"
_QUALIFIER = (
    r"(?:(?:a total of|approximately|about|around|over|more than|nearly|almost|some|roughly|up to|as many as|"
    r"at least|plus de|près de|environ|au moins|ruim|meer dan|bijna|mehr als|über|rund|fast)\s)?"
)
_MONEY = (
    rf"(?:[$€£]\s?{_NUMBER}(?:\s?{_MAGNITUDE})?{_UNREAD}|(?:EUR|USD|GBP)\s(?:{_SPACED}|{_NUMBER})"
    rf"(?:\s?{_MAGNITUDE})?{_UNREAD}|"
    rf"(?:{_NUMBER}|(?:{WORD_NUMBERS})(?=\s{_MAGNITUDE}))(?:\s?{_MAGNITUDE})?\s?(?:de\s|d')?"
    r"(?:dollars|euros|pounds|USD|EUR|GBP|bitcoins?|BTC|ether|ETH|Euro|dollar))(?!\w)"
)
# The things police take ("domains", "servers"), with up to two words before ("web domains",
# "cryptocurrency wallets"); people and victims counted are no seizure.
_THINGS = (
    r"domain names|domains?|noms? de domaine|domaines?|domeinen|Domains?|websites?|sites?(?:\sweb)?|"
    r"servers?|serveurs?|Server|devices|appareils|Geräte|wallets|portefeuilles|accounts|comptes|"
    r"computers|ordinateurs|phones|téléphones|vehicles|véhicules|bitcoins?|cryptocurrenc(?:y|ies)"
)
_COUNT = rf"(?:{_NUMBER}|\b(?:{WORD_NUMBERS}))\s(?:[\w-]+\s){{0,2}}?(?:{_THINGS})(?!\w)"
_OBJECT = (
    rf"(?P<what>{_QUALIFIER}(?:{_MONEY}|{_COUNT})"
    r"(?:\s(?:in|worth of|en|de)\s(?:[\w-]+\s)?(?:crypto\w*|assets|actifs|avoirs))?)"
)
# Active or a noun with its object: "seized 145 domains", "the seizure of $2.3 million",
# "ont saisi 2 millions d'euros", "la saisie de 29 domaines".
_AFTER = re.compile(rf"\s(?:(?:of|de|d'|van|von)\s?)?(?:(?:the|les|des|a|an)\s)?{_OBJECT}", re.I)
_MORE = re.compile(rf",?\s(?:and|et|en|und)\s(?:(?:the|les|des)\s)?{_OBJECT}", re.I)
# Passive, or Dutch and German with the verb last: "145 domains were seized", "€1.3 million in
# cryptocurrency was also seized", "over EUR 1 098 500 in criminal assets seized", "heeft 50 servers
# in beslag genomen", "wurden 12 Server beschlagnahmt".
_BEFORE = re.compile(
    rf"{_OBJECT}\s(?:(?:were|was|have been|has been|had been|ont été|a été|zijn|werden|wurden)\s)?"
    r"(?:also\s|aussi\s|ook\s|auch\s)?$",
    re.I,
)


# "to seize control of susceptible devices": what an attacker can do, no seizure of the law's.
_CONTROL = re.compile(r"\s(?:\w+\s)?control\b", re.I)


def control_seized(sentence: str, match: re.Match[str]) -> bool:
    """Is the seizing word `match` one of "seize control of" (the law's only where it acts)?"""
    return match.group(0).casefold().startswith("seiz") and _CONTROL.match(sentence, match.end()) is not None


def seized_what(sentence: str, match: re.Match[str]) -> str:
    """What the seizure `match` in `sentence` took, as written ("145 domains", "$2.3 million in
    cryptocurrency"), or "" when the sentence does not say it right beside the seizing word."""
    end = min(len(sentence), match.end() + 200)
    after = _AFTER.match(sentence, match.end(), end)
    if after is not None:
        # a second thing joined to the first: "seized 145 domains and $2.3 million"
        more = _MORE.match(sentence, after.end(), end)
        return after.group("what").strip() + (f" and {more.group('what').strip()}" if more else "")
    before = _BEFORE.search(sentence[max(0, match.start() - 120) : match.start()])
    return before.group("what").strip() if before is not None else ""
