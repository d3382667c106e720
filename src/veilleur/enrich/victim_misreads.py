"""Names a sentence writes as something other than an organisation that was hit, even when a
trigger rule or the victim model reads them as one (`misread`): the attackers' own common noun
opening a sentence ("Hacktivists flooded the chatroom"), a part of a law's name ("claims under the
Computer Fraud and Abuse Act"), a malware family named by its kind ("the Babuk Locker source
code"), two words glued by a lost space ("itsFebruary"), a parent named in the apposition
describing the organisation hit ("X, the Treasury Department bureau that…"), a programme's rules
("more relaxed Medicare rules"), a project someone else maintains ("which maintains the Open VSX
project"), a town named as where an organisation is ("a school in the city of X"). Asked by
`victim_admissible.veto`; every pattern here is fixed, none is built per name."""

from __future__ import annotations

import re

from veilleur.enrich.nlp import english_words
from veilleur.enrich.victim_bystanders import bystander, only_as
from veilleur.enrich.victim_written_as import described_as_organisation

# The attackers' common nouns (EN, FR, NL, DE), in the plural or singular: a sentence opened by one
# ("Hacktivists flooded the chatroom…", "Cybercriminelen eisen losgeld") speaks of who attacked.
_ATTACKERS = re.compile(
    r"(?i)(?:hackers?|hacktivists?|attackers?|cyber-?criminals?|criminals?|scammers?|fraudsters?|"
    r"extortionists?|crooks?|miscreants?|intruders?|adversaries|threat\sactors?|"
    r"cybercriminels?|hacktivistes?|attaquants?|escrocs?|pirates\sinformatiques|"
    r"cybercriminelen|aanvallers?|oplichters?|afpersers?|"
    r"angreifer|cyberkriminellen?|kriminellen?|erpresser|betrüger|täter)"
)
# A malware family named by its kind of program ("Babuk Locker", "Lumma Stealer", "Mirai Botnet"):
# what attackers use, never what they hit.
_MALWARE_KIND = re.compile(
    r"(?i)\s(?:locker|stealer|infostealer|loader|rat|ransomware|botnet|backdoor|wiper|trojan|dropper|"
    r"spyware|crypter|cryptor|keylogger|worm)$"
)
# The last word of a law's name, after the candidate ("Computer Fraud and Abuse Act", "Data
# Protection Act", "Cyber Resilience Act"): a fixed pre-check before the name is looked for.
_LAW_WORD = re.compile(r"\s(?:Act|Law|Bill|Directive|Regulation|Statute|Gesetz|Wet)\b")
_LAW_TAIL = re.compile(
    r"^(?:\s(?:and|&|of|on|for|to)\s(?:the\s)?)?(?:\s?[A-Z][\w'-]*){0,3}\s(?:Act|Law|Bill|Directive|Regulation|"
    r"Statute|Gesetz|Wet)\b"
)
# A town named as where someone or something is ("the X secondary school in the city of Y", "dans la
# ville de Y", "in der Stadt Y", "in de stad Y"), not the town's administration that was hit:
# the word before is no attack's ("an attack in the city of Y" may be on the city).
_TOWN = re.compile(
    r"(?P<before>\w+)\s(?:(?:in|near|outside)\s(?:the\s)?(?:city|town|village|municipality)\sof"
    r"|(?:dans|près)\s(?:la\s)?(?:ville|commune)\sde|in\sde\s(?:stad|gemeente)|in\sder\s(?:Stadt|Gemeinde))"
    r"\s(?P<place>[A-ZÀ-Ý][\w'-]*(?:\s[A-ZÀ-Ý][\w'-]*){0,2})"
)
_ATTACK_NOUN = re.compile(
    r"(?i)(?:attacks?|cyberattacks?|breach(?:es)?|hacks?|incidents?|outages?|ransomware|intrusions?|"
    r"attaques?|cyberattaques?|piratage|aanval|cyberaanval|angriff|cyberangriff|hackerangriff)$"
)
# A possessive or article glued to the next word by a lost space ("behind itsFebruary ransomware
# attack"): two words, no name.
_GLUED = re.compile(r"^(?:its|their|our|his|her|the|this|that|a|an)[A-Z][a-z]")
# A parent named inside the apposition that describes another organisation ("The Office of X (OX),
# the Treasury Department bureau that oversees banks, said…"): the bureau was hit, its parent is
# what describes it.
_PARENT = re.compile(
    r",\s(?:the|a|an)\s(?P<name>[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,4})\s(?:bureau|agency|subsidiary|unit|"
    r"division|arm|branch|office|department|affiliate|filiale|dochter(?:onderneming)?|tochter(?:gesellschaft)?)\b"
)
# A programme or a marketplace named as the modifier of its rules, payments or funding ("offering
# more relaxed Medicare rules"): what a government runs, not an organisation that was hit.
_PROGRAMME_THING = re.compile(
    r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})\s(?:rules|payments|funding|benefits|coverage|reimbursements?|"
    r"beneficiaries|recipients|enrollees|premiums|eligibility|guidelines)\b"
)
# A project or service that someone the sentence names maintains or runs ("Eclipse Foundation, which
# maintains the open-source Open VSX project, said…"): its maintainer's thing.
_MAINTAINED = re.compile(
    r"\b(?:maintains|runs|operates|develops|manages|oversees|maintient|exploite|gère|beheert|betreibt)\s"
    r"(?:the\s|le\s|la\s|l['’]|de\s|het\s|die\s|das\s|den\s)?(?:[a-z][\w-]*\s){0,2}"
    r"(?P<name>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})\s(?:project|registry|marketplace|repository|platform|"
    r"service|website|app|projet|plateforme|dienst|platform|Projekt|Plattform)\b"
)
_TOWN_KIND = re.compile(
    r"(?i)^(?:city|town|village|municipality|ville|commune|stad|gemeente|stadt|gemeinde)\sof\s"
)


def _attackers(name: str) -> bool:
    """An attackers' common noun, alone or after English words ("Hacktivists", "Russian Hackers",
    "Pro-Russian Hacktivists"); a name before it is no English word ("Lapsus Hackers" is left)."""
    words = name.split()
    if not words or len(words) > 3:
        return False
    for cut in range(len(words)):
        if _ATTACKERS.fullmatch(" ".join(words[cut:])):
            return all(part.casefold() in english_words() for word in words[:cut] for part in word.split("-"))
    return False


def _law_part(name: str, sentence: str) -> bool:
    """Whether `sentence` writes `name` only as the opening of a law's name ("under the Computer Fraud
    and Abuse Act")."""
    if not _LAW_WORD.search(sentence) or _LAW_WORD.search(f" {name.split()[-1]}"):
        return False
    ends = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence)]
    return bool(ends) and all(_LAW_TAIL.match(sentence[end:]) for end in ends)


def _town_where(name: str, sentence: str) -> bool:
    """Whether `sentence` names `name` (or "City of `name`") as the town where something is."""
    place = _TOWN_KIND.sub("", name)
    for match in _TOWN.finditer(sentence):
        if match.group("place") == place and not _ATTACK_NOUN.fullmatch(match.group("before")):
            return True
    return False


def misread(name: str, sentence: str) -> str:
    """Why `name` in `sentence` is no victim, whatever reads it as one ("" when nothing says so)."""
    if _GLUED.match(name):
        return "glued words"
    if _attackers(name):
        return "the attackers' noun"
    if _MALWARE_KIND.search(name) and not described_as_organisation(name, sentence):
        return "malware by its kind"
    if _law_part(name, sentence):
        return "part of a law's name"
    if _town_where(name, sentence):
        return "town where"
    if only_as(_PARENT, name, sentence):
        return "parent in an apposition"
    if only_as(_PROGRAMME_THING, name, sentence):
        return "a programme's rules"
    if only_as(_MAINTAINED, name, sentence):
        return "a maintained project"
    # (a venue, someone impersonated, an outage's cause, a game, researchers', a customer, a product's end)
    return bystander(name, sentence)
