"""Lists of organisations the sentence says were hit ("organisations have fallen foul of the gang,
including X"; "the schools published on its leak site include X, Y and Z"), a victim described in
three lower-case words, a place of several words owning the name, a listed victim past the lead
chosen with its own description's sector (fictional text)."""

from __future__ import annotations

from veilleur.enrich.sector_words import sectors_of
from veilleur.enrich.victim_model import candidates, choose, strong_rule
from veilleur.enrich.victim_sectors import sector_of_victim
from veilleur.enrich.victims import _clean, listed_victims
from veilleur.models import Sector


def test_organisations_said_to_be_hit_before_including_are_victims() -> None:
    sentence = (
        "A number of organisations have fallen foul of Nightjar, including Harwick Regional Clinic, "
        "a Nevada-based plumbing firm, and the town of Ellery."
    )
    assert listed_victims(sentence) == ["Harwick Regional Clinic"]


def test_the_institutions_of_a_leak_site_are_victims() -> None:
    sentence = (
        "The schools published on the gang's leak site last month include Brambleton Academy, "
        "Corwin College and Eastfield Polytechnic."
    )
    assert listed_victims(sentence) == ["Brambleton Academy", "Corwin College", "Eastfield Polytechnic"]


def test_organisations_named_with_no_word_of_harm_are_no_victims() -> None:
    # customers, partners and users of a product are listed the same way
    assert listed_victims("Companies that rely on the platform include Velotrix, Quorra and Dunmore.") == []
    assert listed_victims("Firms that joined the alliance this year include Velotrix and Quorra.") == []
    # the products a flaw affects: their makers are no victims
    flaw = "Companies known to use the affected product line include Velotrix, Quorra and Dunmore."
    assert listed_victims(flaw) == []


def test_a_victim_described_in_three_lower_case_words() -> None:
    sentence = (
        "Notable victims listed on its leak site include the regional grocery distribution firm "
        "Pellham, which disclosed an attack in March."
    )
    assert listed_victims(sentence) == ["Pellham"]


def test_a_place_of_several_words_owning_the_name_is_not_the_name() -> None:
    assert _clean("South Korea's Omnira Telecom") == "Omnira Telecom"
    assert _clean("Canada's Omnira Telecom") == "Omnira Telecom"  # one word, as before
    assert _clean("Omnira's Ledger Service") == "Omnira"  # an organisation owning it stays


def test_a_listed_victim_past_the_lead_is_chosen_whatever_its_score() -> None:
    filler = " ".join(f"Sentence {i} says nothing of note about the group today." for i in range(14))
    title = "Harrowgate ransomware: what you need to know"
    text = (
        f"{filler} Some of the more notable victims listed on its leak site include the grocery "
        "distribution firm Pellham, which disclosed an attack in March."
    )
    found = candidates(title, text)
    pellham = next(c for c in found if c.name == "Pellham")
    assert {"list:victims", "list:introduced"} <= pellham.features
    assert strong_rule(pellham)
    assert "Pellham" in [c.name for c in choose(found)]


def test_a_listed_victim_takes_its_own_description_not_the_previous_names() -> None:
    filler = " ".join(f"Sentence {i} says nothing of note about the group today." for i in range(14))
    title = "Orvane ransomware: what you need to know"
    text = (
        f"{filler} Orvane's high profile targets have in the past included tech manufacturer Brelcon, "
        "NHS vendor Quillstead, IT giant Marrowgate, and German autoparts company Tessaro."
    )
    found = {c.name: c for c in candidates(title, text)}
    assert found["Quillstead"].described_as.strip() == "NHS vendor"
    assert found["Tessaro"].described_as.strip() == "German autoparts company"


def test_a_vendor_named_after_its_customer_is_a_technology_firm() -> None:
    sentence = "Orvane hit NHS vendor Quillstead and payroll vendor Dunmore last year."
    assert sector_of_victim("Quillstead", sentence, "hit NHS vendor ", None, sentence) == [Sector.TECHNOLOGY]
    # "the vendor" of a flaw names no victim's trade
    assert sectors_of("The vendor released a patch on Tuesday.") == []


def test_a_distribution_firm_is_retail_unless_it_distributes_medicines() -> None:
    sentence = "The gang listed the food distribution firm Pellham on its leak site."
    assert sector_of_victim("Pellham", sentence, "the food distribution firm ", "ORG", sentence) == [
        Sector.RETAIL
    ]
    drugs = "The gang listed the pharma distribution firm Pellham on its leak site."
    assert sector_of_victim("Pellham", drugs, "the pharma distribution firm ", "ORG", drugs) == [
        Sector.HEALTHCARE
    ]


def test_companies_like_past_the_lead_are_no_sure_victims() -> None:
    filler = " ".join(f"Sentence {i} says nothing of note about the group today." for i in range(14))
    title = "Harrowgate hackers lure engineers with fake jobs"
    text = (
        f"{filler} Should the victim reply, they are sent to a fraudulent domain that mimics companies "
        "like Velotrix or Quorra Group."
    )
    velotrix = next(c for c in candidates(title, text) if c.name == "Velotrix")
    assert "list:victims" in velotrix.features  # weighed by the model, as before
    assert "list:introduced" not in velotrix.features
    assert not strong_rule(velotrix)
