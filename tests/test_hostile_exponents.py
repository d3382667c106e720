"""Numbers a hostile page or a typo writes past any real figure: an exponent ("$1e309"), a power
("10^400"), thirty digits. Each was read as another figure ("$1e309" as a ransom of "1 dollars",
"1e309 dollars" as "309 dollars") or stopped the briefing (a study's figure of thirty digits: babel
cannot write it to one decimal, and the article was never published). Fictional inputs only."""

from __future__ import annotations

import pytest

from veilleur.brief.writer import write_without_model
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.enrich.facts import _RANSOM
from veilleur.models import Article, BriefRequest

URL = "https://news.example/a"


def _ransom(sentence: str) -> str | None:
    found = _RANSOM.search(sentence)
    return None if found is None else (found.group("amount") or found.group("amount2")).strip()


@pytest.mark.parametrize(
    "sentence",
    [
        "Hackers demanded a ransom of $1e309.",
        "Hackers demanded a ransom of $1E+309 million.",
        "Hackers demanded a ransom of 1e309 dollars.",
        "The gang demanded 10^400 dollars in ransom.",
        "Hackers demanded a ransom of v12 dollars.",
    ],
)
def test_a_ransom_is_no_part_of_a_number(sentence: str) -> None:
    assert _ransom(sentence) is None


def test_the_usual_ransoms_are_still_read() -> None:
    assert _ransom("Hackers demanded a ransom of $5 million.") == "$5 million"
    assert _ransom("They paid a $2.5m ransom.") == "$2.5m"
    assert _ransom("They demanded a $50,000 ransom.") == "$50,000"
    assert _ransom("Les pirates réclament une rançon de 2 millions d'euros.") == "2 millions d'euros"


def _briefed(title: str, text: str) -> tuple[str, list[str]]:
    article = Article(url=URL, canonical_url=URL, title=title, text=text, lang="en")
    request = BriefRequest(article=article, intel=enrich(article), outlet="Fictive Daily", url=URL)
    outcome = write_without_model(BriefConfig(), request, "h")
    assert outcome.briefing is not None
    return outcome.briefing.summary, [point.text for point in outcome.briefing.key_points]


def test_a_ransom_written_with_an_exponent_states_no_sum() -> None:
    summary, points = _briefed(
        "Ransom of $1e309 demanded from Quillpage",
        "Hackers demanded a ransom from Quillpage Hospital, which was hit by ransomware on Monday.",
    )
    assert "1 dollars" not in summary and all("dollars" not in point for point in points)


def test_a_study_figure_past_any_count_is_not_stated_and_the_briefing_is_written() -> None:
    summary, _ = _briefed(
        "Report: ransomware attacks rose",
        "A new report by Quillsec found 1" + ",000" * 12 + " ransomware attacks last year, the study says.",
    )
    assert "999" not in summary
