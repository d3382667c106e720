"""Ties between a name and the attack written in a clause around the name rather than next to it
(`victim_relations` reads them with its other patterns): a relative clause of the name that says it
suffered the attack, the name a sentence gives the organisation it calls the targeted one, and the
user of the system or supplier that was hit."""

from __future__ import annotations

import re

from veilleur.enrich.victim_hedged import hedged_ties
from veilleur.enrich.victim_leak_listed import leak_listed
from veilleur.enrich.victim_more_reads import self_victim_ties
from veilleur.enrich.victim_named_hit import named_hit
from veilleur.enrich.victim_recall_reads import recall_ties
from veilleur.enrich.victim_relation_words import (
    _HEAD,
    _NO_OBJECT,
    _SUFFERED,
    _VERB_LAST_SUFFERED,
)

# "Gwen described how she had been duped": the person the next pronoun says suffered it.
_PRONOUN_PASSIVE = (
    r"(?i:^[^.;]{0,70}?\b(?:he|she|they|il|elle|hij|zij|sie|er)\s(?:had been|has been|was|were|got|"
    rf"had|a été|werd|wurde|ist)\s(?:\w+\s)?(?:{_SUFFERED})\b"
    # "Robert Wise of Ohio received a text telling him that his Apple ID had been compromised", "son
    # compte a été piraté": what a person holds (not "his company was hacked": the company is hit)
    r"|^[^.;]{0,70}?\b(?:his|her|their)\s(?:[\w-]+\s){0,2}?(?:accounts?|e-?mail|phone|computer|wallet|ID|identity|"
    r"devices?|laptop|card|credentials|savings)\s(?:had been|has been|was|were|got)\s(?:\w+\s)?"
    rf"(?:{_SUFFERED}|stolen|drained|emptied|hijacked|taken over)\b"
    r"|^[^.;]{0,70}?\b(?:son|sa|ses)\s(?:compte|téléphone|ordinateur|portefeuille|identité)\s(?:a été|avait été)\s"
    r"(?:piratée?|volée?|usurpée?|vidée?)\b)"
)
# "X and his gang targeted title companies", "X stole $5m": the attacker, active with an object.
_ACTOR = (
    r"(?i:^(?:['’]s)?(?:\s(?:and|with)\s(?:his|her|their|its)\s[\w\s-]{0,30}?)?\s(?:allegedly\s|"
    r"reportedly\s|then\s)?(?:hacked|breached|targeted|stole|defrauded|scammed|robbed|attacked|extorted|"
    rf"tricked|compromised|infected|deployed|conspired to)\s(?!{_NO_OBJECT})[\w$])"
)

# "Kai West, aka X, indicted", "X a été interpellé", "X werd gearresteerd", "Festnahme von X".
_CHARGED_AFTER = (
    r"(?i:^(?:['’]s)?(?:\s\([^)]{1,30}\))?(?:,\s[^,.;]{2,60},)?\s(?:(?:was|were|has been|have been|is|"
    r"a été|ont été|est|werd|is|wurde|ist)\s)?(?:[\w-]+\s){0,3}?(?:indicted|charged|arrested|sentenced|extradited|"
    r"convicted|jailed|detained|pleads? guilty|pleaded guilty|inculpée?|arrêtée?|interpellée?|condamnée?|"
    r"mise? en examen|gearresteerd|aangehouden|veroordeeld|festgenommen|verhaftet|angeklagt|verurteilt)\b)"
)
_CHARGED_BEFORE = (
    r"(?i:\b(?:arrest(?:ed)? of|arrested|charged|indicted|sentenced|extradited|extradition of|"
    r"arrestation de|interpellation de|condamnation de|arrestatie van|Festnahme von|Verhaftung von)\s"
    r"(?:the\s)?(?:[a-z][\w-]*\s){0,3}$)"
)
# "Mercury IT, which serves government agencies and has been hit by ransomware", "X, qui … a été
# piratée", "X, die vorige week werd getroffen", "X, das von Hackern angegriffen wurde": a relative
# clause of the name says it suffered the attack. (Not one whose verb reports another's: "X, which said
# its customers were hit", nor a second relative inside it: "X, which sells to hospitals that were hit".)
_RELATIVE_GAP = (
    r"(?:(?!\b(?:said|says|told|tells|warn\w*|report\w*|found|discovered|observed|noted|according|"
    r"that|which|who|whose|whom|where|while|after|before|because|a déclaré|indique|que|dat|dass)\b)[^.;]){0,90}?"
)
_REL_AUX = (
    r"(?:is|was|were|has been|have been|had been|got|a été|ont été|avait été|werd|werden|wordt|worden|"
    r"is geweest)"
)
_RELATIVE_PASSIVE = (
    rf"(?i:^,\s(?:which|who|qui|dat|die)\s{_RELATIVE_GAP}\b{_REL_AUX}\s(?:\w+\s)?"
    rf"(?:{_SUFFERED}|victim|victime|slachtoffer)\b"
    rf"|^,\s(?:die|das|der)\s{_RELATIVE_GAP}\b(?:{_VERB_LAST_SUFFERED})\s(?:wurde|wurden|worden)\b)"
)
# "The targeted organisation, Ortivus, has…", "l'entreprise visée, X", "het getroffen bedrijf X", "das
# betroffene Unternehmen X": the name given to the organisation the sentence says was attacked.
_NAMED_AS_HIT = (
    r"(?i:\b(?:targeted|affected|attacked|breached|hacked|compromised|impacted|getroffen|gehackte|aangevallen|"
    r"betroffene|angegriffene)\s(?:organi[sz]ation|company|firm|business|provider|supplier|vendor|entity|"
    r"hospital|bedrijf|ziekenhuis|organisatie|Unternehmen|Firma|Organisation|Klinik|Krankenhaus)[,:]?\s$)"
)
# (French puts the participle after the noun: "l'entreprise visée, X", "la clinique touchée X")
_NAMED_AS_HIT_FR = (
    r"(?i:\b(?:entreprise|organisation|organisme|hôpital|établissement|société|clinique|mairie|prestataire)\s"
    r"(?:visée?|touchée?|attaquée?|piratée?|ciblée?)[,:]?\s$)"
)
# "a cyberattack on the payroll system used by the Ministry of Defence", "a technology provider used
# by both A and B", "la plateforme utilisée par X", "het systeem gebruikt door X": whose system or
# supplier it was (the owner of what was hit, `rel:asset`).
_USED_BY = (
    r"(?i:\b(?:systems?|networks?|platforms?|portals?|software|providers?|suppliers?|vendors?|services?|apps?|"
    r"applications?|databases?|servers?|plateformes?|logiciels?|prestataires?|systèmes?|systemen|systeem|"
    r"leveranciers?)\s(?:used|relied on|utilisée?s?|gebruikt)\s(?:by|par|door)\s(?:both\s)?"
    r"(?:(?:the\s|la\s|le\s|l['’]|het\s|de\s)?(?:[A-Z][\w-]*\s){1,5}(?:\([^)]{1,20}\)\s)?(?:and|et|en)\s)?"
    r"(?:the\s|la\s|le\s|l['’]|het\s|de\s)?$)"
)
# "CircleCI, a DevOps firm, had its systems compromised", "X saw its servers encrypted", "X has had
# 1.2 million customer records stolen", "X s'est fait pirater", "X a vu ses serveurs chiffrés": the
# owner of what an attack hit, as the subject of "had"/"saw" (the relations read "X was hacked" and
# "X's systems", not this turn). What was hit is a system or data (not "saw its shares hit a low").
_HIT_THINGS = (
    r"(?:systems?|networks?|servers?|data|databases?|records|accounts?|website|site|e-?mails?|files|"
    r"infrastructure|computers?|information|source code|secrets|platforms?|operations|services|phones?|"
    r"devices?|details|funds|wallets?)"
)
_HIT_PARTICIPLE = (
    rf"(?:{_SUFFERED}|stolen|encrypted|leaked|exposed|accessed|exfiltrated|locked|wiped|deleted|hijacked|"
    r"taken offline|knocked offline)"
)
_HAD_ITS = (
    _HEAD + r"(?:had|has had|have had|saw|sees|has seen|had seen|got)\s"
    r"(?:its|their|her|his|(?:some|all|part) of (?:its|their|her|his)|[\d.,]+(?:\s(?:million|billion))?)\s"
    rf"(?:[\w-]+\s){{0,2}}?{_HIT_THINGS}\s(?:\w+\s)?{_HIT_PARTICIPLE}\b"
    r"|^\s(?:s['’]est|se sont)\sfait\s(?:pirater|voler|dérober|escroquer|rançonner|attaquer|hacker)\b"
    r"|^\s(?:a|ont)\svu\s(?:ses|son|sa|leurs?)\s(?:[\w-]+\s){0,3}?(?:chiffrée?s?|volée?s?|dérobée?s?|"
    r"paralysée?s?|bloquée?s?|piratée?s?)\b)"
)

# A name of a list ("A, B, and C") and where each name of it is, as a list is written.
_NAME = r"[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3}"
_ITEM_NAME = re.compile(rf"(?:^|,\s(?:and\s|&\s)?|\s(?:and|&)\s)({_NAME})")
# "Hackers stole OpenAI secrets", "steal millions of Gucci, Balenciaga, and Alexander McQueen customer
# records", "leaked X's internal documents": the owners of the data a theft verb takes, each name of
# the list. (Not accounts, passwords or credentials: a platform's users own those, "stole Netflix
# credentials" hit no one at Netflix.)
# (a present tense only with a quantity, as a headline's: "the stealer steals Chrome data" is what a
# malware does to anyone's browser, no attack on Google)
_QUANTITY = r"(?:the\s)?(?:[\d.,]+\s?(?:million|billion|m|bn|k)?|millions|thousands|hundreds)\s(?:of\s)?"
_THEFT = re.compile(
    rf"\b(?:(?:stole|swiped|exfiltrated|leaked|dumped)\s(?:{_QUANTITY})?|(?:steal|steals|stealing|leaks|"
    rf"leaking|dumps)\s{_QUANTITY})"
    rf"(?:the\s)?(?P<list>{_NAME}(?:,\s(?:and\s)?{_NAME})*(?:,?\s(?:and|&)\s{_NAME})?)"
    r"(?:['’]s)?\s(?:[a-z][\w-]*\s)?(?:data|records|secrets|files|source code|documents|e-?mails|information|"
    r"details|databases?)\b"
)
# "Bei X wurden Kundendaten gestohlen", "Bij X zijn gegevens gestolen", "chez X, des données ont été
# volées": where something was stolen or hit, in the languages that say it with a preposition.
_AT_LEFT = re.compile(
    r"(?i)\b(?:bei|bij|chez)\s(?:(?:der|dem|den|de|het|la|le|l['’])\s?)?(?:[a-zäöü][\w-]*\s){0,2}$"
)
_AT_RIGHT = re.compile(
    r"(?i)^,?\s(?:wurden|wurde|sind|ist|zijn|is|werden|werd|des|les|ont|a)\s(?:[\w-]+\s){0,4}?"
    r"(?:gestohlen|gestolen|erbeutet|verschlüsselt|versleuteld|buitgemaakt|gehackt|gelekt|abgeflossen|"
    r"volées?|dérobées?|chiffrées?|piratée?s?)\b"
)
# "Cybercriminals broke into systems belonging to the UK's X body", "hacked servers owned by X": the
# owner of the systems an intrusion's verb takes is what it hit (the relations' own pattern reads the
# owner of stolen data so; a country's possessive may stand before the name).
_INTRUDED_OWNED = re.compile(
    r"(?i)\b(?:broke|breaks|breaking|got|gained\saccess)\sinto\s|\b(?:breached|hacked|compromised|"
    r"infiltrated|encrypted|accessed)\s"
)
_OWNED_SYSTEMS = re.compile(
    r"(?i)(?:the\s|a\s)?(?:[\w-]+\s){0,2}?(?:systems?|networks?|servers?|computers?|infrastructure|"
    r"databases?)\s(?:belonging\sto|owned\sby|operated\sby|run\sby)\s(?:the\s)?"
    r"(?-i:(?:[A-Z][\w.-]*['’]s\s)?)(?:[a-z][\w-]*\s){0,2}$"
)
_WINDOW = 200
_THEFT_STEMS = ("stol", "steal", "swipe", "exfiltrat", "leak", "dump")


def _in_list(pattern: re.Pattern[str], passage: str, start: int, end: int) -> bool:
    """passage[start:end] is one of the names of the list `pattern`'s group "list" matches."""
    for match in pattern.finditer(passage, max(0, start - _WINDOW), min(len(passage), end + _WINDOW)):
        if match.start("list") <= start and end <= match.end("list"):
            listed = passage[match.start("list") : match.end("list")]
            at = match.start("list")
            return any((at + m.start(1), at + m.end(1)) == (start, end) for m in _ITEM_NAME.finditer(listed))
    return False


def clause_ties(passage: str, start: int, end: int) -> set[str]:
    """Ties of the name passage[start:end] that a clause around it states: the owner of stolen data
    (`rel:asset`), the owner of systems broken into (`rel:object`), the place where data was stolen in
    German, Dutch and French (`rel:passive`), and the wordings of `victim_named_hit` (`rel:asset_hit`,
    `rel:named_victim`) and a subject reported at second hand (`victim_hedged`: "X reportedly paid a
    ransom"), a gang's leak site listing it or a headline calling it the latest victim
    (`victim_leak_listed`)."""
    out: set[str] = set()
    # (cheap test first: a theft's word before the name)
    left = passage[max(0, start - _WINDOW) : start].casefold()
    if any(word in left for word in _THEFT_STEMS) and _in_list(_THEFT, passage, start, end):
        out.add("rel:asset")
    if _AT_LEFT.search(passage[max(0, start - 40) : start]) and _AT_RIGHT.search(passage[end : end + 140]):
        out.add("rel:passive")
    if " to " in left[-120:] or " by " in left[-120:]:  # (cheap test first: "belonging to", "owned by")
        near = passage[max(0, start - 120) : start]
        if any(_OWNED_SYSTEMS.match(near, m.end()) for m in _INTRUDED_OWNED.finditer(near)):
            out.add("rel:object")
    return (
        out
        | named_hit(passage, start, end)
        | hedged_ties(passage, start, end)
        | leak_listed(passage, start, end)
        | self_victim_ties(passage, start, end)
        | recall_ties(passage, start, end)  # (session 37's wordings: `victim_recall_reads`)
    )
