"""One vocabulary says a page is a report, a study or a survey (`text/study_words.py`), read by the
priority on the headline only and by the report briefing on the headline and lead. Fictional
headlines and leads in English, French and German."""

from __future__ import annotations

import pytest

from veilleur.brief.study import study_kind
from veilleur.enrich.priority import _says_it_is_a_study
from veilleur.text.study_words import says_it_is_a_study, study_kind_of

LEAD = "The team counted 4,100 organisations named on leak sites, up 12% on last year."


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Fictive Lab survey: most firms lack offline backups", "Enquête"),
        ("Sondage : les PME face au rançongiciel", "Enquête"),
        ("Fictive Lab study finds phishing kits behind most credential theft", "Étude"),
        ("Étude de l'Observatoire Fictif sur les collectivités", "Étude"),
        ("Fictive Threat Lab annual report: ransomware leak sites", "Rapport"),
        ("Rapport annuel : les rançongiciels en hausse", "Rapport"),
        ("State of ransomware in 2031", "Rapport"),
        ("Lagebericht: mehr Angriffe auf Kommunen", "Rapport"),
        ("Ransomware in review: the year of the leak site", "Rapport"),
        ("Ransomware trends and insights from the first half", "Rapport"),
    ],
)
def test_both_scopes_read_a_headline_the_same(headline: str, kind: str) -> None:
    assert says_it_is_a_study(headline)
    assert _says_it_is_a_study(f"{headline}\n{LEAD}")  # the priority's scope: the headline
    found = study_kind_of(headline)
    assert found is not None and found[0] == kind
    assert study_kind(headline, LEAD) == found  # the briefing's scope: the headline and the lead


@pytest.mark.parametrize(
    "headline",
    [
        "Fictive Foods hit by ransomware",
        "Fictive Foods reported a breach to the regulator",
        "Case study: how Fictive Foods restored its servers",
        "L'hôpital de Valmont victime d'une cyberattaque",
        "Data breach at an agency of the state of Examplia exposes 800,000 records",
    ],
)
def test_an_event_headline_is_no_study(headline: str) -> None:
    assert not says_it_is_a_study(headline)
    assert study_kind(headline, "Fictive Foods said a ransomware attack encrypted its servers.") is None


def test_the_lead_names_a_report_for_the_briefing_only() -> None:
    headline = "Leak sites named 4,100 organisations this year"
    lead = "Ransomware gangs listed more victims than ever, according to the annual report of Fictive Lab."
    assert study_kind(headline, lead) == ("Rapport", "un rapport")
    assert not _says_it_is_a_study(f"{headline}\n{lead}")


@pytest.mark.parametrize(
    "lead",
    [
        "The intrusion gives insights into the gang's methods, and trends in its targets.",
        "L'attaque confirme les tendances observées depuis le début de l'année.",
    ],
)
def test_words_a_lead_uses_of_anything_make_no_report_there(lead: str) -> None:
    assert study_kind("Fictive Foods hit by ransomware", lead) is None
