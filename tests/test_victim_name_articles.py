"""An article that opens a victim's name stays in it ("De Lijn", "Le Monde", "LA County"); an
article before a common noun is no part of the name ("la mairie de X", "le CHU de X"). The texts
and names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_full_names import with_own_article
from veilleur.models import Article


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # written capitalised where no sentence begins: the article is the name's
        (
            "Zwaluw",
            "De Zwaluw getroffen\nVervoerder De Zwaluw is getroffen door een cyberaanval.",
            "De Zwaluw",
        ),
        ("Courrier", "Les pirates visent le quotidien Le Courrier, qui a porté plainte.", "Le Courrier"),
        ("Oréline", "Hackers breached cosmetics maker L'Oréline last week.", "L'Oréline"),
        # only at a sentence's start: nothing tells
        ("Zwaluw", "De Zwaluw getroffen door cyberaanval\nDe Zwaluw meldt een storing.", "Zwaluw"),
        # in lower case before a common noun: not the name's
        (
            "CHU de Valbrune",
            "Le CHU de Valbrune a été piraté. Au CHU de Valbrune, tout est arrêté.",
            "CHU de Valbrune",
        ),
        # a longer word that starts with the name is another name
        ("Zwaluw", "Reisbureau De Zwaluwstaart is gehackt; Zwaluw ook.", "Zwaluw"),
    ],
)
def test_the_article_the_text_writes_as_part_of_a_name(name: str, text: str, expected: str) -> None:
    assert with_own_article(name, text) == expected


def _victim_names(title: str, text: str, lang: str) -> list[str]:
    url = "https://news.example/2026/04/attack"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang=lang))
    return [v.name for v in intel.victims]


@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (
            "Transit operator De Zwaluw hit by ransomware",
            "Dutch bus company De Zwaluw said on Monday that a ransomware attack disrupted its ticket "
            "machines. De Zwaluw runs buses in the east of the country.",
            "en",
            "De Zwaluw",
        ),
        (
            "Le Courrier de Valbrune victime d'une cyberattaque",
            "Le quotidien régional Le Courrier de Valbrune a été victime d'une cyberattaque, a indiqué "
            "sa direction. Les pirates ont chiffré les serveurs.",
            "fr",
            "Le Courrier de Valbrune",
        ),
        # "LA" in capitals is Los Angeles, no article
        (
            "Ransomware attack hits LA County agency",
            "A ransomware attack hit LA County's public works department on Tuesday, officials said. "
            "LA County said services were disrupted.",
            "en",
            "LA County",
        ),
    ],
)
def test_a_victim_keeps_the_article_of_its_name(title: str, text: str, lang: str, expected: str) -> None:
    assert expected in _victim_names(title, text, lang)


def test_an_article_before_a_common_noun_is_dropped() -> None:
    names = _victim_names(
        "La mairie de Valbrune victime d'une cyberattaque",
        "La mairie de Valbrune a été victime d'une cyberattaque par rançongiciel, a annoncé la commune.",
        "fr",
    )
    assert names and not names[0].casefold().startswith("la ")
