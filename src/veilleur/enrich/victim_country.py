"""A victim's country: from its own description, its name or its sentence, never from a place the
sentence gives another party — the attackers ("hackers based in Ukraine", "North Korean hackers"),
another organisation of a list ("Bangladeshi drugs maker A; Indian paper manufacturer B"), the
authorities that act ("Thai authorities", "the US government to investigate") or the states said to
spy ("allowing the leaders of the UAE and Saudi Arabia to compromise their phones")."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.geo import abbreviation_positions, country_positions, demonym_positions, is_place
from veilleur.enrich.victim_anaphora import anaphora_countries
from veilleur.enrich.victim_descriptions import own_description
from veilleur.text.names import whole_word_starts

# Phrases that place the attackers, not the victim: "hackers based in Ukraine", "China-linked"
# (not whom they took from: "the group said it had stolen data from London-headquartered X").
_ATTACKER_PLACE = re.compile(
    r"(?:pirates?|hackers?|attackers?|attaquants?|gang|group|groupe|actors?|cybercriminals?|criminals?|spies|"
    r"operators?)(?:(?!\b(?:stole|stolen|steal\w*|took|taken|exfiltrated|volé\w*|dérobé\w*)\b)[^.;]){0,60}?"
    r"(?:\b(?:in|en|from|de|based in|basés? en|located in|out of|aus|uit)\s+(?:l['’]|la\s|le\s|"
    r"the\s)?)$|[-‑](?:linked|backed|nexus|aligned|sponsored)$",
    re.I,
)
# A place's name (or its people's) right before the attackers it describes: "Russian ransomware
# group", "North Korean hackers", "Chinese cyber spies", "des pirates russes" is read before it.
_ATTACKERS_AFTER = re.compile(
    # (not "operators" nor "groups": "the UK ice rink operator X", "UK retail group X" are victims)
    # (and the press's other words for them, the country's possessive first: "Iran's cyber-goons",
    # "Chinese snoops", "Kremlin-backed crims")
    r"[\w-]+(?:\s[A-Z][\w-]+)?(?:['’]s)?(?:\s(?:[\w-]+\s){0,2}?(?:cyber-?)?(?i:hackers?|hacking (?:group|crew)|"
    r"gangs?|spies|snoops?|goons?|miscreants?|crims|baddies|spooks|thieves|intruders|operatives|"
    # ("actors" alone too: "carried out by Iranian actors against X")
    r"(?:threat )?actors?|APTs?|cybercriminals?|criminals?|crooks|attackers?|state hackers|hacktivists?|protesters|"
    r"intelligence services?|military intelligence|(?:ransomware|hacker|hacking|threat|APT|state-sponsored) "
    r"(?:groups?|gangs?|crews?|operators?))|\s(?:is\s|was\s|were\s|are\s)?behind|"
    # people the text says hacked or were charged: "two British teens hacked and blackmailed",
    # "a Russian national was charged" (a woman who "was scammed" is no attacker)
    r"\s(?:[\w-]+\s)?(?i:teens?|teenagers?|youths?|nationals?|m[ae]n|wom[ae]n|suspects?)\s(?:who\s)?"
    r"(?:(?:is|was|were|are|has been|have been)\s)?(?i:hack(?:ed|ing)|accused|charged|arrested|indicted|"
    r"sentenced|convicted|extradited|jailed|detained|blackmailed))\b"
)
# French and Dutch put the people's adjective after the attackers: "des pirates nord-coréens".
_ATTACKERS_BEFORE = re.compile(
    r"\b(?:pirates?|hackers?|attaquants?|cybercriminels?|gangs?|espions?|aanvallers?)"  # (not "le groupe français X")
    r"(?: (?:informatiques?|étatiques?|malveillants?))? $|"  # (in the same line)
    # what the attack was done by: "piratée par un groupe russe", "hacked by a Russian crew"
    r"\b(?:par|by|door) (?:un|une|le|la|les|des|a|an|the|een|de) (?:groupe |groep )?$",
    re.I,
)


def attackers_place(source: str, start: int) -> bool:
    """Whether the place named at `start` is where the attackers are, not the victim: "hackers
    based in Ukraine", "China-linked", "North Korean hackers"."""
    before = source[max(0, start - 80) : start]
    return bool(
        _ATTACKER_PLACE.search(before)
        or _ATTACKERS_BEFORE.search(before)
        or _ATTACKERS_AFTER.match(source, start)
    )


# The place's word, then a few lower-case words and the name they describe: "Indian paper
# manufacturer Satia Industries", "Australia's largest health insurer Medibank".
# (The words between describe: no conjunction, preposition or verb — "England and Northern
# Ireland", "Canada on Monday" are places and times.)
_DESCRIBES = re.compile(
    r"[\w.-]*(?:['’]s)?\s(?:(?!(?:and|or|of|in|on|at|to|from|by|with|across|for|than|was|were|is|are|has|"
    r"have|had|said|says|where|while|when|after|before)\s)[a-z][\w-]*\s){0,4}?(?P<name>[A-Z][\w&.-]*)"
)


def _describes(source: str, start: int) -> re.Match[str] | None:
    """`_DESCRIBES` read from the place at `start`, past its own other words: a place of several
    words ("South Korean", "Rhode Island's") is one place, not a place and the name "Korean" or
    "Island" it describes ("X, a South Korean payment firm", "X is Rhode Island's oldest provider")."""
    described = _DESCRIBES.match(source, start)
    while described is not None and is_place(source[start : described.end("name")]):
        described = _DESCRIBES.match(source, described.start("name"))
    return described


# Capitalised words that follow a place without being a name it describes.
_NOT_NAMES = frozenset(
    """In On At By As For From To Of The A An And Or But On Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November December""".split()
)
# The authorities or the state of a country, which act on the event (investigate, arrest, spy):
# "Thai authorities", "the US government to investigate", "UK cops arrest teen" (the police in the
# trade press's words: "cops", "feds", "detectives").
_AUTHORITY_AFTER = re.compile(
    r"[\w.-]*(?:['’]s)?\s(?:(?:federal|national|local|state|central)\s)?(?:authorities|government|police|"
    r"cops|feds|detectives|"
    r"officials|investigators|prosecutors|courts?|law enforcement|regulators?|intelligence|military|army|"
    r"leaders?|president|embassy|territory|soil|watchdogs?|"
    # (a regulator named by its country: "the Irish Data Protection Commission fined X")
    r"(?:[Dd]ata [Pp]rotection|[Pp]rivacy) (?:[Aa]uthority|[Cc]ommission(?:er)?|[Oo]ffice|[Aa]gency|[Rr]egulator))"
    r"\b(?!['’]s)"
)
# The states said to act, listed after their role: "allowing the leaders of the UAE, Saudi Arabia,
# and Bahrain to compromise", "the governments of A and B".
_AUTHORITY_BEFORE = re.compile(
    r"\b(?:leaders?|governments?|authorities|regimes?|rulers?|kings?|princes?|presidents?|police|courts?)"
    r"\sof\s(?:the\s)?(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?,?\s(?:and\s)?){0,6}$"
)


# Where a suspect was caught or sent from: "the extradition from Thailand of a suspected hacker",
# "was arrested in Spain", "deported from the UAE" (the law's act on the attacker, not the victim).
_SUSPECT_PLACE = re.compile(
    r"\b(?:extradit\w*|arrest(?:ed)?|detained|deported|caught|apprehended)\s(?:[\w-]+\s){0,2}?(?:from|in)\s"
    r"(?:the\s)?$"
)


# A state that a verb designates, accuses or sanctions: the party acted against, not the one that
# acts nor its victim ("after it declared Russia a state sponsor of terrorism", "sanctioned Iran").
_ACTED_AGAINST = re.compile(
    r"\b(?:declar|designat|accus|blam|sanction|condemn|denounc|expell?)(?:ed|es|e|s|ing)?\s(?:the\s)?$"
)


def authorities_place(source: str, start: int) -> bool:
    """Whether the place named at `start` is the country of the authorities that act on the event,
    of the states said to spy ("Thai authorities", "the leaders of the UAE and Bahrain"), where a
    suspect was caught or sent from ("extradited from Thailand") or a state a verb designates or
    accuses ("declared Russia a state sponsor of terrorism")."""
    before = source[max(0, start - 120) : start]
    return bool(
        _AUTHORITY_AFTER.match(source, start)
        or _AUTHORITY_BEFORE.search(before)
        or _SUSPECT_PLACE.search(source, max(0, start - 60), start)
        or _ACTED_AGAINST.search(source, max(0, start - 30), start)
    )


# Where some of a firm's people are, not where the firm is: "its employees in Vietnam", "a developer
# based in Vietnam", "customers in Germany".
_PEOPLE_IN = re.compile(
    r"\b(?:employees?|staff(?:ers)?|workers?|developers?|engineers?|administrators?|admins?|contractors?|"
    r"customers?|clients?|users?|subscribers?)(?:\s(?:based|located|living|working))?\s(?:in|from)\s"
    r"(?:the\s)?$"
)


def people_place(source: str, start: int) -> bool:
    """Whether the place named at `start` is where some of a firm's people are ("its employees in
    Vietnam", "a developer based in Vietnam"), not where the firm is."""
    return _PEOPLE_IN.search(source, max(0, start - 60), start) is not None


def _another_party(sentence: str, start: int, name: str) -> bool:
    """Whether the place named at `start` of the victim's sentence describes someone else: another
    organisation it stands before, the authorities that act, the states said to spy, the firm's
    people there ("its employees in Vietnam")."""
    if authorities_place(sentence, start) or people_place(sentence, start):
        return True
    described = _describes(sentence, start)
    if described is None or described.group("name") in _NOT_NAMES:
        return False
    first = name.split()[0] if name.split() else name
    return not (first.startswith(described.group("name")) or described.group("name").startswith(first))


def _places(source: str, abbreviations: bool = True) -> list[tuple[str, int]]:
    """The places a victim's words name, by name, by their people's adjective or (`abbreviations`)
    as "US", in order."""
    found = [*country_positions(source), *demonym_positions(source)]
    found += abbreviation_positions(source) if abbreviations else []
    return sorted(found, key=lambda place: place[1])


def described_countries(described_as: str) -> list[str]:
    """The countries of the words that describe a victim right before its name ("Indian paper
    manufacturer "), not of its name: a name's country word ("First American X") is no place."""
    own = own_description(described_as)
    return [code for code, start in _places(own) if not attackers_place(own, start)]


def victim_countries(name: str, described_as: str, sentence: str, text: str = "") -> list[str]:
    """Countries of a victim, its own first: from the words that describe it right before its name
    (the nearest first), else from its name, else from the words before another of its mentions, else from where the next
    sentences say "the company" is based (`victim_anaphora`), else from its sentence's
    places that no other party holds (the nearest the name first; not a bare "US" there: "breached
    Singtel in a test run for US telecom attacks"); never a place of the attackers or of the
    authorities, nor a country's possessive that `text` places as the attackers' elsewhere ("China's
    Microsoft email breach" of a page about "suspected Chinese hackers")."""
    own = own_description(described_as)
    attackers = (
        attackers_countries(text) if _POSSESSIVE.search(own) or _POSSESSIVE.search(sentence) else frozenset()
    )
    codes = [
        code
        for code, start in _places(own)
        if not attackers_place(own, start)
        and not authorities_place(own, start)
        and not (code in attackers and _POSSESSIVE.match(own, start))
    ]
    if codes:
        return codes[::-1]
    codes = _described_after(name, text or sentence)
    if codes:
        return codes
    codes = [code for code, start in _places(name) if not attackers_place(name, start)]
    if codes:
        return codes
    codes = _described_elsewhere(name, text) or anaphora_countries(name, text)
    if codes:
        return codes
    at = sentence.find(name)
    found = _places(sentence, abbreviations=False)
    # (the sentence is the weakest witness: a country the page places as the attackers' anywhere is
    # theirs there too, "to hack the Treasury Department … for Pyongyang" of "North Korean hackers",
    # as it is for the page's country)
    theirs = attackers_countries(text) if found and text else attackers
    places = [
        (code, start)
        # (not the bare "US" there: "US telecommunications companies", "US customers" are others)
        for code, start in found
        if not attackers_place(sentence, start)
        and not _another_party(sentence, start, name)
        and code not in theirs
        and not (
            at >= 0
            and _OWNED_THING.fullmatch(sentence, at + len(name), start)
            and not _UNIT_AFTER.match(sentence, start)
        )
    ]
    if at >= 0:
        places.sort(key=lambda place: abs(place[1] - at))
    return [code for code, _ in places]


# A place, then at most four lower-case words of description, right before a mention of the name:
# "the U.S. Treasury Department", "Indian multinational Tata Technologies", "la société belge X"
# (no conjunction, preposition or verb between: "England and Wales X", "Canada on Monday X"); an
# abbreviation written in capitals is one of those words ("Chinese mini PC manufacturer X",
# "Indian IT services firm X").
_PLACE_DESCRIBING = re.compile(
    r"\w[\w.-]*(?:[^\S\n][A-Z][\w.-]*){0,2}(?:['’]s)?(?:[^\S\n](?!(?:and|or|of|in|on|at|to|from|by|with|"
    r"across|for|than|was|were|is|are|has|have|had|said|says|where|while|when|after|before|the|an?|"
    r"et|ou|de|du|des|en|à|la|le|les|van|uit|und|oder|von|aus|für)\b)(?:[a-zà-ÿ][\w-]*|[A-Z]{2,5}s?\b)){0,4}[^\S\n]"
)
_ELSEWHERE_CHARS = 5000  # the page's first characters, where its mentions describe the victim
_BEFORE_CHARS = 60  # characters before a mention that may describe it


def _described_elsewhere(name: str, text: str) -> list[str]:
    """The country of the words right before another mention of the victim, when a place ends them
    with at most a few lower-case words of description ("the U.S. Treasury Department" of a page
    whose first mention is bare); never the attackers' place, the authorities' nor a country's
    possessive that the page places as the attackers' ("China's X" of "Chinese hackers")."""
    head = text[:_ELSEWHERE_CHARS]
    attackers: frozenset[str] | None = None
    at = head.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not head[at - 1].isalnum()) and (end == len(head) or not head[end].isalnum()):
            line_start = head.rfind("\n", 0, at) + 1
            own = own_description(head[max(line_start, at - _BEFORE_CHARS) : at])
            for code, start in reversed(_places(own)):
                if not _PLACE_DESCRIBING.fullmatch(own, start) or attackers_place(own, start):
                    continue
                if authorities_place(own, start):
                    continue
                if _POSSESSIVE.match(own, start):
                    attackers = attackers_countries(text) if attackers is None else attackers
                    if code in attackers:
                        continue
                return [code]
        at = head.find(name, at + 1)
    return []


# What the text says a name is, right after it: its apposition or a copula's complement ("X (XH), a
# healthcare provider in the US", "X Inc. is an American wireless provider", "X, one of the largest
# care groups in Pennsylvania", "X, Australia's largest insurer", "X is Rhode Island's oldest
# provider"), read to the clause's end; or where
# it is, the place right there ("X in the UK", "X, based in Ohio", "X is headquartered in Texas").
_NAME_TAIL = r"(?:[^\S\n]?\([^()\n]{1,40}\))?(?:,?[^\S\n](?:Inc|Ltd|LLC|Corp|plc|GmbH)\b\.?)?"
# (what a firm says it is counts as a copula: "X describes itself as the UK's fastest service")
_SELF = r"(?:is|was|(?:describes|bills|presents|calls)\sitself(?:\sas)?)"
_APPOSITION = re.compile(
    _NAME_TAIL + rf"(?:,\s(?:one\sof\s)?(?:an?|the)\s|\s{_SELF}\s(?:one\sof\s)?(?:an?|the)\s|"
    rf"(?:,|\s{_SELF})\s(?=[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s))"
)
_LOCATED = re.compile(
    _NAME_TAIL + r",?\s(?:(?:is\s|was\s)?(?:based|headquartered|located)\s)?in\s(?:the\s)?(?=[A-Z])"
)
# (a full stop ends the clause, not an abbreviation's inner dots: "U.S.", "N.Y.")
_CLAUSE_END = re.compile(r"[;()\[\]\n]|\.(?=\s|$)|,\s(?:which|who|that|said|and|but)\b")
_ATTACKER_WORDS = re.compile(
    r"\b(?:pirates?|hackers?|attackers?|attaquants?|gangs?|cybercriminals?|criminals?|spies|actors?|crooks|crims)\b",
    re.I,
)
_AFTER_CHARS = 120  # an apposition's length: "a Fortune 500 healthcare services provider in the US"


def _after_name(head: str, end: int, name: str) -> list[str]:
    """The country the words right after a mention ending at `end` give the name: its place right
    there, else the first place of its apposition that no other party holds."""
    located = _LOCATED.match(head, end)
    if located is not None:
        places = _places(head[located.end() : located.end() + 40])
        if places and places[0][1] == 0:
            return [places[0][0]]
    after = _APPOSITION.match(head, end)
    if after is None:
        return []
    stop = _CLAUSE_END.search(head, after.end(), after.end() + _AFTER_CHARS)
    # (the full stop kept: an abbreviation may end there, "based in Concord, Calif.")
    cut = (stop.start() + (stop.group() == ".")) if stop else after.end() + _AFTER_CHARS
    span = head[after.end() : cut]
    # (its own noun is no attackers' word: "one of the largest care groups in Pennsylvania")
    attackers = _ATTACKER_WORDS.search(span) is not None
    for code, start in _places(span):
        if attackers and attackers_place(span, start):
            continue
        if not (authorities_place(span, start) or people_place(span, start)):
            described = _describes(span, start)
            if described is None or described.group("name") in _NOT_NAMES:
                return [code]
    return []


def _described_after(name: str, text: str) -> list[str]:
    """The country of what the text says a name is, right after one of its mentions in the first
    characters ("X, a healthcare provider in the US", "X is an American prepay wireless provider",
    "X in the UK"): never the attackers', the authorities', its people's ("its staff in Vietnam")
    nor another firm's that the words describe ("X, a subsidiary of German group Y")."""
    head = text[:_ELSEWHERE_CHARS]
    for at in whole_word_starts(head, name):
        codes = _after_name(head, at + len(name), name)
        if codes:
            return codes
    return []


# The victim's possessive, then a few words of what it owns before a place that qualifies it: the
# place is that thing's, not the victim's ("the Ministry of Defence's 2022 Afghan relocation
# scheme", "X's Afghan data breach"); but a unit of the victim placed there is the entity hit ("X's
# German subsidiary", "X's plant in Ohio" keep the place).
_OWNED_THING = re.compile(r"['’]s?(?:[^\S\n](?!(?:in|at|of|from|near)\b)[\w-]+){0,3}[^\S\n]")
_UNIT_AFTER = re.compile(
    r"[\w.-]+[^\S\n](?:units?|subsidiar(?:y|ies)|branch(?:es)?|arm|divisions?|operations?|offices?|plants?|"
    r"factor(?:y|ies)|sites?|stores?|hospitals?|facilit(?:y|ies))\b"
)


# A place written as a possessive, not after the attack's preposition: "China's X email breach"
# may be China's breach, "an attack on Iran's Bank X" is the bank's.
_POSSESSIVE = re.compile(r"(?<!\bon\s)(?<!\bat\s)(?<!\bof\s)(?<!\binto\s)(?<!\bagainst\s)[\w.-]+['’]s\b")


@lru_cache(maxsize=8)
def attackers_countries(text: str) -> frozenset[str]:
    """The countries `text` names as the attackers' somewhere ("suspected Chinese hackers",
    "hackers based in X", "China-linked"; not any place after "by the": "supervision by the Dutch
    data protection authority"). Read once per text: each victim asks it of the whole page (a
    tracker's list of 5,000 claimed victims read the page a hundred times)."""
    return frozenset(
        code
        for code, start in _places(text)
        if _ATTACKER_PLACE.search(text[max(0, start - 80) : start]) or _ATTACKERS_AFTER.match(text, start)
    )
