"""How many arrests an arrest fact gives, in French: "quatre", "12", "une" for one; an agency's name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from veilleur.brief.patients import _WORDS, french_count
from veilleur.text.french import french_number

_ONE = {"one", "1", "un", "une", "één", "einen", "eine", "einer"}


def arrest_count(value: str) -> str:
    """The count an arrest fact gives, in French ("quatre", "12"), or ""."""
    first = re.match(r"\s*([\w,.-]+)", value)  # "1,200 people" is not "1"
    words = [first.group(1).rstrip(",.")] if first else []
    # The count after the verb whole: "arrested 1,209 cybercriminals" was "une arrestation" (seed-3339
    # sample), the "1" before its comma.
    words += re.findall(
        r"\b(?:arrest(?:ed|s)?|detained|nab(?:s|bed)?|apprehended|interpellé\w*|arrêté\w*)\s(?:of\s)?"
        r"(\d{1,3}(?:,\d{3})+\b|[\w-]+)",
        value,
        re.I,
    )
    # One is "une" ("the arrest of one individual" said "Des arrestations", "1 suspect" "1 arrestations").
    return next((c for c in ("une" if w.lower() in _ONE else _count_word(w) for w in words) if c), "")


# The digits of the largest arrest count stated: no operation arrested a million people ("arrested
# 1,000,000,000,000,000,000,000,000,000 suspects", a hostile page, was "1 000 000 000 000 000 000 milliards
# arrestations"; 2,000 groups of digits raised in int()). french_count bounds a count without commas.
_COUNT_DIGITS = 6


def _count_word(word: str) -> str:
    """A count in French: "four" → "quatre", "1,209" → "1 209" (French groups digits with a space);
    "" for a count of no one ("arrested 0 people") or past any operation's."""
    if word.strip("0,") == "":
        return ""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", word):
        digits = word.replace(",", "")
        return french_number(int(digits)) if len(digits) <= _COUNT_DIGITS else ""
    return french_count(word)


_PERSON = (
    r"(?:hacker|man|woman|suspect|individual|person|national|teenager|teen|youth|citizen|student|"
    r"developer|administrator|operator|resident)"
)
# One person arrested, said by the sentence when the fact's value ("arrested") gives no count:
# "police have arrested a suspected hacker", "a 21-year-old man was arrested".
_ONE_ARRESTED = re.compile(
    rf"\barrest(?:ed|s)?\s(?:a|an)\s(?:[\w'-]+\s){{0,3}}?{_PERSON}\b"
    rf"|\b(?:a|an)\s(?:[\w'-]+\s){{0,3}}?{_PERSON}\s(?:was|has been|is|had been)\s(?:\w+\s)?arrested\b",
    re.I,
)
_SEVERAL = re.compile(
    r"\b(?:arrests|suspects|people|persons|individuals|members|men|women|hackers|nationals|others|accomplices)\b",
    re.I,
)


def arrests_said(values: Iterable[tuple[str, str]]) -> str:
    """The count the arrest facts (value, sentence) give, in French, or "": a value's count first,
    else "une" when a sentence says one person was arrested and none speaks of several."""
    facts = list(values)
    count = next((c for c in (arrest_count(value) for value, _ in facts) if c), "")
    if count:
        return count
    sentences = [sentence for _, sentence in facts]
    if any(_ONE_ARRESTED.search(s) for s in sentences) and not any(_SEVERAL.search(s) for s in sentences):
        return "une"
    return ""


_PLEA = re.compile(r"\bplead(?:s|ed)? guilty|\bplaidé coupable|\bguilty plea", re.I)
# "to plead guilty", "will plead guilty": a plea to come ("Un plaidoyer de culpabilité a été
# enregistré" was said of an audited Register page's "has agreed to plead guilty").
_PLEA_TO_COME = re.compile(r"\bplead guilty\b|\bplaider(?:a|ont)? coupable", re.I)
_PLEA_DONE = re.compile(r"\bplead(?:s|ed)\sguilty|\bpled guilty|\bguilty plea|\bplaidé coupable", re.I)
_CONVICTED = re.compile(r"\bconvicted|\bfound guilty|\breconnue?s? coupables?", re.I)


def court_step(charges: Iterable[str]) -> tuple[str, str, str]:
    """The label, key point and sentence for the charges' words: a guilty plea ("pleaded guilty")
    or a verdict ("convicted") is said as what it is, not as "inculpations"."""
    values = list(charges)
    said = " | ".join(values)  # values apart: "plead guilty plead guilty" held a "guilty plea"
    if any(_PLEA_TO_COME.search(v) for v in values) and not any(_PLEA_DONE.search(v) for v in values):
        return "Justice", "Plaidoyer de culpabilité annoncé.", "Un plaidoyer de culpabilité est annoncé."
    if _PLEA.search(said):
        return "Justice", "Plaidoyer de culpabilité.", "Un plaidoyer de culpabilité a été enregistré."
    if _CONVICTED.search(said):
        return "Justice", "Déclaration de culpabilité.", "Une déclaration de culpabilité a été prononcée."
    return "Poursuites", "Inculpations annoncées.", "Des inculpations ont été annoncées."


# An agency is said with its article in a sentence ("l'action implique police", "… implique FBI"
# were said): a common noun takes its own, a foreign one keeps its word in brackets; a name French
# says without one (Europol, Interpol) has none, nor has a name of no known gender.
_COMMON_AGENCIES = {
    "police": "la police",
    "gendarmerie": "la gendarmerie",
    "parquet": "le parquet",
    "politie": "la police ({})",
    "polizei": "la police ({})",
    "staatsanwaltschaft": "le parquet ({})",
}
_MASCULINE = {
    "fbi", "federal bureau of investigation", "department of justice", "justice department", "doj",
    "secret service", "cbi", "bka", "bundeskriminalamt", "lka", "landeskriminalamt", "treasury", "ncsc",
    "ofac", "fiod", "openbaar ministerie", "sbu", "computer crime unit", "c3n", "oclctic", "irs-ci", "fccu",
}  # fmt: skip
_FEMININE = {
    "nca", "national crime agency", "cisa", "guardia civil", "policía nacional", "garda", "zit",
    "metropolitan police", "met police", "royal canadian mounted police", "rcmp", "afp",
    "australian federal police", "cyberpolice",
}  # fmt: skip
_ELIDED = {
    "anssi",
    "office anti-cybercriminalité",
    "u.s. attorney's office",
    "hsi",
    "homeland security investigations",
}


# Agencies the news names in English, as French newspapers name them: "Services impliqués : police et
# Department of Justice (DOJ)", "l'action implique le Treasury", "la Australian Federal Police (AFP)"
# (audits 6 and 7, tune and train pages) read English in a French sentence. FBI, CISA, Europol and
# the like are said as written. The guard checks a briefing's names against the sources: a French
# name's capitals are the source's words ("Justice", "Sécurité" for "Security", "Trésor" for
# "Treasury", text/names.TRANSLATIONS) or none ("police fédérale australienne"); its acronym is
# said only when the article writes it, and an acronym written alone is said in a form that needs
# no other word of the source ("la NCA britannique").
@dataclass(frozen=True)
class _Agency:
    names: re.Pattern[str]  # the name as written, without a trailing "(ACRONYM)"
    article: str  # "le", "la", "l'"
    french: str  # without article: "département du Trésor américain"
    acronym: str = ""  # said in brackets when the article writes it
    alone: str = ""  # what the acronym written alone is said as, with its article ("" = as written)


def _names(pattern: str) -> re.Pattern[str]:
    # "the", "U.S." and "US" before a name are no part of it: "the U.S. Treasury Department".
    return re.compile(rf"(?:the\s)?(?:U\.?S\.?\s|US\s|United\sStates\s)?(?:{pattern})", re.I)


_AGENCIES = [
    _Agency(_names(r"Department\sof\sJustice|Justice\sDepartment"), "le",
            "ministère américain de la Justice", "DOJ"),
    _Agency(_names(r"(?:Department\sof\s(?:the\s)?)?Treasury(?:\sDepartment)?"), "le",
            "département du Trésor américain"),
    _Agency(re.compile(r"(?:the\s)?(?:HM|Her\sMajesty's|His\sMajesty's)\sTreasury", re.I), "le",
            "Trésor britannique"),
    _Agency(_names(r"Secret\sService"), "le", "Secret Service américain", "USSS",
            "le Secret Service américain (USSS)"),
    _Agency(re.compile(r"(?:the\s)?Australian\sFederal\sPolice", re.I), "la",
            "police fédérale australienne", "AFP", "la police fédérale australienne (AFP)"),
    _Agency(re.compile(r"(?:the\s)?(?:UK\s|U\.K\.\s|UK's\s|Britain's\s)?National\sCrime\sAgency", re.I), "l'",
            "agence nationale britannique de lutte contre la criminalité", "NCA", "la NCA britannique"),
    _Agency(_names(r"Federal\sTrade\sCommission"), "l'",
            "autorité américaine de protection des consommateurs", "FTC", "la FTC américaine"),
    _Agency(_names(r"Securities\sand\sExchange\sCommission"), "l'",
            "autorité américaine des marchés financiers", "SEC", "la SEC américaine"),
    _Agency(_names(r"Department\sof\sHomeland\sSecurity|Homeland\sSecurity\sDepartment"), "le",
            "département américain de la Sécurité intérieure", "DHS", "le DHS américain"),
    _Agency(_names(r"Homeland\sSecurity\sInvestigations"), "le",
            "service d'enquêtes de la Sécurité intérieure américaine", "HSI", "l'HSI américain"),
    _Agency(_names(r"(?:Treasury(?:\sDepartment)?'s\s)?Office\sof\sForeign\sAssets\sControl"), "l'",
            "office américain de contrôle des avoirs étrangers", "OFAC", "l'OFAC américain"),
    _Agency(_names(r"Internal\sRevenue\sService|IRS\sCriminal\sInvestigation|IRS-CI"), "le",
            "fisc américain", "IRS", "le fisc américain (IRS)"),
    _Agency(_names(r"Department\sof\sState|State\sDepartment"), "le", "département d'État américain"),
    _Agency(_names(r"Attorney's\sOffice"), "le", "parquet fédéral américain"),
    _Agency(_names(r"Federal\sCommunications\sCommission"), "le",
            "régulateur américain des télécommunications", "FCC", "la FCC américaine"),
    _Agency(_names(r"Cybersecurity\sand\sInfrastructure\sSecurity\sAgency"), "l'",
            "agence américaine de cybersécurité", "CISA", "la CISA"),
    _Agency(re.compile(r"(?:the\s)?Cyber\sSecurity\sAgency\sof\sSingapore", re.I), "l'",
            "agence de cybersécurité de Singapour", "CSA"),
    _Agency(re.compile(r"(?:the\s)?(?:(?:German\s)?Federal\sOffice\sfor\sInformation\sSecurity|"
                       r"Bundesamt\sfür\sSicherheit\sin\sder\sInformationstechnik)", re.I), "l'",
            "office fédéral allemand de la sécurité informatique", "BSI", "le BSI allemand"),
    _Agency(re.compile(r"(?:the\s)?Royal\sCanadian\sMounted\sPolice", re.I), "la",
            "gendarmerie royale du Canada", "RCMP", "la gendarmerie royale du Canada (RCMP)"),
    _Agency(re.compile(r"(?:the\s)?(?:UK's\s|UK\s)?Information\sCommissioner's\sOffice", re.I), "l'",
            "autorité britannique de protection des données", "ICO", "l'ICO britannique"),
    # French newspapers say "le FBI", never its full name; it is said so when the article writes both.
    _Agency(_names(r"Federal\sBureau\sof\sInvestigation"), "le", "FBI", "FBI"),
]  # fmt: skip
# The London police keeps the name it is known by: "la police londonienne (Metropolitan Police)".
_MET = re.compile(r"(?:the\s)?(?:London's\s)?(?P<name>Metropolitan\sPolice|Met\sPolice)(?:\sService)?", re.I)
_ACRONYM = re.compile(r"(?P<name>.+?)\s\((?P<short>[A-Z][A-Za-z-]{1,7})\)")


def _split_article(said: str) -> tuple[str, str]:
    """("l'", "ICO britannique") for "l'ICO britannique", ("la", "NCA britannique") for "la NCA …"."""
    if said.startswith("l'"):
        return "l'", said[2:]
    article, _, rest = said.partition(" ")
    return article, rest


def _in_french(name: str) -> tuple[str, str] | None:
    """(article, French name) of an agency the news names in English, or None."""
    name = " ".join(name.split())
    if met := _MET.fullmatch(name):
        return "la", f"police londonienne ({met.group('name')})"
    bracketed = _ACRONYM.fullmatch(name)
    full, short = (bracketed.group("name"), bracketed.group("short")) if bracketed else (name, "")
    for agency in _AGENCIES:
        if agency.acronym and full == agency.acronym and not short:  # "NCA" alone
            return _split_article(agency.alone) if agency.alone else None
        if agency.names.fullmatch(full):
            if agency.french == agency.acronym:  # "le FBI": only when the article writes "FBI"
                return (agency.article, agency.french) if short == agency.acronym else None
            written = f" ({short})" if short and short.upper() == agency.acronym.upper() else ""
            if short and not written:
                return None  # an acronym of something else: the name is left as written
            return agency.article, agency.french + written
    return None


def french_agency(name: str) -> str:
    """`name` as a French list says it: "ministère américain de la Justice (DOJ)" for "Department of
    Justice (DOJ)", "département du Trésor américain" for "Treasury"; any other name as written."""
    said = _in_french(name)
    return said[1] if said else name


def agency_name(name: str) -> str:
    """`name` as a French sentence says it: "la police" for "police", "le FBI", "Europol", "la police
    fédérale australienne (AFP)" for "Australian Federal Police (AFP)"."""
    if said := _in_french(name):
        article, french = said
        return f"{article}{french}" if article.endswith("'") else f"{article} {french}"
    key = re.sub(r"\s*\([^()]*\)$", "", name).casefold()  # "Federal Bureau of Investigation (FBI)"
    said_common = _COMMON_AGENCIES.get(key, "")
    if said_common:
        return said_common.format(name)
    if key in _MASCULINE:
        return f"le {name}"
    if key in _FEMININE:
        return f"la {name}"
    return f"l'{name}" if key in _ELIDED else name


def agency_after_de(name: str) -> str:
    """`name` after "de" ("auprès de la police londonienne", "du FBI"), or "" when it is no agency
    this module knows (it is then said as written)."""
    said = agency_name(name)
    if said == name:
        return ""
    if said.startswith("le "):
        return "du " + said[3:]
    if said.startswith("les "):
        return "des " + said[4:]
    return "de " + said


def complaint_place(target: str) -> str:
    """Where a complaint is filed, after "Dépôt de plainte": " auprès de la police londonienne
    (Metropolitan Police)" for an agency this module knows, " auprès de la police" as a French
    text writes it, " (Name)" for any other name, "" for none."""
    if target.startswith(("de ", "du ", "des ", "d'")):
        return f" auprès {target}"
    if said := agency_after_de(target):
        return f" auprès {said}"
    return f" ({target})" if target else ""


# A complaint filed is filed whatever else its sentence foretells: "filed a report with London's
# Metropolitan Police they hope will lead to charges" (tune, The Register) was "Une plainte sera
# déposée", the "will" of the hope read as the complaint's.
FILED = re.compile(
    r"\b(?:filed|lodged|submitted)\s(?:a\s)?(?:formal\s|police\s|criminal\s)?(?:complaint|report)\b|"
    r"\b(?:a|ont)\s(?:déjà\s)?(?:déposé|porté)\splainte\b",
    re.I,
)


# A prison term: "18 months", "2.5 years", and spelled out ("seven-and-a-half years" said only
# "Une condamnation a été prononcée" on an audited Register page).
_TERM = re.compile(
    # (a number with thousands' commas whole: "13,275 years" is no "13,2")
    r"\b([0-9]{1,3}(?:,[0-9]{3})+(?![0-9,])|"
    rf"[0-9]+(?:[.,][0-9]+)?|one|a|{_WORDS})(-and-a-half|\sand a half)?[\s-]"
    r"(years?|months?|ans|mois)\b(\sand a half)?",
    re.I,
)
# A term's whole part of more digits than this (commas aside) is no court's: 13,275 years is one.
_TERM_DIGITS = re.compile(r"^(?:\d,?){7}")
_TERM_UNITS = {"year": "an", "years": "ans", "month": "mois", "months": "mois", "ans": "ans", "mois": "mois"}


def prison_term(value: str) -> str:
    """The term a sentence fact gives, in French ("sept ans et demi", "18 mois", "2,5 ans"), or ""."""
    term = _TERM.search(value)
    if term is None:
        return ""
    number, half, unit = term.group(1).lower(), term.group(2), _TERM_UNITS.get(term.group(3).lower(), "")
    if _TERM_DIGITS.search(number):
        return ""  # past any term a court gives (a hostile page: forty digits were said as written)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):  # "13,275 years": thousands, not a decimal
        number = french_number(int(number.replace(",", "")))
    count = "un" if number in {"one", "a"} else french_count(number) or number.replace(".", ",")
    if count in {"un", "1"}:
        unit = {"ans": "an"}.get(unit, unit)
    elif unit == "an":
        unit = "ans"
    said = f"{count} {unit}" + (" et demi" if half or term.group(4) else "")
    # "sentenced to over three years in prison" (sixth audit, a two-outlet story) was "trois ans":
    # the bound the sentence gives is said.
    bound = _TERM_BOUND.search(value[: term.start()])
    if bound is not None:
        said = f"{_BOUNDS[bound.group(1).lower()]} {said}"
    # "two years and nine months" (sixth audit) was "deux ans": the months or days after the years
    # are part of the term ("deux ans et neuf mois", "un an et un jour").
    rest = _TERM_REST.match(value, term.end())
    if rest is not None and unit in {"an", "ans"} and not (half or term.group(4)):
        number = rest.group(1).lower()
        more = "un" if number in {"one", "a"} else french_count(number) or number
        kind = _REST_UNITS[rest.group(2).lower()]
        said += f" et {more} {kind if more not in {'un', '1'} else _SINGULAR.get(kind, kind)}"
    return said


_TERM_BOUND = re.compile(
    r"\b(over|more than|nearly|almost|up to|at least|plus de|près de|au moins|jusqu'à)\s$", re.I
)
_BOUNDS = {"over": "plus de", "more than": "plus de", "plus de": "plus de", "nearly": "près de"}
_BOUNDS |= {"almost": "près de", "près de": "près de", "up to": "jusqu'à", "jusqu'à": "jusqu'à"}
_BOUNDS |= {"at least": "au moins", "au moins": "au moins"}
_TERM_REST = re.compile(
    rf"(?:\s(?:in\s(?:prison|jail)|of\s(?:prison|imprisonment)|de\sprison))?,?\s(?:and|et)\s"
    rf"([0-9]{{1,3}}|one|a|{_WORDS})[\s-](months?|days?|mois|jours?)\b",
    re.I,
)
_REST_UNITS = {"month": "mois", "months": "mois", "mois": "mois", "day": "jours", "days": "jours"}
_REST_UNITS |= {"jour": "jours", "jours": "jours"}
_SINGULAR = {"jours": "jour"}


# A suspended term, said by the words around it in its sentence: "sentenced to 18 months' custody,
# suspended for two years" (fifth audit) was briefed as a prison term served. Read within
# SUSPENDED_REACH characters around the term, so that another person's sentence in the same sentence
# is not read as this one's.
SUSPENDED_REACH = 60
_SUSPENDED = re.compile(r"\bsuspended\b|\bsursis\b|auf Bewährung|\bvoorwaardelijk\w*", re.I)


def suspended(value: str, sentence: str) -> bool:
    """Is the term `value` said suspended in its `sentence`?"""
    at = sentence.find(value)
    if at < 0:
        return False
    around = sentence[max(0, at - SUSPENDED_REACH) : at + len(value) + SUSPENDED_REACH]
    return _SUSPENDED.search(around) is not None


# A term of probation, not of prison: "sentenced to two years probation" (seed-3339 sample, a Krebs
# page) was briefed "deux ans de prison". Only words right after the term say so, so that "five
# years in prison and two years' probation" keeps its prison term.
_PROBATION = re.compile(
    r"(?:['’]s?)?\s(?:of\s)?(?:(?:supervised\s)?probation|supervised\srelease|de\smise\sà\sl['’]épreuve|"
    r"de\ssursis\sprobatoire|proeftijd|Bewährungszeit)\b",
    re.I,
)


def probation(value: str) -> bool:
    """Is the term the sentence fact `value` gives a probation, not a prison term?"""
    term = _TERM.search(value)
    return term is not None and _PROBATION.match(value, term.end()) is not None
