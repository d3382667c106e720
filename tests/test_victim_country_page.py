"""A victim's country from the page only when the page names one country besides the attackers'
(issue 11: a UK firm "en Russie", North Korea given to a spying page's victim): the victim is
found, with no country. Fictional text."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.models import Article

URL = "https://echo.example/a"


def _countries(title: str, text: str, lang: str) -> list[list[str]]:
    intel = enrich(Article(url=URL, canonical_url=URL, title=title, text=text, lang=lang))
    return [v.countries for v in intel.victims]


def test_a_second_country_on_the_page_is_not_the_victim_s() -> None:
    text = (
        "Brandmoor Services confirmed a ransomware attack that encrypted its file servers. "
        "The company said customer records were stolen. It restored its systems from backups. Separately, a bank in Russia was hit by an outage."
    )
    assert _countries("Brandmoor Services hit by ransomware attack", text, "en") == [[]]
    texte = (
        "Brandmoor Services a confirmé une attaque par rançongiciel qui a chiffré ses serveurs. "
        "Elle a restauré ses systèmes. Par ailleurs, une banque en Russie a subi une panne."
    )
    assert _countries("Brandmoor Services victime d'un rançongiciel", texte, "fr") == [[]]


def test_a_country_named_only_to_attribute_is_not_the_victim_s() -> None:
    text = (
        "Quellfirth Labs said attackers breached its network and stole research files. "
        "Investigators attributed the espionage campaign to a state-sponsored group tied to North Korea."
    )
    assert _countries("Quellfirth Labs breached in data theft", text, "en") == [[]]
    texte = (
        "Quellfirth Labs a annoncé que des attaquants ont piraté son réseau et volé des fichiers. "
        "Les enquêteurs attribuent cette campagne d'espionnage à la Corée du Nord."
    )
    # (a headline naming the victim as such: "… piraté, des données volées" gave no victim at all)
    assert _countries("Quellfirth Labs victime d'un vol de données", texte, "fr") == [[]]


def test_the_one_country_of_the_page_stays_the_victim_s() -> None:
    text = "Brandmoor Clinic was hit by a ransomware attack. The hospital in Belgium diverted emergencies."
    assert _countries("Brandmoor Clinic hit by ransomware attack", text, "en") == [["BE"]]
