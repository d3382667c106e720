"""Healthcare victims whose names other rules took for words or persons: a name opened by a place
of several words whose first is a stop word ("New York Blood Center"), a firm named after its trade
("Healthcare Services Group"), a firm the recogniser calls a person that a trigger rule reads as what
an attack hit. Every organisation and sentence is fictional (the places are real)."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_openings import institution_named
from veilleur.models import Article, Sector


def _article(title: str, text: str) -> Article:
    url = "https://news.example/2026/02/health"
    return Article(url=url, canonical_url=url, title=title, text=text, lang="en")


def test_a_place_opened_by_a_stop_word_opens_an_institution_name() -> None:
    # "New" opens headlines ("New ransomware strain…"), but "New Jersey" is a place
    assert institution_named("New Jersey Cardiac Institute".split())
    assert institution_named("New South Wales Renal Service".split())
    assert not institution_named("New Ransomware Strain".split())
    assert not institution_named("New Jersey".split())  # the place alone names no institution


def test_a_blood_bank_named_after_its_place_is_the_victim() -> None:
    intel = enrich(
        _article(
            "Ransomware attack at a blood bank: donors told their data was stolen",
            "The New Jersey Donor Blood Center suffered a ransomware attack in March, in which an "
            "unauthorized party copied files from its network. The center has begun notifying donors.",
        )
    )
    victims = {v.name: v for v in intel.victims}
    assert "New Jersey Donor Blood Center" in victims
    assert victims["New Jersey Donor Blood Center"].sectors[:1] == [Sector.HEALTHCARE]


def test_the_object_of_an_attack_is_no_quoted_person() -> None:
    # the recogniser calls "Synlora" a person, and the sentence "says": still the firm the attack hit
    intel = enrich(
        _article(
            "Ransomware attack on health service supplier led to delays in blood tests",
            "The health service says the ransomware attack on pathology services provider Synlora last "
            "year delayed thousands of blood tests.",
        )
    )
    victims = {v.name: v for v in intel.victims}
    assert "Synlora" in victims
    assert victims["Synlora"].sectors[:1] == [Sector.HEALTHCARE]


def test_a_person_quoted_beside_an_attack_stays_out() -> None:
    # (what the veto is for: the researcher who speaks is no victim)
    intel = enrich(
        _article(
            "Ransomware hits Velmora Logistics",
            "Velmora Logistics was hit by ransomware, researcher Anna Kowalczyk said on Monday.",
        )
    )
    assert "Anna Kowalczyk" not in [v.name for v in intel.victims]


def test_a_firm_named_after_its_trade_is_a_name() -> None:
    # "Healthcare" opens descriptions ("Healthcare giant X"), and firms' names ending as firms' do
    assert institution_named("Healthcare Staffing Group".split())
    assert not institution_named("Healthcare Staffing Crisis".split())
    intel = enrich(_article("Healthcare Staffing Group discloses data breach affecting 20,000 nurses", ""))
    victims = {v.name: v for v in intel.victims}
    assert "Healthcare Staffing Group" in victims
    assert victims["Healthcare Staffing Group"].sectors[:1] == [Sector.HEALTHCARE]


def test_a_trade_word_describing_a_named_firm_stays_a_description() -> None:
    intel = enrich(_article("Healthcare giant Velmora Group hit by ransomware", ""))
    assert [v.name for v in intel.victims] == ["Velmora Group"]
