"""A headline telling a police or state takedown (bench/data/intel/GUIDE.md §4, rule 1: a takedown,
disruption or seizure is `law-enforcement` whatever it acts on), read by category.py.

English takedown verbs are also what attacks do ("a cyberattack disrupted operations", "hacktivists
took down the Senate's site"), so the verb alone decides nothing: its subject does. A police operation
named as such ("Operation PowerOFF took down 27 DDoS platforms", "Sting op takes down …"), an agency
("German agency BSI sinkholed a botnet"), or a state acting as a whole ("Germany disrupts BADBOX
malware", "US shuts down a string of North Korean IT worker scams") is the police; and a crime's
means told in the passive with no subject ("27 DDoS-for-hire services disrupted", "Call centres behind
fake crypto scams shut down across Europe") were taken down by someone acting against criminals.
The police, the FBI and Europol as subjects are read by the law-enforcement vocabulary already.
"""

from __future__ import annotations

import re
from functools import cache

from veilleur.enrich.geo import is_place
from veilleur.text.countries import territories

_VERB = re.compile(
    r"(?<!\w)(?:disrupt(?:s|ed)?|dismantl(?:es|ed)|takes? down|took down|taken down|shut(?:s)? down|"
    r"shutter(?:s|ed)?|sinkhol(?:es|ed)|seiz(?:es|ed)|bust(?:s|ed)|knock(?:s|ed)? offline|clos(?:es|ed)|"
    r"pull(?:s|ed)? the plug on|démant[eè]l\w*|ferme|neutralis(?:e|é|ée))\b",
    re.I,
)
# Dutch and German put the verb's telling part at the clause's end or split it ("De politie heeft X offline
# gehaald", "Polizei schaltet X ab", "BKA nimmt X vom Netz"): their subject is read at the clause's start.
_LATE_VERB = re.compile(
    r"(?<!\w)(?:(?:offline|uit de lucht) (?:gehaald|genomen)|(?:haalt|halen|neemt|nemen|nimmt|nehmen) (?:[\w.-]+ ){1,4}"
    r"(?:offline|uit de lucht|vom netz)|vom netz genommen|abgeschaltet|(?:schaltet|schalten) (?:[\w.-]+ ){1,4}ab|"
    r"lahmgelegt|(?:legt|legen) (?:[\w.-]+ ){1,4}lahm|opgerold|(?:rolt|rollen) (?:[\w.-]+ ){1,4}op)\b",
    re.I,
)
# Words between a subject and its verb ("Germany has quietly disrupted", "US now shuts down").
_AUXILIARY = r"(?:(?<!\w)(?:has|have|had|again|also|now|just|quietly|reportedly|finally|successfully|officially|a|heeft|hat)\s+)*"
# At most two words may describe the subject at the clause's start ("German agency BSI", "Dutch police"),
# none of them a preposition or a verb of attack: "Ransomware attack on agency disrupts services" names
# the victim, not who acted.
_OPENING = r"^(?:(?!(?:on|in|at|against|of|by|for|from|to|with|hits?|after)\b)[\w.'’-]+\s+){0,2}"
# A police operation, an agency or the police as a verb's subject (the name an operation or an agency
# bears may follow it: "Operation Eastwood", "agency BSI"), in EN/FR/NL/DE.
_SUBJECT = (
    r"(?:(?:operation|opération|operatie|aktion)\s+(?-i:[A-Z0-9][\w.-]*)(?:\s+(?-i:[A-Z0-9][\w.-]*)){0,2}"
    r"|(?:international|global|joint|multinational|coordinated|police|law enforcement|sting|europol|fbi|polizei)\s+"
    r"(?:ops?|operations?|actions?|efforts?|crackdowns?)|sting(?:\s+ops?)?|crackdown|\w*cops"
    r"|(?:agency|agencies|prosecutors?|customs|secret service|treasury|police|gendarmerie|parquet|"
    r"justice|polizei|politie|staatsanwaltschaft|justiz|recherche|bka|lka)(?:\s+(?-i:[A-Z][\w.-]*)){0,2})"
)
_POLICE = re.compile(_OPENING + _SUBJECT + r"\s*:?\s+" + _AUXILIARY + r"$", re.I)
_POLICE_FIRST = re.compile(_OPENING + _SUBJECT + r"\s", re.I)
# Places a headline names in capitals or with their own spelling that the gazetteer reads otherwise.
_STATE_NAMES = re.compile(r"(?-i:US)|uncle sam", re.I)
# States the espionage vocabulary reads as attackers ("China hacked …"): "Russia disrupts a satellite
# network" is cyber warfare (the guide: espionage), not a takedown of criminals.
_ATTACKERS = re.compile(r"china|russia|iran|north korea|pyongyang|beijing|moscow|tehran|kremlin", re.I)
# A crime's means or its scheme: what only police and courts take down.
_CRIME = (
    r"(?:scams?|fraud\w*|botnets?|malware|ddos(?:-for-hire)?(?: [\w-]+)?|booters?|stressers?|phishing(?: [\w-]+)?|"
    r"laundering(?: [\w-]+)?|(?:cyber)?crim(?:e|inal)(?: [\w-]+)?|dark ?web (?:[\w-]+ )?(?:markets?|marketplaces?))"
)
# The same verbs told in the passive: followed by no object, only where, when or by whom.
_PASSIVE = re.compile(
    rf"(?<!\w){_CRIME} (?:disrupted|dismantled|taken down|shut down|shuttered|sinkholed|knocked offline|busted)"
    r"(?=\s*(?:$|[,:;.!?–—-]|(?:in|by|across|after|before|ahead|during|under|as|and|with|at|on|over|amid|following|worldwide|globally)\b))",
    re.I,
)


def police_takedown(title: str) -> bool:
    """True when the headline tells a takedown whose subject is a police operation, an agency or a
    state, or a crime's means taken down in the passive (module docstring)."""
    if _PASSIVE.search(title):
        return True
    for verb in _VERB.finditer(title):
        # the verb's clause: what a colon, a semicolon or a dash opened last ("Busted: Germany disrupts")
        before = _clause(title[: verb.start()])
        if _POLICE.search(before) or _state_subject(before):
            return True
    for verb in _LATE_VERB.finditer(title):
        before = _clause(title[: verb.start()])
        words = before.split()
        # (a country's name, not its people's adjective: "Belgische ziekenhuizen" are hospitals)
        named = (" ".join(words[:n]).casefold() for n in (1, 2))
        if _POLICE_FIRST.match(before) or any(name in _country_names() for name in named):
            return True
    return False


@cache
def _country_names() -> frozenset[str]:
    """Countries' names in the languages whose verbs end their clause, and English (babel's)."""
    return frozenset(
        name.casefold() for language in ("en", "nl", "de") for name in territories(language).values()
    )


def _clause(text: str) -> str:
    return re.split(r"[:;|–—]\s", text)[-1]


def _state_subject(before: str) -> bool:
    """A state named as a whole as the verb's subject ("Germany disrupts", "The U.S. dismantles",
    "US now shuts down"): the clause before the verb is a place, not a place among other words
    ("Cyberattack in Germany disrupts hospitals" names where, not who)."""
    subject = re.sub(_AUXILIARY + r"$", "", before.strip() + " ", flags=re.I).strip()
    subject = re.sub(r"^the\s+", "", subject, flags=re.I)
    if not subject or len(subject.split()) > 3 or _ATTACKERS.fullmatch(subject):
        return False
    return _STATE_NAMES.fullmatch(subject) is not None or is_place(subject)
