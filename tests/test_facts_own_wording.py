"""Facts a briefing states must have their own wording on the page (session 33's reading of
briefings against their pages): a reported fact is no cancelled surgery, a first name no KEV
listing, a saint's school no country, a determiner no product's word, a warning's date no attack's."""

from __future__ import annotations

from veilleur.enrich.exploitation import states_exploitation
from veilleur.enrich.facts import attack_facts
from veilleur.enrich.geo import find_countries
from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.products import main_product
from veilleur.enrich.vulnerability import vulnerability_facts


def test_reported_is_no_postponed_surgery() -> None:
    text = (
        "The hospital group was named among the gang's victims. Researchers reported that the ransomware "
        "operation no longer supports its old encryptor."
    )
    assert "surgeries_cancelled" not in {i.kind for i in find_impacts(text)}
    # the French participle still says it
    assert "surgeries_cancelled" in {
        i.kind for i in find_impacts("À l'hôpital, les opérations ont été reportées.")
    }


def test_possible_theft_is_no_theft() -> None:
    text = "It can easily become part of a larger campaign, moving from phishing to eventually data exfiltration."
    assert "data_stolen" not in {i.kind for i in find_impacts(text)}


def test_a_tools_listed_capability_is_no_theft() -> None:
    text = "The trojan has many features, including keylogging, data exfiltration and screen capture."
    assert "data_stolen" not in {i.kind for i in find_impacts(text)}
    assert "data_stolen" not in {
        i.kind for i in find_impacts("Other work studied threats (e.g., data exfiltration).")
    }


def test_a_first_name_is_no_kev_listing() -> None:
    text = (
        "Examplesoft fixed 40 flaws this month. None of them has been exploited in the wild. "
        '"The bug looks nasty," Kev Smith, director of research at Exampleco, said.'
    )
    facts = vulnerability_facts("Examplesoft Fixes 40 Flaws", text, [])
    assert facts is not None and not facts.in_kev and facts.exploited is False
    assert states_exploitation("CISA added the flaw to its KEV catalog.")


def test_an_advisorys_hypothesis_is_no_exploitation() -> None:
    sentence = "An attacker who successfully exploited this vulnerability could gain SYSTEM privileges."
    assert not states_exploitation(sentence)


def test_a_place_opening_a_schools_name_is_no_country() -> None:
    text = "A teacher at the San Juan Bosco secondary school in Spain raised the alarm."
    assert find_countries(text) == ["ES"]
    assert "PR" in find_countries("The hackers hit a clinic in San Juan last week.")


def test_an_opening_determiner_is_no_part_of_a_product() -> None:
    title = "Attacks Could Have Been Staged Through This Examplesoft Cloud Gallery Vulnerability"
    text = "A critical flaw was found in Examplesoft Cloud Gallery, researchers said."
    found = main_product(title, [text], text)
    assert found is not None and found[1] is not None and not found[1].startswith("This")


def test_a_warnings_date_is_no_attacks_date() -> None:
    text = 'Examplepost warned customers that it was the target of a "major phishing attack" on June 28.'
    facts = attack_facts("Examplepost phishing", text)
    assert facts is None or not facts.when
    hit = attack_facts("Examplepost hit", "Examplepost was hit by a ransomware attack on June 28.")
    assert hit is not None and [f.value for f in hit.when] == ["on June 28"]
    said = attack_facts("", "The firm confirmed on August 25 that the outage was caused by an attack.")
    assert said is None or not said.when
    # a breach disclosed in April is dated by its disclosure, no statement following
    disclosed = attack_facts(
        "", "The case stems from a breach disclosed in April, when the firm admitted it."
    )
    assert disclosed is not None and [f.value for f in disclosed.when] == ["in April"]


def test_a_nicknames_quotes_are_no_speech() -> None:
    text = 'A criminal calling themselves "ExampleLeaks" over the weekend leaked data stolen in the breach.'
    facts = attack_facts("", text)
    assert facts is not None and [f.value for f in facts.when] == ["over the weekend"]


def test_a_place_before_a_possessive_keeps_its_country() -> None:
    assert find_countries("the University of Nevada Reno's Examplename School of Journalism") == ["US"]


def test_a_gangs_name_is_no_payment() -> None:
    assert not find_impacts("Examplegang: Pay2Key Ransomware Resurfaces with a New Profit Share")
    assert not find_impacts("The worm is used to drop ransomware payloads.")
    kinds = {i.kind for i in find_impacts("Data was leaked after non-payment of the ransom.")}
    assert "ransom_demanded" in kinds
