"""How many arrests an arrest fact gives, in French: "quatre", "12", "une" for one; an agency's name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from veilleur.brief.patients import _WORDS, french_count

_ONE = {"one", "1", "un", "une", "één", "einen", "eine", "einer"}


def arrest_count(value: str) -> str:
    """The count an arrest fact gives, in French ("quatre", "12"), or ""."""
    first = re.match(r"\s*([\w,.-]+)", value)  # "1,200 people" is not "1"
    words = [first.group(1).rstrip(",.")] if first else []
    words += re.findall(
        r"\b(?:arrest(?:ed|s)?|detained|nab(?:s|bed)?|apprehended|interpellé\w*|arrêté\w*)\s(?:of\s)?([\w-]+)",
        value,
        re.I,
    )
    # One is "une" ("the arrest of one individual" said "Des arrestations", "1 suspect" "1 arrestations").
    return next((c for c in ("une" if w.lower() in _ONE else french_count(w) for w in words) if c), "")


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
    "secret service", "bka", "bundeskriminalamt", "lka", "landeskriminalamt", "treasury", "ncsc", "ofac",
    "fiod", "openbaar ministerie", "sbu", "computer crime unit", "c3n", "oclctic", "irs-ci", "fccu",
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


# The US Justice Department in French: "Services impliqués : police et Department of Justice (DOJ)"
# and "FBI et Department of Justice" (sixth audit, train and tune pages) read English in a French
# list. Its acronym is kept when the article gives it (the guard checks names against the sources).
_JUSTICE_DEPARTMENT = re.compile(
    r"(?:the\s)?(?:U\.?S\.?\s)?(?:Department of Justice|Justice Department)(?P<short>\s\(DOJ\))?", re.I
)
FRENCH_JUSTICE_DEPARTMENT = "ministère américain de la Justice"


def french_agency(name: str) -> str:
    """`name` as a French list says it: "ministère américain de la Justice (DOJ)" for "Department of
    Justice (DOJ)"; any other name as written."""
    match = _JUSTICE_DEPARTMENT.fullmatch(name.strip())
    if match is None:
        return name
    return FRENCH_JUSTICE_DEPARTMENT + (" (DOJ)" if match.group("short") else "")


def agency_name(name: str) -> str:
    """`name` as a French sentence says it: "la police" for "police", "le FBI", "Europol"."""
    if (french := french_agency(name)) != name:
        return f"le {french}"
    key = re.sub(r"\s*\([^()]*\)$", "", name).casefold()  # "Department of Justice (DOJ)"
    said = _COMMON_AGENCIES.get(key, "")
    if said:
        return said.format(name)
    if key in _MASCULINE:
        return f"le {name}"
    if key in _FEMININE:
        return f"la {name}"
    return f"l'{name}" if key in _ELIDED else name


# A prison term: "18 months", "2.5 years", and spelled out ("seven-and-a-half years" said only
# "Une condamnation a été prononcée" on an audited Register page).
_TERM = re.compile(
    rf"\b([0-9]+(?:[.,][0-9]+)?|one|a|{_WORDS})(-and-a-half|\sand a half)?[\s-]"
    r"(years?|months?|ans|mois)\b(\sand a half)?",
    re.I,
)
_TERM_UNITS = {"year": "an", "years": "ans", "month": "mois", "months": "mois", "ans": "ans", "mois": "mois"}


def prison_term(value: str) -> str:
    """The term a sentence fact gives, in French ("sept ans et demi", "18 mois", "2,5 ans"), or ""."""
    term = _TERM.search(value)
    if term is None:
        return ""
    number, half, unit = term.group(1).lower(), term.group(2), _TERM_UNITS.get(term.group(3).lower(), "")
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
