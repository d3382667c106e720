"""Healthcare victims and their sector and country, session 35: a health ministry's advisory names no
victim, nor does a sector's name; the owner of systems broken into is the victim, not its parent; a
known firm under its corporate name keeps its country; a city's services in Dutch, a German role
noun, a French hospital named by its town and by its own name. Every organisation and sentence is
fictional (the places and the US health department are real)."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.sector_words import known_country
from veilleur.enrich.victim_bounds import placed_by_town
from veilleur.enrich.victim_phrases import written_as_sector
from veilleur.enrich.victim_relations import relation_features
from veilleur.models import Article, Sector


def _article(title: str, text: str, lang: str = "en") -> Article:
    url = "https://news.example/2026/03/health"
    return Article(url=url, canonical_url=url, title=title, text=text, lang=lang)


def _victims(title: str, text: str, lang: str = "en") -> dict[str, tuple[list[Sector], list[str]]]:
    intel = enrich(_article(title, text, lang))
    return {v.name: (list(v.sectors), list(v.countries)) for v in intel.victims}


def test_a_health_ministry_that_warns_is_no_victim() -> None:
    victims = _victims(
        "HHS warns hospitals of a new ransomware crew",
        "The US Department of Health and Human Services warned healthcare organizations about a new "
        "ransomware group. Its coordination center said the crew targets hospitals. HHS urged providers "
        "to patch their VPN appliances.",
    )
    assert not [name for name in victims if "Health" in name or "Human Services" in name], victims


def test_a_sectors_name_is_no_victim() -> None:
    assert written_as_sector(
        "Healthcare and Public Health",
        "The crew was linked to ransomware incidents in the Healthcare and Public Health (HPH) sector.",
    )
    assert written_as_sector("Santé", "Les attaques visent le secteur de la Santé.")
    # a name written once as a sector's and once as an organisation's is read as an organisation
    assert not written_as_sector(
        "Norvale Health", "Norvale Health said the Norvale Health (NH) sector team was hit."
    )
    victims = _victims(
        "Ransomware crew hits Texas clinic",
        "Over the past months the gang has been linked to ransomware incidents in the Healthcare and "
        "Public Health (HPH) sector, encrypting servers. One of those attacks hit the Brimley Medical "
        "Center in Texas, which said patient records were stolen.",
    )
    assert not [name for name in victims if "Public Health" in name], victims


def test_the_owner_of_systems_broken_into_is_the_victim_not_its_parent() -> None:
    sentence = (
        "Cybercriminals broke into systems belonging to the UK's Carrow Clinical Staffing body in May 2024."
    )
    at = sentence.index("Carrow")
    assert "rel:object" in relation_features(sentence, at, at + len("Carrow Clinical Staffing"))
    # a parent owns the organisation, not what the attack hit
    sentence = "Carrow Clinical Staffing is a private organization owned by the Department of Care Staff."
    at = sentence.index("Department")
    assert "rel:asset" not in relation_features(sentence, at, len(sentence) - 1)
    sentence = "The attackers stole a database owned by the Department of Care Staff."
    at = sentence.index("Department")
    assert "rel:asset" in relation_features(sentence, at, len(sentence) - 1)  # what was hit: its owner's
    victims = _victims(
        "Hack at staffing arm kept quiet for a year",
        "Cybercriminals broke into systems belonging to the UK's Carrow Clinical Staffing body in May "
        "2024, stealing its directory database, but the organization never disclosed it.",
    )
    assert "Carrow Clinical Staffing" in victims, victims
    assert victims["Carrow Clinical Staffing"][0][:1] == [Sector.HEALTHCARE]
    assert victims["Carrow Clinical Staffing"][1] == ["GB"]


def test_a_known_firm_under_its_corporate_name_keeps_its_country() -> None:
    assert known_country("DISH Network") == "US"
    assert known_country("Sony Group") == "JP"
    assert known_country("Verizon Communications") == "US"
    assert known_country("Orange County") is None  # a place's unit, not the telco
    assert known_country("Vodafone Idea") is None  # another firm


def test_a_citys_services_in_dutch_are_the_city() -> None:
    victims = _victims(
        "Cyberaanval legt stadsdiensten van Antwerpen plat",
        "De stadsdiensten van Antwerpen zijn sinds maandag getroffen door een cyberaanval. De stad werkt "
        "met noodprocedures. Burgers kunnen geen documenten aanvragen.",
        "nl",
    )
    assert "Stad Antwerpen" in victims, victims
    assert victims["Stad Antwerpen"] == ([Sector.GOVERNMENT], ["BE"])


def test_a_german_role_noun_is_no_victim() -> None:
    victims = _victims(
        "Cyberangriff auf Klinikum Obertal",
        "Das Klinikum Obertal ist Ziel eines Cyberangriffs geworden. Die Notaufnahme wurde abgemeldet. "
        "Die Täter verlangen Lösegeld.",
        "de",
    )
    assert "Klinikum Obertal" in victims, victims
    assert "Ziel" not in victims


def test_a_hospital_named_by_its_town_and_by_its_name_is_one_victim() -> None:
    assert placed_by_town("Hôpital de Cannes", "Hôpital Simone-Veil de Cannes")
    assert not placed_by_town("Bank of Valmont", "Bank of Valmont Trust")  # another name after it
    assert not placed_by_town("Valmont de Cannes", "Valmont Santé de Cannes")  # no institution word
    victims = _victims(
        "Cyberattaque contre l'hôpital de Cannes",
        "L'hôpital Clarisse-Ferrand de Cannes a été touché par une cyberattaque par rançongiciel. Les "
        "opérations ont été reportées. L'établissement a déposé plainte.",
        "fr",
    )
    assert [name for name in victims if name.casefold().startswith("hôpital")] == [
        "Hôpital Clarisse-Ferrand de Cannes"
    ], victims


def test_a_place_in_a_relative_clause_of_the_subject_is_no_victim() -> None:
    # the sentence's subject owns "its" systems, not the town its apposition names; nor does a town
    # "around" which hospitals run read as described as a care provider
    victims = _victims(
        "Ransomware attack on Region Nordmark disrupts hospitals",
        "Region Nordmark, the Danish health authority that runs hospitals around Aarhus, said a "
        "ransomware attack disrupted its systems. The region said patient care continued.",
    )
    assert list(victims) == ["Region Nordmark"], victims
