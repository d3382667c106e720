"""Names a sentence writes as the reporter of its news, not its victim ("…, FBI warns", "…, avertit
l'ANSSI", "…, aldus het NCSC", "…, warnt das BSI"), kinds of file ("SVG files"), and a threat's other
names ("also known as A, B and C"): vetoed by `victim_admissible`."""

from __future__ import annotations

import re

from veilleur.enrich.victim_descriptions import bracketed
from veilleur.enrich.victim_features import Candidate, fold
from veilleur.enrich.victim_reporter_words import NEWS_OUTLETS, agency
from veilleur.text import WORD_CHARS

# A name written after the news it reports, as the subject of a reporting verb that ends the
# sentence ("China is using AI to sharpen attacks, FBI warns", "…, selon l'ANSSI" is `L:reported_by`,
# "…, zegt het NCSC", "…, warnt das BSI"), or a kind of file ("SVG files", "LNK attachments").
_REPORTED_END = re.compile(
    r"(?i)^\s(?:warns?|says?|said|reports?|finds?|found|claims?|alleges?|cautions?|notes?|urges?|advises?|"
    r"reveals?|estimates?|believes?|avertit|prévient|affirme|estime|waarschuwt|zegt|meldt|warnt|sagt|meldet)"
    r"[\s.!?\"”’']*$"
)
_INVERTED = re.compile(
    r"(?i)[,”\"’]\s(?:warns|says|said|reports|avertit|prévient|affirme|estime|explique|indique|zegt|aldus|meldt|"
    r"warnt|sagt|meldet)\s(?:the\s|l['’]|le\s|la\s|het\s|de\s|das\s|die\s|der\s)?$"
)
_TIED = {"rel:object", "rel:passive", "rel:subject", "rel:asset", "rel:topic"}
_FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us|nous|notre|nos|wij|we|onze|ons|wir|unsere?|uns)\b")
# (and the first of a list of kinds: "ISO and RAR attachments", "ZIP, RAR or 7Z archives")
_FILE_KIND = re.compile(
    r"^(?:,?\s(?:(?i:and|or|&)\s)?[A-Z0-9]{2,6})*"
    r"\s(?i:files?|attachments?|archives?|macros?|scripts?|fichiers?|bestanden|Dateien)\b"
)
_FILE_KINDS_TIED = re.compile(
    r"^(?:(?:,?\s(?:(?i:and|or|&)\s)?[A-Z0-9]{2,6})+\s(?i:files?)|(?:,?\s(?:(?i:and|or|&)\s)?[A-Z0-9]{2,6})*"
    r"\s(?i:attachments?|archives?|macros?))\b"
)


def _reporting_or_kind(sentence: str, start: int, end: int) -> bool:
    """The reporter of a sentence's news written after it, or a kind of file (`_REPORTED_END`)."""
    if sentence[start:end].isupper() and _FILE_KIND.match(sentence[end:]):  # "SVG files", "PDF attachments"
        return True
    # The verb first ("…, avertit l'ANSSI", "…, said Acme", "…, aldus het NCSC", "…, warnt das BSI").
    if _INVERTED.search(sentence[:start]) and re.fullmatch(r"[\s.!?\"”’']*", sentence[end:]):
        return True
    before = sentence[:start].rstrip(" ")
    before = re.sub(r"(?i)(?:\b(?:the|l['’]|le|la|het|de|das|die|der))$", "", before).rstrip(" ")
    return before.endswith((",", "”", '"', "’")) and bool(_REPORTED_END.match(sentence[end:]))


# The verbs of an outlet's reporting written right after its name.
_REPORTS = re.compile(
    r"(?i)^\s(?:(?:first|previously|also|exclusively)\s)?(?:reports?|reported|writes|wrote|says|said|notes|"
    r"learned|has learned|confirmed|revealed|rapporte|meldt|berichtet)\b"
)


# What only a teller of the news does: it "reported on" or "wrote about" an event ("The Daily
# Example reported on a major breach of…"); a victim reports *a* breach, or reports on a day.
_REPORTS_ON = re.compile(
    r"(?i)^\s(?:(?:first|previously|also|recently|exclusively)\s)?(?:reports?|reported|wrote|writes|"
    r"has written)\s(?:on|about)\s(?:a|an|the)\s"
)


def outlet_reporting(candidate: Candidate) -> bool:
    """A news outlet the sentence writes as the subject of its reporting ("Bleeping Computer
    reports that the operators behind…"), or any name written as reporting on the event ("X
    reported on a major breach"), outside the headline: it tells the news, a trigger rule
    reading "X reports … breaking into" notwithstanding. An outlet hit by an attack is a headline's
    news ("The Daily Echo hit by ransomware"): a name in the headline is kept."""
    at = candidate.sentence.find(candidate.name)
    if at < 0 or "at:title" in candidate.features:
        return False
    after = candidate.sentence[at + len(candidate.name) :]
    outlet = fold(candidate.name).removeprefix("the ").replace(" ", "") in NEWS_OUTLETS
    return bool(_REPORTS_ON.match(after)) or (outlet and bool(_REPORTS.match(after)))


def reporter_or_file_kind(candidate: Candidate) -> bool:
    """A name its first sentence writes as the reporter at the sentence's end, or as a kind of file,
    that no sentence ties to the attack. A victim reports its own incident too ("Hackers stole
    customer data, Acme says"): a trigger rule's or a tied name is kept, and so is a name in a
    sentence of its own words ("we", "our")."""
    at = candidate.sentence.find(candidate.name)
    end = at + len(candidate.name)
    # (a kind of file is none even where a sentence ties it: "began using … ISO and RAR attachments";
    # not "stole NHS files": files, alone, may be an organisation's)
    if at >= 0 and candidate.name.isupper() and _FILE_KINDS_TIED.match(candidate.sentence[end:]):
        return True
    return (
        at >= 0
        and _reporting_or_kind(candidate.sentence, at, at + len(candidate.name))
        and not candidate.features & _TIED
        and not any(f.startswith("rule:") for f in candidate.features)
        and not _FIRST_PERSON.search(candidate.sentence)
    )


# "also known by the names BASIN, Bronze President, Camaro Dragon", "tracked as A, B", "connu sous
# les noms de A, B", "ook bekend als A", "auch bekannt als A": a threat's other names.
_ALIASES = re.compile(
    r"(?i)(?:\b(?:known|tracked|referred to|called|aka|a\.k\.a\.|aliases|alias|connue?s?|suivie?s?|bekend|bekannt|"
    r"genannt)\b[^.;:]{0,30}?\b(?:as|names?|under|by|sous|noms? de|als)\s"
    # (or the list straight after "aka": "Qilin (aka Agenda, Gold Feather, and Water Galura)")
    r"|\b(?:aka|a\.k\.a\.|alias)\s)"
    r"(?:(?-i:[A-Z0-9])[\w.&’'-]*(?:\s(?-i:[A-Z0-9])[\w.&’'-]*){0,3},\s(?:and\s|et\s|en\s|und\s)?)*"
    r"(?:(?-i:[A-Z0-9])[\w.&’'-]*(?:\s(?-i:[A-Z0-9])[\w.&’'-]*){0,3}\s(?:and|et|en|und)\s)?$"
)


def alias_listed(candidate: Candidate) -> bool:
    """A name listed among a threat's other names (`_ALIASES`) in its first sentence."""
    at = candidate.sentence.find(candidate.name)
    return at >= 0 and bool(_ALIASES.search(candidate.sentence[max(0, at - 200) : at]))


def bracketed_agency(name: str, text: str) -> bool:
    """A short name the text writes in brackets after a security body's name ("the Health Sector
    Cybersecurity Coordination Center (HC3)", "Computer Emergency Response Team (CERT-X)"): the
    body's, which reports. Each word is read from a word's start and holds at most WORD_CHARS
    characters: a search across a run with no space ("CVE-2024-CVE-2024-…") read the rest of the run
    from each of its capitals."""
    if len(name) > 12 or " " in name:
        return False
    if name and not any(c.isspace() or c in "()" for c in name) and name not in bracketed(text):
        # (the pattern needs "(name)", spaces allowed inside: a word the text never writes in
        # brackets cannot match; the set of those words is read once a text, the pattern, built
        # for this name, is compiled and run over the whole text for each)
        return False
    match = re.search(
        rf"(?<![\w-])((?:[A-Z][\w-]{{0,{WORD_CHARS}}}\s+(?:(?:of|for|and|de|du|van|für)\s+)?){{2,8}})"
        rf"\(\s*{re.escape(name)}\s*\)",
        text,
    )
    return match is not None and agency(fold(match.group(1)))


def agency_untied(candidate: Candidate) -> bool:
    """A public agency that no sentence of the article ties to the attack ("EU agency X says ransomware
    attack behind…", "to settle X data breach investigation"): it reports or acts, even where a trigger
    rule reads it as the attack's. (Not a security firm: one may say it was breached itself; nor an
    agency a breach verb acts on, "breached two systems of CISA": `victim_rule_names.breached_agency`.)"""
    untied = "doc:untied" in candidate.features and "rule:breached" not in candidate.features
    return untied and agency(fold(candidate.name))


_SHOW = re.compile(r"\s(?i:podcast|newsletter|episode|show\s#)")
_WORD = re.compile(r"\w")


def is_show(name: str, sentence: str) -> bool:
    """Whether the sentence writes `name` as a show's or a newsletter's own name ("Smashing Security
    podcast #415: Hacking hijinks"): `re.search(rf"(?<!\\w){re.escape(name)}" + _SHOW.pattern, sentence)`, read at each place
    the name is written (no pattern built for each name)."""
    at = sentence.find(name)
    while at >= 0:
        if (at == 0 or not _WORD.match(sentence, at - 1)) and _SHOW.match(sentence, at + len(name)):
            return True
        at = sentence.find(name, at + 1)
    return False
