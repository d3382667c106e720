"""A victim's country is said only when the page names it. Recognition gives a household name's
country from common knowledge when the page names none ("Reddit": États-Unis); said, it was no fact
of the source, and the guard removed the whole victim sentence and key point for it (21 of 190
unlabelled breach pages lost their victim so, 3 were refused). Fictional pages only."""

from __future__ import annotations

import pytest

from veilleur.brief.backend import BriefRequest
from veilleur.brief.writer import Writer
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.models import Article, Briefing


def _briefing(name: str, where: str) -> Briefing:
    title = f"{name} confirms data breach after hackers stole internal files"
    text = (
        f"{name} said on Monday that hackers broke into its internal systems and stole internal files, "
        f"according to a notice {where}{name} sent to its staff. The attackers accessed employee contact "
        "details and internal documents, the company said. An investigation is ongoing with outside "
        "forensic experts, and the company said customer passwords were not affected by the incident."
    )
    url = "https://www.gullnews.example/breach"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang="en")
    request = BriefRequest(article=article, intel=enrich(article), outlet="Gull News", url=url)
    outcome = Writer(BriefConfig()).write(request, f"{name}{where}")
    assert outcome.briefing is not None, outcome.report.rejected
    assert not outcome.report.removed, outcome.report.removed
    return outcome.briefing


def test_a_household_name_the_page_places_nowhere_keeps_its_victim_line() -> None:
    briefing = _briefing("Reddit", "")
    assert "États-Unis" not in briefing.summary + " ".join(p.text for p in briefing.key_points)
    assert briefing.summary.startswith("D'après Gull News, Reddit a été victime d'une fuite de données.")
    assert [p.text for p in briefing.key_points if p.label == "Victime"] == ["Reddit (technologie)."]


@pytest.mark.parametrize(
    ("where", "country"),
    [
        ("the Taiwanese PC maker ", "à Taïwan"),  # the page's own word for it, which the guard reads
        ("the company based in the United States, ", "aux États-Unis"),  # a country the page names
    ],
)
def test_a_country_the_page_names_is_said(where: str, country: str) -> None:
    name = "Acer" if "Taiwan" in where else "Reddit"
    briefing = _briefing(name, where)
    assert f"{name}, {country}, a été victime" in briefing.summary, briefing.summary
    assert any(p.label == "Victime" and p.text.endswith(f", {country}.") for p in briefing.key_points)
