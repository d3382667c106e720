"""A people's adjective before persons the text says hacked or were charged ("two British teens
hacked", "a Russian national was charged") places the attackers, not the victims (fictional text)."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_country import attackers_countries
from veilleur.models import Article


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A court heard that two British teens hacked and blackmailed several firms.", "GB"),
        ("A Russian national was charged with running the botnet.", "RU"),
        ("Three Spanish men arrested over the scheme were released on bail.", "ES"),
    ],
)
def test_people_who_hacked_or_were_charged_are_the_attackers(text: str, code: str) -> None:
    assert code in attackers_countries(text)


def test_people_who_were_scammed_are_not_attackers() -> None:
    assert attackers_countries("A Belgian woman was scammed out of her savings by fraudsters.") == set()


def test_the_attackers_nationality_is_not_the_victims_country() -> None:
    url = "https://news.example/2025/03/teens"
    title = "British teens accused of hacks against Quorvane"
    text = (
        "A London court has heard that two British teens hacked and blackmailed a series of companies. "
        "One of them is accused of hacking Quorvane last September and leaking its source code."
    )
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text))
    for victim in intel.victims:
        assert "GB" not in victim.countries, victim.name
