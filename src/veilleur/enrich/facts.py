"""The facts a French briefing needs, each with the sentence that states it.

- a vulnerability: vendor, product, affected and fixed versions, severity and CVSS, exploited in the
  wild or listed in CISA KEV, patch or workaround available;
- an attack: when, what was stopped or diverted, what data was stolen (how much), the ransom, who
  claimed it;
- law enforcement: arrests, charges, sentences, seizures, the agencies.

Rules read the headline and the article's sentences (EN, FR, NL, DE). A fact is recorded only when
a sentence states it; the main flaw's product is the one the headline names.
"""

from __future__ import annotations

import re

from veilleur.enrich.attack_claims import claimant, spelled_volume
from veilleur.enrich.impacts import advised, habitual, weighed
from veilleur.enrich.law_facts import law_enforcement_facts
from veilleur.enrich.statement_dates import statement_date
from veilleur.enrich.threat_history import threat_history
from veilleur.enrich.vulnerability import states_exploitation, vulnerability_facts
from veilleur.models import AttackFacts, Fact
from veilleur.text import WORD_CHARS
from veilleur.text.openings import opened
from veilleur.text.prefilter import counted, screened
from veilleur.text.sentences import headline_and_sentences

__all__ = ["attack_facts", "law_enforcement_facts", "states_exploitation", "vulnerability_facts"]

MAX_SENTENCES = 60

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|"
    r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|mei|juni|juli|"
    r"augustus|oktober|Januar|Februar|März|Juni|Juli|Oktober|Dezember"
)
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
# A month is a whole word: a place that begins with one ("in Maine", "in Marseille", "in Augusta")
# is no date.
_WHEN = opened(
    rf"\b(?:on|since|in|between|le|depuis|op|am|seit)\s(?:the\s)?(?:(?:night|weekend|morning|evening) of\s)?"
    rf"(?:(?:early|mid|late)[-\s])?"
    rf"(?:(?:{_DAYS}),?\s)?(?:\d{{1,2}}(?:st|nd|rd|th|er)?\s)?(?:{_MONTHS})\b(?:\s\d{{1,2}}(?:st|nd|rd|th)?\b)?"
    rf"(?:,?\s(?:of\s)?\d{{4}})?|"
    rf"\b(?:dans la nuit (?:de|du) (?:{_DAYS})(?: (?:à|au) (?:{_DAYS}))?|dans la nuit de|over the weekend|"
    rf"last (?:week|weekend|month)|earlier this (?:week|month)|(?:on|last) (?:{_DAYS})|"
    rf"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:dernier|soir|matin))",
    re.I,
)
# Words that place a date on the attack itself (a bare "ransomware" in a ranking or a profile does not).
_ATTACK_WORDS = screened(
    r"attack|attaque|breach|hack|incident|intrusion|compromis|aanval|angriff|piratage|cyber-?attaque|"
    r"victime|victim|hit by|struck|frappé|touché|"
    r"encrypted|chiffré|getroffen|getroffen|gehackt",
    re.I,
)
counted([_ATTACK_WORDS])  # read with `first`
# What was stopped or diverted: a thing and what happened to it, in either order, a clause apart.
_GAP = r"[^.;:!?]{0,50}?"
_STOP_THING = (
    r"systems?|services?|operations|production|plants?|factor(?:y|ies)|websites?|sites?|network|servers?|(?-i:IT)|"
    r"e-?mail|phones?|telephone|stores?|shops?|branches|hospitals?|emergency|ambulances?|surger(?:y|ies)|"
    r"appointments?|flights?|trains?|activit(?:y|ies)|classes|schools?|lessons|deliveries|payments?|computers?|point-of-sale|checkouts?|portal|"
    r"urgences|serveurs?|systèmes?|réseau|informatique|activité|consultations?|interventions|opérations|"
    r"magasins?|boutiques?|accès|systemen|dienstverlening|spoed\w*|Notaufnahme|Systeme|Betrieb|Produktion"
)
_STOP_DONE = (
    r"diverted|shut down|shuts down|shutting down|taken offline|took \w+ offline|offline|suspended|halted|"
    r"cancel+ed|postponed|closed|paralys\w*|disrupted|unavailable|(?:went|goes|go|is|are|was|were|been|remains?|"
    r"remained|knocked|taken|brought)\s(?:\w+\s)?down|dévié\w*|détourné\w*|coupé\w*|couper|"
    # The infinitive too ("a dû suspendre ses activités … et annuler les interventions").
    r"arrêté\w*|suspendu\w*|suspendre|fermé\w*|annul\w*|reporté\w*|désactivé\w*|paralysé\w*|ralenti\w*|"
    r"perturbé\w*|à l'arrêt|"
    r"hors service|hors ligne|omgeleid|stilgelegd|plat|afgesloten|abgemeldet|lahmgelegt|heruntergefahren|"
    r"abgeschaltet"
)
_STOPPED = opened(
    rf"\b(?:{_STOP_THING})\b{_GAP}\b(?:{_STOP_DONE})\b|\b(?:{_STOP_DONE})\b{_GAP}\b(?:{_STOP_THING})\b|"
    r"\bresorts? to (?:pen and )?paper|\bpen and paper|\bpapier et crayon",
    re.I,
)
_STOLEN = re.compile(
    # The number is bounded ("4 000", "1.2"): an unbounded run of digits and spaces backtracks
    # quadratically on hostile text. Volume units are case-sensitive: "to" is not a terabyte.
    # A run longer than the bound is no amount: neither its head nor its tail ("…,012,345 records"
    # was read from a 24-digit count), so the number starts a run and ends it. The words between it
    # and the noun are bounded too: a run with no space and digits after its hyphens
    # ("CVE-2024-CVE-2024-…") was read to its end from each of its numbers.
    # A count ends on a digit ("now 20, used the leaked records" is an age) and is not money ("$137M from
    # users" is a theft of funds, not of records).
    r"(?<![\d.,$€£])(?<!\d\s)\d[\d.,]{0,15}(?<![.,])(?!\d|[.,]\d)(?:\s\d{3}){0,4}(?!\d|[\s.,]\d)\s?(?:millions?|billion|thousand|mille|miljoen|millionen|[kKmM])?\s?(?:de\s|d')?"
    # A verb between them ends the count's phrase: "2K had alerted its users" (sixth
    # audit: the game publisher 2K, on a Riot Games page) was a theft of 2,000 users' data.
    r"(?:(?!(?:had|has|have|was|were|is|are|will|would|said|says|told|alerted|"
    r"notified|warned|informed)\s)"
    rf"[\w-]{{1,{WORD_CHARS}}}\s){{0,3}}?(?:records|dossiers|files|fichiers|customers|clients|users|utilisateurs|personnes|"
    r"people|individuals|patients|accounts|comptes|documents|rows|lignes|(?-i:[GT]B|[GT]o)|gigabytes|terabytes|"
    r"gegevens|klanten|datensätze|kunden|employees)\b",
    re.I,
)
# "initial access (vector)", "access broker": how attackers got in, not what they took.
_STOLE_CONTEXT = screened(r"stol|steal|exfiltrat|leak|expos|(?<!initial )access(?!\s+(?:vectors?|brokers?))|"
                            r"compromis|vol[ée]|dérob|fuit|gestolen|gestohlen|impact|affect|for sale|mis\w* en vente|"
                            r"te koop|zum Verkauf", re.I)  # fmt: skip
counted([_STOLE_CONTEXT])  # read with `first`
# The amounts' digit runs are bounded and the second form starts at a run's first digit: an
# unbounded run tried from each of its digits backtracks quadratically (a page of 20,000 digits).
# The magnitude words read with an amount (brief.record_facts.money reads the same); an amount
# followed by one whose value depends on the language ("billions": 10^9 or 10^12) or that is not
# read ("lakh") is none: "$5 trillion" was "$5"; so is a run of digits longer than the bound
# (neither its head nor its tail is the amount).
MAGNITUDES = (
    r"(?:(?:millions?|billion|trillion|thousand|mille|milliards?|miljoen|miljard|biljoen|Millionen|Milliarden|"
    r"Billionen|Mio\.|Mrd\.|mln|bn|tn|k|m)(?!\w))"
)
# What each is worth (lower case); "billion" is the English one, "billions" is refused.
MAGNITUDE_VALUES = {
    "million": 1e6, "millions": 1e6, "m": 1e6, "mln": 1e6, "miljoen": 1e6, "millionen": 1e6, "mio.": 1e6,
    "billion": 1e9, "bn": 1e9, "milliard": 1e9, "milliards": 1e9, "miljard": 1e9, "milliarden": 1e9,
    "mrd.": 1e9, "trillion": 1e12, "tn": 1e12, "biljoen": 1e12, "billionen": 1e12,
    "k": 1e3, "thousand": 1e3, "mille": 1e3,
}  # fmt: skip
REFUSED_MAGNITUDES = r"(?:billions|lakhs?|crores?|quadrillions?|zillions?)\b"
# A ransom's number whole or none: not its mantissa ("$1e309" was "$1") nor an exponent or a number
# glued to a word ("1e309 dollars", "10^400 dollars" were "309 dollars", "400 dollars").
_DIGITS = rf"\d[\d.,]{{0,24}}(?![\d.,])(?![eE][+-]?\d)(?!\s?{REFUSED_MAGNITUDES})"
_BARE = r"(?<![\w.,^+])"
_RANSOM = screened(
    r"(?:ransom(?!ware)|rançon|losgeld|lösegeld|extort\w*|demand\w*|paid|payé)[^.]{0,80}?"
    rf"(?P<amount>(?:[$€£]\s?{_DIGITS}\s?{MAGNITUDES}?|{_BARE}\d[\d.,\s]{{0,24}}\s?{MAGNITUDES}?"
    r"\s?(?:de\s|d['’])?(?:dollars?|euros?|USD|EUR|bitcoins?|BTC)))|"
    rf"(?P<amount2>[$€£]\s?{_DIGITS}\s?{MAGNITUDES}?|{_BARE}{_DIGITS}\s?{MAGNITUDES}?"
    r"\s?(?:dollars?|euros?|USD|EUR))\s(?:ransom|rançon|losgeld|Lösegeld)",
    re.I,
)
# Ransoms summed over many attacks or victims, not this attack's: "demanded over $500 million since
# 2022", "in total", "raked in $813 million last year", "the average ransom payment", "banks paid out
# $1.2 billion", "au total", "insgesamt", "in totaal".
_SUMMED = screened(
    r"\b(?:average|in total|a total of|totall?ing|since (?:19|20)\d\d|combined|cumulative|altogether|"
    r"collectively|raked in|paid out|au total|depuis (?:19|20)\d\d|en tout|insgesamt|seit (?:19|20)\d\d|"
    r"in totaal|sinds (?:19|20)\d\d|"
    # "extorting at least $115 million in ransom payments from victims", "bilking more than 100
    # organizations out of …", "£27 million from 149 UK organisations": a sum over many victims
    r"(?:from|of)\s(?:its\s|their\s|the\s)?(?:[\w-]+\s)?victims|\d[\d,]*\s(?:[A-Z]{2,3}\s)?(?:organi[sz]ations|companies|victims|businesses))\b",
    re.I,
)
# Who claimed the attack: a name with what the sentence says it claimed (responsibility, the attack,
# to have stolen…) or where it listed the victim — "ITdaily claims the attackers…" is a source speaking.
# Its words are bounded: tried from each capital of a run with no space ("QQQ…", "Alpha-Alpha-…")
# in a sentence that claims, each read the rest of the run (16,000 characters: 10 s).
_WHO = rf"(?P<who>(?:[A-Z]|\d{{1,3}}[A-Za-z])[\w.-]{{1,{WORD_CHARS}}}(?:\s[A-Z0-9][\w.()-]{{1,{WORD_CHARS}}}){{0,2}})"
_CLAIMED_DEED = (
    r"(?:hacked|breached|attacked|stole|leaked|compromised|encrypted|targeted|launched|carried out|took down|"
    r"(?:was|were|is|are)\sbehind)\b"
)
_CLAIMED = screened(
    rf"(?:\b(?:The|the|Le|le|La|la|L')\s?)?{_WHO}(?:\s(?:ransomware|ransom|group|gang|extortion|crew|hackers?|operation|"
    r"operators|groupe|cybergang|bende|Gruppe)){0,2}(?:\s(?:last|this|earlier\sthis)\s(?:week|month|weekend))?"
    r",?\s(?:has\s|have\s|had\s|a\s|quickly\s|later\s)?"
    # ("Vice Society claims attack on …": a headline drops the article; "claims attacks are rising" is no
    # claim, nor a victim's "claims attack by China-backed forces")
    r"(?:(?:claimed|claims|claiming)\s(?:responsibility|credit|(?:the\s|an?\s)?(?:attack|hack|breach|incident|intrusion|"
    # "claims it/they" only with what was done: "claimed it was behind the attack", not a source
    # speaking ("The FBI claims it has dealt with an incident", "Binance claims it helped")
    # "Reporters claimed the incident took place in April": the incident is a clause's subject, what
    # was said of it, not what was claimed (seed-3339 sample, briefed "Revendication par … Reporters")
    rf"cyberattack)\b(?!\sby\b|\s(?:took|happened|occurred|was|were|is|had|has|began|started)\b)|to\shave|(?:that\s)?(?:it|they)\s(?:[\w-]+\s){{0,2}}?{_CLAIMED_DEED})|took\s(?:responsibility|credit)|"
    r"revendiqu\w*|a\srevendiqué|eiste\s|beansprucht|bekannte\ssich|"
    r"(?:listed|added|posted)\s(?:[\w&'’.-]+\s){0,6}?(?:to|on)\s(?:its|their)\s(?:dark\sweb\s|data\s|Tor\s)?"
    r"(?:leak|extortion|shame|victim)\w*\s?(?:site|blog|page|portal)?)"
    # A few words may come between ("revendiquée lundi par", "claimed on Monday by").
    r"|(?:claimed\s(?:[\w'’-]+\s){0,3}?by|revendiquée?s?\s(?:[\w'’-]+\s){0,3}?par|claimed\sresponsibility\sby|"
    r"opgeëist\sdoor|reivindicado\spor)\s"
    # The group's word may carry an adjective or a complement ("le groupe prorusse NoName057(16)",
    # "le groupe de hackers Killnet").
    r"(?:the\s|le\s|la\s)?(?:(?:groupe|group|gang)\s(?:(?-i:[a-zà-ÿ-]+)\s|de\s[\w-]+\s|d['’][\w-]+\s)?)?(?:[«\"“]\s?)?"
    r"(?P<who2>[A-Z][\w.-]+(?:\(\d+\))?(?:\s[A-Z0-9][\w.()-]+)?)"
    # "Le groupe de cybercriminels « Icarus » a revendiqué l'attaque": the name after the group's word,
    # in quotes or guillemets as French writes it.
    r"|\b(?:groupe|group|gang)\s(?:de\s[\w-]+\s|d['’][\w-]+\s)?[«\"“]\s?(?P<who3>[A-Z][\w.-]+(?:\s[A-Z0-9][\w.()-]+)?)"
    r"\s?[»\"”],?\s(?:a\s|has\s)?(?:revendiqu\w*|claimed)",
)
_CLAIM_SUFFIX = re.compile(r"(?:\s(?:Ransomware|Group|Gang|Team|Crew))+$")
_NOT_WHO = {"the", "it", "he", "she", "they", "we", "no", "nobody", "this", "that", "which", "who", "a", "an",
            "one", "someone", "hackers", "attackers", "il", "elle", "ils", "on", "le", "la", "les",
            # a headline's capitalised kind, no name ("Extortion gang claims breach")
            "extortion", "ransomware", "hacker", "hacking", "hacktivist", "hacktivists", "criminal",
            "cybercrime", "cybercriminal", "unknown", "new", "russian", "chinese", "iranian", "pro-russian"}  # fmt: skip
# A claimant described, not named ("revendiquée … par un groupe d'hacktivistes", "claimed by hacktivists").
_CLAIMED_KIND = screened(
    r"\b(?:revendiqu\w*|claim(?:ed|s|ing)?)\b[^.;]{0,60}?\b(?:par|by)\s(?:un|une|des|a|the)?\s?"
    r"(?:(?:groupe|group|collectif|collective)\s(?:of\s|d['’])?)?(?P<kind>hacktivist(?:e?s)?)\b",
    re.I,
)
# How long an outage lasted, as written: "pendant près de six heures", "for nearly two days".
_HOW_LONG = (
    r"\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|dix|douze|plusieurs|two|three|four|five|six|seven|eight|"
    r"ten|twelve|several"
)
_LASTED = screened(
    r"\b(?:pendant|durant|for)\s(?P<d>(?:(?:près de|plus de|environ|presque|nearly|almost|about|around|"
    rf"more than|over)\s)?(?:{_HOW_LONG})\s(?:heures|jours|semaines|hours|days|weeks))\b",
    re.I,
)
_OUTAGE = screened(
    r"inaccessible|indisponible|hors (?:ligne|service)|paralys|à l'arrêt|interromp|en panne|coupée?s?\b|"
    r"offline|\bdown\b|unavailable|outage|disrupt|unreachable|inaccessible",
    re.I,
)
# A campaign's size: "more than 4,000 messages", "37 phishing domains", "1 200 courriels frauduleux".
_SCALE = screened(
    r"\b(?P<n>(?:(?:more than|over|nearly|almost|about|around|plus de|près de|environ)\s)?"
    r"\d{1,3}(?:[,\s\u202f\u00a0]\d{3})*)\s(?:(?:phishing|malicious|fraudulent|fake|spam|scam)\s)?"
    r"(?P<unit>messages|e-?mails|courriels|SMS|texts|domains|domaines|websites|sites)\b",
    re.I,
)


def _attack_date(sentence: str) -> re.Match[str] | None:
    """The first date of `sentence` that is neither a statement's (`statement_date`) nor a threat's
    history (`threat_history`)."""
    return next(
        (
            m
            for m in _WHEN.finditer(sentence)
            if not statement_date(sentence, m) and not threat_history(sentence, m.start())
        ),
        None,
    )


_CAMPAIGN = screened(
    r"phishing|hameçonnage|spam|smishing|fraud|scam|arnaque|malicious|campaign|campagne", re.I
)


def _sentences(title: str, text: str) -> list[str]:
    return headline_and_sentences(title, text, MAX_SENTENCES)


def attack_facts(title: str, text: str) -> AttackFacts | None:
    """What the article states about an attack, or None when it states nothing of it."""
    facts = AttackFacts()
    for sentence in _sentences(title, text):
        attack = _ATTACK_WORDS.first(sentence) >= 0
        if attack and len(facts.when) < 2 and (m := _attack_date(sentence)):
            facts.when.append(Fact(value=m.group(0).strip(), sentence=sentence))
        if (
            len(facts.stopped) < 3
            and (m := _STOPPED.search(sentence))
            and not re.search(r"\bnot?\b|\bpas\b|\bnever\b|\bjamais\b", sentence, re.I)
            # Advice or a forecast ("It advises organisations to keep offline backups, to patch
            # exposed systems") names what should be done, not what stopped.
            and not advised(sentence, m.start())
        ):
            facts.stopped.append(Fact(value=" ".join(m.group(0).split()), sentence=sentence))
        usual = habitual(sentence)  # "the median ransom rose to $2.5 million": no amount of this attack
        if (
            len(facts.stolen) < 3
            and not usual
            and _STOLE_CONTEXT.first(sentence) >= 0
            and (
                m := next((m for m in _STOLEN.finditer(sentence) if _a_count(sentence, m)), None)
                or spelled_volume(sentence)  # "four terabytes of stolen data"
            )
            # "may have accessed the records of 3,000 customers", "61,193 people may have had their
            # credit card details stolen" (sixth audit): weighed up to the count or the theft's word
            # after it, not stated; "allegedly stealing 1.469 TB" is said as the attackers' claim
            # (brief/record_facts)
            and not weighed(sentence, _theft_end(sentence, m.end()), hearsay=False)
        ):
            facts.stolen.append(Fact(value=" ".join(m.group(0).split()), sentence=sentence))
        if (
            len(facts.ransom) < 2
            and not usual
            and not _SUMMED.search(sentence)
            and (m := _RANSOM.search(sentence))
        ):
            facts.ransom.append(
                Fact(value=(m.group("amount") or m.group("amount2")).strip(), sentence=sentence)
            )
        if len(facts.claimed_by) < 2 and (who := claimant(sentence)):
            facts.claimed_by.append(Fact(value=who, sentence=sentence))
        elif len(facts.claimed_by) < 2 and (m := _CLAIMED.search(sentence)):
            who = _CLAIM_SUFFIX.sub(
                "", (m.group("who") or m.group("who2") or m.group("who3") or "").strip().rstrip(".-")
            )
            who = re.sub(
                r"^(?:(?:Die|Der|Das|De|Het|Hackergruppe|Gruppe|Ransomware-Gruppe|Bande)\s)+", "", who
            )
            if m.group("who") and re.match(r"\s[Rr]ansom\b", sentence[m.end("who") :]):
                who += " Ransom"  # "INC ransom group claimed…": the gang's name is INC Ransom
            # (a byline's "UPDATED An extortion gang claims…" names no one: a name does not end on an article)
            if (
                who
                and who.split()[0].casefold() not in _NOT_WHO
                and who.split()[-1].casefold() not in _NOT_WHO
            ):
                facts.claimed_by.append(Fact(value=who, sentence=sentence))
        _more_attack_facts(facts, sentence, _CAMPAIGN.search(title) is not None)
    if not (
        facts.when
        or facts.stopped
        or facts.stolen
        or facts.ransom
        or facts.claimed_by
        or facts.claimed_by_kind
        or facts.lasted
        or facts.scale
    ):
        return None
    return facts


def _more_attack_facts(facts: AttackFacts, sentence: str, campaign_title: bool) -> None:
    """A claimant described, how long an outage lasted, a campaign's size (`campaign_title`: the
    headline names a campaign, so a count of messages or domains is the campaign's)."""
    if not facts.claimed_by_kind and (m := _CLAIMED_KIND.search(sentence)):
        facts.claimed_by_kind.append(Fact(value=m.group("kind"), sentence=sentence))
    if not facts.lasted and (m := _LASTED.search(sentence)) and _OUTAGE.search(sentence):
        facts.lasted.append(Fact(value=m.group("d"), sentence=sentence))
    if len(facts.scale) < 3 and (campaign_title or _CAMPAIGN.search(sentence)):
        for m in _SCALE.finditer(sentence):
            if len(facts.scale) < 3:
                facts.scale.append(Fact(value=" ".join(m.group(0).split()), sentence=sentence))


# Not a count of what was stolen: a year with words after it ("a breach from November 2024 that
# affected employees"), or the whole of which a share was hit ("less than 1% of its 9.7 million
# customers", "most of its 1.4M customers").
_YEAR_WORDS = re.compile(r"(?:19|20)\d\d\s(?!(?:records|files|customers|users|people|patients|accounts)\b)")
# The people who did something or were punished, not those whose data was taken: "Meta fired 20
# employees for leaking information" (seed-3335 sample) was a theft of 20 employees' data.
_DOERS = re.compile(
    r"\b(?:fired|sacked|dismissed|laid\soff|arrested|charged|indicted|hired|employs|employed|disciplined)\s"
    r"(?:(?:about|around|some|more\sthan|over|nearly)\s)?$",
    re.I,
)
_WHOLE = re.compile(r"\b(?:of|among|sur)\s(?:its|their|the\scompany['’]s|ses|leurs)\s(?:\w+\s)?$", re.I)


def _a_count(sentence: str, match: re.Match[str]) -> bool:
    """Is the number `match` found a count of what was stolen?"""
    return not (
        _YEAR_WORDS.match(match.group(0))
        or _WHOLE.search(sentence, 0, match.start())
        or _DOERS.search(sentence, 0, match.start())
    )


def _theft_end(sentence: str, end: int) -> int:
    """Where the theft a count at `end` belongs to is said: the first theft word after the count in
    its clause, else the count's end."""
    window = sentence[end : end + _THEFT_REACH]
    after = _STOLE_CONTEXT.search(window)
    clause = re.search(r"[;:]|,\s(?:but|while|and)\b", window[: after.start()]) if after else None
    return end + after.end() if after is not None and clause is None else end


# How far after a count its theft's word is looked for ("… people may have had their credit card
# details stolen").
_THEFT_REACH = 80
