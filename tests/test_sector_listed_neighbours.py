"""A listed victim's sector is read from its own words, not from the names listed before it: the
forty characters before a name ("include Kempen School, Brunswell Hospital Center and ") hold the
list's other names, whose head nouns are theirs. The texts are fictional."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_descriptions import own_description
from veilleur.models import Article, Sector


def test_a_listed_victim_does_not_take_the_previous_names_sector() -> None:
    url = "https://news.example/2026/05/leak-site"
    intel = enrich(
        Article(
            url=url,
            canonical_url=url,
            title="New ransomware gang posts first victims",
            text="A new ransomware gang has launched a leak site. The organisations listed on the leak site "
            "include Kempen School, Brunswell Hospital Center and Valbrune Logistics. The gang demands "
            "payment in bitcoin.",
            lang="en",
        )
    )
    sectors = {v.name: v.sectors for v in intel.victims}
    assert sectors["Valbrune Logistics"] == [Sector.TRANSPORTATION], sectors
    assert sectors["Brunswell Hospital Center"] == [Sector.HEALTHCARE], sectors


def test_the_own_description_stops_at_the_lists_separators() -> None:
    assert own_description("n School, Brunswell Hospital Center and ") == ""
    assert own_description("(7.1GB); Malaysian pharma firm ").strip() == "Malaysian pharma firm"
    assert own_description("the gang said it hacked ") == ""
