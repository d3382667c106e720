"""A victim's country from the shapes the press writes it in (fictional text): what the text says
the victim is right after its name ("X, a care provider in the US", "X Inc. is an American
carrier", "X in the UK"), a place "-based" before it, the United Kingdom's other names and nations,
the provinces and largest cities of other countries, the AP's state abbreviations; never where a
suspect was extradited from, a regulator's country, nor a place the attackers took data from."""

from __future__ import annotations

import pytest

from veilleur.enrich.geo import country_positions
from veilleur.enrich.victim_country import attackers_place, victim_countries


def _countries(name: str, text: str, described_as: str = "") -> list[str]:
    sentence = next(s for s in text.split(". ") if name in s)
    return victim_countries(name, described_as, sentence, text)


@pytest.mark.parametrize(
    ("name", "text", "country"),
    [
        # an apposition whose place is a bare "US"
        (
            "Marrow Creek Health",
            "One of the gang's victims was Marrow Creek Health (MCH), a regional clinic operator in the US. "
            "It filed a notice with regulators.",
            "US",
        ),
        # "one of the largest … groups in X": the victim's own noun is no attackers' word
        (
            "Ostrander Care Network",
            "Ostrander Care Network, one of the largest primary care groups in Ohio, found the intrusion.",
            "US",
        ),
        # a copula's complement, after a legal form
        (
            "Pellucid Wireless",
            "Pellucid Wireless Inc. is an American prepaid phone carrier owned by a larger group.",
            "US",
        ),
        # an AP state abbreviation closing the apposition
        (
            "Quillmoor Health",
            "Records were stolen from Quillmoor Health, an insurer based in Fresno, Calif. The firm said.",
            "US",
        ),
        # where the victim is, right after it (a headline)
        (
            "Brindle Memorial Hospital",
            "Gang claims the hack of the Brindle Memorial Hospital in the US",
            "US",
        ),
    ],
)
def test_what_the_text_says_right_after_the_name(name: str, text: str, country: str) -> None:
    assert _countries(name, text) == [country]


def test_a_place_in_the_apposition_that_describes_another_firm_is_not_the_victims() -> None:
    text = "Tessaly Foods, a subsidiary of German retailer Norber, was hit by ransomware."
    assert _countries("Tessaly Foods", text) == []


def test_the_attackers_place_in_the_apposition_is_not_the_victims() -> None:
    text = "Tessaly Foods, a firm hit by hackers based in Russia, restored its systems."
    assert _countries("Tessaly Foods", text) == []


def test_a_place_stated_after_the_name_wins_over_a_namesake_inside_it() -> None:
    text = "San Juan Valley School District in California was hit by ransomware last week."
    assert _countries("San Juan Valley School District", text) == ["US"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a Ukraine-based studio", "UA"),
        ("the Texas-headquartered lender", "US"),
        ("Britain's largest retailer", "GB"),
        ("a Scottish council and a council in Wales", "GB"),
        ("the Northern Ireland health trust", "GB"),
        ("Glasgow City Council", "GB"),
        ("Toronto District School Board", "CA"),
        ("a Queensland hospital", "AU"),
        ("Varex Italia", "IT"),
        ("based in Dayton, Tenn.", "US"),
    ],
)
def test_places_the_press_names_without_the_country(text: str, code: str) -> None:
    assert code in [found for found, _ in country_positions(text)]


def test_a_hyphen_still_joins_two_places_or_a_place_and_its_attackers() -> None:
    assert country_positions("the Russia-Ukraine war") == []
    assert country_positions("China-linked operators") == []


def test_the_british_press_short_word_for_a_briton() -> None:
    text = "Brit telco Hallam Networks says a cyber incident took its portal offline."
    assert _countries("Hallam Networks", text, "Brit telco ") == ["GB"]


def test_where_a_suspect_was_extradited_from_is_not_the_victims_country() -> None:
    text = (
        "Korean police announced the extradition from Thailand of a suspect who stole shares from "
        "celebrities, including singer Min Haejin."
    )
    assert _countries("Min Haejin", text, "celebrities, including singer ") == []


def test_a_regulators_country_is_not_the_fined_firms() -> None:
    text = "The Irish Data Protection Commission fined Nimbus Social 200 million euros."
    assert _countries("Nimbus Social", text, "The Irish Data Protection Commission fined ") == []


def test_where_the_attackers_took_data_from_is_the_victims_place_not_theirs() -> None:
    text = "The ransomware group announced that it had stolen data from London-headquartered Parr & Vane."
    assert not attackers_place(text, text.index("London"))
