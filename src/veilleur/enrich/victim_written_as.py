"""How the text writes a name around it, which says what the name is: listed among threats or
products (`listed_as_things`), after a lower-case kind of organisation (`named_after_kind`), as the
attackers' own (`written_as_gang`, `written_roles`), or as a description of many (`describes_many`).
Split from `victim_words` (the context's word classes)."""

from __future__ import annotations

import re

from veilleur.enrich.security_people import shortened_to_surname
from veilleur.enrich.victims import _DESCRIPTION_END

# A list of malicious software or tools the text introduces ("malware families like A, B and C",
# "des maliciels comme A et B", "malware zoals A", "Schadsoftware wie A"): threats, not victims.
_THREAT_LIST = re.compile(
    r"(?i)\b(?:malware|families|strains|loaders?|stealers?|backdoors?|trojans?|RATs|ransomware|variants|payloads|"
    r"tools|maliciels|logiciels malveillants|rançongiciels|Schadsoftware|Trojaner)\s(?:[\w-]+\s)?"
    r"(?:like|such as|including|namely|comme|tels? que|telles? que|dont|zoals|wie|darunter)\s"
    r"(?:[\w.&-]+(?:\s[\w.&-]+){0,2},\s(?:and\s|et\s|en\s|und\s)?)*(?:[\w.&-]+\s(?:and|et|en|und)\s)?$"
)


# Products named as examples of what a firm makes or sells ("Riot, stewards of titles such as X and
# Y", "apps like X", "games including X"), or of what a stealer raids ("web browsers, including X",
# "cryptocurrency wallets such as X"): things, not organisations hit by the event; their maker is.
_PRODUCT_LIST = re.compile(
    r"(?i)\b(?:(?:titles|games|franchises|products|apps|applications|consoles|devices|gadgets|brands|packages|"
    r"libraries|extensions|plug-?ins|browsers|wallets|clients|messengers)"
    r",?\s(?:like|such as|including|namely)\s"
    # ("two of its open-source packages, Picasso and Xene, were compromised": named in apposition)
    r"|(?:packages|libraries|extensions|plug-?ins),\s)"
    r"(?:[\w.&'-]+(?:\s[\w.&'-]+){0,3},\s(?:and\s)?)*(?:[\w.&'-]+(?:\s[\w.&'-]+){0,3}\s(?:and|or)\s)?$"
)


def listed_as_things(before: str) -> bool:
    """Whether the words `before` a name put it in a list of threats or of products ("malware
    families like A, B and", "titles such as")."""
    return bool(_THREAT_LIST.search(before) or _PRODUCT_LIST.search(before))


# The lower-case kind of organisation written right before a name ("travel booking giant X", "IT
# giant X", "Finnish telco X", "autoparts company X"): what follows is that organisation's name.
_KIND_THEN_NAME = re.compile(rf"(?<![\w-]){_DESCRIPTION_END}\s$")


def named_after_kind(name: str, sentence: str) -> bool:
    """Whether `sentence` writes `name` capitalised right after a lower-case kind of organisation
    ("the travel booking giant Sabre, which was hit by…"): a name, even when it is also an English
    word, since a sentence never writes a word of its own so. ("journalist X" names a person.)"""
    if not name[:1].isupper():
        return False
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence):
        if _KIND_THEN_NAME.search(sentence[max(0, match.start() - 40) : match.start()]):
            return True
    return False


# Kinds of organisation no threat is called ("nursery chain X", "the retailer X", "hospital X"): not
# "group", "network", "operation", "platform" or "service", which name gangs, botnets and tools too.
_ORGANISATION_KIND = re.compile(
    r"(?<![\w-])(?:chain|retailer|hospital|clinic|bank|insurer|airline|university|school|charity|carmaker|"
    r"automaker|manufacturer|company|firm|conglomerate|utility|telco|publisher|broadcaster|supplier|"
    r"contractor|council|municipality|nursery|nurseries)\s$"
)


def described_as_organisation(name: str, sentence: str) -> bool:
    """Whether `sentence` writes `name` right after a lower-case kind of organisation that no threat
    is ("hackers hit nursery chain X"): an organisation, though a threat list knows a malware or a
    gang of the same name (a sentence never calls a malware a retailer)."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence):
        if _ORGANISATION_KIND.search(sentence[max(0, match.start() - 30) : match.start()]):
            return True
    return False


# What follows the name of the attacked, not of the attackers: "the hackers behind the X breach".
_ITS_ATTACK = re.compile(
    r"(?![\w-])(?!['’]s\b|\s(?:attacks?|breach|hack|intrusion|incident|heist|leak|data)\b)"
)


# The attackers' words right after the name ("X ransomware gang", "X hacking group") and right before it
# ("the cybercriminals behind X", "perpetrated by X"). Static patterns tried at each place the text
# writes the name: one pattern built around each candidate's name was compiled again for every
# candidate of every page (re's cache holds 512), a quarter of the enrichment's time.
_GANG_AFTER = re.compile(
    r"\s(?:(?:ransomware|extortion|hacking|hacker|cybercrime|threat)\s)?(?:gang|crew)\b"
    r"|\s(?:ransomware|extortion|hacking|hacker|cybercrime)\s(?:group|operation|operators|affiliates)\b"
)
_GANG_BEFORE = re.compile(
    r"(?:\b(?:cybercriminals|criminals|hackers|attackers|crooks|gang|group)\sbehind"
    r"|\b(?:perpetrated|carried out|conducted)\sby)\s(?:the\s)?$"
)
_WORD_OR_DASH = re.compile(r"[\w-]")


def written_as_gang(name: str, text: str) -> bool:
    """Whether the text writes `name` as the attackers' own: "the X gang", "X ransomware group", "the
    cybercriminals behind X", "attacks perpetrated by X" (not "the X attackers", who attacked X)."""
    if not name:
        return False
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _WORD_OR_DASH.match(text[start - 1])) and _GANG_AFTER.match(text, end):
            return True
        if _GANG_BEFORE.search(text, max(0, start - 60), start) and _ITS_ATTACK.match(text, end):
            return True
        start = text.find(name, start + 1)
    return False


def written_roles(name: str, text: str) -> set[str]:
    """What the way the text writes `name` says it is: a person shortened to a surname ("Elon Musk" …
    "Musk's companies": shape:surname), the attackers' own ("the X gang": written:gang)."""
    out = {"shape:surname"} if shortened_to_surname(name.split(), text) else set()
    return out | ({"written:gang"} if written_as_gang(name, text) else set())


# Kinds of organisation in the plural ending a run ("Turkmenistan Orgs", "Middle Eastern NGOs"; not
# "Apollo Hospitals", "Allied Banks": names), or a count, a span or a group before "of" opening one
# ("Hundred of CISCO", "Decades of Canadian", "Targets of ScRansom"; not "Bank of America").
_MANY = re.compile(
    r"(?i)\s(?:orgs|organi[sz]ations|ngos|entities|businesses|firms|telcos|targets|victims)$|^(?:hundreds?|"
    r"thousands?|millions?|billions?|dozens?|decades?|years?|targets|victims|customers|users|members|clients|"
    r"employees|patients)\sof\s"
)


def describes_many(name: str) -> bool:
    """A Title Case run that describes many organisations or a share of something, naming none."""
    return bool(_MANY.search(name))
