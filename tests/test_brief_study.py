"""A report's or a study's briefing states its figures, each with the sentence that states it;
fictional pages in English and French."""

from __future__ import annotations

from veilleur.brief.backend import BriefRequest
from veilleur.brief.facts import FactsBackend
from veilleur.brief.guard import guard_briefing
from veilleur.brief.study import find_study, study_kind
from veilleur.brief.writer import grounding_sources
from veilleur.enrich import enrich
from veilleur.models import Article, Briefing

EN_TITLE = "Examplesoft Labs annual report: phishing kits behind most credential theft"
EN_TEXT = (
    "Phishing kits sold on criminal forums were behind most credential theft this year, according to "
    "the annual report of Examplesoft Labs, a fictional research team.\n\n"
    "The report counts 12,400 phishing domains taken down, up 37% on last year, and 64% of them "
    "imitated a bank or a delivery company.\n\n"
    "Small businesses were the most frequent targets, the researchers say.\n\n"
    "The team advises organisations to adopt phishing-resistant authentication."
)
FR_TITLE = "Étude de l'Observatoire Fictif : les collectivités face aux rançongiciels"
FR_TEXT = (
    "Les collectivités locales restent une cible de choix des rançongiciels, selon l'étude annuelle de "
    "l'Observatoire Fictif, un organisme imaginaire.\n\n"
    "L'étude recense 1 240 attaques contre des communes, en hausse de 23 % sur un an, et 41 % des "
    "communes touchées n'avaient pas de sauvegarde hors ligne.\n\n"
    "Les petites communes sont les plus exposées, selon les auteurs.\n\n"
    "L'observatoire recommande de tester la restauration des sauvegardes."
)


def _request(title: str, text: str, lang: str) -> BriefRequest:
    article = Article(url="https://news.example/a", canonical_url="https://news.example/a", title=title,
                      text=text, lang=lang)  # fmt: skip
    return BriefRequest(article=article, intel=enrich(article), outlet="Fictive Wire", url=article.url)


def _briefed(title: str, text: str, lang: str) -> Briefing:
    request = _request(title, text, lang)
    briefing = FactsBackend().brief(request)
    guarded, report = guard_briefing(briefing, grounding_sources(request), request.urls, model=False)
    assert report.accepted and not report.removed, (report.rejected, report.removed)
    assert len(guarded.key_points) == len(briefing.key_points)
    return briefing


def test_an_english_report_states_its_figures_with_their_sentence() -> None:
    briefing = _briefed(EN_TITLE, EN_TEXT, "en")
    assert briefing.heading.startswith("Rapport : chiffres "), briefing.heading
    assert briefing.heading.endswith(" selon Examplesoft Labs"), briefing.heading
    assert "présente un rapport d'Examplesoft Labs qui traite" in briefing.summary, briefing.summary
    # A figure is said with what it counts, from its own sentence; "up 37%" and "64% of them" do
    # not say it: not stated.
    assert "Chiffres avancés : 12\u202f400 domaines d'hameçonnage neutralisés." in briefing.summary, (
        briefing.summary
    )
    figures = briefing.key_points[0]
    assert figures.label == "Chiffres"
    assert figures.text == "12\u202f400 domaines d'hameçonnage neutralisés, selon Examplesoft Labs.", (
        figures.text
    )
    assert "Source" not in {p.label for p in briefing.key_points}
    # No English sentence is quoted in the French briefing; the figure is not said twice.
    texts = [briefing.heading, briefing.summary, *(p.text for p in briefing.key_points)]
    assert not any("«" in t or "The report" in t or "researchers" in t for t in texts), texts
    assert briefing.summary.count("12\u202f400") == 1, briefing.summary


def test_a_french_study_states_its_figures_with_their_sentence() -> None:
    briefing = _briefed(FR_TITLE, FR_TEXT, "fr")
    assert briefing.heading.startswith("Étude : chiffres "), briefing.heading
    assert briefing.heading.endswith(" selon l'Observatoire Fictif"), briefing.heading
    assert "une étude de l'Observatoire Fictif qui" in briefing.summary, briefing.summary
    assert "Chiffres avancés : 1\u202f240 attaques et 41 % des communes." in briefing.summary
    figures = briefing.key_points[0]
    assert figures.label == "Chiffres"
    assert figures.text == "1\u202f240 attaques et 41 % des communes, selon l'Observatoire Fictif.", (
        figures.text
    )
    # A French page's finding is quoted as its own words, with whose they are.
    assert any(
        p.label == "Constat"
        and p.text.startswith("Selon l'Observatoire Fictif : « Les collectivités locales")
        for p in briefing.key_points
    ), briefing.key_points


def test_what_is_no_report_or_states_no_figure_is_left_alone() -> None:
    # An incident: a victim is named, the figures are the attack's.
    attack = _request(
        "Fictive Foods hit by ransomware",
        "Fictive Foods, a fictional food maker, was hit by a ransomware attack on Monday that encrypted "
        "1,200 servers and shut down production at two plants, the company said in a report to investors.",
        "en",
    )
    assert not FactsBackend().brief(attack).heading.startswith("Rapport")
    # A report stating no figure in its lead; a year is no figure.
    assert (
        find_study("Annual report on ransomware", "The report says gangs grew bolder in 2026.", "en") is None
    )
    assert study_kind("Fictive Foods reported a breach", "The company reported it on Monday.") is None
    assert study_kind("Survey: most firms lack backups", "") == ("Enquête", "une enquête")


def test_a_figure_is_stated_with_what_it_counts_or_not_at_all() -> None:
    text = (
        "More than 5,200 ransomware attacks were recorded last year, according to the annual report of "
        "Harbor Threat Lab, a fictional team.\n\n"
        "Some 18% of victims paid a ransom, and 2,300 of the incidents hit manufacturers in 41 countries.\n\n"
        "The lab tracked 9,800 across the period, up from 7,100."
    )
    study = find_study("Harbor Threat Lab annual report", text, "en")
    assert study is not None
    stated = [f for figure in study.figures for f in figure.figures]
    assert stated == ["plus de 5\u202f200 attaques par rançongiciel", "18 % des victimes", "41 pays"], stated
    # A sentence whose figures count nothing it names is neither stated nor quoted.
    assert all("9\u202f800" not in f and "7\u202f100" not in f for f in stated)
    assert study.findings == []


def test_a_place_named_state_of_is_no_report() -> None:
    # "the state of Fictiva's agency" is a place, not a "State of ..." report.
    assert (
        study_kind(
            "University body admits breach hit data of 80,000 people",
            "The state of Fictiva's higher education agency has confirmed that it was the victim of an attack "
            "affecting the data of 80,000 people.",
        )
        is None
    )
    assert study_kind("The State of Ransomware 2026", "") == ("Rapport", "un rapport")
