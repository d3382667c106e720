"""Agencies the news names in English are named in French in a French briefing (seventh audit of the
development briefings: "l'action implique la Australian Federal Police (AFP)", "Service impliqué :
Treasury", "le Secret Service", "Une plainte sera déposée (London's Metropolitan Police the)"), with
their gender and article, and the guard accepts what is said. Fictional pages only."""

from __future__ import annotations

import pytest

from veilleur.brief.arrests import agency_after_de, agency_name, french_agency
from veilleur.brief.guard import Guard
from veilleur.brief.record_facts import law_statements
from veilleur.brief.statements import response_statements
from veilleur.enrich.response import find_response
from veilleur.models import Fact, Intel, LawEnforcementFacts


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Treasury", "le département du Trésor américain"),
        ("U.S. Treasury Department", "le département du Trésor américain"),
        ("Secret Service", "le Secret Service américain"),
        ("Australian Federal Police (AFP)", "la police fédérale australienne (AFP)"),
        ("AFP", "la police fédérale australienne (AFP)"),
        (
            "National Crime Agency (NCA)",
            "l'agence nationale britannique de lutte contre la criminalité (NCA)",
        ),
        ("NCA", "la NCA britannique"),
        ("Federal Trade Commission", "l'autorité américaine de protection des consommateurs"),
        ("Securities and Exchange Commission (SEC)", "l'autorité américaine des marchés financiers (SEC)"),
        ("Department of Homeland Security (DHS)", "le département américain de la Sécurité intérieure (DHS)"),
        (
            "Office of Foreign Assets Control (OFAC)",
            "l'office américain de contrôle des avoirs étrangers (OFAC)",
        ),
        ("Cyber Security Agency of Singapore", "l'agence de cybersécurité de Singapour"),
        ("BSI", "le BSI allemand"),
        ("Federal Bureau of Investigation (FBI)", "le FBI"),
        ("Department of Justice (DOJ)", "le ministère américain de la Justice (DOJ)"),
        # Said as French newspapers write them.
        ("FBI", "le FBI"),
        ("CISA", "la CISA"),
        ("Europol", "Europol"),
        ("ANSSI", "l'ANSSI"),
        # An acronym of something else is no acronym of the agency: the name stays as written.
        ("Treasury (QFX)", "le Treasury (QFX)"),
    ],
)
def test_an_agency_named_in_english_is_said_in_french(name: str, said: str) -> None:
    assert agency_name(name) == said


def test_the_list_and_the_sentence_name_the_agencies_in_french_and_the_guard_accepts_them() -> None:
    source = (
        "The U.S. Treasury and the Secret Service seized 12 fictional Quillcoin wallets, and the "
        "Australian Federal Police (AFP) charged two Gullport men."
    )
    law = LawEnforcementFacts(
        charges=[Fact(value="charged", sentence=source)],
        agencies=[
            Fact(value=v, sentence=source)
            for v in ("Treasury", "Secret Service", "Australian Federal Police", "AFP")
        ],
    )
    statements = law_statements(Intel(relevant=True, relevance_score=1.0, law_enforcement=law), source)
    said = [(s.point, s.sentence) for s in statements if s.label == "Autorités"]
    assert said == [
        (
            "Services impliqués : département du Trésor américain, Secret Service américain et "
            "police fédérale australienne (AFP).",
            "L'action implique le département du Trésor américain, le Secret Service américain et "
            "la police fédérale australienne (AFP).",
        )
    ], said
    guard = Guard([source], [])
    assert not guard.problems(said[0][0]) and not guard.problems(said[0][1])


def test_a_complaint_filed_with_an_english_named_police_is_said_in_french() -> None:
    source = (
        "Three fictional Quillish campaigners filed a report with London's Metropolitan Police they "
        "hope will lead to charges against the spyware vendor."
    )
    intel = Intel(relevant=True, relevance_score=1.0, response=find_response(source))
    said = [s.sentence for s in response_statements(intel) if s.label == "Plainte"]
    assert said == ["Une plainte a été déposée auprès de la police londonienne (Metropolitan Police)."], said
    assert not Guard([source], []).problems(said[0])


def test_after_de_the_article_contracts() -> None:
    assert agency_after_de("Treasury") == "du département du Trésor américain"
    assert agency_after_de("NCA") == "de la NCA britannique"
    assert agency_after_de("ICO") == "de l'ICO britannique"
    assert agency_after_de("Quillbank") == ""
    assert french_agency("Quillbank") == "Quillbank"


def test_a_y_before_a_vowel_takes_no_elision() -> None:
    from veilleur.brief.facts import lure_statement
    from veilleur.models import Category
    from veilleur.text.french import elide

    source = "The fictional texts are impersonating YouTube to steal logins."
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.FRAUD_PHISHING)
    said = lure_statement(intel, source)
    assert said is not None and said.sentence == "L'identité de YouTube est usurpée.", said
    assert elide("Yahoo", "le") == "le Yahoo"
    assert elide("Ypres", "de") == "d'Ypres"  # a y before a consonant is a vowel
    assert elide("Ivanti", "de") == "d'Ivanti"


def test_a_lower_case_kind_word_after_a_threat_name_is_not_in_the_heading() -> None:
    from veilleur.brief.facts import heading
    from veilleur.models import Category, Named

    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.MALWARE_CAMPAIGN,
        malware=[Named(name=n, canonical=n) for n in ("Donutto loader", "Quillrat")],
    )
    assert heading(intel, "Fictional campaign drops Donutto", False, "Quill News") == (
        "Logiciel malveillant : Donutto"
    )
    intel = intel.model_copy(update={"malware": [Named(name="Fickle Stealer", canonical="Fickle Stealer")]})
    assert (
        heading(intel, "Fictional campaign", False, "Quill News") == "Logiciel malveillant : Fickle Stealer"
    )


def test_a_public_body_named_in_english_is_said_in_french_as_a_victim() -> None:
    from veilleur.brief.statements import victim_statements
    from veilleur.models import Category, Victim

    source = (
        "The City of Quillton, Gullwater County and the Ministry of Defence said the fictional "
        "Larkspur gang hit their networks."
    )
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.RANSOMWARE,
        victims=[Victim(name=n) for n in ("City of Quillton", "Gullwater County", "Ministry of Defence")],
    )
    said = victim_statements(intel)
    assert [s.point for s in said] == [
        "La ville de Quillton.",
        "Le comté de Gullwater et le ministère de la Défense.",
    ], said
    assert said[0].sentence == (
        "La ville de Quillton, le comté de Gullwater et le ministère de la Défense ont été victimes "
        "d'une attaque par rançongiciel."
    ), said
    guard = Guard([source], [])
    assert not any(guard.problems(s) for s in [said[0].point, said[1].point, said[0].sentence])


def test_a_title_cut_at_its_possessive_is_no_brand_impersonated() -> None:
    from veilleur.brief.lure import impersonated

    text = (
        "The callers were pretending to be from His Majesty’s Revenue and Customs (HMRC), the "
        "fictional Quillshire tax office. Other texts were impersonating Quillbank."
    )
    assert impersonated(text) == ["Quillbank"]


def test_a_public_body_named_in_english_heads_the_briefing_in_french() -> None:
    from veilleur.brief.facts import heading
    from veilleur.models import Category, Victim

    def headed(name: str) -> str:
        intel = Intel(
            relevant=True, relevance_score=1.0, category=Category.RANSOMWARE, victims=[Victim(name=name)]
        )
        return heading(intel, "Fictional ransomware attack", False, "Quill News")

    assert headed("City of Quillton") == "Rançongiciel : ville de Quillton"
    assert headed("University of Gullport") == "Rançongiciel : université de Gullport"
    assert headed("Ministry of Defence") == "Rançongiciel : ministère de la Défense"
    assert headed("Quillbank") == "Rançongiciel : Quillbank"
    source = "The City of Quillton, the University of Gullport and the Ministry of Defence were hit."
    for name in ("City of Quillton", "University of Gullport", "Ministry of Defence"):
        assert not Guard([source], []).problems(headed(name)), headed(name)


def test_a_name_written_in_lower_case_with_a_capital_keeps_its_spelling() -> None:
    """ "iiNet" opening a key point read "IiNet", another name (a real breach briefing's "Autres
    victimes : IiNet."); the sentence's other openings are capitalised as before."""
    from veilleur.brief.statements import victim_statements
    from veilleur.models import Category, Victim

    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.DATA_BREACH,
        victims=[Victim(name="zGull"), Victim(name="iiQuill")],
    )
    said = victim_statements(intel)
    assert [s.point for s in said] == ["zGull.", "iiQuill."], said
    assert said[0].sentence == "zGull et iiQuill ont été victimes d'une fuite de données.", said
    intel = intel.model_copy(update={"victims": [Victim(name="clinique Gullhaven")]})
    assert victim_statements(intel)[0].point == "La clinique Gullhaven."
