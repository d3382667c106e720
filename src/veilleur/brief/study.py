"""A report's or a study's briefing: its figures, each with the sentence of the page that states it.

A year-end report, a survey or a study states no incident: no victim, impact or attack fact. The
facts backend had nothing to say of one but "Cyber Harbor Daily traite des attaques par
rançongiciel." under "Rançongiciel : article de Cyber Harbor Daily", though its lead gave the
numbers a reader wants (organisations named on leak sites, a rise in %). A page that calls itself a
report or a study (headline or lead) and states counts or percentages in its lead is briefed by
them: a heading that says it is a report, and the figures in French, each with what it counts as its
own sentence says it (brief/counted.py: "5 200 attaques par rançongiciel", "18 % des victimes"),
said as the report's ("…, selon Harbor Threat Lab"). A figure whose sentence names nothing it counts
is not stated ("Chiffres avancés : 5 200 et 18 %." said nothing). A page's sentence is quoted only
when it is French, as its own words («…», "Selon X :"): an English sentence in a French briefing
cannot be forwarded as is, and no translation is made without a model; it grounds the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from veilleur.brief.amounts import MAX_COUNT
from veilleur.brief.counted import counted
from veilleur.enrich.cves import normalise_cves
from veilleur.extract.lang import detect_language
from veilleur.models import Briefing, KeyPoint
from veilleur.text.french import capitalize, contract, french_number, join
from veilleur.text.sentences import split_sentences
from veilleur.text.study_words import study_kind_of

LEAD_SENTENCES = 6  # a report's figures that matter are in its lead
FIGURE_POINTS = 3
KEY_POINTS = 4
QUOTE_MAX_WORDS = 45
MIN_QUOTE_WORDS = 6
MIN_COUNT = 10  # "2 sectors", "March 3": not a study's figure; a percentage always is
# Who wrote it: "the year-end report of Harbor Threat Lab", "a study by Examplesoft", "selon le
# rapport annuel de X".
_AUTHOR = re.compile(
    r"(?:report|study|survey|research)\s(?:of|by|from)\s(?:the\s)?(?P<en>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,4})"
    r"|(?:rapport|étude|enquête|baromètre)(?:\s(?:annuel|annuelle|publiée?))?\s(?:de|du|d['’])\s?"
    r"(?P<article>l['’]|la\s|le\s)?(?P<fr>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,4})"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class Figure:
    figures: list[str]  # French-written ("5 200", "18 %")
    sentence: str  # the page's own sentence


@dataclass(frozen=True)
class Study:
    kind: str  # "Rapport", "Étude", "Enquête"
    noun: str  # "un rapport"
    author: str  # "" when the page names none
    figures: list[Figure]
    findings: list[str]  # the lead's other sentences, quoted too


def study_kind(title: str, text: str) -> tuple[str, str] | None:
    """("Rapport", "un rapport") when the headline or the lead's first two sentences call the
    page a report (a study, a survey); None otherwise."""
    return study_kind_of(title, "\n".join(split_sentences(text)[:2]))


def _french(text: str, values: frozenset[Fraction], english: bool) -> str | None:
    """A figure as French writes it, or None when it is no study's figure (a year, a small count)."""
    if not re.search(r"\d", text) or not values:
        return None
    percent = bool(re.search(r"%|cent", text, re.I))
    # "1,200" is 1200 in English and in a French "1.200"; a French "1,200" is 1.2.
    value = min(values) if not english and "," in text and " " not in text else max(values)
    if not percent and (_YEAR.match(text) or value < MIN_COUNT):
        return None
    if value >= MAX_COUNT:  # past any count a study makes (a hostile page): not stated, nor written
        return None  # (babel cannot write a number of 30 digits to one decimal: the briefing failed)
    written = french_number(float(value))
    return f"{written} %" if percent else written


def _figures(sentence: str, english: bool) -> tuple[list[str], bool]:
    """The sentence's figures said with what they count ("5 200 attaques par rançongiciel"), and
    whether it states any figure at all (counted or not)."""
    # The guard's own reading of numbers, so that what is stated is what it accepts; imported here,
    # as the guard's package imports the facts backend, which imports this module.
    from veilleur.brief.guard.numbers import find_numbers

    found, any_figure, cursor = [], False, 0
    for mention in find_numbers(sentence):
        at = sentence.find(mention.text, cursor)
        written = _french(mention.text, mention.values, english)
        if at < 0 or not written:
            continue
        any_figure, cursor = True, at + len(mention.text)
        found.append(counted(written, mention.text, sentence, at, english))
    return list(dict.fromkeys(f for f in found if f)), any_figure


def find_study(title: str, text: str, lang: str) -> Study | None:
    """The page's study and the figures its lead states; None when it is no report or states
    no figure."""
    kind = study_kind(title, text)
    if kind is None:
        return None
    english = lang != "fr"
    figures: list[Figure] = []
    findings: list[str] = []
    for sentence in [normalise_cves(s) for s in split_sentences(text)[:LEAD_SENTENCES]]:
        words = len(sentence.split())
        if not MIN_QUOTE_WORDS <= words <= QUOTE_MAX_WORDS or sentence[-1:] not in '.!?»"”':
            continue
        stated, any_figure = _figures(sentence, english)
        if stated and len(figures) < FIGURE_POINTS:
            figures.append(Figure(stated, sentence))
        elif not any_figure and not english:  # an English finding is not translated: not said
            findings.append(sentence)
    if not figures:
        return None
    author = _AUTHOR.search(f"{title}\n{text}")
    name = (author.group("en") or (author.group("article") or "") + author.group("fr")) if author else ""
    return Study(kind[0], kind[1], name or "", figures, findings)


def study_heading(study: Study, subject: str) -> str:
    """ "Rapport : chiffres des attaques par rançongiciel selon Harbor Threat Lab"."""
    by = f" selon {study.author}" if study.author else ""
    return f"{study.kind} : chiffres {subject}{by}"


def study_summary(study: Study, outlet: str, subject: str) -> list[str]:
    by = f" {contract('de', study.author)}" if study.author else ""
    stated = [f for figure in study.figures for f in figure.figures]
    return [
        f"{outlet} présente {study.noun}{by} qui traite {subject}.",
        f"Chiffres avancés : {join(list(dict.fromkeys(stated))[:6])}.",
    ]


def study_points(study: Study, outlet: str) -> list[tuple[str, str]]:
    """(label, text) key points: each sentence's figures in French, said as the report's, then a
    French lead's other findings quoted as its own words, figures first."""
    by = f"selon {study.author or outlet}"
    points = [("Chiffres", f"{capitalize(join(f.figures))}, {by}.") for f in study.figures]
    points += [("Constat", f"{capitalize(by)} : « {s} »") for s in study.findings]
    return points[:KEY_POINTS]


def as_study(briefing: Briefing, study: Study, outlet: str, subject: str) -> Briefing:
    """The facts backend's briefing of a report page, led by the report: its heading, a summary
    naming it and its figures, its figures and findings first among the key points (the
    "Source" filler dropped)."""
    quoted = [KeyPoint(label=label, text=text) for label, text in study_points(study, outlet)]
    # A fact the figures already state ("Ampleur : 12 400 domaines") is not said twice.
    stated = [f for figure in study.figures for f in figure.figures]
    others = [p for p in briefing.key_points if p.label != "Source" and not _repeats(p.text, stated)]
    summary = " ".join(study_summary(study, outlet, subject))
    # The facts' own summary opens with "X traite …", which the report's sentence says better.
    rest = briefing.summary.split(". ", 1)[1] if ". " in briefing.summary else ""
    rest = " ".join(s for s in re.split(r"(?<=\.) (?=[^\sa-z0-9])", rest) if s and not _repeats(s, stated))
    studied = briefing.model_copy(
        update={"heading": study_heading(study, subject), "summary": f"{summary} {rest}".strip()}
    )
    # Quotations (French pages only) must leave the briefing French (the guard refuses it
    # otherwise): the last ones go first, the first figures stay.
    while len(quoted) > 1 and detect_language(_sample(studied, [*quoted, *others])) != "fr":
        quoted.pop()
    return studied.model_copy(update={"key_points": [*quoted, *others]})


def _repeats(text: str, stated: list[str]) -> bool:
    # (the sentence splitter writes a narrow no-break space as a space)
    # A figure's number and its noun ("12 400 domaines") is what is repeated.
    flat = re.sub(r"\s", " ", text)
    heads = [re.search(r"\d[\d ,]*(?: %| \w+)", re.sub(r"\s", " ", figure)) for figure in stated]
    return any(head.group(0) in flat for head in heads if head)


def _sample(briefing: Briefing, points: list[KeyPoint]) -> str:
    """The briefing's texts in the order the guard reads their language."""
    texts = [briefing.heading, briefing.summary, *(p.text for p in points + briefing.recommendations)]
    return " ".join([*texts, *(v.text for v in briefing.vulnerabilities)])
