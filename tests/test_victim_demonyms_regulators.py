"""Recognition faults seen in briefings of real pages (third audit): a people's everyday short name
("Aussie cops", "a Brit school") or a regulator's name cut after its "and" ("Exchange Commission" of
an SEC filing) read as the victim. Fictional pages (EN/FR)."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_words import agency, nationality
from veilleur.models import Article


def _victims(title: str, text: str, lang: str = "en") -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text * 2, lang=lang)
    return [v.name for v in enrich(article).victims]


@pytest.mark.parametrize("word", ["brit", "brits", "aussie", "aussies", "kiwi", "yank"])
def test_a_peoples_short_name_is_a_nationality(word: str) -> None:
    assert nationality(word, {})


@pytest.mark.parametrize("word", ["bristol", "kiwibank", "yankees stadium", "brittany"])
def test_names_that_only_start_like_one_are_not(word: str) -> None:
    assert not nationality(word, {})


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Hackers leak data from Brit school",
         "A ransomware gang leaked data stolen from a Brit school in Gullshire. Quillmoor Academy said the "
         "attackers encrypted its servers.", "en"),
        ("Des pirates publient les données d'une école brit",
         "Un gang de rançongiciel a publié des données volées à une école Brit. L'Académie Quillmoor a "
         "indiqué que les attaquants avaient chiffré ses serveurs.", "fr"),
        ("Aussie cops probe ransomware attack on Quillon Freight",
         "Aussie cops are investigating a ransomware attack on Quillon Freight. The attackers encrypted "
         "its servers and stole data.", "en"),
    ],
)  # fmt: skip
def test_a_demonym_is_never_the_victim(title: str, text: str, lang: str) -> None:
    assert not {"Brit", "Aussie"} & set(_victims(title, text, lang))


@pytest.mark.parametrize("name", ["exchange commission", "infrastructure security agency"])
def test_an_agencys_name_after_its_and_is_the_agency(name: str) -> None:
    assert agency(name)


def test_a_filings_regulator_is_not_the_victim_the_filer_is() -> None:
    text = (
        "Quillon Corp disclosed a ransomware attack in a filing with the Securities and Exchange "
        "Commission. The company said the attackers encrypted some systems and stole data. The Exchange "
        "Commission filing says the attack was detected on Monday. "
    )
    victims = _victims("Quillon Corp discloses ransomware attack in SEC filing", text)
    assert "Quillon Corp" in victims and "Exchange Commission" not in victims


def test_a_regulators_filing_in_french_names_the_filer() -> None:
    text = (
        "Quillon Corp a révélé une attaque par rançongiciel dans un document déposé auprès de la "
        "Securities and Exchange Commission. Les attaquants ont chiffré des systèmes. Selon le document "
        "remis à l'Exchange Commission, l'attaque a été détectée lundi. "
    )
    victims = _victims("Quillon Corp victime d'un rançongiciel", text, "fr")
    assert "Exchange Commission" not in victims
