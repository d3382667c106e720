"""A victim's sector from the words the article uses next to its name (labelling guide §5), one
kind per test, in English and French (with Dutch and German care words): persons the recogniser
does not tag, firms named after a person, descriptions opened by "one of", and care providers
described by what they do. The texts are fictional."""

from __future__ import annotations

import importlib

import pytest

from veilleur.models import Sector

# `veilleur.enrich` exports a function of the module's name: the module itself, by its path.
sectors = importlib.import_module("veilleur.enrich.victim_sectors")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a role right before the name, and "she" after it
        (
            "Maud Kervella",
            "For instance, Ohio-based radio producer Maud Kervella said she had paid a fake toll.",
        ),
        # a title right before the name
        (
            "Aurelio B. Castaneda",
            "Hackers published call logs of Vice President Aurelio B. Castaneda online.",
        ),
        # the surname alone later on
        (
            "Julie-Anne Kearnsby",
            "A case in point: Julie-Anne Kearnsby. Kearnsby complied and sent her passport.",
        ),
        ("Maud Kervella", "Des escrocs ont piégé Maud Kervella. Elle raconte que Kervella a tout perdu."),
        ("Aurelio Castaneda", "Les pirates ont publié les appels de M. Aurelio Castaneda, sénateur."),
    ],
)
def test_a_person_the_text_treats_as_one_is_an_individual(name: str, text: str) -> None:
    assert sectors.sector_of_victim(name, text, "", None, text) == [Sector.INDIVIDUALS]


@pytest.mark.parametrize(
    ("name", "text", "label"),
    [
        # the recogniser calls it a person; the text writes an attack on it, a firm's
        (
            "Odile Marchetti",
            "The breach echoes the recent Odile Marchetti attack on the cosmetics group.",
            "PERSON",
        ),
        ("Odile Marchetti", "Odile Marchetti's customers were told to change passwords.", "PERSON"),
        ("Odile Marchetti", "L'attaque rappelle l'incident Odile Marchetti Group de juin.", "PER"),
    ],
)
def test_a_firm_named_after_a_person_is_no_individual(name: str, text: str, label: str) -> None:
    assert Sector.INDIVIDUALS not in sectors.sector_of_victim(name, text, "", label, text)


@pytest.mark.parametrize(
    "name",
    ["National Public Data", "Yamaha Canada Music", "The Manipulaters"],
)
def test_words_and_articles_do_not_make_a_name_a_persons(name: str) -> None:
    # "Data" alone later on is a word, not a surname; "The X" is no person's name.
    text = f"{name} was breached. Data of millions leaked. The {name.split()[-1]} said nothing."
    assert not sectors.named_person(name, text, None)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Ascenda", "Ascenda, one of the largest nonprofit Catholic health systems in the US, was hit."),
        ("Vellmar", "Vellmar, l'un des principaux groupements hospitaliers du pays, a été piraté."),
        ("Medisafe", "Medisafe, an electronic prescription provider, suffered a ransomware attack."),
        ("Oncora", "Swedish radiation therapy maker Oncora was hit by ransomware."),
        ("Rivierdal", "Hackers troffen Rivierdal, een van de grootste kliniek-ketens van het land."),
        ("Sanomed", "Die Angreifer legten Sanomed lahm, eines der größten Medizinischen Versorgungszentren."),
        ("Les Tilleuls", "Les Tilleuls, un centre de soins de la région, a été touché par une cyberattaque."),
    ],
)
def test_care_providers_are_healthcare(name: str, text: str) -> None:
    assert sectors.sector_of_victim(name, text, "", "ORG", text)[:1] == [Sector.HEALTHCARE]


def test_an_exchange_of_goods_is_no_exchange() -> None:
    text = "Attackers demanded money from Brockwell Controls in exchange for the stolen files."
    assert Sector.FINANCIAL_SERVICES not in sectors.sector_of_victim(
        "Brockwell Controls", text, "", "ORG", text
    )


@pytest.mark.parametrize(
    ("title", "lead", "lang", "attackers"),
    [
        (
            "Zantrix confirms cyberattack by North Korean hackers",
            "Dutch payments firm Zantrix said North Korean hackers stole customer records.",
            "en",
            "KP",
        ),
        (
            "Russian ransomware group hits Zantrix",
            "A Russian ransomware group claimed the attack on Zantrix, a Dutch payments firm.",
            "en",
            "RU",
        ),
        (
            "Zantrix victime de pirates russes",
            "La société néerlandaise Zantrix a été piratée par un groupe russe, qui réclame une rançon.",
            "fr",
            "RU",
        ),
    ],
)
def test_the_attackers_country_is_never_the_victims(title: str, lead: str, lang: str, attackers: str) -> None:
    from veilleur.enrich import enrich
    from veilleur.models import Article

    url = "https://news.example/2026/02/zantrix"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=lead, lang=lang))
    victims = [v for v in intel.victims if v.name == "Zantrix"]
    assert victims, intel.victims
    assert attackers not in victims[0].countries
    assert victims[0].countries == ["NL"]  # the victim's own, which the page says
