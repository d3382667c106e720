"""Malware named by the apposition that follows it, the way every outlet introduces a family: "X, a
loader that…", "X, a PowerShell script malware", "“X,” a custom Linux DDoS botnet", "X, another
IIS-specific malware", "X, the first AI-driven ransomware"; "X, un chargeur…", "X, een backdoor…", "X, eine Schadsoftware…". The kind
word must end the apposition's first few words and be a noun of its own: "X, a malware researcher",
"X, a ransomware victim", "X, an anti-malware vendor" name no family. A list of tools says the same
with a dash or a colon after the name that opens each item ("- X: a loader that…", "X - A C++
backdoor that…", as outlets list a report's toolset)."""

from __future__ import annotations

import re

# The comma and the apposition's article (EN/FR/NL/DE), or "the" with a word that ranks the family
# among its kind: "X, the first AI-driven ransomware", "X, the latest Android trojan" (a "the" alone
# may name the kind of something else: "X, the malware's operator").
_APPOSITION = re.compile(
    r",[\"”’']?\s(?:a|an|another|one|un|une|un autre|une autre|een|ein|eine|einen|ein weiterer|eine weitere|"
    r"the\s(?:first|first-ever|latest|newest|new))\s"
)
# Up to three words, then the kind: a noun of its own, not one that describes another noun.
_KIND = re.compile(
    r"(?:[\w./+-]+\s){0,3}?"
    r"(?:malware|loader|downloader|dropper|backdoor|botnet|trojan|stealer|infostealer|RAT|wiper|rootkit|"
    r"spyware|implant|ransomware|keylogger|web\s?shell|chargeur|porte dérobée|logiciel malveillant|"
    r"maliciel|rançongiciel|cheval de Troie|logiciel espion|Schadsoftware|Trojaner|Hintertür|Erpressersoftware)"
    r"(?![\w-])(?!\s(?:researchers?|analysts?|experts?|analysis|authors?|developers?|teams?|compan(?:y|ies)|"
    r"firms?|vendors?|victims?|attacks?|gangs?|groups?|operators?|actors?|crews?|payments?|negotiat\w*|"
    r"protection|detection|scanner|removal|hunters?|campaigns?|incidents?|infections?|outbreaks?|"
    r"chercheurs?|analystes?|éditeurs?|victimes?|attaques?|groupes?|onderzoekers?|slachtoffers?|"
    r"Forscher|Opfer|Angriffe?)\b)",
    re.I,
)
# A list item opened by a name, then a dash or a colon and the description's article: "X - A C++
# backdoor that…", "* **X**: a loader that…" (a bullet's marks on the item's own line only).
_ITEM = re.compile(
    r"^(?:[-*•][^\S\n]*)?(?:\*\*)?([A-Z][\w-]{2,30}|\d[A-Za-z][\w-]{1,30})(?:\*\*)?[^\S\n]?(?:[-–—]|:)[^\S\n]"
    r"(?:[Aa]n?|[Aa]nother|[Uu]ne?|[Ee]en|[Ee]ine?)\s",
    re.M,
)
# The name right before the comma: a coined name (a capital, then letters, digits or hyphens; or
# capitals), possibly in quotes.
_NAME_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])[\"“‘']?([A-Z][\w-]{2,30}|\d[A-Za-z][\w-]{1,30})[\"”’']?$")


def apposed_malware(text: str) -> list[tuple[str, str, str]]:
    """("malware", name, "explicit") for each name an apposition says is malware."""
    out = []
    for comma in _APPOSITION.finditer(text):
        if _KIND.match(text, comma.end()) is None:
            continue
        name = _NAME_BEFORE.search(text, max(0, comma.start() - 40), comma.start())
        if name is not None:
            out.append(("malware", name.group(1), "explicit"))
    for item in _ITEM.finditer(text):
        if _KIND.match(text, item.end()) is not None:
            out.append(("malware", item.group(1), "explicit"))
    return out
