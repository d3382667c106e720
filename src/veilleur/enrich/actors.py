"""Threat actors and malware: names found in the text, normalised to the MISP galaxies' canonical
names with their aliases (pymispgalaxies ships the galaxies), plus names the galaxies do not know
yet, caught by how articles introduce them ("the X ransomware", "le groupe X", "APT41", "UNC3944").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from veilleur.enrich.galaxies import clusters
from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_context import (
    LIST_SPLIT,
    NAMES,
    alias_names,
    brand_is_group,
    campaign_names,
    handles,
    plain_word,
)
from veilleur.models import Named

ACTOR_GALAXIES = ("threat-actor", "mitre-intrusion-set", "microsoft-activity-group", "360net-threat-actor")
MALWARE_GALAXIES = (
    "ransomware", "malpedia", "mitre-malware", "rat", "botnet", "stealer", "backdoor", "banker", "android",
    "tool", "mitre-tool",
)  # fmt: skip
# Words near a name that say it is a threat (used to accept short or common-word names).
_CONTEXT = re.compile(
    r"\b(ransomware|rançongiciel|malware|maliciel|trojan|troyen|botnet|stealer|infostealer|loader|backdoor|"
    r"rat|wiper|worm|spyware|variant|family|strain|gang|group|groupe|crew|operators?|affiliates?|actors?|"
    r"apt|hackers?|campaign|campagne|operation|opération|logiciel|cheval de troie|bende|groep|gruppe|"
    r"schadsoftware|erpresser)s?\b",
    re.I,
)
# Names the galaxies hold that are everyday words in news text; they need a threat word nearby.
_MIN_FREE_LENGTH = 6
_COMMON = set(
    """
    play royal hive akira rhysida cactus medusa phobos lock locky conti black basta clop cl0p ryuk maze
    egregor avaddon darkside revil sodinokibi babuk ragnar nefilim netwalker sun crypto bad rabbit olympic
    agent tesla remcos formbook lokibot trickbot emotet qakbot qbot icedid bumblebee raccoon vidar redline
    lumma mars cobalt strike sliver brute ratel havoc mimikatz metasploit impacket psexec anydesk teamviewer
    ngrok rclone winscp putty powershell python java windows linux android ios chrome office outlook excel
    word teams zoom slack github docker kubernetes microsoft google apple amazon cloud azure aws oracle
    cisco fortinet ivanti citrix vmware sap ibm intel amd nvidia samsung meta facebook twitter telegram
    discord signal whatsapp tor bitcoin monero ethereum iran china russia korea ukraine israel europe
    america united states kingdom france germany belgium netherlands china india japan police europol fbi
    cisa nsa gchq ncsc anssi bsi government ministry hospital bank university school city council state
    federal national international security research report threat intelligence update patch version
    server client user admin system network data file email mail web site page app apps service services
    the this that these those his her its our their a an another new other same such any each every one
    threat hacking cyber criminal state unknown several two three apt
    """.split()
)
# Galaxy entries that are never a threat's name in running text, whatever words surround them:
# nationalities, months, platforms and generic words some galaxy happens to list.
_NEVER = set(
    """
    russian korean chinese iranian american british french german israeli ukrainian north south net
    january february march april may june july august september october november december trojan
    android ios windows linux macos desktop mobile page one set stop first evolution nexus homeland
    donald trump sms ids web email internet backdoor rat worm virus ransomware malware
    anydesk teamviewer tightvnc screenconnect splashtop xprotect raas golang global phantom
    your some while many most these those their our all any each both few more such when where which
    after before since because although though then than also only just even still dark fake mac
    python javascript autoit psexec connectwise remoteutilities litemanager jupyter mcafee norton
    telegram httpclient virustotal esxi kremlin administrators action deploy inject leverage spark
    ddos deepfake trojans phishing chatgpt youtube coinbase metamask shodan censys gophish vbscript sqlmap
    """.split()
) | {"apple xprotect", "windows remote desktop", "donald trump", "colonial pipeline"}
# A company's legal form right after a name: "Gamma Corp", "Delta Ltd", "Kraken Inc." name the
# firm (most often the victim: "Ransomware hits Gamma Corp"), not a galaxy's actor or malware.
_COMPANY_FORM = re.compile(
    r"[\s,]+(?:Corp(?:oration)?|Inc|Ltd|Limited|LLC|L\.L\.C|plc|PLC|GmbH|AG|S\.?A\.?S?|"
    r"N\.?V|B\.?V|S\.?p\.?A|Co)\b\.?"
)
# Shapes the "unknown name" patterns catch that are descriptions, not names: "China-linked",
# "Russian-speaking", "The Android", "CPU", "FAKE".
_DESCRIPTION = re.compile(
    r"(?i:-(?:linked|speaking|based|powered|backed|nexus|aligned|specific|style|like|themed|related|origin|only)\b|"
    r"^the\s|^pro-|^multi-)|\.\s|^[A-Z]{2,4}$"
)
# A coined name may begin with digits or in lower case when a capital follows: "8Base", "zgRAT".
_COINED = r"(?:[A-Z](?:[\w-]|\.(?=\w)){2,30}|\d[A-Za-z](?:[\w-]|\.(?=\w)){1,30}|[a-z]{1,6}[A-Z0-9](?:[\w-]|\.(?=\w)){1,30})"
_UNKNOWN_MALWARE = re.compile(
    # Headlines write the kind in Title Case ("CookiePlus Malware"); RAT only in capitals.
    rf"\b({_COINED}(?:\s[A-Z0-9][\w.-]{{1,20}})?)\s(?:RAT|(?i:ransomware|malware|stealer|infostealer|"
    r"loader|downloader|dropper|implant|botnet|backdoor|trojan|wiper|rootkit|spyware|worm|webshell|web shell|"
    r"toolkit|keylogger))\b"
)
# The kind before the name ("Android malware FakeCall"), read apart from the shape above so that
# "Android malware" does not hide it. A space, not any whitespace: a title ending in "ransomware"
# does not name the next line.
_UNKNOWN_MALWARE_AFTER = re.compile(
    r"\b(?:rançongiciel|maliciel|logiciel malveillant|ransomware|malware|stealer|botnet|cheval de Troie|trojan|"
    r"backdoor|spyware|wiper|Trojaner) "
    rf"({_COINED})\b"
)
# Kind words that are part of a family's name ("Remcos RAT", "Lumma Stealer", "Hijack Loader").
_NAME_SUFFIX = re.compile(r"\s(RAT|Stealer|stealer|Loader|loader)\b")
_UNKNOWN_ACTOR = re.compile(
    # Vendors' and CERTs' naming schemes: Mandiant, Proofpoint, Microsoft, CERT-UA (UAC-0113), Unit 42
    # (CL-STA-0048), Qihoo/QiAnXin (APT-C-60, APT-Q-12), Recorded Future (TAG-112), Trend Micro.
    r"\b(APT[- ]?\d{1,3}|UNC\d{3,5}|TA\d{3,4}|FIN\d{1,2}|Storm-\d{4}|DEV-\d{4}|TEMP\.\w+|UAC-\d{4}|"
    r"CL-(?:STA|CRI|UNK)-\d{4}|APT-[A-Z]-\d{1,3}|TAG-\d{2,3}|Earth [A-Z][a-z]+|"
    r"[A-Z][a-z]+ (?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Hail|Dust|Flood|Rain|Panda|Bear|Kitten|"
    r"Chollima|Spider|Jackal|Tiger|Leopard))\b|"
    r"\b([A-Z][\w.-]{2,30})\s(?:gang|group|hacking group|threat group|crew|hackers|APT)\b|"
    r"\b(?i:groupe|gang|collectif|groep|bende|gruppe)\s(?:de hackers\s|cybercriminel\s)?([A-Z][\w.-]{2,30})\b"
)
_WORD = re.compile(r"[\w][\w.'’/-]*[\w]|[\w]")
_SUFFIX = re.compile(r"\(\d{1,4}\)")
# Names introduced as such ("a new backdoor dubbed CookiePlus", "a cluster tracked as UNC6148") and
# lists after a kind ("malware families such as BEEFLUSH, CBROVER and DOWNBAIT"); the kind is read
# in the words just before.
_INTRODUCED = re.compile(
    r"\b(?:dubbed|codenamed|code-named|called|named|known as|tracked as|referred to as|titled|"
    r"under the name|nicknamed|baptisé|surnommé|appelé|nommé|genaamd|genannt)\s(?:the\s)?[\"“‘']?"
    rf"({_COINED}(?:\s(?:[A-Z][\w.-]{{1,20}}|\d{{1,3}})){{0,2}}(?:(?:,\s|,?\sand\s)[A-Z][\w.-]{{2,30}}"
    r"(?:\s[A-Z][\w.-]{1,20})?){0,3})"
)
# The kind word, then at most a few words that are not a verb's ("malware families like",
# "hacktivist groups like", not "the malware is that permissions such as").
_LISTED = re.compile(
    r"\b(?:malware|backdoors?|famil(?:y|ies)|payloads?|implants?|loaders?|stealers?|strains?|"
    r"ransomware|groups?|gangs?|actors?|crews?|collectives?|malwares|maliciels|logiciels malveillants|"
    r"rançongiciels|groupes|familles|chevaux de Troie|portes dérobées|Schadsoftware|Schadprogramme|Gruppen|"
    r"groepen)\b"
    r"(?:\s(?!(?:is|are|was|were|that|which|has|have|to|from|of|for|with)\b)[\w-]+){0,2}?,?\s"
    r"(?:such as|including|like|namely|include|consist of|tel(?:le)?s? que|comme|incluant|notamment|"
    r"y compris|wie|zoals|waaronder)\s"
    rf"({NAMES})"
)
# "Other threat actors known to leverage it include Bl00dy and Buhti."
_LISTED_INCLUDE = re.compile(
    rf"\b(?:actors?|groups?|gangs?|crews?|families|strains?|malware)\b[^.;:]{{0,40}}?\binclude\s({NAMES})"
)
_LIST_SPLIT = LIST_SPLIT
_FILE_NAME = re.compile(r"\.(?:dll|exe|dat|bin|js|ps1|bat|zip|rar|lnk|sys|so|py|jar|apk|msi)$", re.I)
# How near the name the word saying its kind must be ("a new backdoor dubbed X").
_KIND_WINDOW = 45
_ACTOR_WORDS = re.compile(
    r"\b(?:group|actor|gang|cluster|crew|hackers?|operators?|collective|team|intrusion set|"
    r"affiliate program(?:me)?|marketplace|cybercrime forum|groupe|groep|gruppe|bende|collectif)s?\b",
    re.I,
)
_MALWARE_WORDS = re.compile(
    r"\b(?:malware|backdoor|loader|downloader|dropper|implant|stealer|infostealer|trojan|rat|botnet|"
    r"ransomware|strain|family|families|variant|payload|spyware|wiper|rootkit|tool|toolkit|webshell|"
    r"web shell|shell|(?<!affiliate )program|collector|framework|module|component|keylogger|miner|utility|"
    r"dll|logiciel malveillant|maliciel|rançongiciel|cheval de troie|chevaux de troie|chargeur|porte dérobée|"
    r"logiciel espion|voleur|programme|outil|schadsoftware|kwaadaardige software|Trojaner|Hintertür)s?\b",
    re.I,
)
# A campaign or operation word nearer the name than any kind: "a campaign dubbed X" names no threat.
_CAMPAIGN_WORDS = re.compile(r"\b(?:campaign|operation|activity|campagne|opération)s?\b", re.I)
# Longest galaxy name looked up, in words ("Democratic People's Republic of Korea" is not a threat).
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class _Entry:
    canonical: str
    aliases: tuple[str, ...]
    kind: str  # actor | malware


@lru_cache(maxsize=1)
def _index() -> dict[str, _Entry]:
    """Every galaxy name and synonym (case-folded, spaces collapsed) → its entry. Built once per
    process: loading the galaxies takes a second or two."""
    galaxies = clusters()
    index: dict[str, _Entry] = {}
    for kind, galaxy_names in (("actor", ACTOR_GALAXIES), ("malware", MALWARE_GALAXIES)):
        for galaxy in galaxy_names:
            cluster = galaxies.get(galaxy)
            if cluster is None:
                continue
            for value in cluster.cluster_values.values():
                synonyms = []
                meta = getattr(value, "meta", None)
                if meta is not None and getattr(meta, "synonyms", None):
                    synonyms = [s for s in meta.synonyms if isinstance(s, str)]
                canonical = value.value
                entry = _Entry(canonical, tuple(dict.fromkeys(s for s in synonyms if s != canonical)), kind)
                for written in (canonical, *synonyms):
                    key = " ".join(written.split()).casefold()
                    if len(key) < 3 or key in index:
                        continue
                    index[key] = entry
    return index


def _distinctive(name: str) -> bool:
    """Names that cannot be an everyday word or another proper noun: several words, digits, inner
    capitals, long and not a plain capitalised word ("District", "Bluesky", "Czech" are galaxy
    names too)."""
    return (
        " " in name
        or any(c.isdigit() for c in name)
        or any(c.isupper() for c in name[1:])
        or (
            len(name) >= _MIN_FREE_LENGTH
            and name.casefold() not in _COMMON
            and not _TITLE_WORD.fullmatch(name)
        )
    )


def _word_like(name: str) -> bool:
    """A capitalised English word ("District", "Phantom"), not a coined name ("Emotet")."""
    if not _TITLE_WORD.fullmatch(name):
        return False
    words = english_words()
    key = name.casefold()
    return not words or key in words or key.rstrip("s") in words or key.removesuffix("ed") in words


_TITLE_WORD = re.compile(r"[A-Z][a-zà-ÿ]+")
# A threat word right next to the name: "Akira ransomware", "the Qilin gang", "groupe Medusa".
# A parenthesis may sit between ("Knight (formerly Cyclops) RaaS gang").
_NEXT_TO = re.compile(rf"^[\s'’s-]{{0,3}}(?:\([^)]{{0,40}}\)\s)?(?:\w+\s)?{_CONTEXT.pattern[2:-2]}\b", re.I)
_BEFORE = re.compile(rf"\b{_CONTEXT.pattern[2:-2]}\s(?:\w+\s)?$", re.I)


# Lists of threats introduced as such: "groups such as Transparent Tribe, Patchwork (aka Hangover)
# and DoNot Team", "families like LockBit, BlackCat, BianLian, and Hive".
_LIST_CONTEXT = re.compile(
    r"\b(?:groups?|gangs?|actors?|families|family|strains?|operations?|malware|ransomware|backdoors?|"
    r"stealers?|loaders?|botnets?|crews?|malwares|maliciels|logiciels malveillants|rançongiciels|groupes|"
    r"outils)\b[^.;:]{0,30}?\b(?:such as|including|like|namely|e\.g\.|include|consist of|tel(?:le)?s? que|"
    r"comme|incluant|notamment|dont|y compris|wie|zoals|waaronder)\s"
    r"[^.;:]{0,200}",
    re.I,
)


# Aliases the text gives in parentheses after a name ("ScarCruft (aka APT37, Ricochet Chollima)",
# "Knight (formerly Cyclops)"): the group is listed once, under the name used (the guide's rule).
_ALIASES = re.compile(
    r"\((?:aka|a\.k\.a\.|also known as|also called|also tracked as|formerly(?: known as)?|previously|"
    r"also referred to as)\s[^)]{1,120}\)",
    re.I,
)


def _list_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LIST_CONTEXT.finditer(text)]


def _has_context(text: str, start: int, end: int, name: str = "") -> bool:
    # An English word ("Phantom", "Medusa") needs a threat word right next to it; a coined name
    # ("Emotet", "Akira", "Bluesky") a threat word within a clause.
    # So do short names ("Com") and English words in capitals ("GHOST TAP", a heading).
    strict = name and (
        _word_like(name)
        or (len(name) <= 4 and name.isalpha() and not name.isupper())
        or (name.isupper() and len(name) >= 4 and _word_like_any_case(name))
    )
    if strict:
        return bool(_NEXT_TO.search(text[end : end + 30]) or _BEFORE.search(text[max(0, start - 30) : start]))
    window = text[max(0, start - 60) : end + 60]
    return bool(_CONTEXT.search(window) or _DEPLOYED.search(window))


# Verbs and nouns of an attack chain near a coined name: "to deploy Metasploit", "payloads like Sliver".
_DEPLOYED = re.compile(r"\b(?:deploy(?:s|ed|ing)?|drop(?:s|ped|ping)|payloads?|C2|command-and-control)\b")


@dataclass(frozen=True)
class Mention:
    kind: str  # actor | malware
    written: str
    canonical: str
    aliases: tuple[str, ...] = ()
    in_galaxies: bool = True  # False: a name the text introduces, or a handle


def _stem(written: str, index: dict[str, _Entry]) -> str:
    """ "Sofacy group" is written "Sofacy" when the galaxies know the bare name too."""
    base, _, last = written.rpartition(" ")
    if (
        base
        and last.casefold() in {"group", "gang", "team", "crew", "ransomware"}
        and base.casefold() in index
    ):
        return base
    # "LockBit 3.0" is LockBit: the version is not part of the family's name.
    if base and re.fullmatch(r"v?\d+(?:\.\d+)*", last) and base.casefold() in index:
        return base
    return written


def _starts(names: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the first space-free chunk of each name, every prefix of those chunks)."""
    chunks = frozenset(name.split(" ", 1)[0] for name in names)
    return chunks, frozenset(chunk[:k] for chunk in chunks for k in range(1, len(chunk) + 1))


@lru_cache(maxsize=1)
def _index_starts() -> tuple[frozenset[str], frozenset[str]]:
    return _starts(_index())


def _galaxy_matches(text: str, index: dict[str, _Entry]) -> list[tuple[int, int, str, _Entry]]:
    """(start, end, written, entry) of galaxy names in the text, longest first at each word.
    Word n-grams are looked up in the index: a dictionary lookup per n-gram, where one regular
    expression of ten thousand alternatives would cost milliseconds per article."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    # An n-gram's key begins with its first chunk without spaces, case-folded (character by
    # character): the first word followed by a space (or alone) must be a name's first chunk,
    # else at least begin one. Words that cannot begin a name are not looked up at all.
    chunks, prefixes = _index_starts() if index is _index() else _starts(index)
    found = []
    position = 0
    while position < len(words):
        first_start, first_end = words[position]
        first = text[first_start:first_end].casefold()
        alone = first_end == len(text) or text[first_end].isspace()
        if first not in (chunks if alone else prefixes) and not (
            first.endswith(("'s", "’s")) and first[:-2] in chunks
        ):
            position += 1
            continue
        for size in range(min(MAX_NAME_WORDS, len(words) - position), 0, -1):
            start, end = words[position][0], words[position + size - 1][1]
            written = text[start:end]
            key = " ".join(written.split()).casefold()
            entry = index.get(key)
            if entry is None and key.endswith(("'s", "’s")):
                # "Kimsuky's use of ClickFix": the possessive is not part of the name.
                written, end = written[:-2], end - 2
                entry = index.get(key[:-2])
            if entry is not None:
                # A name with a bracketed suffix the words leave out: "NoName057(16)".
                suffix = _SUFFIX.match(text, end)
                if suffix and (longer := index.get(f"{key}{suffix.group(0)}")) is not None:
                    end, written, entry = suffix.end(), text[start : suffix.end()], longer
                found.append((start, end, written, entry))
                position += size
                break
        else:
            position += 1
    return found


def threat_mentions(text: str) -> list[Mention]:
    """Every mention of an actor or a malware family, in order, as written."""
    return list(_mentions_of(text))


# Relevance and category read the same headline and lead several times per article.
@lru_cache(maxsize=256)
def _mentions_of(text: str) -> tuple[Mention, ...]:
    return tuple(_find_mentions(text))


def _find_mentions(text: str) -> list[Mention]:
    index = _index()
    found: list[Mention] = []
    lists = _list_spans(text)
    aliases = [(m.start(), m.end()) for m in _ALIASES.finditer(text)]
    matches = _galaxy_matches(text, index)
    # Other names of a group already named, and campaigns: never listed as threats of their own.
    spans = [(start, end, entry.kind) for start, end, _, entry in matches]
    spans += [(*m.span(), "actor") for m in _UNKNOWN_ACTOR.finditer(text)]
    others = _owned_aliases(text, spans) | campaign_names(text)
    for start, end, written, entry in matches:
        if any(a <= start and end <= b for a, b in aliases) or written.casefold() in others:
            continue
        listed = any(a <= start and end <= b for a, b in lists)
        letters = [c for c in written if c.isalpha()]
        exact_case = (
            written == written.upper()
            or (bool(letters) and letters[0].isupper())
            or any(c.isupper() for c in written[1:])  # "zgRAT"
        )
        if (
            written.casefold().startswith("operation ")
            or written.casefold() in _NEVER
            or entry.canonical.casefold() in _NEVER
            or _DESCRIPTION.search(written)
            or _COMPANY_FORM.match(text, end)
            or _inside_longer_name(text, start, end, written)
        ):
            continue  # a campaign's name, not its actor's; or a word (or firm) that only looks like a name
        if exact_case and (_distinctive(written) or listed or _has_context(text, start, end, written)):
            if (
                not _distinctive(written)
                or " " not in written
                or listed
                or not _all_words(written)
                or _VENDOR_SCHEME.search(written)
            ):
                pass
            elif not _CONTEXT.search(text[max(0, start - 150) : end + 150]):
                continue  # "George Orwell, Animal Farm": words that a galaxy also lists, far from any threat
            name, extra = _stem(written, index), tuple[str, ...]()
            suffix = _NAME_SUFFIX.match(text, end)
            if entry.kind == "malware" and suffix and " " not in name:
                # "Remcos RAT" as written; "Remcos" stays one of its names.
                name, extra = f"{name} {suffix.group(1)}", (name,)
            elif re.search(r"\s(?:RAT|Stealer|Loader)$", name, re.I):
                extra = (name.rsplit(" ", 1)[0],)  # "RedLine stealer" is RedLine
            found.append(
                Mention(entry.kind, name, entry.canonical, tuple(dict.fromkeys((*entry.aliases, *extra))))
            )
    known = {m.written.casefold() for m in found} | {a.casefold() for m in found for a in m.aliases}
    for kind, raw, mode in _unknown_names(text):
        raw = raw.rstrip(".,;:")
        written = _trim(raw) if mode == "headline" else raw
        key = written.casefold()
        if not written or _FILE_NAME.search(written):
            continue
        # "A Syrian threat actor named EVLF": an acronym given as a name is one.
        acronym = mode == "explicit" and kind == "actor" and re.fullmatch(r"[A-Z]{3,4}", written) is not None
        if (
            key in _COMMON
            or key in _NEVER
            or key in index
            or key in known
            or key in others
            or (_DESCRIPTION.search(written) and not acronym)
            or not (_coined(written) or (mode == "explicit" and _title_name(written)))
            # A list of groups is a list of threats only near a threat's word ("advocacy groups such as").
            or (mode == "explicit" and kind == "actor" and not _threat_before(text, written))
            or (
                written.isupper() and len(written) > 12 and " " not in written
            )  # "READINSTALLSESSIONS": a constant, not a name
        ):
            continue
        known.add(key)
        found.append(Mention(kind, written, written, in_galaxies=False))
    for handle in handles(text):
        if handle.casefold() not in known and handle.casefold() not in others:
            known.add(handle.casefold())
            found.append(Mention("actor", handle, handle, in_galaxies=False))
    return found


# Vendors' naming schemes made of words: "Salt Typhoon", "Fancy Bear", "Scattered Spider".
_VENDOR_SCHEME = re.compile(
    r" (?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Hail|Dust|Flood|Rain|Panda|Bear|Kitten|Chollima|Spider|"
    r"Jackal|Tiger|Leopard|Taurus|Libra|Scorpius|Ursa|Serpens|Werewolf|Wolf)$"
)


def _threat_before(text: str, name: str) -> bool:
    """A threat's word in the 200 characters before some mention of the name."""
    return any(
        _THREAT_NEAR.search(text[max(0, m.start() - 200) : m.start()])
        for m in re.finditer(re.escape(name), text)
    )


def _title_name(name: str) -> bool:
    """Several capitalised words a list or an introduction gives as a group's or family's name
    ("Dark Engine", "Team Fearless", "Scavenger Loader"), not a headline's words ("The New")."""
    tokens = name.split()
    first = tokens[0].casefold()
    return (
        len(tokens) > 1
        and all(t[:1].isupper() or t[:1].isdigit() for t in tokens)
        and first not in _GENERIC_ADJECTIVES
        and not plain_word(first, frozenset())  # a function word
        and not all(t.casefold() in _COMMON or t.casefold() in _NEVER for t in tokens)
    )


def _owned_aliases(text: str, spans: list[tuple[int, int, str]]) -> frozenset[str]:
    """Case-folded aliases given right after a threat's name ("Salt Typhoon, which is also known as
    Earth Estries"); not those given after a person's name ("Kai West, aka IntelBroker": the
    handle is the threat's name there)."""
    owned: set[str] = set()
    for cue, names, just_before in alias_names(text):
        if any(
            end <= cue and (cue - end <= 60 and "\n" not in text[end:cue] if just_before else kind == "actor")
            for _, end, kind in spans
        ):
            owned.update(n.casefold() for n in names)
    return frozenset(owned)


# Words before a list that say its names are threats, not advocacy groups or products.
_THREAT_NEAR = re.compile(
    r"\b(?:hack\w*|ransom\w*|threat|cyber\w*|malware|malicious|APT|crimin\w*|espionage|state-sponsored|"
    r"attack\w*|DDoS|hacktivis\w*|extortion|stealers?|backdoors?|botnets?|trojans?|menaces?|pirat\w*|"
    r"rançon\w*|espionnage|malveillant\w*|Angreifer|Bedrohung\w*|aanval\w*|dreiging\w*)\b",
    re.I,
)


def _all_words(name: str) -> bool:
    words = english_words()
    return bool(words) and all(token.casefold() in words for token in name.split())


# Nationalities and the like may stand before a group's name ("Chinese StormBamboo").
_BEFORE_NAME_OK = re.compile(r"(?:New|The|A|An|Notorious|Infamous|Alleged|Suspected|Pro|Anti|Fake|Fresh)$")


def _inside_longer_name(text: str, start: int, end: int, written: str) -> bool:
    """A galaxy name that is an English word inside a longer proper name: "Arabian Ghost", "Sector 16"
    (a word a galaxy happens to list, here part of another group's name). Headlines in Title Case
    are left alone: every word there has a capital."""
    if " " in written or _title_line(text, start):
        return False
    following = re.match(r" ([A-Z][a-z][\w'’-]*)", text[end : end + 30])
    if _TITLE_WORD.fullmatch(written) and following and not _CONTEXT.fullmatch(following.group(1)):
        return True  # a first name: "Denis Emelyantsev", "Denis Kloster"
    if not _word_like_any_case(written):
        return False
    if re.match(r"\s\d{1,3}\b", text[end : end + 5]):
        return True
    before = re.search(r"(?:^|[^.!?:\n]\s)([A-Z][\w-]+)\s$", text[max(0, start - 40) : start])
    return bool(before and not _BEFORE_NAME_OK.match(before.group(1)))


def _title_line(text: str, at: int) -> bool:
    """Whether the line around `at` is written in Title Case (a headline: every word capitalised)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= max(3, len(words) * 0.6)


def _word_like_any_case(name: str) -> bool:
    """An English word however written ("Ghost", "GHOST", "Sector")."""
    words = english_words()
    return bool(words) and name.isalpha() and plain_word(name, words)


def _trim(name: str) -> str:
    """A Title Case headline's words around a coined name go: "Spread RokRAT" -> "RokRAT",
    "Grandoreiro Banking" -> "Grandoreiro", "Deploys Advanced" -> ""; "" when only words are left."""
    words = english_words()
    tokens = name.split()

    def plain(token: str) -> bool:
        return (
            plain_word(token, words) or token.casefold() in _NEVER or token.casefold() in _COMMON
        ) and not (any(c.isdigit() for c in token) or any(c.isupper() for c in token[1:]))

    while tokens and plain(tokens[0]):
        tokens.pop(0)
    while tokens and plain(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


def _unknown_names(text: str) -> list[tuple[str, str, str]]:
    """(kind, name, mode) of the names the galaxies do not know, by how the text introduces them.
    Mode "headline": "<Name> Malware" may have caught Title Case words around the name; "explicit":
    a list or an introduction gives the name as such ("groups like Dark Engine"), words or not;
    "plain" otherwise (an actor's two-word name is words: "Salt Typhoon", "Earth Preta")."""
    out: list[tuple[str, str, str]] = []
    for kind, shape in (
        ("actor", _UNKNOWN_ACTOR),
        ("malware", _UNKNOWN_MALWARE),
        ("malware", _UNKNOWN_MALWARE_AFTER),
    ):
        for m in shape.finditer(text):
            name = next(g for g in m.groups() if g)
            kind_word = m.group(0)[m.group(0).find(name) + len(name) :].strip()
            # An all-capitals line ("SECURITY AFFAIRS MALWARE NEWSLETTER") names nothing.
            if kind_word.isupper() and kind_word != "RAT" and len(kind_word) > 3:
                continue
            if kind_word in {"RAT", "Stealer", "Loader"} and _named_kind(name):
                out.append((kind, f"{name} {kind_word}", "plain"))  # "Spark RAT", "Scavenger Loader"
                continue
            base, _, last = name.rpartition(" ")
            if (
                (kind_word in {"RAT", "Stealer", "Loader"} or last in {"RAT", "Stealer", "Loader"})
                and _title_line(text, m.start())
                and _all_words(base or name)
            ):
                continue  # "to Deploy RAT Malware": a headline's words
            if last in {"RAT", "Stealer", "Loader"} and base and _named_kind(base):
                out.append((kind, name, "plain"))  # "the Spark RAT malware"
                continue
            out.append((kind, name, "headline" if shape is _UNKNOWN_MALWARE else "plain"))
    for match in _INTRODUCED.finditer(text):
        kind = _nearest_kind(text[max(0, match.start() - _KIND_WINDOW) : match.start()])
        if kind:
            out += [(kind, name.rstrip("."), "explicit") for name in _LIST_SPLIT.split(match.group(1))]
    for match in [*_LISTED.finditer(text), *_LISTED_INCLUDE.finditer(text)]:
        kind = _nearest_kind(text[match.start() : match.start(1)])
        out += [(kind, name.rstrip("."), "explicit") for name in _LIST_SPLIT.split(match.group(1)) if kind]
    return out


def _named_kind(name: str) -> bool:
    """ "Spark" in "Spark RAT" is the family's name; "New", "Advanced" or "Deploys" are not."""
    words = english_words()
    last = name.split()[-1]
    return not (
        last.casefold() in _COMMON
        or (plain_word(last, words) and last.casefold() not in words)  # an inflected word: "Deploys"
        or last.casefold() in _GENERIC_ADJECTIVES
    )


_GENERIC_ADJECTIVES = set(
    """
    new novel custom advanced remote modular stealthy sophisticated unknown undocumented malicious popular
    commodity fileless open-source android windows linux macos python rust golang go java powershell
    mobile banking crypto cryptocurrency information info password credential browser web
    """.split()
)


def _nearest_kind(before: str) -> str:
    """ "actor" or "malware": the kind word nearest the end of `before` ("" when none, or when a
    campaign's word is nearer: "a malware campaign dubbed X" names the campaign)."""
    kinds = [(m.end(), "actor") for m in _ACTOR_WORDS.finditer(before)]
    kinds += [(m.end(), "malware") for m in _MALWARE_WORDS.finditer(before)]
    kinds += [(m.end(), "") for m in _CAMPAIGN_WORDS.finditer(before)]
    return max(kinds)[1] if kinds else ""


def _coined(name: str) -> bool:
    """A coined name, not words of a Title Case headline ("Advanced Malware"): some token has a
    digit or an inner capital, or is not an English word."""
    words = english_words()
    for token in re.split(r"[\s-]+", name):
        if any(c.isdigit() for c in token) or any(c.isupper() for c in token[1:]):
            return True
        if not words or token.casefold() not in words:
            return True
    return False


@lru_cache(maxsize=1)
def _ransomware_names() -> frozenset[str]:
    """Case-folded names and synonyms of the ransomware galaxy: brands that are both a group and a
    malware family."""
    cluster = clusters().get("ransomware")
    names: set[str] = set()
    if cluster is not None:
        for value in cluster.cluster_values.values():
            meta = getattr(value, "meta", None)
            synonyms = [x for x in (getattr(meta, "synonyms", None) or []) if isinstance(x, str)]
            names.update(_squash(n) for n in (value.value, *synonyms))
    return frozenset(names)


def _squash(name: str) -> str:
    """A brand's spelling without case, spaces or hyphens: "Black Basta" is "BlackBasta"."""
    return re.sub(r"[\s-]+", "", name).casefold()


def _ransom_group_named(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:ransomware|extortion)\s(?:\w+\s)?(?:group|gang|crew|operation|operators?|brand)\W+"
        rf"(?:\w+\s){{0,2}}{re.escape(name)}\b|\b{re.escape(name)}(?:['’]s)?\s(?:ransomware|locker)\b",
        re.I,
    )


_RANSOMWARE_WORD = re.compile(r"\b(?:ransomware|rançongiciel|ransom gang|extortion gang)\b", re.I)


def _same_threat(named: Named, known: dict[str, Named]) -> bool:
    """A name already listed under another galaxy's entry: "LockBit" (LockBit) and "LockBit 3.0"
    (LockBit 3.0 - S1202), "Lazarus" (Diamond Sleet) next to "Lazarus Group" — its name or
    canonical name is one of a listed entry's names, or the other way round."""
    own = {named.name.casefold(), named.canonical.casefold()}
    every = own | {a.casefold() for a in named.aliases}
    for other in known.values():
        theirs = {other.name.casefold(), other.canonical.casefold()}
        if own & (theirs | {a.casefold() for a in other.aliases}) or theirs & every:
            return True
    return False


def find_threats(text: str) -> tuple[list[Named], list[Named]]:
    """(threat actors, malware) named in the text, each once (by canonical name, and once across
    the galaxies' entries that share a name), in order. A ransomware brand is both: the gang that
    attacks and the malware it deploys."""
    groups: dict[str, dict[str, Named]] = {"actor": {}, "malware": {}}
    brands = _ransomware_names()
    for mention in threat_mentions(text):
        named = Named(name=mention.written, canonical=mention.canonical, aliases=list(mention.aliases))
        kinds = [mention.kind]
        keys = {_squash(mention.written), _squash(mention.canonical)}
        galaxy_name = mention.in_galaxies
        if (galaxy_name and keys & brands) or (
            mention.kind == "malware"
            and _RANSOMWARE_WORD.search(text)
            and re.search(
                rf"{re.escape(mention.written)}(?:['’]s)?\s(?:ransomware|gang|affiliates?|crew)", text
            )
        ):
            other = "actor" if mention.kind == "malware" else "malware"
            if other == "malware" or brand_is_group(text, [mention.written]):
                kinds.append(other)
            elif mention.kind == "actor" and not brand_is_group(text, [mention.written]):
                kinds = ["malware"]
        if (
            mention.kind == "actor"
            and "malware" not in kinds
            and _ransom_group_named(mention.written).search(text)
        ):
            kinds.append("malware")  # "a new ransomware group called Dire Wolf": a brand, both
        for kind in kinds:
            if mention.canonical not in groups[kind] and not _same_threat(named, groups[kind]):
                groups[kind][mention.canonical] = named
    return list(groups["actor"].values()), list(groups["malware"].values())


def _state_attributed(meta: object) -> bool:
    extra = getattr(meta, "additional_properties", None) or {}
    incidents = str(extra.get("cfr-type-of-incident") or "") + str(getattr(meta, "motive", None) or "")
    return bool(extra.get("cfr-suspected-state-sponsor")) or bool(
        re.search(r"espionage|sabotage", incidents, re.I)
    )


@lru_cache(maxsize=1)
def state_actor_names() -> frozenset[str]:
    """Case-folded canonical names of the threat-actor galaxy's groups that it attributes to a
    state (a suspected state sponsor) or to espionage or sabotage: ScarCruft (APT37), Lazarus."""
    cluster = clusters().get("threat-actor")
    names: set[str] = set()
    if cluster is not None:
        for value in cluster.cluster_values.values():
            meta = getattr(value, "meta", None)
            if meta is not None and _state_attributed(meta):
                names.add(value.value.casefold())
    return frozenset(names)


def state_actor_at(text: str) -> int:
    """Where the first group attributed to a state is named in the text (-1: none)."""
    states = state_actor_names()
    for mention in threat_mentions(text):
        if mention.kind == "actor" and mention.canonical.casefold() in states:
            return max(0, text.find(mention.written))
    return -1


def ransomware_brand_at(text: str) -> int:
    """Where the first ransomware brand of the galaxies is named in the text (-1: none), with the
    same context rules as every threat name ("DragonForce group claims…")."""
    brands = _ransomware_names()
    for mention in threat_mentions(text):
        if {_squash(mention.written), _squash(mention.canonical)} & brands:
            return max(0, text.find(mention.written))
    return -1
