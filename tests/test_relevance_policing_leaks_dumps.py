"""Headlines whose subject is policing or immigration, or a film leaked before its release, are out
(the rights groups' and piracy's matters); a headline-only capture saying data was left open to anyone
or cards were dumped is in (fictional pages)."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

RIGHTS_TEXT = (
    "A coalition of civil society groups filed a brief on Monday asking the appeals court to rule that "
    "police need a warrant before searching the phones of people arrested at demonstrations. The groups "
    "say officers copied the full contents of dozens of devices, including messages, photos and location "
    "history, and kept the data for years. The city says the surveillance was lawful and that the "
    "searches helped identify suspects. The court will hear arguments next month."
)


@pytest.mark.parametrize(
    "title",
    [
        "Court Should Rule That Protest Arrests Do Not Justify Dragnet Phone Searches",
        "Stop Sharing Postal Records to Deport Immigrants",
        "The Hidden Cost of ALPR Mistakes",
    ],
)
def test_policing_and_immigration_as_the_headlines_subject_are_out(title: str) -> None:
    assert relevance_score(title, RIGHTS_TEXT, lang="en") < DEFAULT_MIN_RELEVANCE


def test_spyware_used_on_protesters_stays_in() -> None:
    title = "Spyware maker's implant found on protesters' phones"
    assert relevance_score(title, RIGHTS_TEXT, lang="en") >= DEFAULT_MIN_RELEVANCE


def test_a_film_leaked_before_its_release_is_piracys_matter() -> None:
    title = "Employee who leaked a studio's Blu-ray discs before release sentenced"
    text = (
        "A former warehouse worker was sentenced to three years for taking discs of an unreleased film "
        "and sharing copies online weeks before the release date. The studio said the leaked copies were "
        "downloaded hundreds of thousands of times and cost it box office sales."
    )
    assert relevance_score(title, text, lang="en") < DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Car dealer left customers' data up for grabs", "https://news.example.org/1/car-dealer-data"),
        ("Marketplace released one million payment cards for free", "https://news.example.org/2/marketplace"),
    ],
)
def test_a_headline_only_capture_of_open_data_or_dumped_cards_is_in(title: str, url: str) -> None:
    assert relevance_score(title, "", url=url) >= DEFAULT_MIN_RELEVANCE
