"""Words and shapes that tell a threat's name from an everyday word: the galaxies' names that are
common words or products (`COMMON`, `NEVER`), the threat words a name needs next to it
(`has_context`), descriptions and firms that only look like names, and the tests a written name
goes through (`distinctive`, `word_like`, `coined`, `inside_longer_name`)."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_context import plain_word
from veilleur.enrich.threat_verbs import ATTACKING, CLAIMS, RETURNING
from veilleur.text.companies import LEGAL_FORMS

# Words near a name that say it is a threat (used to accept short or common-word names).
THREAT_CONTEXT = re.compile(
    r"\b(ransomware|rançongiciel|malware|maliciel|trojan|troyen|botnet|stealer|infostealer|loader|backdoor|"
    r"rat|wiper|worm|spyware|variant|family|strain|gang|group|groupe|crew|operators?|affiliates?|actors?|"
    r"apt|hackers?|campaign|campagne|operation|opération|logiciel|cheval de troie|bende|groep|gruppe|"
    # ("a Cobalt Strike beacon": the implant a red-team framework drops)
    r"schadsoftware|erpresser|C2|command-and-control|implant|payload|beacon|offshoot|spin-?off)s?\b",
    re.I,
)


# Names the galaxies hold that are everyday words in news text; they need a threat word nearby.
MIN_FREE_LENGTH = 6


COMMON = set(
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
# nationalities, months, platforms and generic words some galaxy happens to list; the kinds of
# malware the guide says are no names ("infostealer", "bootkit", "C2"), which a Title Case headline
# capitalises ("Weekly Recap: Bootkit Malware"); legitimate software attackers abuse (guide §7:
# remote-support tools, "Quick Assist"; DiskCryptor; Rclone, WinSCP, ngrok, Sysinternals' ProcDump),
# and products attackers target ("Zimbra Devices", "Zimbra Vulnerability"); "Unknown actors".
NEVER = set(
    """
    russian korean chinese iranian american british french german israeli ukrainian north south net
    january february march april may june july august september october november december trojan
    android ios windows linux macos desktop mobile page one set stop first evolution nexus homeland
    donald trump sms ids web email internet backdoor rat worm virus ransomware malware
    anydesk teamviewer tightvnc screenconnect splashtop xprotect raas golang global phantom
    your some while many most these those their our all any each both few more such when where which
    after before since because although though then than also only just even still dark fake mac
    iot python javascript autoit psexec connectwise remoteutilities litemanager jupyter mcafee norton
    telegram httpclient virustotal esxi kremlin administrators action deploy inject leverage spark
    ddos deepfake trojans phishing chatgpt youtube coinbase metamask shodan censys gophish vbscript sqlmap
    linkedin facebook instagram whatsapp discord tiktok reddit github gitlab twitter
    infostealer bootkit rootkit keylogger c2 diskcryptor rclone winscp ngrok procdump unknown zimbra
    rats stealers loaders backdoors botnets delphi sideloaded trojanized weaponized obfuscated
    powershell clipper clippers
    """.split()
) | {"apple xprotect", "windows remote desktop", "donald trump", "colonial pipeline", "quick assist"}
NEVER |= {"active directory"}  # (the kinds' plurals, a language, delivery participles, a directory)
# (and PowerShell, the system's own shell the attackers run, guide §7; a clipper is a kind, as a stealer)


# A company's legal form right after a name: "Gamma Corp", "Delta Ltd", "Kraken Inc." name the
# firm (most often the victim: "Ransomware hits Gamma Corp"), not a galaxy's actor or malware.
COMPANY_FORM = re.compile(rf"[\s,]+(?:{LEGAL_FORMS}|Co)\b\.?")


# Shapes the "unknown name" patterns catch that are descriptions, not names: "China-linked",
# "Russian-speaking", "The Android", "CPU", "FAKE". "anti-X" and "counter-X" name a defence against
# X ("une protection anti-DDoS", "anti-ransomware tool"), never a threat, though a galaxy lists an
# "Anti-DDos" ransomware. A region's adjective says where a group is from, never its name: "a Middle
# Eastern threat actor", "an Eastern European hacking group" (the gazetteer knows countries, not regions).
DESCRIPTION = re.compile(
    r"(?i:-(?:linked|speaking|based|powered|backed|nexus|aligned|affiliated|associated|sponsored|funded|tied|connected|specific|style|like|"
    r"themed|related|origin|only)\b|"
    r"^the\s|^pro-|^multi-|^anti[-\s]|^counter-)|\.\s|^[A-Z]{2,4}$|"
    r"^(?:(?:North|South|East|West|Central|Middle|Southeast|Northeast|Southwest|Northwest|Eastern|Western|"
    r"Northern|Southern|Latin|Sub-Saharan)[\s-])+(?:Eastern|Western|Asian|European|African|American|Arab|"
    r"Pacific|Baltic|Nordic|Balkan|Caucasian|Caribbean)$"
)


def distinctive(name: str) -> bool:
    """Names that cannot be an everyday word or another proper noun: several words, digits, inner
    capitals, long and not a plain capitalised word ("District", "Bluesky", "Czech" are galaxy
    names too)."""
    return (
        " " in name
        or any(c.isdigit() for c in name)
        or any(c.isupper() for c in name[1:])
        or (len(name) >= MIN_FREE_LENGTH and name.casefold() not in COMMON and not TITLE_WORD.fullmatch(name))
    )


def word_like(name: str) -> bool:
    """A capitalised English word ("District", "Phantom"), not a coined name ("Emotet")."""
    if not TITLE_WORD.fullmatch(name):
        return False
    words = english_words()
    key = name.casefold()
    return not words or key in words or key.rstrip("s") in words or key.removesuffix("ed") in words


TITLE_WORD = re.compile(r"[A-Z][a-zà-ÿ]+")


# A threat word right next to the name: "Akira ransomware", "the Qilin gang", "groupe Medusa".
# A parenthesis may sit between ("Knight (formerly Cyclops) RaaS gang").
# So may another name joined to it before a kind both share ("Phobos and 8Base ransomware"), and the
# malware's own infections ("Pegasus infections", "Emotet-infected machines").
NEXT_TO = re.compile(
    rf"^[\s'’s-]{{0,3}}(?:\([^)]{{0,40}}\)\s)?(?:\w+\s|(?:and|or|&)\s[\w.-]+\s)?"
    rf"(?:{THREAT_CONTEXT.pattern[2:-2]}|infections?|infected)\b",
    re.I,
)


BEFORE = re.compile(rf"\b{THREAT_CONTEXT.pattern[2:-2]}\s(?:\w+\s)?$", re.I)


def has_context(text: str, start: int, end: int, name: str = "") -> bool:
    # An English word ("Phantom", "Medusa") needs a threat word right next to it; a coined name
    # ("Emotet", "Akira", "Bluesky") a threat word within a clause.
    # So do short names ("Com") and English words in capitals ("GHOST TAP", a heading).
    strict = name and (
        word_like(name)
        or (len(name) <= 4 and name.isalpha() and not name.isupper())
        or (name.isupper() and len(name) >= 4 and word_like_any_case(name))
    )
    if strict:
        return bool(
            NEXT_TO.search(text[end : end + 30])
            or BEFORE.search(text[max(0, start - 30) : start])
            or _described_as_group(text, end)
            or _group_word_before(text, start)
        )
    window = text[max(0, start - 60) : end + 60]
    return bool(
        THREAT_CONTEXT.search(window)
        or DEPLOYED.search(window)
        or _described_as_group(text, end)
        or _group_word_before(text, start)
        or CLAIMS.search(window)
        or ATTACKING.match(text, end) is not None
        or RETURNING.match(text, end) is not None
    )


# Words that make a group an attacker when they stand just before its noun ("a ransomware gang",
# "a threat actor"; not "a threat intelligence group").
# A headline or a sentence may open with it: "Hacktivist group X" (the first letter in either case).
ATTACKER = (
    r"(?:[Rr]ansomware|[Ee]xtortion|[Hh]acking|[Hh]acker|[Hh]acktivist|[Cc]yber-?crime|[Cc]yber-?criminal|[Cc]riminal|"
    r"[Tt]hreat|APT|[Ee]spionage|[Cc]yber-espionage|[Ss]tate-sponsored|[Ss]tate-backed|[Nn]ation-state)"
)


@lru_cache(maxsize=1)
def _appositive() -> re.Pattern[str]:
    """A name described right after it as an attacking group: "Hellcat, a ransomware group",
    "X, a pro-Russian hacktivist collective", "Lazarus, North Korea's hacking unit" (at most two
    words between the determiner and the attacker's word). Compiled at first use, not at import."""
    return re.compile(
        r",\s(?:a|an|the|(?:[A-Z][\w-]+\s)?[A-Z][\w-]+['’]s)\s(?:[\w-]+\s){0,2}?"
        rf"{ATTACKER}\s(?:group|gang|crew|collective|actor|outfit|unit)s?\b",
        re.I,
    )


def _described_as_group(text: str, end: int) -> bool:
    """The words right after the name say it is an attacking group."""
    return _appositive().match(text, end, end + 80) is not None


# Groups of attackers in French, German and Dutch: "le groupe de pirates", "die Hackergruppe",
# "de ransomwaregroep" (a German or Dutch compound is one word: THREAT_CONTEXT does not see it).
FRENCH_GROUP = (
    r"(?i:groupe|collectif|gang)\s(?i:de\s(?:pirates|hackers|hackeurs|cyber-?criminels|rançongiciel|"
    r"ransomware|cyberespionnage)|hacktiviste|cyber-?criminel|criminel|pro-russe|d['’]hackers)"
)
GERMAN_GROUP = (
    r"(?i:hacker|ransomware-?|erpresser|cybercrime-?|cyberkriminellen-?|apt-?|hacktivisten-?)gruppe"
)
DUTCH_GROUP = r"(?i:hackers|hacker|ransomware|cybercriminele\s|hacktivistische\s|criminele\s)groep"


@lru_cache(maxsize=1)
def _group_word_ending() -> re.Pattern[str]:
    """A group's word in a German or Dutch compound, or a French group of attackers, right before the
    name: "die Hackergruppe Killnet", "de ransomwaregroep Akira", "le groupe de pirates Killnet"
    (THREAT_CONTEXT reads whole words only). Compiled at first use, not at import."""
    return re.compile(
        rf"(?:\b{GERMAN_GROUP}|\b{DUTCH_GROUP}|\b{FRENCH_GROUP})\s[\"“‘«]?\s?$",
        re.I,
    )


def _group_word_before(text: str, start: int) -> bool:
    return _group_word_ending().search(text, max(0, start - 40), start) is not None


# Verbs and nouns of an attack chain near a coined name: "to deploy Metasploit", "payloads like Sliver".
DEPLOYED = re.compile(
    r"\b(?:deploy(?:s|ed|ing|ments?)?|drop(?:s|ped|ping)|payloads?|C2|command-and-control)\b"
)


# Vendors' naming schemes made of words: "Salt Typhoon", "Fancy Bear", "Scattered Spider".
VENDOR_SCHEME = re.compile(
    r" (?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Hail|Dust|Flood|Rain|Panda|Bear|Kitten|Chollima|Spider|"
    r"Jackal|Tiger|Leopard|Taurus|Libra|Scorpius|Ursa|Serpens|Werewolf|Wolf)$"
)


def all_words(name: str) -> bool:
    words = english_words()
    return bool(words) and all(token.casefold() in words for token in name.split())


# Nationalities and the like may stand before a group's name ("Chinese StormBamboo").
BEFORE_NAME_OK = re.compile(r"(?:New|The|A|An|Notorious|Infamous|Alleged|Suspected|Pro|Anti|Fake|Fresh)$")


_POSSESSIVE_END = re.compile(r"['’]s?$")


def inside_longer_name(text: str, start: int, end: int, written: str) -> bool:
    """A galaxy name that is a word inside a longer proper name ("Arabian Ghost", "Sector 16"), or a first
    name before a surname ("Denis McDonald"; a platform is none: "the Mirai IoT botnet"). Headlines in
    Title Case are left alone: every word there has a capital."""
    if " " in written or title_line(text, start):
        return False
    following = re.match(r" ([A-Z][a-z][a-z'’-]*(?:[A-Z][a-z]+)*)\b", text[end : end + 30])
    # (the kind's possessive is the kind: "a Mispadu Trojan’s attack chain")
    if (
        TITLE_WORD.fullmatch(written)
        and following
        and not THREAT_CONTEXT.fullmatch(_POSSESSIVE_END.sub("", following.group(1)))
    ):
        return True  # a first name: "Denis Emelyantsev", "Denis Kloster"
    if not word_like_any_case(written):
        return False
    if re.match(r"\s\d{1,3}\b", text[end : end + 5]):
        return True
    if re.search(r"(?:^|\s)\.[A-Za-z][\w-]*\s$", text[max(0, start - 20) : start]):
        return True  # a framework's name: ".NET Core"
    # (an opening quote may stand before the longer name: '"Silent Lynx's campaigns…"' quoted at a line's start)
    before = re.search(r"(?:^|[^.!?:\n]\s|[\"“‘])([A-Z][\w-]+)\s$", text[max(0, start - 40) : start])
    return bool(before and not BEFORE_NAME_OK.match(before.group(1)))


def title_line(text: str, at: int) -> bool:
    """Whether the line around `at` is written in Title Case (a headline: every word capitalised)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return _title_case(text, line_start, line_end if line_end >= 0 else len(text))


@lru_cache(maxsize=8)
def _title_case(text: str, start: int, end: int) -> bool:
    # Asked for every name found in the line: counted once per line. A hostile page of one
    # 200,000-character line of capitalised words (thousands of names) was counted again for each,
    # 36 s of CPU (tests/test_hostile_lengths.py).
    words = text[start:end].split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= max(3, len(words) * 0.6)


def word_like_any_case(name: str) -> bool:
    """An English word however written ("Ghost", "GHOST", "Sector")."""
    words = english_words()
    return bool(words) and name.isalpha() and plain_word(name, words)


GENERIC_ADJECTIVES = set(
    """
    new novel custom advanced remote modular stealthy sophisticated unknown undocumented malicious popular
    commodity fileless open-source android windows linux macos python rust golang go java powershell
    mobile banking crypto cryptocurrency information info password credential browser web
    """.split()
)


def coined(name: str) -> bool:
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
def _everyday_thing_after() -> re.Pattern[str]:
    """A business or a work of fiction right after the name: 'the fictional "Los Pollos Hermanos"
    restaurant chain', "the Medusa TV series" (a galaxy name the world also uses). Compiled at first
    use, not at import."""
    return re.compile(
        r"[\"”’']?\s(?:(?:restaurant|fast-food|coffee|retail|grocery|hotel|store)\s(?:chain|brand)s?|"
        r"restaurants?|cafés?|TV\s(?:series|show)|sitcom|novel|film|movie|album|song|character)\b",
        re.I,
    )


@lru_cache(maxsize=1)
def _linked() -> re.Pattern[str]:
    """A known group named as the one a cluster is tied to: "Lazarus-linked hackers", "a
    Kimsuky-affiliated group" (the guide labels groups a report links to the activity). Compiled at
    first use, not at import."""
    return re.compile(
        r"\b([A-Z][\w$]*(?:\s[A-Z][\w$]*)?)-(?:linked|affiliated|aligned|tied|connected)\s(?:threat\s)?"
        r"(?:hackers?|actors?|group|gang|cluster|operators?|crew|APT|intrusion set)s?\b"
    )


# Two capitalised names joined by a slash: "ALPHV/BlackCat", "ALPHV/Black Cat".
SLASHED = re.compile(r"\b([A-Z][\w$]+)/([A-Z][\w$]+(?:\s[A-Z][\w$]+)?)")


def acronym_at_work(text: str, start: int, end: int, written: str) -> bool:
    """A galaxy's name in capitals that reads like an acronym ("CLOP", "LAPSUS"), with a gang's word
    right next to it: "the CLOP ransomware gang", "le gang CLOP" name the gang, where "the CPU"
    names nothing."""
    return (
        written.isalpha()
        and written.isupper()
        and (
            _THREAT_RIGHT_AFTER.match(text, end) is not None
            or _GANG_RIGHT_BEFORE.search(text[max(0, start - 40) : start]) is not None
        )
    )


# A gang's word right before a name (French, Dutch and German put it first): "le gang CLOP",
# "le groupe de rançongiciel CLOP", "die Ransomware-Gruppe CLOP", "de ransomwarebende CLOP".
_GANG_RIGHT_BEFORE = re.compile(
    r"\b(?:gang|groupe|collectif|bende|groep|gruppe)(?:\sde\s(?:rançongiciel|ransomware|pirates|hackers))?\s$",
    re.I,
)


# A gang's word right after a name, with nothing between: "CLOP ransomware (gang)", not "PHP-based
# stealer" nor "this PHP malware" (a language's).
_THREAT_RIGHT_AFTER = re.compile(
    r"\s(?:(?:ransomware|extortion|RaaS)\s)?(?:ransomware|gang|group|crew|operators?|affiliates?|members|cartel)s?\b",
    re.I,
)


def capitals_heading(text: str, start: int, end: int, written: str) -> bool:
    """Whether the name at `start:end` is a word of a heading in capitals ("THE TURKISH CONNECTION",
    "GHOST TAP"): its line has two words or more and no lower-case letter, or a word in capitals
    stands next to it; and the name is an English word, not one in capitals anyway ("LOCKBIT")."""
    # (the name's own case first: most names are not in capitals, and their line is not read)
    if not (written.isalpha() and written.isupper()) or not plain_word(written, english_words()):
        return False
    side = (text[max(0, start - 20) : start], text[end : end + 20])  # "I JUST GOT HACKED PLAYING"
    near = re.findall(r"\b[A-Z]{2,}(?=\s$)", side[0]) + re.findall(r"(?<=^\s)[A-Z]{2,}\b", side[1])
    if any(not THREAT_CONTEXT.fullmatch(word) for word in near):
        return True
    # A heading is short: its line is looked for within 200 characters either side, never further.
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    line_end = text.find("\n", end, end + 200)
    line_end = line_end if line_end >= 0 else len(text)
    if (line_start == 0 and start > 200) or line_end - end > 200:
        return False
    line = text[line_start:line_end].strip()
    return " " in line and not any(c.islower() for c in line)
