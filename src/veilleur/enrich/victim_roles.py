"""Names the sentence gives another role than the victim's, left out when victims are chosen
(`victim_choice.not_chosen`): the clients a supplier serves ("the encryption provider for A and
B"), an agency named with its own investigation ("to settle FCC data breach investigation"), a
thing someone owns ("hacked into his High School's computer system", "their X VPN"), a
word of a sentence shouted in capitals ("I JUST GOT HACKED PLAYING WW2!"), the finder of someone
else's breach ("X found a breach in Y's platform"), an advocate suing on the victims' behalf, a
name the text says is an attackers' group ("X is a relatively new ransomware group") or their
patron ("a group associated with X"), a firm that denies being hit ("X says no", "X denies it was
breached") and a column's title opening the text ("X in brief")."""

from __future__ import annotations

import re
from collections.abc import Callable

from veilleur.enrich.victim_features import Candidate, fold
from veilleur.enrich.victim_reporter_words import agency
from veilleur.text.names import whole_word_starts

# "the encryption provider for A and B", "IT supplier to A, B and C": the supplier's
# clients, written after its kind; the one the article says was hit is the supplier.
_CLIENT_BEFORE = re.compile(
    r"\b(?:suppliers?|providers?|vendors?|contractors?)\s(?:for|to)\s(?:the\s)?"
    r"(?:[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}(?:,\s(?:and\s|&\s)?|\s(?:and|&)\s))*$"
)
# "FCC data breach investigation", "the ICO's breach probe": the agency's own inquiry into someone
# else's breach.
_INQUIRY_AFTER = re.compile(
    r"(?:['’]s)?(?:\s[a-z][\w-]*){0,3}\s(?:investigation|probe|inquiry|enquiry|settlement|consent order)s?\b"
)
# "his High School's", "their X VPN": a thing a person or the attackers' target owns, named by
# its brand or capitalised as a noun; no organisation is written after a possessive determiner.
_OWNED_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your)\s$", re.IGNORECASE)
_LOWER = re.compile(r"[a-z]")
# "Rescurio found a breach in Brazil's X platform", "Cybernest discovered an exposed database
# belonging to Y": the finder of someone else's breach (not "Acme detected a breach in its network").
_FINDER_AFTER = re.compile(
    r"\s(?:(?:has|have|had|recently|also)\s)*(?:found|discovered|uncovered|spotted|identified)\s(?:a|an|the)\s"
    r"(?:[\w-]+\s){0,3}?(?:breach|leak|exposure|database|server|bucket|instance)s?\s"
    r"(?:in|at|of|on|affecting|belonging to|exposing|linked to)\s(?!(?:its|their|our|his|her)\b)"
)
# "The X Institute (XI) filed a class action lawsuit on behalf of families": who speaks for the
# victims in court, an advocate or a rights group.
_ADVOCATE_AFTER = re.compile(
    r"(?:\s\([^)]{1,20}\))?(?:,\s[^,.;]{2,60},)?\s(?:has\s|have\s)?(?:filed|brought|launched)\s(?:a|an)\s"
    r"(?:[\w-]+\s){0,3}?(?:lawsuit|suit|complaint|claim)\s(?:[^.;]{0,40}?\s)?on behalf of\b"
)
# "Space Rats is a relatively new ransomware group": the text says what the name is, an attacker.
_GANG_PREDICATE = re.compile(
    r"\s(?:is|was|are|were)\s(?:a|an|the)\s(?:[\w-]+\s){0,3}?(?:ransomware|hacking|hacker|cybercrime|"
    r"cybercriminal|extortion|threat|hacktivist|APT)\s(?:group|gang|crew|actor|operation|collective|outfit)\b"
)

# "Amazon says no, users not so sure", "Acme denies it was breached": the firm the claim is about
# says it was not hit; the article's victims are whoever it says were.
_DENIAL_AFTER = re.compile(
    r"(?:,\s[^,.;]{2,60},)?\s(?:(?:has|have|had|flatly|strongly)\s)*(?:says\sno|said\sno|"
    r"den(?:ies|ied)\s(?:that\s|any\s|it\s|being\s|the\s|claims\s|reports\s|a\s)|"
    r"refut(?:es|ed)\s|dismiss(?:es|ed)\s(?:the\s)?claims\b)"
)


def _mentions(candidate: Candidate) -> list[int]:
    """Where the candidate's sentence writes its name as a whole word."""
    return whole_word_starts(candidate.sentence, candidate.name)


def _every_mention(candidate: Candidate, test: Callable[[str, int, int], object]) -> bool:
    """Whether the candidate's sentence writes its name at least once and `test(sentence, start,
    end)` holds at every mention: a role is the name's only when no mention gives it another."""
    sentence, size = candidate.sentence, len(candidate.name)
    starts = _mentions(candidate)
    return bool(starts) and all(test(sentence, at, at + size) for at in starts)


def client_of_supplier(candidate: Candidate) -> bool:
    """A name written only as the client of a supplier its sentence names."""
    return _every_mention(
        candidate, lambda sentence, at, _: _CLIENT_BEFORE.search(sentence[max(0, at - 160) : at])
    )


def agency_inquiry(candidate: Candidate) -> bool:
    """A public agency or reporter named with its own investigation or settlement of a breach."""
    if "known:reporter" not in candidate.features and not agency(fold(candidate.name)):
        return False
    end = len(candidate.name)
    return any(_INQUIRY_AFTER.match(candidate.sentence, at + end) for at in _mentions(candidate))


def owned_thing(candidate: Candidate) -> bool:
    """A name the text writes once, after a possessive determiner ("his High School")."""
    if "count:1" not in candidate.features:
        return False
    return _every_mention(
        candidate, lambda sentence, at, _: _OWNED_BEFORE.search(sentence[max(0, at - 8) : at])
    )


def shouted(candidate: Candidate) -> bool:
    """A name the text writes once, in a sentence of several words all in capitals."""
    sentence = candidate.sentence
    return (
        "count:1" in candidate.features
        and sentence.count(" ") >= 3
        and not _LOWER.search(sentence)
        and sum(c.isalpha() for c in sentence) >= 12
    )


def finder_advocate_or_gang(candidate: Candidate) -> bool:
    """A name its sentence writes as the finder of another's breach, an advocate suing on the
    victims' behalf, what the text says is an attackers' group, or a firm denying it was hit."""
    end = len(candidate.name)
    sentence = candidate.sentence
    return any(
        pattern.match(sentence, at + end)
        for at in _mentions(candidate)
        for pattern in (_FINDER_AFTER, _ADVOCATE_AFTER, _GANG_PREDICATE, _DENIAL_AFTER)
    )


# "Infosec in brief The July breach of…": a column's title opening the text, not a name.
_COLUMN_AFTER = re.compile(r"\s(?:(?:news|security)\s)?in brief\b", re.IGNORECASE)


def column_title(candidate: Candidate) -> bool:
    """A name that opens its passage as a column's title ("X in brief")."""
    return candidate.sentence.startswith(candidate.name) and bool(
        _COLUMN_AFTER.match(candidate.sentence, len(candidate.name))
    )


# "Billions of logins for A, B, C, and more found exposed", "Ring users on A, B, and X have been
# saying": the platforms whose users' logins an infostealer's haul holds, or where users post.
_PLATFORM_USERS_BEFORE = re.compile(
    r"\b(?:logins|credentials|passwords|users)\s(?:for|on)\s"
    r"(?:[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2}(?:,\s(?:and\s|&\s)?|\s(?:and|&)\s))*$"
)


def platform_of_users(candidate: Candidate) -> bool:
    """A name written only as the platform of users' logins or posts (`_PLATFORM_USERS_BEFORE`)."""
    return _every_mention(
        candidate, lambda sentence, at, _: _PLATFORM_USERS_BEFORE.search(sentence[max(0, at - 120) : at])
    )


# "an Iranian cyber group associated with the Ministry of Intelligence", "hackers working on behalf
# of X", "a gang backed by X": the attackers' patron or master, written after the attackers'
# noun (not "a breach linked to Acme", whose owner is the victim: no attackers' noun before it).
_PATRON_BEFORE = re.compile(
    r"(?i)\b(?:group|groups|gang|gangs|actors?|APT\w*|hackers|operators|crew|unit|collective|cluster)\b"
    r"[^.;]{0,30}?\b(?:associated\swith|affiliated\swith|aligned\swith|linked\sto|tied\sto|connected\sto|"
    r"backed\sby|sponsored\sby|directed\sby|controlled\sby|run\sby|operated\sby|(?:working|acting|operating)\s"
    r"(?:for|on\sbehalf\sof)|on\sbehalf\sof|part\sof|attributed\sto)\s(?:the\s)?$"
)


def attackers_patron(candidate: Candidate) -> bool:
    """A name written only as the patron of attackers (`_PATRON_BEFORE`), read by no trigger rule."""
    if any(f.startswith("rule:") for f in candidate.features):
        return False
    return _every_mention(
        candidate, lambda sentence, at, _: _PATRON_BEFORE.search(sentence[max(0, at - 90) : at])
    )


# "X warns customers to update PuTTY", "X urges admins to patch": a vendor's advisory about its
# product; those at risk are its users, and the vendor was not hit (GUIDE §5).
_ADVISORY_AFTER = re.compile(
    r"(?:,\s[^,.;]{2,60},)?\s(?:warns?|warned|urges?|urged|tells?|told|asks?|asked|advises?|advised|reminds?|"
    r"reminded)\s(?:its\s|their\s)?(?:customers|users|admins|administrators|clients|organi[sz]ations)\sto\s"
    r"(?:(?:manually|urgently|immediately|now)\s)?(?:update|patch|upgrade|install|apply|disable|mitigate)\b"
)
# "a Venus Protocol user was targeted", "one X customer lost $2m": one user of the platform was the
# target; the platform is where the user was met, not what was hit.
_ONE_USER_BEFORE = re.compile(r"\b(?:a|an|one)\s$", re.IGNORECASE)
_ONE_USER_AFTER = re.compile(r"\s(?:user|customer|subscriber|investor|account\sholder|member)\b(?!['’]?s)")


def advisory_or_one_user(candidate: Candidate) -> bool:
    """A vendor written only as warning its customers to patch, or a platform written only as the
    one its single targeted user is of (`_ADVISORY_AFTER`, `_ONE_USER_BEFORE`)."""
    return _every_mention(candidate, _advisory_or_one_user_at)


def _advisory_or_one_user_at(sentence: str, at: int, end: int) -> bool:
    return bool(
        _ADVISORY_AFTER.match(sentence, end)
        or (_ONE_USER_BEFORE.search(sentence[max(0, at - 5) : at]) and _ONE_USER_AFTER.match(sentence, end))
    )


# "LinkedIn bots and spear phishers target job seekers", "WhatsApp scammers": a platform named as
# where the attackers work, the channel of the crime; its users are the targets (GUIDE §5).
_CHANNEL_AFTER = re.compile(
    r"\s(?:bots|scammers|scams?|phishers|fraudsters|spammers|lures|impersonators|crooks|con\sartists)\b"
)
# "companies that used the cloud data storage company X", "customers who rely on X": the service the
# victims used; the victims are the companies (GUIDE §5 and §13, customers of a supplier).
_SERVICE_USED_BEFORE = re.compile(
    r"\b(?:companies|customers|clients|organi[sz]ations|firms|businesses|users|tenants)\s(?:that|which|who)\s"
    r"(?:used|use|uses|relied\son|rely\son|relies\son)\s(?:the\s)?(?:[\w-]+\s){0,5}?$"
)


# "the research laboratory based at the University of X": where the one who speaks works, the
# host of a reporter, not what an attack hit.
_BASED_AT_BEFORE = re.compile(r"\bbased\s(?:at|in|within)\s(?:the\s)?$")


# "over 1,100 X servers exposed to the internet", "15,000 X devices hacked": a count of a product's
# installations, whose owners (unnamed) are the ones exposed, not the product's maker (GUIDE §5).
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*\s?(?:[kKmM]\b|thousand|million)?\s?$")
_INSTANCES_AFTER = re.compile(
    r"\s(?:servers|instances|devices|deployments|installations|endpoints|appliances|routers|cameras|"
    r"databases|clusters|hosts|sites|websites|stores)\b"
)


def channel_or_service_used(candidate: Candidate) -> bool:
    """A platform written only as where the attackers work ("X scammers"), as the service the
    victims used ("companies that used X"), as where a reporter is based ("based at X") or as the
    product a count of installations is of ("1,100 X servers exposed")."""
    return _every_mention(candidate, _channel_or_service_used_at)


def _channel_or_service_used_at(sentence: str, at: int, end: int) -> bool:
    return bool(
        _CHANNEL_AFTER.match(sentence, end)
        or _SERVICE_USED_BEFORE.search(sentence[max(0, at - 90) : at])
        or _BASED_AT_BEFORE.search(sentence[max(0, at - 30) : at])
        or (_COUNT_BEFORE.search(sentence[max(0, at - 20) : at]) and _INSTANCES_AFTER.match(sentence, end))
    )


# "Celebs including X fined after crypto shill probe", "OFAC sanctioned the platform X", "X fined
# over cookie consent": a penalty for what the name did, not for a breach it suffered; a fine is a
# victim's only "for a breach" (GUIDE §5), and privacy-only topics stay out (GUIDE §13).
_PENALTY_AFTER = re.compile(
    r"(?:['’]s)?(?:\s(?:was|were|is|has\sbeen|have\sbeen|got|gets))?\s(?:fined|penali[sz]ed|sanctioned|"
    r"ordered\sto\spay)\b"
)
_PENALTY_BEFORE = re.compile(
    r"\b(?:fines?|fined|sanctions|sanctioned|penali[sz]es|penali[sz]ed)\s(?:the\s)?(?:[\w-]+\s){0,3}?$"
)
_BREACH_WORDS = re.compile(
    r"(?i)breach|hack|attack|leak|stolen|theft|expos|compromis|intrusion|ransom|cyber|secur|protect|"
    r"fuite|piratage|datalek|lek\b|datenleck|datenpanne"
)


def penalised_not_for_breach(candidate: Candidate) -> bool:
    """A name its sentence says was fined or sanctioned, in a sentence that speaks of no breach."""
    sentence = candidate.sentence
    if _BREACH_WORDS.search(sentence):
        return False
    starts = _mentions(candidate)
    end = len(candidate.name)
    return any(
        _PENALTY_AFTER.match(sentence, at + end) or _PENALTY_BEFORE.search(sentence[max(0, at - 40) : at])
        for at in starts
    )


def other_role(candidate: Candidate) -> bool:
    """The sentence gives the name another role than the victim's (module docstring)."""
    return (
        client_of_supplier(candidate)
        or agency_inquiry(candidate)
        or owned_thing(candidate)
        or shouted(candidate)
        or finder_advocate_or_gang(candidate)
        or column_title(candidate)
        or platform_of_users(candidate)
        or attackers_patron(candidate)
        or advisory_or_one_user(candidate)
        or channel_or_service_used(candidate)
        or penalised_not_for_breach(candidate)
    )
