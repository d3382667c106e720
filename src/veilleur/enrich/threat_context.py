"""How an article presents a threat's name, read from the words around it: aliases it gives of a
group already named, campaign names, the handles criminals go by, and whether a ransomware brand is
a group at work or only a payload that another actor deploys (labelling guide §6, §7, §13).

Every function takes the article's text and returns names or spans; nothing here looks a name up in
the galaxies (`actors` does).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate

from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_alias_subjects import subject_of_cue
from veilleur.enrich.threat_naming import NAMING_VERB
from veilleur.text.prefilter import screened
from veilleur.text.whole_names import name_spans

# One name of a list: capitalised or numbered tokens ("Earth Estries", "UNC2286", "Sector 16",
# "LAPSUS$", "NoName057(16)", "DEV#POPPER"), up to four.
_TOKEN = r"[A-Z0-9](?:[\w$'’&-]|[.#](?=\w)|\(\d{1,4}\))*"
NAME = rf"{_TOKEN}(?:\s{_TOKEN}){{0,3}}"
# Lists join names with commas and "and"/"or" (et/ou, en/of, und/oder).
NAMES = rf"{NAME}(?:(?:,\s|,?\s(?:and|or|et|ou|en|of|und|oder)\s){NAME}){{0,12}}"
LIST_SPLIT = re.compile(r",?\s(?:and|or|et|ou|en|of|und|oder)\s|,\s")
# A list of names, each with an aside in brackets: "Onyx Sleet (formerly Plutonium), Operation Troy".
_ASIDE = r"(?:\s\([^()\n]{1,60}\))?"
NAMES_WITH_ASIDES = rf"{NAME}{_ASIDE}(?:(?:,\s|,?\s(?:and|or|et|ou|en|of|und|oder)\s){NAME}{_ASIDE}){{0,12}}"
ASIDES = re.compile(r"\s\([^()\n]*\)")
# Aliases given without parentheses after a group's name: "Salt Typhoon, which is also known as
# Earth Estries, FamousSparrow and UNC2286", "tracked ... under the names APT37, InkySquid and
# Ruby Sleet", "Unit 42, which is tracking Storm-2603 under the moniker CL-CRI-1040", "X, which is
# also known by various names A, B and C", "under its own moniker C".
_ALIAS_CUE = screened(
    r"\b(?:[Aa]lso known (?:as|(?:by|under) (?:the |various |several |many |multiple |other )?"
    r"(?:names?|monikers?|aliases))|[Aa]lso tracked (?:as|under)|[Aa]lso called|"
    r"also referred to as|often referred to as|(?:often |also )?referenced as|a\.?k\.?a\.?|formerly known as|"
    r"previously known as|under the names|under the monikers?|under (?:its|their) own (?:names?|monikers?)|"
    r"Tracked under the (?:names|monikers?))\s[\"“‘']?"
    rf"({NAMES_WITH_ASIDES})"
)
_ANYWHERE = ("under ", "tracked ")  # cues whose group may stand anywhere before them
# Aliases in parentheses: "ScarCruft (aka APT37, Ricochet Chollima)", "Knight (formerly Cyclops)".
ALIASES_IN_BRACKETS = screened(
    r"\((?:aka|a\.k\.a\.|also known as|also called|also tracked as|formerly(?: known as)?|previously|née|nee|"
    r"also referred to as)\s([^)]{1,120})\)",
    re.I,
)
# Vendors' and CERTs' naming schemes of clusters: Mandiant, Proofpoint, Microsoft, CERT-UA
# (UAC-0113), Unit 42 (CL-STA-0048), Qihoo/QiAnXin (APT-C-60, APT-Q-12), Recorded Future (TAG-112).
# Cisco Talos (UAT-4356), Sophos (STAC5143), Elastic (REF7707), Volexity (UTA0352), Unit 42's
# temporary groups (TGR-STA-0043), Proofpoint's uncategorised clusters (UNK_SweetSpecter) and Wiz's
# (JINX-0132).
SCHEMES = (
    r"APT[- ]?\d{1,3}|UNC\d{3,5}|TA\d{3,4}|FIN\d{1,2}|Storm-\d{4}|DEV-\d{4}|TEMP\.\w+|UAC-\d{4}|"
    r"CL-(?:STA|CRI|UNK)-\d{4}|APT-[A-Z]-\d{1,3}|TAG-\d{2,3}|UAT-\d{3,4}|STAC\d{3,4}|REF\d{4}|"
    r"UTA\d{4}|TGR-(?:STA|CRI|UNK)-\d{4}|UNK_[A-Z][A-Za-z]{3,30}|JINX-\d{4}"
)
_DESIGNATION = re.compile(SCHEMES, re.I)  # (campaign names are case-folded)
# Campaigns and operations are not their actor or malware: "a campaign dubbed DangerousSavanna",
# "The campaign, dubbed CapraTube", "Operation GhostSecret".
# (an influence operation's name is its network's, an actor: `threat_influence`)
_CAMPAIGN = screened(
    r"\b(?<!influence\s)(?<!disinformation\s)(?<!propaganda\s)(?:campaigns?|operations?|activity|activities)(?:,)?\s(?!(?:clusters?|groups?|sets?|actors?)\s)(?:\w+\s)?"
    rf"(?:{NAMING_VERB}|tracked\sas)\s[\"“‘']?([A-Z0-9][\w.#-]*(?:\s[A-Z0-9][\w.#-]*)?)|"
    r"\bOperation\s([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
)
# Words right after a ransomware brand that present it as a group at work (guide §13: "a gang, its
# claims, its leak site, its affiliate programme").
_GROUP_AFTER = re.compile(
    r"^(?:['’]s)?\s(?:\(\w[^)]{0,40}\)\s)?(?:ransomware\s|RaaS\s|extortion\s|cybercrime\s)?"
    r"(?:gang|group|crew|operators?|operation|affiliates?|members|cartel|actors?|hackers|claim\w*|"
    r"leak site|data leak site|took responsibility|has claimed|have claimed|listed|posted|published|"
    r"leaked|said|says|added|hit|attacked|targeted|breached|compromised|threatens?|demand\w*|extort\w*|"
    r"attacks?(?!\s(?:kit|tool|framework|suite))|campaigns?|(?:has|have|had) (?:claimed|listed|posted|published|leaked|added|hit|attacked|"
    r"targeted|breached|compromised|disclosed|struck|extorted|stolen|demanded))\b|"
    r"^['’]s\s(?:\w+\s)?(?:leak|site|affiliates?|operators?|victims?|members|claims?|gang|crew|negotiators?)\b|"
    # an apposition calling it a gang: "the “X Group”, a ransomware collective", "X, a Russian RaaS gang"
    r"^[\"”’']?,\s(?:a|an|the)\s(?:[\w-]+\s){0,3}?(?:ransomware|RaaS|extortion|cybercrime|hacking|hacker)\s"
    r"(?:gang|group|crew|collective|outfit|operation|cartel)\b",
    re.I,
)
_GROUP_BEFORE = re.compile(
    r"\b(?:claimed by|attributed to|carried out by|by|affiliates? (?:of|for)|members? of|operators? of|partnering with|"
    r"gangs? such as|groups? such as|gangs? like|groups? like|gangs? including|groups? including|"
    # "ransomware group Babuk", "the ransomware-as-a-service (RaaS) group BlackByte"
    r"(?:ransomware|extortion|cybercrime|RaaS\)?) (?:gang|group|crew|collective))\s"
    r"(?:the\s)?(?:[\w-]+,\s|[\w-]+\sand\s)*$",
    re.I,
)
# Words before a brand that make it a payload: another actor deploys it, or it is listed among
# strains or binaries ("following other strains like BlackCat, Hive, and Luna"), or a decryptor
# undoes its encryption ("a free decryptor for Phobos ransomware").
_PAYLOAD_BEFORE = re.compile(
    r"\b(?:deploy\w*|drop(?:s|ped|ping)?|deliver\w*|distribut\w*|push(?:es|ed|ing)?|install\w*|"
    r"launch\w*|execut\w*|us(?:e|es|ed|ing)|binar(?:y|ies)|strains?|variants?|payloads?|lockers?|"
    r"encryptors?|decrypt(?:or|er)s?|déchiffreurs?|version of|derived from|based on|basis for|builders?|copy of|"
    r"disguised? as|mimic\w*|posing as|ransomware\s(?:called|named|dubbed|known\sas)|"
    r"variantes?|souches?|échantillons?)\b"
    r"(?:[^.;:]|\.(?=\w)){0,45}$",  # (a dot inside a word: "dropping the .NET-based X")
    re.I,
)
# A malware kind that is not ransomware right next to the name: "Lilith RAT", "a backdoor called
# Phoenix", "the Donut loader" name that tool, not the ransomware brand of the same name.
_OTHER_KIND_AFTER = re.compile(
    r"^\s(?:RAT|(?i:loader|stealer|infostealer|backdoor|botnet|trojan|spyware|keylogger|wiper|rootkit|"
    r"implant|dropper|downloader|miner|web ?shell|C2|framework))\b"
)
_OTHER_KIND_BEFORE = re.compile(
    r"\b(?:RAT|(?i:loader|stealer|infostealer|backdoor|botnet|trojan|spyware|keylogger|wiper|rootkit|"
    r"implant|dropper|downloader|miner|web ?shell|framework))s?,?\s(?:\w+\s)?"
    rf"(?:{NAMING_VERB}|like|such as)?\s?[\"“‘']?$"
)
_RANSOM_NEXT = re.compile(r"^\W{0,3}(?:ransomware|rançongiciel|locker|gang|group|crew|RaaS)\b", re.I)
# A brand called a family or a variant is a strain ("Mimic is a family of", "Elpaco: a Mimic variant").
_FAMILY_AFTER = re.compile(
    r"^(?:\s(?:is|was)\s(?:an?\s)?(?:\w+\s)?famil(?:y|ies)\b|\sfamily\b|[:,]\san?\s(?:[\w-]+\s)?(?:variant|strain|fork)\b)",
    re.I,
)
# "by the X ransomware" is the malware, no gang's cue; "by the A, B and C malware" a list of strains.
_KIND_AFTER = re.compile(
    r"^(?:,?\s(?:and\s|or\s)?[A-Z][\w-]{1,30}){0,4},?\s(ransomware|malware)\b(?!\s(?:gang|group|crew|operators?|affiliates?|actors?))"
)
_BY_BEFORE = re.compile(r"\bby\s(?:the\s)?$", re.I)


def _names(listed: str) -> list[str]:
    return [n.strip(" .,") for n in LIST_SPLIT.split(listed) if n.strip(" .,")]


@lru_cache(maxsize=1)
def _rebranded() -> re.Pattern[str]:
    """A family's or gang's other names given in parentheses after it rebranded: "a strain that has
    rebranded several times since 2019 (BIT, LOLKEK, OBZ)" (the guide: aliases given in parentheses
    are not repeated; "rebranded as X" names a successor, kept). Compiled at first use, not at import."""
    return re.compile(
        r"\brebrand(?:ed|s)?(?:\sitself)?(?:\s(?:several|multiple|many|two|three)\stimes)?"
        rf"(?:\s(?:since|in)\s\d{{4}})?\s\([\"“‘']?({NAMES})"
    )


@lru_cache(maxsize=1)
def _tracked_as() -> re.Pattern[str]:
    """A vendor's name for a group just named: "the X gang, tracked by Microsoft as Storm-1234",
    "(tracked by Mandiant as UNC9876)", "which Google calls UNC9876", "the X gang (UNC9876)".
    Compiled at first use, not at import."""
    vendor = r"[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2}"
    scheme = (
        r"APT[- ]?\d{1,3}|UNC\d{3,5}|TA\d{3,4}|FIN\d{1,2}|Storm-\d{4}|DEV-\d{4}|UAC-\d{4}|TAG-\d{2,3}|"
        r"CL-(?:STA|CRI|UNK)-\d{4}"
    )
    return re.compile(
        r"(?:\b(?:tracked|tracks|tracking|designated)(?:\s(?:it|them|the\s(?:group|gang|actor|cluster|activity)))?"
        rf"(?:\sby\s{vendor})?\sas|\b(?:which|who|whom)\s{vendor}\s(?:calls|dubs|names|tracks\sas|"
        rf"refers\sto\sas))\s[\"“‘']?({NAMES})|\(((?:{scheme}))\)"
    )


def tracked_names(text: str) -> list[tuple[int, list[str]]]:
    """(where the cue starts, the names) of the names a vendor gives to the group the text names
    just before; `actors` folds them into that group when it is an actor named within 60 characters."""
    if not _may_be_tracked(text):
        return []
    return [(m.start(), _names(next(g for g in m.groups() if g))) for m in _tracked_as().finditer(text)]


# What every match of `_tracked_as` holds, as written (the pattern minds case): a cue ("track…",
# "designated"; "which"/"who" and a verb) or a scheme's id in brackets. A text with none of them is
# not scanned (the pattern, tried at every character, cost 0.05 ms an article).
_TRACKED_CUES = ("track", "designated", "(APT", "(UNC", "(TA", "(FIN", "(Storm-", "(DEV-", "(UAC-", "(CL-")
_CALLED_BY = ("calls", "dubs", "names", "refers")


def _may_be_tracked(text: str) -> bool:
    """False only when `_tracked_as` cannot match anywhere in the text."""
    return any(cue in text for cue in _TRACKED_CUES) or (
        ("which" in text or "who" in text) and any(verb in text for verb in _CALLED_BY)
    )


def alias_names(text: str) -> list[tuple[int, list[str], bool]]:
    """(where the cue starts, the names, whether the name they belong to stands just before) of the names the text gives as another name of what it
    names just before: in parentheses ("(aka APT37, Ricochet Chollima)") or after "also known as",
    "under the names", "under the moniker". Such names are the same threat, listed once under the
    name used; `actors` keeps them out when a threat is named just before the cue."""
    found = [
        # "tracked by the community under the names A, B", "tracking it under the moniker C": other
        # names of a group the text named before, wherever it stands.
        (m.start(), _names(ASIDES.sub("", m.group(1))), not m.group(0).lower().startswith(_ANYWHERE))
        for m in _ALIAS_CUE.finditer(text)
    ]
    found += [(m.start(), _names(m.group(1)), True) for m in ALIASES_IN_BRACKETS.finditer(text)]
    if "rebrand" in text:  # in every match of `_rebranded` (case minded): most texts are not scanned
        found += [(m.start(), _names(m.group(1)), True) for m in _rebranded().finditer(text)]
    return sorted(found)


def campaign_names(text: str) -> frozenset[str]:
    """Case-folded names the text gives to a campaign or operation ("a campaign dubbed X",
    "Operation X"); not a vendor's designation, which names the cluster even where the text speaks
    of its activity ("a cluster of activity tracked as UNC3782")."""
    names = (next(g for g in m.groups() if g).rstrip(".,").casefold() for m in _CAMPAIGN.finditer(text))
    return frozenset(name for name in names if not _DESIGNATION.fullmatch(name))


# Lists of payloads: "other prominent strains observed include A, B and C", "using families such as",
# an actor "operating short-lived ransomware families like A, B and C" (its payloads, guide §13).
# Words after a brand that make it a strain, not a group: "a Mimic variant", "LockBit samples".
_PAYLOAD_AFTER = re.compile(
    r"^(?:['’]s)?\s(?:ransomware\s|rançongiciel\s)?(?:variants?|strains?|samples?|forks?|clones?|builders?|versions?|"
    # what a file does on a machine, not what a gang does: "Ryuk and Egregor infections"
    r"binar(?:y|ies)|encryptors?|lockers?|infections?|souches?|échantillons?|variantes?)\b|"
    # the brand as the object of a deployment written in the passive: "the X ransomware is said to
    # have been delivered alongside Cobalt Strike", "X was deployed on the hosts" (someone else did)
    r"^(?:\s(?:ransomware|rançongiciel))?\s(?:(?:is|was|were|has|have|had|been|being|is said to|said to|"
    r"reportedly|also|then|later|finally|subsequently)\s){1,4}(?:deployed|delivered|dropped|installed|"
    r"executed|launched|distributed|pushed|spread)\b",
    re.I,
)
_PAYLOAD_LIST = re.compile(
    r"\b(?:strains?|variants?|binaries|payloads?|lockers?|encryptors?|(?:us(?:e|es|ed|ing)|deploy\w*|"
    r"operat\w*|distribut\w*|drop\w*|deliver\w*|leverag\w*|wield\w*|employ\w*)\s(?:[\w-]+\s){0,2}famil(?:y|ies)|"
    # what a service let others deliver: "enabled threat actors to deliver stealer malware and
    # ransomware like A, B and C" (the families delivered, not the gangs)
    r"(?:deploy|deliver|distribut|drop|spread|push)\w*\s(?:[\w-]+\s){0,3}?(?:malware|ransomware))"
    r"\b[^.;:]{0,40}?\b(?:such as|like|including|include|namely)\s[^.;:\n]{0,250}",
    re.I,
)


# A list of families of another kind: "Android banking malware such as Alien, ERMAC, Hydra and Octo",
# "stealers like Vidar and Lumma" (a brand of the ransomware galaxy named there is that other family).
_OTHER_KIND_LIST = re.compile(
    r"\b(?:banking (?:malware|trojans?)|(?:info)?stealers|loaders|RATs|botnets|backdoors|trojans|spyware)\b"
    r"[^.;:]{0,30}?\b(?:such as|including|like|namely)\s[^.;:\n]{0,200}",
    re.I,
)


@lru_cache(maxsize=8)
def _list_spans(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Where the text lists payloads, and families of another kind: read once per text, not per
    brand (about a microsecond a character each; a page naming 200 brands read them 200 times)."""
    return (
        tuple(m.span() for m in _PAYLOAD_LIST.finditer(text)),
        tuple(m.span() for m in _OTHER_KIND_LIST.finditer(text)),
    )


def brand_is_group(text: str, names: list[str]) -> bool:
    """Whether the article presents a ransomware brand (written as any of `names`) as a group at
    work: a gang, its claims, its leak site (guide §13). A brand only ever deployed by another actor
    or listed among strains ("Storm-2603 deployed Warlock ransomware") is a payload: malware only.
    With no telling word either way, the brand is both, as the guide's default."""
    group = payload = other_kind = ransom = False
    lists, others = _list_spans(text)
    for name in names:
        for at, _ in name_spans(text, name):
            if any(a <= at < b for a, b in lists):
                payload = True
            before, after = text[max(0, at - 80) : at], text[at + len(name) : at + len(name) + 60]
            sentence_before = re.split(r"[.!?]\s|\n", before)[-1]
            kind = _KIND_AFTER.match(after)
            by_kind = kind.group(1) if kind and _BY_BEFORE.search(sentence_before) else ""
            if _GROUP_AFTER.search(after) or (_GROUP_BEFORE.search(sentence_before) and not by_kind):
                group = True
            if (
                _PAYLOAD_BEFORE.search(sentence_before)
                or _PAYLOAD_AFTER.match(after)
                or _FAMILY_AFTER.match(after)
                or by_kind == "malware"
            ):
                payload = True
            if (
                _OTHER_KIND_AFTER.search(after)
                or _OTHER_KIND_BEFORE.search(sentence_before)
                or any(a <= at < b for a, b in others)
            ):
                other_kind = True
            if _RANSOM_NEXT.search(after):
                ransom = True
    if other_kind and not ransom and not group:
        return False  # "Lilith RAT", "a backdoor called Phoenix": another family of that name
    return group or not payload


# Articles and determiners of French, Dutch and German headlines ("Une backdoor", "Der Trojaner").
_ARTICLES = frozenset(
    "un une le la les des du de ce cette ces nouveau nouvelle een het der die das ein eine einen neue neuer nieuwe".split()
)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    try:
        from veilleur.enrich.nlp import import_spacy

        import_spacy()  # without its command line
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(STOP_WORDS)


def capital_tells_nothing(name: str, kind_words: tuple[str, str], after_kind_in_title: bool) -> bool:
    """Whether the capital of a name read next to a kind word (`kind_words`: the words after it and
    before it, "gang", "groupe de hackers") tells nothing: an all-capitals line ("SECURITY AFFAIRS
    MALWARE NEWSLETTER", "LE GROUPE REVENDIQUE"), or an English word after the kind in a Title Case
    headline ("Ransomware Gang Hits"), where every word has its capital."""
    if any(w.isupper() and w != "RAT" and len(w) > 3 for w in kind_words):
        return True
    return after_kind_in_title and plain_word(name, english_words())


def undashed(key: str) -> str:
    """A designation without the space or hyphen before its number: "APT-36", "APT 36" and "APT36"
    are one group's."""
    return re.sub(r"[\s-](?=\d)", "", key)


def plain_word(token: str, words: frozenset[str]) -> bool:
    """An English word in any of its forms ("Deploys", "Delivers", "Enhancing", "Fileless", "How"):
    WordNet's base forms, their plural, past, -ing and -less forms, and function words."""
    key = token.casefold().strip(".,:;!?\"'’“”")
    if not key:
        return True
    if key in _stop_words() or key in words or key in _ARTICLES:
        return True
    stems = []
    for suffix, replacements in (
        ("less", ("",)), ("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")),
        ("ing", ("", "e")), ("ly", ("",)), ("er", ("", "e")),
    ):  # fmt: skip
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stems += [key[: -len(suffix)] + r for r in replacements]
    return any(stem in words for stem in stems)


class Covering:
    """Spans (start, end) asked whether one of them covers a range, in log time (a page naming
    thousands of threats inside thousands of alias clauses made the scan of every span quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))  # furthest end so far

    def covers(self, start: int, end: int) -> bool:
        """Whether some span starts at or before `start` and ends at or after `end`."""
        at = bisect_right(self._starts, start)
        return at > 0 and self._reach[at - 1] >= end


# An address written out in the text ("https://…/fake+software+pages+pushing+IcedID+Bokbot/29344",
# "hxxps://…"): its words name no threat of the article (guide §13: names only in a url are not
# labelled), whatever its slug says.
_LINK = re.compile(r"\b(?:https?|hxxps?)://\S+|\bwww\.\S+")


def link_spans(text: str) -> Covering:
    """Where the text writes out a web address."""
    return Covering(m.span() for m in _LINK.finditer(text))


_RIGHT_AFTER = re.compile(r"[\s,(]*(?:(?:gang|group|crew|hackers|operators|actors?)[\s,(]*)?")


def _owned_aliases(text: str, spans: list[tuple[int, int, str]]) -> frozenset[str]:
    """Case-folded aliases given right after a threat's name ("Salt Typhoon, which is also known as
    Earth Estries"); not those given after a person's name ("Kai West, aka IntelBroker": the
    handle is the threat's name there). The names' ends are looked up by position (bisect), not
    scanned for each cue: a page of a thousand names and cues made it quadratic."""
    owned: set[str] = set()
    ends = sorted({end for _, end, _ in spans})
    actor_ends = sorted({end for _, end, kind in spans if kind == "actor"})
    for cue, names, just_before in alias_names(text):
        if just_before:
            near = ends[bisect_left(ends, cue - 60) : bisect_right(ends, cue)]
            found = any("\n" not in text[end:cue] for end in near)
            # "Play … It is also known as A", "The group, also known as A": the threat named before
            found = found or (subject_of_cue(text, cue) and bool(ends) and ends[0] < cue)
            owned.update(n.casefold() for n in names if found)
        elif actor_ends and actor_ends[0] <= cue:
            # "tracks the cluster under the moniker UNC1860" after a headline naming UNC1860: its own name
            before = {text[a:b].casefold() for a, b, kind in spans if kind == "actor" and b <= cue}
            owned.update(n.casefold() for n in names if n.casefold() not in before)
    # A vendor's designation of a group named right before: only after an actor (a malware family
    # named before "a cluster tracked as UNC1234" is not that cluster), with nothing but its kind
    # word between ("An Iranian APT …: a threat actor tracked as UNC1860" names a new one).
    for cue, names in tracked_names(text):
        near = actor_ends[bisect_left(actor_ends, cue - 300) : bisect_right(actor_ends, cue)]  # (not 1000s)
        # (or a description is the cue's subject, as for "aka": "Lazarus … The group, tracked as X"; no name given before)
        right_after = any(_RIGHT_AFTER.fullmatch(text, end, cue) for end in near)
        described = bool(near) and subject_of_cue(text, cue)
        owned.update(n.casefold() for n in names if right_after or (described and text.find(n, 0, cue) < 0))
    return frozenset(owned)
