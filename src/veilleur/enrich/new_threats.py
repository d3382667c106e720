"""Threat names the galaxies do not know yet, caught by how articles introduce them: "the X
ransomware", "CookiePlus Malware", "a new backdoor dubbed X", "malware families such as A, B and
C", "le groupe X", "un chargeur nommé X", vendors' naming schemes (UNC3944, Storm-0558, APT41).

`unknown_names(text)` gives (kind, name, mode) candidates; `actors` filters and keeps them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_appositions import apposed_malware
from veilleur.enrich.threat_context import (
    ASIDES,
    LIST_SPLIT,
    SCHEMES,
    capital_tells_nothing,
    plain_word,
)
from veilleur.enrich.threat_described import crime_places, described_names, may_describe_actor
from veilleur.enrich.threat_facilitators import facilitators
from veilleur.enrich.threat_fused import fused_families
from veilleur.enrich.threat_group_names import group_name
from veilleur.enrich.threat_influence import influence_operations
from veilleur.enrich.threat_kinds import COINED, defined_names, nearest_kind
from veilleur.enrich.threat_leak_sites import leak_site_owners
from veilleur.enrich.threat_listed import LISTED, LISTED_INCLUDE
from veilleur.enrich.threat_modifiers import VERSION
from veilleur.enrich.threat_named_kind import named_before_kind
from veilleur.enrich.threat_naming import FOREIGN_NAMING_VERB, NAMING_VERB, TRACKING_VERB
from veilleur.enrich.threat_places import tied_to_place
from veilleur.enrich.threat_short_groups import short_groups
from veilleur.enrich.threat_tds import malicious_tds_names
from veilleur.enrich.threat_units import military_units
from veilleur.enrich.threat_words import (
    COMMON,
    GENERIC_ADJECTIVES,
    NEVER,
    all_words,
    title_line,
)
from veilleur.text.openings import opened
from veilleur.text.prefilter import screened

UNKNOWN_MALWARE = re.compile(
    # Headlines write the kind in Title Case ("CookiePlus Malware"); RAT only in capitals.
    rf"\b({COINED}(?:\s[A-Z0-9][\w.-]{{1,20}})?)\s(?:RAT|(?i:ransomware|malware|stealer|infostealer|"
    r"loader|downloader|dropper|implant|botnet|backdoor|trojan|wiper|rootkit|spyware|worm|webshell|web shell|"
    r"toolkit|keylogger))\b"
)


# The kind before the name ("Android malware FakeCall"), read apart from the shape above so that
# "Android malware" does not hide it. A space, not any whitespace: a title ending in "ransomware"
# does not name the next line.
UNKNOWN_MALWARE_AFTER = screened(
    r"\b(?:rançongiciel|maliciel|logiciel malveillant|ransomware|malware|stealer|botnet|cheval de Troie|trojan|"
    r"backdoor|spyware|wiper|Trojaner) "
    rf"({COINED})\b"
)


# Names of words whose last word is a vendor's kind of group, never an everyday pair: Microsoft's
# weather (Salt Typhoon, Midnight Blizzard, Octo Tempest), BI.ZONE's werewolves (Sticky Werewolf),
# CrowdStrike's Chollima, Palo Alto Unit 42's constellations (Muddled Libra is a word too: left out;
# Trident Ursa, Boggy Serpens, Howling Scorpius, Slow Pisces), Secureworks' metals (GOLD SOUTHFIELD).
VENDOR_NAMED = (
    r"[A-Z][a-z]+ (?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Tsunami|Cyclone|Werewolf|Chollima|Ursa|Serpens|"
    r"Scorpius|Pisces)|(?:GOLD|BRONZE|IRON|COBALT|NICKEL|TUNGSTEN|PLATINUM|ALUMINUM|COPPER|ZINC|CHROMIUM) [A-Z]{4,}"
)
_VENDOR_NAMED = re.compile(VENDOR_NAMED)
UNKNOWN_ACTOR = re.compile(
    # The schemes, and Trend Micro's, Microsoft's, CrowdStrike's and the others' names.
    # (not inside a longer hyphenated designation: "T-APT-17" holds no "APT-17")
    rf"(?<![\w-])({SCHEMES}|{VENDOR_NAMED}|Earth [A-Z][a-z]+|Void [A-Z][a-z]+|"
    r"[A-Z][a-z]+ (?:Hail|Dust|Flood|Rain|Panda|Bear|Kitten|Spider|Jackal|Tiger|Leopard|Buffalo|Ocelot|Wolf))\b|"
    # A group's word after its name, which may be two words ("the Black Blasta gang": `group_name`
    # decides whether the first is the name's or the sentence's).
    r"\b((?:[A-Z][a-z]{2,20}[^\S\n])?[A-Z][\w.-]{2,30})\s(?:gang|group|hacking group|threat group|crew|hackers|APT)\b|"
    # before it: "le groupe Black Blasta", "de groep X"; German capitalises every noun: one word.
    r"\b(?i:groupe|gang|collectif|groep|bende)\s(?:de hackers\s|cybercriminel\s)?([A-Z][\w.-]{2,30}(?:[^\S\n][A-Z][\w.-]{2,30})?)\b|"
    r"\b(?i:gruppe)\s([A-Z][\w.-]{2,30})\b"
)


# A lower-case word inside a name that a naming verb gives, joined by a hyphen to a capital or a digit
# ("a hacker group called Sudo rm-RF"): the name's, where a plain lower-case word ends the name.
LOWER_PART = r"[a-z]{1,6}-[A-Z0-9][\w.-]{0,20}"


# A name's next character: a full stop only inside it ("Sp1d3r.x"), never the sentence's end.
_IN_WORD = r"(?:[\w-]|\.(?=\w))"


# Names introduced as such ("a new backdoor dubbed CookiePlus", "a cluster tracked as UNC6148") and
# lists after a kind ("malware families such as BEEFLUSH, CBROVER and DOWNBAIT"); the kind is read
# in the words just before.
INTRODUCED = screened(
    rf"\b(?:{NAMING_VERB}|{TRACKING_VERB}|titled|"
    # a vendor's own naming, in the present: "a threat group ESET tracks as X", "a threat actor it calls
    # X" (a pronoun or a "which" before "calls": "the malware calls VirtualAlloc" names no threat)
    r"tracks (?:it |them )?as|tracks (?:it |them )?under the (?:name|moniker)|"
    # (the progressive says the same: "the threat actor, which Cisco is tracking as X")
    r"(?:is|are) tracking (?:it |them )?(?:as|under the (?:name|moniker))|"
    r"(?:it|they|which|researchers|the company) (?:calls?|dubs?|names?)|"
    rf"under the name|nicknamed|{FOREIGN_NAMING_VERB})\s"
    r"(?:the\s)?(?:[\"“‘']|«\s?)?"
    # (a version is the name's: "a botnet called BadBox 2.0", not "BadBox 2")
    # (a full stop inside a word, not one that ends the sentence: "tracked as Earth Minotaur. That")
    rf"({COINED}(?:\s(?:[A-Z]{_IN_WORD}{{1,20}}|\d{{1,3}}(?:\.\d{{1,3}}){{0,2}}|{LOWER_PART})){{0,2}}"
    rf"(?:(?:,\s|,?\sand\s)[A-Z]{_IN_WORD}{{2,30}}(?:\s[A-Z]{_IN_WORD}{{1,20}})?){{0,3}})"
)


# A group named by the words that say what kind of attacker it is, across vendors and outlets: "the
# Dark Angels ransomware group", "The Venus ransom group", "a ransom group known as Venus", "le groupe
# de rançongiciel X". A name of plain words (even one word) is a group's name when an attacker's word
# and a group's noun stand right next to it: no headline's words are written so.
_GROUP_TOKEN = (
    r"[A-Z](?:[\w$'’-]|\.(?=\w))*"  # a full stop inside ("Sp1d3r.x"), not one that ends the sentence
)
_KIND_GROUP = r"(?:ransomware|ransom|extortion|hacking|hacker|hacktivist|cybercrime|cybercriminal|threat|APT)\s(?:group|gang|crew|cartel|collective|outfit|actor)"
NAMED_GROUP = opened(
    rf"\b(?:[Tt]he|[Aa]|[Aa]n)\s((?:{_GROUP_TOKEN}\s){{0,2}}{_GROUP_TOKEN})\s(?i:{_KIND_GROUP})\b|"
    rf"\b(?i:{_KIND_GROUP})\s(?:{NAMING_VERB}|calling itself|that calls itself)\s[\"“‘']?"
    rf"((?:{_GROUP_TOKEN}\s){{0,2}}{_GROUP_TOKEN}(?:\s{LOWER_PART})?)|"
    # the kind, then the name ("the hacker group LulzSec", "the ransomware gang 'Example Spider'"); not the
    # subject of a clause about the group ("the threat group Examplesoft tracks as…")
    rf"\b(?i:{_KIND_GROUP}) [\"“‘']?((?:{_GROUP_TOKEN} )?{_GROUP_TOKEN})(?![\w$'’-])"
    r"(?!\s(?:tracks?|tracked|calls?|called|dubs?|dubbed|names?|named|refers?|attributes?|says?|said|reports?)\b)"
)


FILE_NAME = re.compile(r"\.(?:dll|exe|dat|bin|js|ps1|bat|zip|rar|lnk|sys|so|py|jar|apk|msi)$", re.I)


# How near the name the word saying its kind must be ("a new backdoor dubbed X").
KIND_WINDOW = 45


# A family's own noun right before the verb that names it: "a malware called", "the backdoor, dubbed".
_FAMILY_NOUN_BEFORE = re.compile(
    r"\b(?:malware|backdoor|loader|downloader|dropper|implant|stealer|infostealer|trojan|botnet|ransomware|"
    r"spyware|wiper|rootkit|keylogger|RAT|strain|family),?\s$",
    re.I,
)


def threat_before(text: str, name: str) -> bool:
    """A threat's word in the 200 characters before some mention of the name."""
    return any(
        THREAT_NEAR.search(text[max(0, m.start() - 200) : m.start()])
        for m in re.finditer(re.escape(name), text)
    )


def title_name(name: str) -> bool:
    """Several capitalised words a list or an introduction gives as a group's or family's name
    ("Dark Engine", "Team Fearless", "Scavenger Loader"), not a headline's words ("The New")."""
    tokens = name.split()
    first = tokens[0].casefold()
    return (
        len(tokens) > 1
        and all(t[:1].isupper() or t[:1].isdigit() for t in tokens)
        and first not in GENERIC_ADJECTIVES
        and not plain_word(first, frozenset())  # a function word
        and not all(t.casefold() in COMMON or t.casefold() in NEVER for t in tokens)
    )


# Words before a list that say its names are threats, not advocacy groups or products.
THREAT_NEAR = re.compile(
    r"\b(?:hack\w*|ransom\w*|threat|cyber\w*|malware|malicious|APT|crimin\w*|espionage|state-sponsored|"
    r"attack\w*|DDoS|hacktivis\w*|extortion|stealers?|backdoors?|botnets?|trojans?|menaces?|pirat\w*|"
    r"rançon\w*|espionnage|malveillant\w*|Angreifer|Bedrohung\w*|aanval\w*|dreiging\w*|"
    # crime for money: "a scam affiliate program called X", "un réseau d'escroquerie baptisé X"
    r"scam\w*|fraud\w*|phish\w*|spam\w*|escroc\w*|escroquer\w*|arnaque\w*|hameçonnage|Betrug\w*|"
    r"Betrüger\w*|oplicht\w*)\b",
    re.I,
)


def trim(name: str) -> str:
    """A Title Case headline's words around a coined name go: "Spread RokRAT" -> "RokRAT",
    "Grandoreiro Banking" -> "Grandoreiro", "Deploys Advanced" -> ""; "" when only words are left."""
    words, tokens = english_words(), name.split()

    def plain(token: str) -> bool:  # (a platform, whatever its capitals: "Raptor Train IoT Botnet")
        shaped = any(c.isdigit() for c in token) or any(c.isupper() for c in token[1:])
        word = plain_word(token, words) or token.casefold() in COMMON
        # ("Russia-affiliated CheckMate ransomware": the place it is tied to is no part of its name)
        return token.casefold() in NEVER or (word and not shaped) or tied_to_place(token)

    # (a word before a version is the family's name, whatever it means in English: "Winos 4.0")
    while tokens and plain(tokens[0]) and not (len(tokens) > 1 and VERSION.fullmatch(tokens[1])):
        tokens.pop(0)
    while tokens and plain(tokens[-1]):
        tokens.pop()
    return "" if len(tokens) == 1 and VERSION.fullmatch(tokens[0]) else " ".join(tokens)


@lru_cache(maxsize=8)
def unknown_actors(text: str) -> tuple[re.Match[str], ...]:
    """UNKNOWN_ACTOR's matches in the text (read twice per text: here and for the aliases)."""
    return tuple(UNKNOWN_ACTOR.finditer(text))


def _a_word(token: str) -> bool:
    """An English word, inflected or not ("Targets", "Exploiting")."""
    stems = [token] + [token[: -len(end)] for end in ("s", "es", "ed", "ing") if token.endswith(end)]
    return any(all_words(stem) for stem in stems if len(stem) > 2)


# Where a sentence opens: a line's start, or after a full stop, a question or exclamation mark.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s)$")


def _word_capitalised_by_place(text: str, match: re.Match[str], name: str) -> bool:
    """One English word that opens a sentence before a kind written in lower case ("Rights group
    sues…", "Criminal gang jailed…"): its capital is the sentence's, not a name's. A headline in
    Title Case capitalises the kind too ("Rights Group Sues…") and is read by its own rules."""
    at = match.group(0).find(name)
    start, after = match.start() + at, match.group(0)[at + len(name) :].lstrip()
    if " " in name or not after[:1].islower() or not _a_word(name):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_SENTENCE_OPENING.search(text[max(line_start, start - 2) : start]))


def unknown_names(text: str) -> list[tuple[str, str, str]]:
    """(kind, name, mode) of the names the galaxies do not know, by how the text introduces them.
    Mode "headline": "<Name> Malware" may have caught Title Case words around the name; "explicit":
    a list or an introduction gives the name as such ("groups like Dark Engine"), words or not;
    "described": the words around it say it is an attacking group ("Hellcat, a ransomware group"),
    words or not; "introduced": one name a family's own noun and a naming verb introduce ("a malware
    called Examplebird"), a word or not; "facilitator": a service the law acts against ("sanctioned
    two exchanges A and B") or an influence operation ("an influence operation called X"), a word or not; "plain" otherwise (an actor's two-word name is words: "Salt Typhoon", "Earth Preta")."""
    out: list[tuple[str, str, str]] = []
    for kind, shape in (
        ("actor", UNKNOWN_ACTOR),
        ("malware", UNKNOWN_MALWARE),
        ("malware", UNKNOWN_MALWARE_AFTER),
    ):
        for m in unknown_actors(text) if shape is UNKNOWN_ACTOR else shape.finditer(text):
            name = next(g for g in m.groups() if g)
            two_words = False
            if shape is UNKNOWN_ACTOR and " " in name and not m.group(1):
                name, two_words = group_name(text, m, name)
            if two_words:
                out.append((kind, name, "group-name"))
                continue
            if shape is UNKNOWN_ACTOR and plain_word(name, frozenset()):
                continue  # "#433: How hackers turned AI…": a function word before "hackers" names none
            if shape is UNKNOWN_ACTOR and _word_capitalised_by_place(text, m, name):
                continue  # "Rights group sues city…", "Criminal gang jailed": a sentence's first word
            if shape is UNKNOWN_MALWARE and m.start() and text[m.start() - 1] == ".":
                # ".NET Core malware" is written in .NET Core; ".NET-based TinyCrypt" is TinyCrypt.
                if "-based " not in name:
                    continue
                name = name.split("-based ", 1)[1]
            at = m.group(0).find(name)
            kind_word, before = m.group(0)[at + len(name) :].strip(), m.group(0)[:at].strip()
            if capital_tells_nothing(name, (kind_word, before), bool(before) and title_line(text, m.start())):
                continue
            if kind_word in {"RAT", "Stealer", "Loader"} and named_kind(name):
                out.append((kind, f"{name} {kind_word}", "plain"))  # "Spark RAT", "Scavenger Loader"
                continue
            base, _, last = name.rpartition(" ")
            if (
                (kind_word in {"RAT", "Stealer", "Loader"} or last in {"RAT", "Stealer", "Loader"})
                and title_line(text, m.start())
                and all_words(base or name)
            ):
                continue  # "to Deploy RAT Malware": a headline's words
            if last in {"RAT", "Stealer", "Loader"} and base and named_kind(base):
                out.append((kind, name, "plain"))  # "the Spark RAT malware"
                continue
            vendor = shape is UNKNOWN_ACTOR and _VENDOR_NAMED.fullmatch(name) is not None
            out.append(
                (kind, name, "headline" if shape is UNKNOWN_MALWARE else "scheme" if vendor else "plain")
            )
    out += defined_names(text) + apposed_malware(text) + short_groups(text)  # "XE Group", "the ZK Team"
    out += fused_families(text)  # "CrimsonRAT", "WorkersDevBackdoor": the kind fused to the name
    # ("a hacker group calling itself The Impact Team" is Impact Team: the labels fold a leading "the")
    for match in NAMED_GROUP.finditer(text):
        name = next(g for g in match.groups() if g)
        # ("Hacktivist Group Linked to…", "Hacking Group Targets Israeli…", "Hacker Group X Returns": in
        # Title Case, a word that follows the kind may be the headline's next word, not a name; a
        # sentence may open on the kind: "Ransomware group Example Message claimed…")
        kind_noun = match.group(0)[: match.group(0).rfind(name)].split()[-1]
        if match.group(3) and (kind_noun[0].isupper() or title_line(text, match.start())):
            words = [w for w in name.split() if not _a_word(w)]
            if not words or words[0] != name.split()[0]:
                continue
            name = words[0]
        out.append(("actor", _without_the(name), "named-group"))
    if may_describe_actor(text):
        for name in described_names(text):
            out.append(("actor", _LEADING_THE.sub("", name), "described"))
    # forums and services are actors when the law acts against them (guide §13)
    out += [("actor", _LEADING_THE.sub("", name), "described") for name in crime_places(text)]
    out += [("actor", name, "facilitator") for name in facilitators(text)]  # "sanctioned exchanges A and B"
    out += [("actor", name, "facilitator") for name in leak_site_owners(text)]  # "X's leak site seized"
    out += [("actor", name, "facilitator") for name in malicious_tds_names(text)]  # "X, a malicious TDS"
    out += [("actor", name, "facilitator") for name in military_units(text)]  # "GRU Unit 29155"
    out += [
        ("actor", name, "facilitator") for name in influence_operations(text)
    ]  # "an influence operation called X"
    for match in INTRODUCED.finditer(text):
        kind = nearest_kind(text[max(0, match.start() - KIND_WINDOW) : match.start()])
        # "a multi-platform malware called Examplebird": a family's noun right before the naming verb
        # makes a single word a family's name ("introduced"), even an English word
        own = kind == "malware" and _FAMILY_NOUN_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        )
        names = LIST_SPLIT.split(match.group(1))
        if not _LIST_END.search(match.group(1)):
            # "a trojan called Gh0st RAT, Winos 4.0 is …": a comma with no "and" after it ends the
            # clause; the next sentence's subject is no second name of the list
            names = names[:1]
        mode = "introduced" if own and len(names) == 1 and " " not in names[0] else "explicit"
        if kind:
            out += [(kind, name.rstrip("."), mode) for name in names]
    for match in [*LISTED.finditer(text), *LISTED_INCLUDE.finditer(text)]:
        listed = next(g for g in match.groups() if g)
        # Before a colon, the list's own noun is its first word ("implants used by the group:").
        lead = match.group(0)[: match.group(0).find(listed)]
        kind = nearest_kind(lead.split()[0] if lead.rstrip().endswith(":") else lead)
        if _FACILITATORS.search(lead) and not _LAW_ACTION.search(text):
            continue  # forums and services are actors when the law acts against them (guide §13)
        out += [
            (kind, name.rstrip("."), "explicit") for name in LIST_SPLIT.split(ASIDES.sub("", listed)) if kind
        ]
    # Last ("the Quiver malware" after "Quiver Loader" is that family); the whole name, not "Lark" of it
    out += named_before_kind(text)
    wholes = [set(name.split()) for _, name, mode in out if mode == "the-kind" and " " in name]
    return [
        found
        for found in out
        if not _ARCHITECTURE.fullmatch(found[1])
        and (found[2] == "the-kind" or not any(set(found[1].split()) <= w for w in wholes))
    ]


# What a program is built for, never its name: "BugSleep is an x64 implant" (fifth audit, a
# MuddyWater story) named the malware "x64".
_ARCHITECTURE = re.compile(
    r"(?i:x86|x64|x86[-_]64|amd64|arm64|aarch64|i[36]86|win(?:32|64)|(?:32|64)[- ]?bit)"
)


# A list's last name joined by a conjunction ("called A, B and C"): only then do the commas join names.
_LIST_END = re.compile(r"\s(?:and|or|et|ou|en|of|und|oder)\s")
_LEADING_THE = re.compile(r"^(?:The|the)\s(?=\S+\s)")


def _without_the(name: str) -> str:
    """A group's name without the article the labels fold ("The Impact Team" is Impact Team); one
    word after it too, when that word is none of the language's ("a cybercrime collective known as
    The Com" is Com), where "The Hive" stays whole (and a plain word is no name of its own)."""
    rest = name[4:] if name[:4] in {"The ", "the "} else ""
    if rest and " " not in rest and not plain_word(rest, frozenset()):
        return rest
    return _LEADING_THE.sub("", name)


_FACILITATORS = re.compile(
    r"\b(?:facilitators|forums?|marketplaces?|markets?|services?|exchanges?|shops?|platforms?)\b"
)
# The law acting against a facilitator: "seized the domains of cybercrime forums such as X".
_LAW_ACTION = screened(
    r"\b(?:seiz\w*|sanction\w*|takedown|took down|taken down|dismantl\w*|indict\w*|charged|arrest\w*|"
    r"extradit\w*|saisi\w*|démantel\w*|beschlagnahm\w*|inbeslag\w*)",
    re.I,
)


def named_kind(name: str) -> bool:
    """ "Spark" in "Spark RAT" is the family's name; "New", "Advanced" or "Deploys" are not."""
    words = english_words()
    last = name.split()[-1]
    return not (
        last.casefold() in COMMON
        or (plain_word(last, words) and last.casefold() not in words)  # an inflected word: "Deploys"
        or last.casefold() in GENERIC_ADJECTIVES
    )
