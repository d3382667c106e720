"""The kind of event an article reports, by the weight of each kind's vocabulary."""

from __future__ import annotations

import re

CATEGORIES = (
    "ransomware",
    "data_breach",
    "vulnerability",
    "malware_campaign",
    "apt_espionage",
    "ddos",
    "fraud_phishing",
    "law_enforcement",
    "policy_regulation",
    "research_tooling",
    "other",
)

# Order matters on ties: the earlier, more specific kind wins.
_VOCABULARY: dict[str, str] = {
    "ransomware": r"ransomware|rançongiciel|rançon|ransom\b|losgeld|lösegeld|logiciel de cryptage|"
    r"(?:encrypted|chiffré|chiffrant)(?: [\w'-]+){0,3} (?:files|systems|servers|serveurs|fichiers|systèmes|"
    r"postes)|versleuteld|verschlüsselt|lockbit|akira|"
    r"qilin|play ransomware|black ?basta|clop|medusa|rhysida|blackcat|alphv",
    "data_breach": r"data breach|fuite de données|violation de données|datalek|datenleck|datenpanne|"
    r"breach|leaked data|données (?:volées|dérobées|personnelles)|stolen data|exposed (?:records|data)|"
    r"records exposed|dossiers patients",
    "vulnerability": r"vulnerabilit|vulnérabilit|kwetsba|schwachstelle|sicherheitslücke|zero[- ]day|"
    r"\bcve-\d|flaw|faille|patch|correctif|security update|exploit",
    "ddos": r"\bddos\b|déni de service|denial[- ]of[- ]service|noname057",
    "fraud_phishing": r"phishing|hameçonnage|smishing|vishing|scam|arnaque|fraud|fraude|oplichting|betrug",
    "apt_espionage": r"\bapt\d*\b|espionage|espionnage|spionage|state-sponsored|nation-state|"
    r"étatique|lazarus|sandworm|volt typhoon|salt typhoon",
    "malware_campaign": r"malware|maliciel|logiciel malveillant|trojan|cheval de troie|botnet|stealer|"
    r"loader|backdoor|spyware|campaign|campagne",
    "law_enforcement": r"arrest|arrêté|interpellé|extradit|sentenced|condamné|takedown|démantel|"
    r"seized|saisi|europol|fbi|police|parquet|indicted|inculpé",
    "policy_regulation": r"regulation|règlement|directive|\bnis ?2\b|\bdora\b|cyber resilience act|"
    r"législation|legislation|wetgeving|gesetz|sanction",
    "research_tooling": r"open[- ]source tool|outil|framework|researchers? (?:released|published)|"
    r"proof[- ]of[- ]concept|\bpoc\b|github",
}
_PATTERNS = {name: re.compile(rf"(?<!\w)(?:{pattern})", re.I) for name, pattern in _VOCABULARY.items()}
# A category needs this many mentions (title counts three times) to be chosen over "other".
MIN_SCORE = 2


def categorise(title: str, text: str) -> str:
    scores = {
        name: 3 * len(pattern.findall(title)) + len(pattern.findall(text))
        for name, pattern in _PATTERNS.items()
    }
    # Ransomware stories also speak of breaches and patches; its own vocabulary is decisive.
    if scores["ransomware"] >= MIN_SCORE:
        return "ransomware"
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] >= MIN_SCORE else "other"
