"""Services for criminals the law acts against, named by the sentence that tells the act (guide §13:
facilitators are actors): "sanctioned two cryptocurrency exchanges A and B", "police took down
several counter-antivirus services, including X", "domains seized … included X", "RCMP shuts down
X", "la plateforme X a été démantelée", "der Marktplatz X wurde abgeschaltet", "het forum X is offline
gehaald"; a service whose founder or operator is sentenced or charged ("sentenced one of the
co-founders of the X cryptocurrency mixer service") and a party sued over phishing or hacking ("Meta
sued X", guide §13's civil suits). `threat_described.crime_places` reads the services a crime word describes ("X, a crime
forum seized by…"); these are the ones only the law's act and a service's noun describe."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_context import plain_word
from veilleur.enrich.threat_naming import NAMING_VERB
from veilleur.text.prefilter import fold

# A name as services write theirs: one capitalised word, letters and digits ("PM2BTC", "AvCheck",
# "TradeOgre"), or two ("Black Hat"), no headline's run of Title Case words.
_NAME = r"([A-Z][\w$-]{1,30}(?:\[\.\]\w+)?(?:[^\S\n][A-Z][\w$-]{1,20})?)"
# "A and B", "A, B and C": every name of the list (the brands of one service too: "marketed under
# the brands A, B and C").
_LIST = rf"{_NAME}(?:,[^\S\n]{_NAME})?(?:,[^\S\n]{_NAME})?(?:,?[^\S\n](?:and|&)[^\S\n]{_NAME})?"
# What the law does to a service: seize, sanction, take down, dismantle, shut, close.
_ACT = (
    r"(?i:seiz\w*|sanction\w*|dismantl\w*|took\sdown|taken\sdown|takedown\sof|tak(?:e|es|ing)\sdown|"
    r"shut(?:s|ting)?\sdown|shutter\w*|clos(?:es|ed|ing))"
)
# A service's noun: what criminals buy from or trade on ("counter-antivirus (CAV) services").
# (in lower case: a Title Case headline's "Service", "Platform Tied", "Exchange Company" are its words)
_SERVICE = (
    r"(?:services?|exchanges?|marketplaces?|markets?|forums?|platforms?|shops?|hosts?|hosting\sproviders?|"
    # ("bulletproof hosting (BPH) service provider X")
    r"service\sproviders?|"
    r"crypters?|mixers?)"
)
# The words between the service's noun and its names: "called", "including", "under the brands".
_NAMING = (
    r"(?:(?:marketed|sold|known|operating|run)\sunder\sthe\s(?:brands?|names?)\s|"
    rf"{NAMING_VERB}\s|including\s|such\sas\s)?"
)
# Who acts for the law: the act is the law's only where one of them (or its own word) is in the
# sentence ("the outage took down services including X" names a victim, not a criminal service).
_LAW = re.compile(
    r"\b(?:police|polizei|politie|FBI|Europol|Eurojust|law\senforcement|authorit\w+|autorités|Behörden|"
    r"DoJ|Justice|Treasury|OFAC|RCMP|NCA|BKA|prosecutors?|parquet|Staatsanwaltschaft|gendarmerie|"
    r"sanction\w*|seiz\w*|saisi\w*|beschlagnahm\w*|in\sbeslag|indict\w*|arrest\w*|(?-i:Operation))\b",
    re.I,
)
# The words between the act and the service, in its own clause: "seize control of the domains, which
# were registered through the privacy service X" names the registrar, no service the law acts against.
_GAP = r"(?:(?!\b(?:which|but|who|that|through|via|by|with|while)\b)[^.;:\n])"
_BODY = r"(?:police|Police|FBI|Europol|RCMP|NCA|BKA|DoJ|OFAC|Treasury|[Aa]uthorities|[Ll]aw\senforcement)"


@lru_cache(maxsize=1)
def _facilitator() -> re.Pattern[str]:
    """The shapes in the module's docstring. Compiled at first use, not at import."""
    french = (
        r"(?i:service|plateforme|plate-forme|place\sde\smarché|marché|forum|échange|hébergeur)s?\s"
        r"(?:[\w'’-]+\s){0,3}?(?:(?i:baptisée?|nommée?|appelée?)\s)?[«\"“]?\s?"
    )
    germanic = (
        r"(?i:Plattform|Marktplatz|Forum|Dienst|Börse|Kryptobörse|Krypto-Börse|platform|marktplaats|"
        r"dienst|beurs|cryptobeurs)\s[„\"“]?"
    )
    return re.compile(
        # the act, then the service's noun and its names: "sanctioned two exchanges A and B"
        # (on one line: "…dismantle phishing service" ends a headline, the lead's "The" is no name)
        rf"\b{_ACT}\s{_GAP}{{0,80}}?\b{_SERVICE}(?:\s\([A-Z]{{2,6}}\))?,?[^\S\n]{_NAMING}{_LIST}|"
        # the services' noun, the act, then "included": "other domains seized … included X"
        rf"\b(?:domains|websites|sites|servers|services|platforms)\b[^.;:\n]{{0,40}}?\b{_ACT}\b"
        rf"[^.;:\n]{{0,60}}?\binclud(?:ed|ing|es)[^\S\n]{_LIST}|"
        # the law's body, the act, the name (a headline's shape): "RCMP shuts down X, seizes…"
        rf"\b{_BODY}\s(?:\w+\s)?{_ACT}\s(?:the\s)?{_NAME}(?=[,.;:]|\s(?:and|after|in|over|for)\b|$)|"
        # French: "a saisi la plateforme X", "le forum X a été démantelé"
        rf"\b(?i:saisi\w*|démantel\w*|fermé\w*|ferme|sanctionn\w*)\s[^.;:\n]{{0,60}}?\b{french}{_NAME}|"
        rf"\b{french}{_NAME}[»\"”]?\s(?:[\w'’-]+\s){{0,3}}?(?i:a\sété|ont\sété|est|sont)\s"
        r"(?i:saisi\w*|démantel\w*|fermé\w*|sanctionn\w*)|"
        # German and Dutch: "der Marktplatz X wurde abgeschaltet", "het forum X is offline gehaald"
        rf"\b{germanic}{_NAME}[“\"”]?\s[^.;:\n]{{0,60}}?(?i:beschlagnahmt|abgeschaltet|zerschlagen|"
        r"vom\sNetz\sgenommen|sanktioniert|offline\sgehaald|uit\sde\slucht\sgehaald|in\sbeslag\sgenomen|"
        r"ontmanteld)\b"
    )


# Services of other crimes (guide §13: an encrypted phone network of traffickers, a drug market, a
# pirate streaming site are no cybercriminals' facilitators), in the sentence of the act.
_OTHER_CRIME = re.compile(
    r"\b(?:drugs?|narcotics?|messaging|communication|encrypted\sphones?|pira(?:te|cy)|IPTV|streaming|anime|"
    r"copyright\w*|drogues?|Drogen|drugs)\b",
    re.I,
)
# What makes the service one of cybercriminals, in the sentence of the act or the next: laundering,
# stolen data, fraud, malware, hacking (a pirate site's takedown names no cybercriminals' service).
_CYBERCRIME = re.compile(
    r"(?:cyber|crim|hack|launder|ransom|fraud|phish|scam|malware|stolen|card|crypt|antivirus|bulletproof|"
    r"ddos|spam|botnet|proxy|proxies|exploit|blanchi|escroq|arnaque|piratage|volée?s?\b|betrug|gestohlen|"
    r"geldwäsche|kriminell|oplicht|gestolen|witwas|crimineel)",
    re.I,
)
# What only cybercriminals buy, in the sentence of the act: a service that also served other crimes
# is still theirs ("sanctioned bulletproof hosting provider X for providing the infrastructure that
# enabled threat actors to deliver stealer malware and ransomware, as well as host illicit drugs
# marketplace").
_CYBERCRIME_ONLY = re.compile(
    r"\b(?:malware|ransomware|stealers?|infostealers?|bulletproof|botnets?|phishing|ddos|rançongiciels?)\b",
    re.I,
)
# A headline's Title Case: most of its words capitalised.
_TITLE_WORD = re.compile(r"\b[A-Za-z][\w'’-]*")


def _sentence(text: str, start: int, end: int, more: int = 0) -> str:
    """The sentence (or headline line) holding the span, and the `more` sentences after it."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    for _ in range(more + 1):
        stops = [i for i in (text.find(". ", end + 1), text.find("\n", end + 1)) if i >= 0]
        end = min(stops, default=len(text))
    return text[begin:end]


def _title_case(line: str) -> bool:
    words = _TITLE_WORD.findall(line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _as_named(name: str, headline: bool) -> str | None:
    """The service's name: a Title Case headline's next word is none of it ("BreachForums Again"
    is BreachForums, "Manson Market" stays whole), and a headline's English word alone is no name."""
    words = english_words()
    first, _, second = name.partition(" ")
    if headline and second and plain_word(second, words) and not re.fullmatch(_SERVICE, second.casefold()):
        name = first  # (in a sentence, "the mixing service Tornado Cash" is named whole)
    if headline and all(plain_word(t, words) for t in name.split()):
        return None
    return name


def facilitators(text: str) -> list[str]:
    """Names of services for criminals the law acts against, in order (guide §13)."""
    folded = fold(text)
    if not any(w in folded for w in ("seiz", "sanction", "down", "dismantl", "shutter", "clos", "saisi",
                                     "démantel", "ferm", "beschlagnahm", "abgeschaltet", "zerschlagen",
                                     "netz", "offline", "lucht", "beslag", "ontmanteld", "sued", "suit", "founder", "operator", "admin", "developer", "creator", "owner")):  # fmt: skip
        return []
    out: list[str] = []
    for match in _facilitator().finditer(text):
        if _STATUS_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "the now-sanctioned exchange X": a status named in passing, no act of the page
        sentence = _sentence(text, match.start(), match.end())
        # (the kind of crime may come in the next sentence: "shut down X. It was the largest piracy site")
        around = _sentence(text, match.start(), match.end(), 1)
        other_crime = _OTHER_CRIME.search(around) and not _CYBERCRIME_ONLY.search(sentence)
        if not _LAW.search(sentence) or other_crime or not _CYBERCRIME.search(around):
            continue
        headline = _title_case(sentence)
        names = [n for g in match.groups() if g and (n := _as_named(g, headline))]
        if "under the brand" in match.group(0):
            names = names[:1]  # one service's brands: the first is its name, the others its aliases
        out += [n for n in names if n not in out]
    out += [n for n in _founded_or_sued(text) if n not in out]
    return out


# A status given as an attribute: "the now-sanctioned exchange", "the previously seized forum".
_STATUS_BEFORE = re.compile(r"(?:\bnow|\balready|\bpreviously|\bformerly|\bsince)[- ]$", re.I)
# A service whose founder or operator a justice verb acts on: "sentenced one of the co-founders of the
# now-sanctioned X cryptocurrency mixer service", "the administrator of the X marketplace was charged".
_FOUNDED = re.compile(
    r"\b(?:co-?founders?|founders?|operators?|administrators?|admins?|developers?|creators?|owners?)\s"
    rf"of\s(?:the\s)?(?:(?:now|already|previously)-?\s?\w+\s)?{_NAME}\s(?:[\w-]+\s){{0,2}}?{_SERVICE}\b"
)
_JUSTICE_ACT = re.compile(
    r"\b(?:sentenced|charged|convicted|arrested|indicted|extradited|pleaded\sguilty|jailed|imprisoned)\b",
    re.I,
)
# A civil suit's defendant (guide §13: sued for hacking or for serving phishers): "Meta sued X",
# "a lawsuit against X", a headline's "Sued by Meta, X halts…" (not a counter-suit's: "counter suing
# Google", the plaintiff of the main suit).
_SUED = re.compile(
    rf"(?<!counter\s)(?<!counter-)\b(?:sued|suing|(?:lawsuit|suit|complaint)\sagainst)\s{_NAME}(?=[\s,.;:]|$)|"
    rf"^(?i:sued\sby)\s[A-Z][\w-]+,\s{_NAME}\s",
    re.M,
)
# What the suit is about: hacking or serving phishers, never the breach the defendant suffered.
_SUED_FOR = re.compile(
    r"\b(?:phish\w*|hack\w*|scrap(?:e|ed|ing)|malware|spyware|botnet\w*|cybersquat\w*)\b", re.I
)
_SUED_AS_VICTIM = re.compile(r"\b(?:breach\w*|class[- ]action|negligen\w*|leak\w*|privacy)\b", re.I)


def _founded_or_sued(text: str) -> list[str]:
    """Services whose founder or operator the law acts on, and parties sued for hacking or phishing."""
    out: list[str] = []
    for match in _FOUNDED.finditer(text):
        sentence = _sentence(text, match.start(), match.end())
        if _JUSTICE_ACT.search(sentence) and _CYBERCRIME.search(
            _sentence(text, match.start(), match.end(), 1)
        ):
            out += [g for g in match.groups() if g and not _title_case(sentence)]
    for match in _SUED.finditer(text):
        sentence = _sentence(text, match.start(), match.end())
        around = _sentence(text, match.start(), match.end(), 1)
        if _SUED_FOR.search(around) and not _SUED_AS_VICTIM.search(sentence):
            out += [g for g in match.groups() if g and (n := _as_named(g, _title_case(sentence))) == g and n]
    return list(dict.fromkeys(out))
