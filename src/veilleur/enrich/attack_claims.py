"""Claims and stolen volumes `facts.attack_facts` reads beside its own patterns (EN, FR, NL, DE):

- a group named in quotes after what it calls itself: 'a group calling itself "Radiant" claims to
  have stolen…', 'le groupe se faisant appeler « X » revendique…';
- a gang publishing the attack on its own site: "the LockBit ransomware group published details of
  the attack on Pierce Transit" (a group's word is required: an outlet also publishes details);
- a volume written in words: "four terabytes of stolen data", "deux millions de clients".

Each was missed in the seed-3340 sample (session 37)."""

from __future__ import annotations

import re

from veilleur.text.prefilter import screened

_NAME = r"[A-Z][\w.-]{1,40}(?:\s[A-Z0-9][\w.()-]{1,40})?"
_CLAIMS = screened(
    r"\b(?:group|gang|crew|hacker|groupe|collectif|groep|Gruppe)\s(?:calling\s(?:itself|themselves)|known\sas|"
    r"dubbed|named|se\sfaisant\sappeler|baptisé|nommé|die\ssich|dat\szich)\s[«\"“]\s?(?P<who>"
    + _NAME
    + r")\s?[»\"”]"
    r"[^.;]{0,40}?\b(?:claim(?:s|ed|ing)?|revendiqu\w*|beweert|behauptet)\b"
    r"|(?:\b(?:the|The)\s)?(?P<who2>"
    + _NAME
    + r")\s(?:ransomware\s|extortion\s)?(?:group|gang|crew|operators?|hackers)\s"
    r"(?:has\s|have\s|had\s)?(?:published|posted|leaked|released)\s(?:the\s)?(?:details|information|data|files|samples?)\s"
    r"(?:of|about|from|on)\s(?:the|its|an?|this)\s(?:attack|hack|breach|intrusion|incident)\b",
)


def claimant(sentence: str) -> str:
    """The group the sentence says claimed the attack in one of these wordings, or ""."""
    match = _CLAIMS.search(sentence)
    return (match.group("who") or match.group("who2") or "") if match else ""


_SPELLED = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fifteen": 15, "twenty": 20, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "twee": 2, "drie": 3, "vier": 4,
    "vijf": 5, "zes": 6, "tien": 10, "zwei": 2, "drei": 3, "fünf": 5, "sechs": 6, "zehn": 10,
}  # fmt: skip
SPELLED_WORDS = "|".join(sorted(_SPELLED, key=len, reverse=True))
# A volume in words: a size ("four terabytes") or a count in millions ("two million records").
_VOLUME = screened(
    rf"\b(?:{SPELLED_WORDS})\s(?:(?:terabytes|gigabytes|téraoctets|gigaoctets|(?-i:TB|GB|To|Go))\b|"
    r"(?:million|millions|billion|milliards?|miljoen|Millionen)\s(?:de\s|d['’])?(?:[\w-]+\s){0,2}?"
    r"(?:records|customers|users|people|patients|accounts|files|documents|personnes|clients|utilisateurs|"
    r"dossiers|comptes|fichiers|klanten|gegevens|Kunden|Datensätze)\b)",
    re.I,
)


# A volume in words is read only beside a word of theft or sale: "prevent six million customers from
# accessing the site", "an install base of two million users … compromised" (a blind check of
# pages 3001-9000) are no data taken.
_TAKEN = re.compile(
    r"\b(?:st[eo]l\w*|steal\w*|exfiltrat\w*|leak\w*|dump\w*|for\ssale|selling|dérob\w*|volée?s?|gestolen|"
    r"gestohlen|erbeutet|gelekt)\b",
    re.I,
)


def spelled_volume(sentence: str) -> re.Match[str] | None:
    """The first volume the sentence writes in words ("four terabytes") beside a theft, or None."""
    return _VOLUME.search(sentence) if _TAKEN.search(sentence) else None


_WORD = re.compile(rf"\b({SPELLED_WORDS})(?=\s)", re.I)


def in_digits(value: str) -> str:
    """A volume's number word as digits ("nearly four terabytes" → "nearly 4 terabytes"); a value
    with digits as given."""
    if re.search(r"\d", value):
        return value
    return _WORD.sub(lambda m: str(_SPELLED[m.group(1).lower()]), value, count=1)
