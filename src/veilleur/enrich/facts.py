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

from veilleur.enrich.vulnerability import states_exploitation, vulnerability_facts
from veilleur.models import AttackFacts, Fact, LawEnforcementFacts
from veilleur.text.sentences import split_sentences

__all__ = ["attack_facts", "law_enforcement_facts", "states_exploitation", "vulnerability_facts"]

MAX_SENTENCES = 60

_WHEN = re.compile(
    r"\b(?:on|since|in|le|depuis|op|am|seit)\s(?:the\s)?(?:(?:night|weekend|morning|evening) of\s)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|er)?\s)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|januari|februari|maart|mei|juni|juli|augustus|oktober|Januar|Februar|März|Juni|"
    r"Juli|Oktober|Dezember)(?:\s\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s\d{4})?|"
    r"\b(?:dans la nuit de|over the weekend|last (?:week|weekend|month)|earlier this (?:week|month)|"
    r"(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche) (?:dernier|soir|matin))",
    re.I,
)
_ATTACK_WORDS = re.compile(
    r"attack|attaque|breach|hack|incident|ransomware|rançongiciel|intrusion|compromis|aanval|angriff|piratage",
    re.I,
)
_STOPPED = re.compile(
    r"(?:diverted|shut down|taken offline|offline|suspended|halted|cancel+ed|postponed|closed|paralys\w*|"
    r"disrupted|dévié\w*|détourné\w*|coupé\w*|arrêté\w*|suspendu\w*|fermé\w*|annulé\w*|reporté\w*|"
    r"omgeleid|stilgelegd|abgemeldet|lahmgelegt|resorts? to (?:pen and )?paper|pen and paper)",
    re.I,
)
_STOLEN = re.compile(
    # The number is bounded ("4 000", "1.2"): an unbounded run of digits and spaces backtracks
    # quadratically on hostile text.
    r"\b\d[\d.,]{0,15}(?:\s\d{3}){0,4}\s?(?:millions?|billion|thousand|mille|miljoen|millionen|[kKmM])?\s?(?:de\s|d')?"
    r"(?:[\w-]+\s){0,3}?(?:records|dossiers|files|fichiers|customers|clients|users|utilisateurs|personnes|"
    r"people|individuals|patients|accounts|comptes|documents|rows|lignes|[GT]B|[GT]o|gigabytes|terabytes|"
    r"gegevens|klanten|datensätze|kunden|employees)\b",
    re.I,
)
_STOLE_CONTEXT = re.compile(r"stol|steal|exfiltrat|leak|expos|access|compromis|vol[ée]|dérob|fuit|gestolen|"
                            r"gestohlen|impact|affect", re.I)  # fmt: skip
_RANSOM = re.compile(
    r"(?:ransom|rançon|losgeld|lösegeld|extortion|demand\w*|paid|payé)[^.]{0,80}?"
    r"(?P<amount>(?:[$€£]\s?\d[\d.,]*\s?(?:million|billion|k|m|bn)?|\d[\d.,\s]*\s?(?:million|millions|"
    r"milliards?)?\s?(?:de\s)?(?:dollars|euros|USD|EUR|bitcoins?|BTC)))|"
    r"(?P<amount2>[$€£]\s?\d[\d.,]*\s?(?:million|billion|k|m|bn)?)\s(?:ransom|rançon)",
    re.I,
)
_CLAIMED = re.compile(
    r"(?:\b(?:The|the|Le|le|La|la)\s)?(?P<who>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+){0,2})(?:\s(?:ransomware|group|gang|"
    r"extortion|crew|hackers|operation|operators|groupe)){0,2}\s(?:has\s|have\s)?(?:claimed|claims|a revendiqué|revendique|eiste|beansprucht|took "
    r"responsibility|listed|added)"
    r"|(?:claimed by|revendiquée? par|claimed responsibility by)\s(?:the\s)?(?P<who2>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)",
)
_ARREST = re.compile(r"\barrest\w*|\bdetained|interpell\w*|arrêté\w*|\binterpellé|aangehouden|opgepakt|"
                     r"festgenommen|verhaftet|\bin custody", re.I)  # fmt: skip
_CHARGE = re.compile(r"\bcharged|indict\w*|charges against|inculpé\w*|mis en examen|poursuivi\w*|aangeklaagd|"
                     r"angeklagt|pleaded guilty|pleads guilty", re.I)  # fmt: skip
_SENTENCE = re.compile(
    r"(?:sentenced to (?P<s>[^.,;]{3,60}?)|condamnée? à (?P<s2>[^.,;]{3,60}?)|veroordeeld tot (?P<s3>[^.,;]{3,60}?)|"
    r"verurteilt zu (?P<s4>[^.,;]{3,60}?))(?=\s(?:after|for|over|following|because|on|by|pour|après|wegen)\b|[.,;]|$)|"
    r"(?P<s5>\d+\s(?:years?|months?|ans|mois)(?: in (?:federal )?prison| "
    r"de prison))",
    re.I,
)
_SEIZE = re.compile(r"\bseiz\w*|seized|confiscat\w*|saisi[es]?\b|taken down|takedown|dismantl\w*|démantel\w*|"
                    r"in beslag|beschlagnahm\w*|shut down", re.I)  # fmt: skip
_AGENCY = re.compile(
    r"\b(FBI|Europol|Eurojust|Interpol|Department of Justice|DOJ|NCA|National Crime Agency|Secret Service|"
    r"Homeland Security Investigations|HSI|IRS-CI|BKA|Bundeskriminalamt|Politie|police|Polizei|gendarmerie|"
    r"parquet|Computer Crime Unit|FCCU|OFAC|Treasury|CISA|NCSC|ANSSI|Guardia Civil|Policía Nacional|"
    r"Garda|Metropolitan Police|Met Police|Royal Canadian Mounted Police|RCMP|AFP|Australian Federal Police)\b"
)


def _sentences(title: str, text: str) -> list[str]:
    return (
        [title, *split_sentences(text[:20000])[:MAX_SENTENCES]]
        if title
        else split_sentences(text)[:MAX_SENTENCES]
    )


def attack_facts(title: str, text: str) -> AttackFacts | None:
    """What the article states about an attack, or None when it states nothing of it."""
    facts = AttackFacts()
    for sentence in _sentences(title, text):
        attack = bool(_ATTACK_WORDS.search(sentence))
        if attack and len(facts.when) < 2 and (m := _WHEN.search(sentence)):
            facts.when.append(Fact(value=m.group(0).strip(), sentence=sentence))
        if (
            len(facts.stopped) < 3
            and (m := _STOPPED.search(sentence))
            and not re.search(r"\bnot?\b|\bpas\b", sentence)
        ):
            facts.stopped.append(Fact(value=m.group(0), sentence=sentence))
        if len(facts.stolen) < 3 and _STOLE_CONTEXT.search(sentence) and (m := _STOLEN.search(sentence)):
            facts.stolen.append(Fact(value=" ".join(m.group(0).split()), sentence=sentence))
        if len(facts.ransom) < 2 and (m := _RANSOM.search(sentence)):
            facts.ransom.append(
                Fact(value=(m.group("amount") or m.group("amount2")).strip(), sentence=sentence)
            )
        if attack and len(facts.claimed_by) < 2 and (m := _CLAIMED.search(sentence)):
            who = (m.group("who") or m.group("who2") or "").strip()
            if who and who.split()[0].casefold() not in {
                "the",
                "it",
                "he",
                "she",
                "they",
                "we",
                "no",
                "nobody",
            }:
                facts.claimed_by.append(Fact(value=who, sentence=sentence))
    if not (facts.when or facts.stopped or facts.stolen or facts.ransom or facts.claimed_by):
        return None
    return facts


def law_enforcement_facts(title: str, text: str) -> LawEnforcementFacts | None:
    """Police and justice action the article states, or None."""
    facts = LawEnforcementFacts()
    agencies: dict[str, Fact] = {}
    for sentence in _sentences(title, text):
        action = False
        for kind, pattern in (("arrests", _ARREST), ("charges", _CHARGE), ("seizures", _SEIZE)):
            found = getattr(facts, kind)
            if (m := pattern.search(sentence)) is not None:
                action = True
                if len(found) < 3:
                    found.append(Fact(value=m.group(0), sentence=sentence))
        if (m := _SENTENCE.search(sentence)) is not None:
            action = True
            value = next(g for g in m.groups() if g)
            if len(facts.sentences) < 3:
                facts.sentences.append(Fact(value=value.strip(), sentence=sentence))
        if action:
            for agency in _AGENCY.findall(sentence):
                agencies.setdefault(agency.casefold(), Fact(value=agency, sentence=sentence))
    facts.agencies = list(agencies.values())[:6]
    if not (facts.arrests or facts.charges or facts.sentences or facts.seizures):
        return None
    return facts
