"""The words that say what kind of threat a name is ("a backdoor dubbed X", "the X group"), the shape
of a coined name ("8Base", "zgRAT"), and the names a definition list gives under a heading that says
their kind ("Tools used by the group:", then "NosyDoor: a backdoor…"); which kind word stands nearest
before a name (`nearest_kind`), and the defence or plight words after one that make it none
(`DEFENCE_AFTER`). Read by `new_threats`, `threat_handles` and `threat_mentions`."""

from __future__ import annotations

import re

from veilleur.enrich.organisation_nouns import ORGANISATION_NOUN
from veilleur.enrich.threat_naming import NAMING_VERB, TRACKING_VERB

# A coined name may begin with digits or in lower case when a capital follows: "8Base", "zgRAT".
COINED = r"(?:[A-Z](?:[\w-]|\.(?=\w)){2,30}|\d[A-Za-z](?:[\w-]|\.(?=\w)){1,30}|[a-z]{1,6}[A-Z0-9](?:[\w-]|\.(?=\w)){1,30})"


ACTOR_WORDS = re.compile(
    r"\b(?:group|actor|gang|cluster|crew|hackers?|operators?|collective|team|intrusion set|adversar(?:y|ie)|"
    r"affiliate program(?:me)?|marketplace|cybercrime forum|groupe|groep|gruppe|bende|collectif|facilitator|"
    r"programme d['’]affiliation|réseau d['’]escroquerie|groupe d['’]escrocs|syndicate|call cent(?:er|re)|"
    r"(?:fraud|crime|scam) ring|centre d['’]appels|(?:cyber)?criminal|fraudster|scammer|crook|escroc|"
    r"(?:cybercrime|criminal|underground|darknet|laundering)\s(?:service|exchange|market|shop|platform))s?\b",
    re.I,
)


MALWARE_WORDS = re.compile(
    r"\b(?:malware|backdoor|loader|downloader|dropper|implant|stealer|infostealer|trojan|rat|botnet|"
    r"ransomware|strain|family|families|variant|payload|spyware|wiper|rootkit|tool|toolkit|webshell|"
    r"web shell|shell|(?<!affiliate )program|collector|framework|module|component|keylogger|miner|utility|crypter|"
    r"dll|logiciel malveillant|maliciel|rançongiciel|cheval de troie|chevaux de troie|chargeur|porte dérobée|"
    r"logiciel espion|voleur|programme|outil|schadsoftware|kwaadaardige software|Trojaner|Hintertür)s?\b",
    re.I,
)


# A list of definitions under a heading that says what they are ("Outils et malwares utilisés :",
# then "NosyDoor : une backdoor…"): a line opened by a coined name and a colon.
# (a bullet's marks are its own line's: "[-*•\s]*" read the newlines too, and tried at each line of a run
# of blank or "-" lines read the rest of the run from each: 5,000 such lines cost 1.3 s)
_DEFINED = re.compile(rf"^(?:[-*•]|[^\S\n])*(?:\*\*)?({COINED})(?:\*\*)?[ \t]?:[ \t]+\S", re.M)
_HEADING = re.compile(r"^[^\n]{3,120}:[ \t]*$", re.M)


def defined_names(text: str) -> list[tuple[str, str, str]]:
    """(kind, name, "explicit") of the names a definition list gives, the kind read in the heading
    the list comes under (the nearest line before it that ends with a colon)."""
    if ":" not in text:
        return []
    out = []
    for match in _DEFINED.finditer(text):
        headings = list(_HEADING.finditer(text, max(0, match.start() - 1500), match.start()))
        kind = _heading_kind(headings[-1].group(0)) if headings else ""
        name = match.group(1)
        # A plain word is a heading's item ("Cible : …"), unless the line says it is malware.
        line = text[match.end() : text.find("\n", match.end()) % (len(text) + 1)]
        if kind and (_SHAPED.search(name) or (kind == "malware" and MALWARE_WORDS.search(line))):
            out.append((kind, name, "explicit"))
    return out


_SHAPED = re.compile(r"\w[A-Z0-9]|^[A-Z0-9]{3,}$")  # an inner capital or digit, or capitals: "NosyDoor"


def _heading_kind(heading: str) -> str:
    """What a heading lists: tools when it names any ("Tools used by the group:", "Le groupe utilise
    des outils :"), else groups when it names them."""
    if MALWARE_WORDS.search(heading):
        return "malware"
    return "actor" if ACTOR_WORDS.search(heading) else ""


# A group's word the article writes as part of a galaxy name that the galaxies know without it:
# "the Play Group" (MISP: Play), "the Silence Gang".
GROUP_WORD_AFTER = re.compile(r"\s(?:Group|Gang|Team|Crew)\b")


def acronym_plural(written: str, names: tuple[str, ...]) -> bool:
    """ "TDSs", "RATs": an acronym in the plural, not the galaxy's name it folds to ("TDSS"), unless
    the galaxy spells the name that way (`names`: the entry's canonical name and synonyms)."""
    return (
        len(written) >= 3
        and written.endswith("s")
        and written[:-1].isupper()
        and written[:-1].isalpha()
        and written not in names
    )


# A campaign or operation word nearer the name than any kind: "a campaign dubbed X" names no threat.
CAMPAIGN_WORDS = re.compile(r"\b(?:campaign|operation|activity|campagne|opération)s?\b", re.I)


# ("a hacker technique called X", "une faille baptisée X": a technique's or flaw's name, guide §13)
_PRODUCT_WORDS = re.compile(
    r"\b(?:apps?|application|website|appli|applicatie|Anwendung|techniques?|method|tactic|flaws?|files?|"
    r"vulnerabilit(?:y|ies)|bugs?|exploits?|exploit chain|attacks?|faille|vulnérabilité|technique d['’]attaque|"
    r"Sicherheitslücke|Schwachstelle|kwetsbaarheid|lek)\b",
    re.I,
)


# An organisation's noun right before the naming verb: "a ransomware gang hit a company called X" names
# the company it hit, not the gang, whatever attacker's word came earlier in the sentence. Not a front
# ("a front company called X", "a fake firm named Y" are the attackers' own, guide §13).
_ORGANISATION_WORDS = re.compile(
    r"(?<!front )(?<!shell )(?<!fake )(?<!bogus )(?<!sham )"
    rf"\b(?:{ORGANISATION_NOUN}|companies|supplier|subsidiary|hôpital|clinique|Krankenhaus)\b",
    re.I,
)


# Software the attackers abuse, named as such just before its kind ("a legitimate Windows utility"),
# and the defenders' own ("an LLM-based bug-hunting tool dubbed X").
_LEGITIMATE = re.compile(
    r"\b(?:legitimate|legit|genuine|built-in|bug[- ]hunting|vulnerability[- ]hunting|fuzzing|defensive)\s"
    r"(?:[\w-]+\s){0,3}$",
    re.I,
)


# The legitimate thing a naming verb will name, right before it: "a legitimate service (called X)".
_LEGITIMATE_THING = re.compile(r"\b(?:legitimate|legit|genuine|built-in)\s(?:[\w-]+\s){0,3}$", re.I)


# A family's noun, then at once the verb that names it: "the exfiltration tool, dubbed X", "a backdoor
# called X" (not "the scammer claims the spyware is called X": a claim about what it is).
_KIND_THEN_NAMING = re.compile(
    r"\b(?:malware|backdoor|loader|downloader|dropper|implant|stealer|infostealer|trojan|botnet|ransomware|"
    r"spyware|wiper|rootkit|keylogger|RAT|tool|toolkit|framework|utility|payload|variant|strain|family),?\s"
    rf"{NAMING_VERB}\s[\"“‘']?$",
    re.I,
)


# A group's noun, then at once the verb that names it: "a hacking group referred to as X", "another
# threat cluster tracked as X" — the name a vendor gives to a group, even when it is an English word
# that a galaxy lists (guide §6: the groups a report links to the activity).
_GROUP_THEN_NAMING = re.compile(
    r"\b(?:group|actor|crew|gang|cluster|collective|intrusion\sset|adversary),?\s"
    rf"(?:{NAMING_VERB}|{TRACKING_VERB})\s(?:the\s)?[\"“‘']?$",
    re.I,
)


def group_named_before(before: str) -> bool:
    """The words right before a name introduce a group of attackers by it ("a hacking group referred
    to as X"), not a campaign's or a family's name."""
    return _GROUP_THEN_NAMING.search(before) is not None and nearest_kind(before) == "actor"


def family_named_before(before: str) -> bool:
    """The words right before a name introduce a family by it, and no attack, flaw or app ("the
    RowHammer attack variant, codenamed X") nor legitimate software ("a legitimate utility called X")."""
    kind = _KIND_THEN_NAMING.search(before)
    # (the product word in the kind's own phrase: "the RowHammer attack variant, codenamed X"; not an
    # "attack chain" earlier in the sentence that deploys "an information stealer known as X")
    return (
        kind is not None
        and nearest_kind(before) == "malware"
        and _PRODUCT_WORDS.search(before, max(0, kind.start() - 25), kind.end()) is None
    )


def nearest_kind(before: str) -> str:
    """ "actor" or "malware": the kind word nearest the end of `before` ("" when none, or when a
    campaign's word is nearer: "a malware campaign dubbed X" names the campaign)."""
    kinds = [(m.end(), "actor") for m in ACTOR_WORDS.finditer(before)]
    # ("a legitimate Microsoft Windows utility called X", "a file deceptively titled X": software the
    # attackers abuse, and a file's name, are no family's name, guide §7)
    kinds += [
        (m.end(), "" if _LEGITIMATE.search(before, max(0, m.start() - 40), m.start()) else "malware")
        for m in MALWARE_WORDS.finditer(before)
    ]
    kinds += [(m.end(), "") for m in CAMPAIGN_WORDS.finditer(before)]
    # "DLL hijacking via a legitimate service called X": what the name is said to be is legitimate,
    # whatever threat word came before it
    kinds += [(m.end(), "") for m in _LEGITIMATE_THING.finditer(before)]
    # "phishing groups sell an app called X", "a hacker technique called Y": an app, a technique
    kinds += [(m.end(), "") for m in _PRODUCT_WORDS.finditer(before)]
    kinds += [(m.end(), "") for m in _ORGANISATION_WORDS.finditer(before)]
    return max(kinds)[1] if kinds else ""


# A defence's word right after a name: "Vanguard protection", "DDoS-Guard mitigation", "Shield
# filtering", "Malwarebytes ransomware rollback" name a vendor's product or service, not the threat
# it stops. So does a victim's plight after the kind: "the Acme ransomware fiasco", "Acme's malware
# debacle" are what befell Acme, never how a family is named ("the X ransomware attack" may be either).
DEFENCE_AFTER = re.compile(
    r"[\s-]+(?i:(?:ransomware|malware)\s(?:rollback|remediation|recovery|detection|protection|removal|cleanup|"
    r"solution|module|fiasco|debacle|mess|disaster|nightmare|woes|meltdown|saga)|protections?|mitigations?|"
    r"scrubbing|filtering|firewall|antivirus|anti-?malware|shield)\b"
)


# An attacker's deed right after a group's name, the name as its subject: "Bronze Starlight targets the
# gambling sector", "Vice Society claims attack on…" (a headline with no other threat word, where a name
# of everyday words needed one). EN/FR/NL/DE; not "uses" or "returns": what a firm or a person does too.
_ATTACKER_DEED_AFTER = re.compile(
    r"(?:['’]s)?,?\s(?:(?:has|have|had|is|are|was|were)\s)?(?:"
    r"target(?:s|ed|ing)|hit(?:s|ting)?|hack(?:s|ed)|breach(?:es|ed)|attack(?:s|ed)|compromis(?:es|ed)|"
    r"infiltrat(?:es|ed)|spie[sd]\son|exploit(?:s|ed)|claim(?:s|ed)\s(?:responsibility|credit|(?:the\s|an?\s)?"
    r"(?:cyber)?(?:attack|hack|breach|theft))|"
    r"cible(?:nt)?|a\sciblé|attaque(?:nt)?|a\sattaqué|a\spiraté|pirate(?:nt)?|revendique(?:nt)?|a\srevendiqué|"
    r"valt\s\w+\saan|viel\s\w+\saan|richt\szich\sop|hackte?|eist|claimt|"
    r"greift|griff|attackiert(?:e)?|zielt\sauf|reklamiert)\b",
    re.I,
)


def attacker_deed_after(text: str, end: int) -> bool:
    """Whether the words right after a name (ending at `end`) say the name's group attacked."""
    return _ATTACKER_DEED_AFTER.match(text, end) is not None
