"""Ties between a name and the attack written in a clause around the name rather than next to it
(`victim_relations` reads them with its other patterns): a relative clause of the name that says it
suffered the attack, the name a sentence gives the organisation it calls the targeted one, and the
user of the system or supplier that was hit."""

from __future__ import annotations

from veilleur.enrich.victim_relation_words import _SUFFERED, _VERB_LAST_SUFFERED

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
