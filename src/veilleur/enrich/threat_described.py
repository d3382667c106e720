"""Groups the words around their name describe as attackers or as a service for criminals (EN/FR/
NL/DE): "Hellcat, a ransomware group", "the cybercrime group X", "hackers calling themselves the X",
"des pirates se faisant appeler X", "X, an attack-for-hire service", "die Hackergruppe X"."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.threat_context import plain_word
from veilleur.enrich.threat_words import ATTACKER, DUTCH_GROUP, FRENCH_GROUP, GERMAN_GROUP
from veilleur.text.prefilter import fold
from veilleur.text.screened_union import ScreenedUnion, branches


@lru_cache(maxsize=1)
def described_actor() -> re.Pattern[str]:
    """A group the words around it describe as attackers: "Hellcat, a ransomware group", "X, a
    pro-Russian hacktivist collective", "the cybercrime group X", "a hacking crew calling itself X";
    in French, German and Dutch "le groupe de pirates X", "die Hackergruppe X", "de hackersgroep X".
    Compiled at first use, not at import. A page is read through `described_union`: the same matches."""
    return described_union().pattern


@lru_cache(maxsize=1)
def described_union() -> ScreenedUnion:
    """`described_actor` as its branches, each screened by the words it needs: a page's scan runs
    the two or three a page can match, not the eighteen at every word boundary (it was the costliest
    scan of a long page's threats; the same matches: tests/test_screened_union.py)."""
    return ScreenedUnion(r"\b", branches(_described_source().removeprefix(r"\b(?:").removesuffix(")")))


def _described_source() -> str:
    """`described_actor`'s pattern."""
    kind = r"(?:group|gang|crew|collective|outfit)"
    attacker = ATTACKER
    # (a leading "The" is a fourth word: "le groupe de pirates « The Impact Team »")
    name = r"((?:The )?[A-Z][\w$.-]{2,30}(?:\s[A-Z][\w$.-]{1,20})?)"
    # (a headline's last word and the next line's first are no name: "…on Putin's Birthday⏎Ukraine has claimed")
    one_line_name = r"\b((?:The )?[A-Z][\w$.-]{2,30}(?:[^\S\n][A-Z][\w$.-]{1,20})?)"
    not_name = (
        r"(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Anfang|Mitte|Ende|Januar|Februar|März|April|Mai|Juni|"
        r"Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
        r"Samstag|Sonntag|Jahr|Woche|Monat)"
    )
    # Every branch below opens on a word boundary (`\b`, after a look-behind at most): said once in
    # front of them all, the engine tries the twenty branches only where a word begins or ends, not
    # at every character (a third of this pattern's cost, the costliest scan of a long page's
    # threats; the same matches: tests/test_threat_described_boundary.py).
    return (
        r"\b(?:"
        rf"(?<!ccording to ){one_line_name},\s(?:a|an)\s(?!unknown|unidentified|unnamed)(?:[\w-]+\s){{0,3}}?{attacker}\s(?:{kind}|actor)\b|"
        # the group the article names as the one at work: "X, the threat actor behind the project" (a
        # vendor's name of three words too: "the Example Security Group, the threat actor behind …")
        rf"\b((?:The )?[A-Z][\w$.-]{{2,30}}(?:[^\S\n][A-Z][\w$.-]{{1,20}}){{0,2}}),\sthe\s(?:[\w-]+\s)?{attacker}\s"
        rf"(?:{kind}|actors?)\sbehind\b|"
        # one word: "Zorvath threat actors", "X hacktivists" ("two Chinese APT threat actors" names none)
        r"\b([A-Z][\w$.-]{2,30})\s(?:threat\sactors?|hacktivists)\b|"
        # a claim: "X claimed responsibility for the outage", "the attack was claimed by X"
        rf"\b{one_line_name}\s(?:has\s|have\s)?claimed\s(?:responsibility|credit)\b|\bclaimed\sby\s(?:the\s)?{one_line_name}[,.]?\s|"
        # its own leak site: "X has added the school to its leak site", "X posted the files on its Tor site"
        rf"\b{one_line_name}\s(?:has\s|have\s)?(?:added|listed|posted|published|leaked)\s[^.;\n]{{0,80}}?\b(?:its|their)\s"
        rf"(?:[\w-]+\s)?(?:leak|Tor|dark\sweb|extortion|onion)\s(?:site|portal|blog|page)s?\b|"
        # "X, an Islamic Revolutionary Guard Corps (IRGC)-affiliated group", "X, un groupe lié à l'Iran":
        # a group a state or a known group backs, in the apposition
        rf"\b{name},\s(?:a|an)\s[^,.;\n]{{0,60}}?[\w)]-(?:affiliated|linked|backed|sponsored|aligned|nexus)\s"
        rf"(?:[\w-]+\s)?{kind}\b|"
        rf"\b{name},\sun\s(?:groupe|collectif)\s(?:de\s\w+\s)?(?:lié|affilié|soutenu|parrainé)\s(?:à|au|aux|par)\b|"
        rf"\b{attacker}\s{kind}[^\S\n]{name}\b|"
        # a crime service named in quotes: "Web Hacking Service ‘Araneida’", "le service de phishing « X »"
        rf"\b(?i:hacking|cybercrime|phishing|spam|fraud|scam)\s(?i:service|platform|forum|marketplace|kit)\s"
        rf"[\"“‘']{name}[\"”’']|"
        rf"\b(?i:service|plateforme|forum)\s(?i:de\s)?(?i:piratage|phishing|hameçonnage|spam|fraude)\s[«\"“]\s?{name}|"  # (a headline's last words do not name the next line)
        # "a group of online hooligans calling themselves the X", "des pirates se faisant appeler X"
        rf"\b(?:{kind}|{_CALLERS})\s(?:of\s(?:[\w-]+\s){{0,3}}?)?(?:calling\s(?:itself|themselves)|that\scalls\sitself|"
        rf"who\scall\sthemselves)\s(?:the\s)?[\"“‘']?{name}|"
        rf"\b(?:(?i:groupe|collectif|gang|bande)|{_CALLERS})\s(?:[\w'’-]+\s){{0,3}}?(?:se\sfaisant\sappeler|qui\sse\sf(?:ait|ont)\sappeler|"
        rf"se\sprésentant\ssous\sle\snom\sde)\s(?:«\s?|[\"“])?{name}|"
        # a service for criminals in the apposition: "X[.]com, an attack-for-hire service", "X, a
        # bulletproof hosting provider", "X, un service de vérification de cartes"
        rf"\b{name}(?:\[\.\]\w+)?,\s(?:a|an|one\sof\sthe)\s(?:[\w'’-]+\s){{0,3}}?(?i:{_CRIME_SERVICE})\S*\s"
        rf"(?:[\w'’-]+\s){{0,3}}?(?:services?|platforms?|marketplaces?|forums?|shops?|host(?:er|ing provider)?s?)\b|"
        # a community of criminals in the apposition is a group of them: "X, one of the more
        # consequential cybercrime communities on Telegram"
        rf"\b{name},\s(?:a|an|one\sof\sthe)\s(?:[\w'’-]+\s){{0,3}}?(?i:{_CRIME_WORD})\S*\s"
        rf"(?:[\w'’-]+\s){{0,2}}?communit(?:y|ies)\b|"
        rf"\b{name},\s(?:un|une|l['’]une?\sdes)\s[^,.;\n]{{0,40}}?(?:services?|plateformes?|forums?|marchés?|"
        rf"hébergeurs?)\s(?:[\w'’-]+\s){{0,2}}?(?i:de\s(?:DDoS|déni\sde\sservice)\sà\sla\sdemande|à\sl['’]épreuve\sdes\sballes|bulletproof|"
        r"de\svérification\sde\scartes|de\scarding)|"
        # a crime market the law acts against in the same sentence (guide §13, facilitators): "seized
        # the domains of X cybercrime marketplaces", "DoJ seized credit card marketplace X"
        rf"\b{_LAW_ACT}\s[^.;\n]{{0,60}}?(?:\b{_CRIME_MARKET}\s[\"“‘']?{name}|\b{name}[\"”’']?\s{_CRIME_MARKET})\b|"
        # German capitalises every noun: an article or a time word after the group's word is no name.
        rf"\b(?:{FRENCH_GROUP}|{GERMAN_GROUP}|{DUTCH_GROUP})\s[\"“‘«]?\s?(?!{not_name}\b){name}"
        r")"
    )


# Who calls themselves by a name ("hackers calling themselves X", "des escrocs se faisant appeler X").
_CALLERS = r"(?i:hackers|attackers|criminals|cybercriminals|hooligans|pirates|scammers|fraudsters|escrocs|cybercriminels)"
# The law acting against a market or forum, and a market for criminals ("credit card marketplace",
# "cybercrime forums"): a forum only named as where a leak was posted is a place, no actor.
_LAW_ACT = r"(?i:seiz\w*|took\sdown|taken\sdown|takedown\sof|dismantl\w*|shut\sdown|sanction\w*)"
_CRIME_MARKET = (
    r"(?i:cybercrime|crime|criminal|carding|(?:credit\s|stolen\s)?card|dark\s?web|darknet|underground|hacking)\s"
    r"(?i:marketplaces?|markets?|forums?|shops?)"
)
# Crime's own words before a community, a forum or a market: "cybercrime communities", "a crime forum".
_CRIME_WORD = r"cybercrime|crime|criminal|hacking|hacker|underground|darknet|dark\sweb|carding|fraud"
# What makes a service one for criminals ("an attack-for-hire service", "a bulletproof host").
_CRIME_SERVICE = r"(?:attack|ddos|booter|hacking)-for-hire|booter|stresser|bulletproof|card-checking|carding"


# Every match of `described_actor` holds a group's word: "group", "gang", "crew", "collective" or
# "outfit" as written (lower case), or the French, German or Dutch one ("groupe", "collectif",
# "gang" in any case, "...gruppe", "...groep"), or a crime service's ("service", "forum",
# "platform", "kit"…), an attacker's ("actor"), a claim's or a leak site's ("claim", "leak", "Tor",
# "dark web", "onion"). Looked for in the text folded as `re.IGNORECASE` compares (`fold`), a text
# without one is not scanned: the pattern cost 0.16 ms an article.
_GROUP_WORDS = tuple(
    "group gang crew collective outfit collectif gruppe groep service forum platform plateforme market shop kit "
    "calling appeler host hébergeur claim actor leak tor dark web onion communit".split()
)


def may_describe_actor(text: str) -> bool:
    """False only when `described_actor` cannot match anywhere in the text."""
    folded = fold(text)
    return any(word in folded for word in _GROUP_WORDS)


def described_names(text: str) -> list[str]:
    """The names `described_actor` reads, in order, but for one that ends a longer capitalised
    run ("Acme IT Solutions Ltd., a bulletproof hosting provider" names no "Solutions Ltd")."""
    out = []
    for match in described_union().finditer(text):
        index = next(i for i, g in enumerate(match.groups(), 1) if g)
        if _APPOSITION.match(text, match.end(index)) and _CAPITAL_BEFORE.search(
            text, max(0, match.start(index) - 40), match.start(index)
        ):
            continue
        if " " not in match.group(index) and plain_word(match.group(index), frozenset()):
            continue  # "With threat actors concocting …": a function word opening the sentence
        out.append(match.group(index))
    return out


_APPOSITION = re.compile(r"(?:\[\.\]\w+)?,\s")
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-Z][\w.&’'-]*\s$")


# A crime service's kind right before its name in quotes: "Web Hacking Service ‘X’", "a phishing kit "X"".
_SERVICE_BEFORE_QUOTE = re.compile(
    r"\b(?i:hacking|cybercrime|phishing|spam|fraud|scam)\s(?i:service|platform|forum|marketplace|kit)\s[\"“‘']$"
)


def named_as_service(text: str, name: str) -> bool:
    """Whether the text gives the name in quotes right after a crime service's kind: then even a word
    the dictionary knows (a spider's Latin order, a river) is the service's name, as a coined one is."""
    at = text.find(name)
    while at >= 0:
        if _SERVICE_BEFORE_QUOTE.search(text, max(0, at - 40), at):
            return True
        at = text.find(name, at + 1)
    return False


# The most characters between the law's word and the place's apposition, longer than a sentence.
_SENTENCE_GAP = 1000


@lru_cache(maxsize=1)
def _crime_place() -> re.Pattern[str]:
    """A forum, market or service for criminals in the apposition after its name, in a sentence
    where the law acts against it: "X, a similarly popular crime forum that was shut down by the
    FBI", "a $10 million bounty on a man who operated X, one of the cybercrime underground's most
    trusted services". Compiled at first use, not at import."""
    name = r"((?:The )?[A-Z][\w$.-]{2,30}(?:[^\S\n][A-Z][\w$.-]{1,20})?)"
    law = (
        r"(?:seiz\w*|sanction\w*|takedown|took\sdown|taken\sdown|shut\sdown|dismantl\w*|indict\w*|charged|"
        r"arrest\w*|extradit\w*|bount(?:y|ies)|infiltrat\w*)"
    )
    place = (
        rf"\b{name},\s(?:a|an|the|one\sof\sthe)\s(?:[\w'’-]+\s){{0,3}}?(?i:{_CRIME_WORD})\S*\s"
        r"(?:[\w'’-]+\s){0,3}?(?:forums?|marketplaces?|markets?|services?|shops?)\b"
    )
    # the place's kind before its name, the law's verb right after: "data leak site X seized by law
    # enforcement", "the carding shop X was shut down"
    named_then_law = (
        rf"\b(?i:{_CRIME_WORD}|leak|data\sleak)\S*\s(?:[\w'’-]+\s){{0,2}}?(?:forum|marketplace|market|site|shop)s?\s"
        rf"{name}\s(?:was\s|were\s|has\sbeen\s|have\sbeen\s|is\s)?(?i:{law})"
    )
    # (the law's word in the same sentence, before the name or after the apposition, at most
    # _SENTENCE_GAP characters away: unbounded, each law word of a sentence without a full stop read
    # the rest of it, the square of its length: 27 s for a 300,000-character line)
    gap = rf"[^.!?\n]{{0,{_SENTENCE_GAP}}}?"
    return re.compile(rf"\b(?i:{law})\b{gap}{place}|{place}{gap}\b(?i:{law})\b|{named_then_law}")


def crime_places(text: str) -> list[str]:
    """The names `_crime_place` reads, in order: a facilitator the law acts against is an actor
    (guide §13); a forum only named as where a leak was posted is a place."""
    folded = fold(text)
    if not any(
        word in folded for word in ("crim", "hack", "underground", "dark", "carding", "fraud", "leak")
    ):
        return []  # (none of crime's words: the pattern cannot match)
    return [next(g for g in m.groups() if g) for m in _crime_place().finditer(text)]
