"""A practice named after its medical speciality is healthcare (labelling guide §5: a clinic is
healthcare), in English, French, Dutch and German: gastroenterology, urology, neurology, gynaecology,
orthodontics, chiropractic… — words no other trade uses. The names and texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_sectors import name_sectors, sector_of_victim
from veilleur.models import Article, Sector


@pytest.mark.parametrize(
    "name",
    [
        "Brightwater Gastroenterology",
        "Ridgeview Urology Associates",
        "Harlow Neurology Group",
        "Centre de gynécologie Vauban",
        "Praxis für Neurologie Lindtal",
        "Maatschap Urologie Westerveld",
        "Kestrel Orthodontics",
        "Pinecrest Chiropractic",
        "Northfield Obstetrics",
    ],
)
def test_a_speciality_in_the_name_is_healthcare(name: str) -> None:
    assert name_sectors(name)[:1] == [Sector.HEALTHCARE]


def test_a_speciality_in_the_description_is_healthcare() -> None:
    text = "Hackers breached Corvane, a gastroenterology practice with six offices, in March."
    assert sector_of_victim("Corvane", text, "", None, text, True)[:1] == [Sector.HEALTHCARE]


def test_other_words_ending_alike_are_not_care() -> None:
    # (technology and geology are no medical field: the words are the specialities' own)
    assert Sector.HEALTHCARE not in name_sectors("Corvane Technology Group")
    assert Sector.HEALTHCARE not in name_sectors("Corvane Geology Services")


def test_a_practice_named_after_its_speciality_is_a_care_victim() -> None:
    # A name with a care word is held to the lower bar of care providers (victim_model.HEALTH_MARGIN)
    url = "https://news.example/2026/03/specialty"
    intel = enrich(
        Article(
            url=url,
            canonical_url=url,
            title="Ransomware gang adds another healthcare provider to its leak site",
            text="The gang's leak site now lists Ridgeview Urology Associates, which the criminals "
            "say they hit with ransomware last month.",
            lang="en",
        )
    )
    victims = {v.name: v for v in intel.victims}
    assert "Ridgeview Urology Associates" in victims
    assert victims["Ridgeview Urology Associates"].sectors[:1] == [Sector.HEALTHCARE]
