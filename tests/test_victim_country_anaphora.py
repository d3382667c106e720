"""Where the sentences right after a victim's name say "the company" (or "The Network" of "…
Health Network") is based, and a place's "-owned" form, give the victim's country; the gang's
"group" does not (fictional names and text)."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.geo import country_positions
from veilleur.enrich.victim_anaphora import anaphora_countries
from veilleur.models import Article


def _victims(title: str, text: str) -> dict[str, list[str]]:
    url = "https://news.example/2026/12/case"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text))
    return {victim.name: victim.countries for victim in intel.victims}


def test_the_name_s_last_word_says_where_it_is_based() -> None:
    victims = _victims(
        "Ransomware gang targets another healthcare facility",
        "In a statement, Quorvane Valley Health Network said it had been the target of a cyberattack "
        "by a ransomware gang known as Zarvex. The Network is made up of 13 hospital campuses and is "
        "based in Pennsylvania. Zarvex has been associated with Russia.",
    )
    assert victims == {"Quorvane Valley Health Network": ["US"]}


def test_the_organization_which_is_owned_from_a_place() -> None:
    victims = _victims(
        "Healthcare giant Quorvane Group shuts down IT systems after attack",
        "The Quorvane Group, which runs 100 hospitals, shut down its network after crims broke in. "
        "The organization, which is Swiss-owned, said miscreants penetrated its IT systems.",
    )
    assert victims == {"Quorvane Group": ["CH"]}


def test_a_place_s_owned_form_names_the_place() -> None:
    assert [code for code, _ in country_positions("the Swiss-owned Quorvane")] == ["CH"]


def test_the_gang_s_group_is_not_the_victim() -> None:
    text = "The Quorvane Group was hit by the Zarvex gang. The group is based in Russia, researchers say."
    assert anaphora_countries("Quorvane Group", text) == []


def test_a_description_after_the_sentence_s_end_is_read_no_further() -> None:
    text = "Quorvane Labs was breached. The company said so. Hackers based in Iran were blamed."
    assert anaphora_countries("Quorvane Labs", text) == []
