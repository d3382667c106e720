"""Police and court facts need their own wording (session 34, seed-3335 sample of law-enforcement
pages): an adjective, a price or a denial is no charge, an age, a year or the victims no arrest
count, a takedown of content or an aim no seizure; a cuffed suspect is arrested, a named agency
dismantles, a sentence may come after an apposition."""

from __future__ import annotations

import pytest

from veilleur.enrich.facts import law_enforcement_facts


def _facts(title: str, text: str = "") -> dict[str, list[str]]:
    facts = law_enforcement_facts(title, text)
    if facts is None:
        return {}
    return {
        kind: [f.value for f in getattr(facts, kind)]
        for kind in ("arrests", "charges", "sentences", "seizures", "agencies")
    }


@pytest.mark.parametrize(
    "text",
    [
        "A spate of politically charged hoax calls forced the FBI into action.",
        "The operators also charged the sellers a monthly fee for listings.",
        "The lawyer found no open cases or charges against him at that time.",
        "The FBI's 2024 indictment of another hacker showed the same tools.",
    ],
)
def test_no_charge(text: str) -> None:
    assert not _facts("", text).get("charges")


def test_a_charge_still_counts() -> None:
    assert _facts("", "Prosecutors charged the man with fraud.")["charges"]
    assert _facts("", "The court also found Petrov guilty of treason.")["charges"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Police announced the arrest of a 17-year-old male over the attack.", "17"),
        ("In the raids that began on March 3, 2024, one suspect was arrested in Lyon.", "2024"),
        (
            "The head of a ring responsible for defrauding hundreds of elderly people has been arrested.",
            "hundreds",
        ),
        (
            "Police have arrested a man suspected of being the hacker who broke into the portal in 2022 "
            "and leaked the contact details of 80,000 members.",
            "80,000",
        ),
    ],
)
def test_no_arrest_count(text: str, wrong: str) -> None:
    arrests = _facts("", text)["arrests"]
    assert arrests and not any(wrong in value for value in arrests)


def test_cuffed_is_arrested_and_its_agencies_act() -> None:
    facts = _facts(
        "Five suspects cuffed", "Officers of the National Crime Agency and the FBI cuffed the teen."
    )
    assert facts["arrests"][0] == "Five suspects"
    assert {"National Crime Agency", "FBI"} <= set(facts["agencies"])


def test_a_named_agency_dismantles_but_content_and_aims_are_no_seizure() -> None:
    assert _facts("", "The US Secret Service has dismantled a network of SIM farms.")["seizures"]
    removed = "The court granted an injunction, asking him to take down the images."
    assert not _facts("", removed).get("seizures")
    aim = "Treasury remains committed to using all available tools to disrupt the regime's schemes."
    assert not _facts("", aim).get("seizures")


def test_a_sentence_after_an_apposition() -> None:
    text = "A court has sentenced Ivan Petrov, the founder of a security firm, to 14 years in a maximum-security prison."
    assert _facts("", text)["sentences"] == ["14 years in a maximum-security prison"]


def test_a_capitalised_police_is_an_agency() -> None:
    assert "Police" in _facts("Singapore Police arrest six men")["agencies"]
    assert "Gendarmerie" in _facts("", "The first arrest was ordered by the French Gendarmerie.")["agencies"]


def test_nabbing_data_is_no_arrest_but_anchors_a_count() -> None:
    assert not _facts("Another employee gets caught nabbing data")
    text = "Interpol is back with another round of arrests via its operation, this time nabbing more than 5,500 people."
    assert _facts("", text)["arrests"][0] == "5,500 people"
    far = "Four men suspected of plotting to commit wire fraud and identity theft have been arrested."
    assert _facts("", far)["arrests"][0] == "Four men"
