"""A firm whose name ends in "Data" keeps it ("background check firm Pellum Data"), and a headline's
"Org" (an organisation, shortened) names no one. Fictional text."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_words import data_named
from veilleur.models import Article

URL = "https://echo.example/a"


def _victims(title: str, text: str) -> list[str]:
    intel = enrich(Article(url=URL, canonical_url=URL, title=title, text=text, lang="en"))
    return [v.name for v in intel.victims]


def test_a_name_ending_in_data_keeps_it() -> None:
    text = (
        "Researchers found a database of 40 million tenant screening records left without a password. "
        "The database was left open to anyone on the internet by background check firm Pellum Data. "
        "Pellum Data gathers public records to help landlords decide whom to rent to."
    )
    assert "Pellum Data" in _victims("40 million records leaked by tenant screening service", text)


def test_data_ends_a_name_only_in_sentence_case() -> None:
    sentence = "Attackers hit Pellum Data, a records broker"
    assert sentence[14 : data_named(sentence, 20)] == "Pellum Data"
    assert data_named("Acme Data Breach Hits Millions", 4) == 4  # (a Title Case headline's noun)
    assert data_named("Pellum data was stolen", 6) == 6


def test_a_headlines_org_is_no_name() -> None:
    text = (
        "A blood bank in the north of the country says attackers encrypted its systems and copied donor "
        "records. The organisation has notified the donors concerned."
    )
    assert "Org" not in _victims(
        "Ransomware attack at blood bank: Org tells donors their data's been stolen", text
    )
