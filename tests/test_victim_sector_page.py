"""A victim nothing describes and no described victim is listed with takes the sector the lead
names most, not technology by default (fictional text)."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.models import Article, Sector


def test_an_undescribed_member_of_a_newspaper_group_is_of_media() -> None:
    url = "https://news.example/2025/01/printing"
    title = "Ransomware attack stops the printing of regional newspapers"
    text = (
        "Several regional newspapers could not print their editions after a ransomware attack. "
        "The newspaper publisher said the attack hit its printing systems, and the newspapers "
        "appeared only online. Other affected companies under the group are Drucklinde and Ostwerk. "
        "A criminal group carried out the attack on Friday and left ransom notes."
    )
    victims = {
        v.name: v.sectors for v in enrich(Article(url=url, canonical_url=url, title=title, text=text)).victims
    }
    assert victims, "the listed members are read as victims"
    for name, sectors in victims.items():
        assert sectors == [Sector.MEDIA], name
