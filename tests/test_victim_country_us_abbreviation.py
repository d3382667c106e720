"""The abbreviation "US" without dots, in capitals, is the United States in a victim's own words ("US law firm X",
"Brightline US"), never the pronoun, a menu's "CONTACT US", a currency or an acronym it opens; and
the press's other words for attackers ("Iran's cyber-goons", "Chinese snoops") place the attackers,
not the victim (fictional names)."""

from __future__ import annotations

from veilleur.enrich.geo import abbreviation_positions
from veilleur.enrich.victim_country import attackers_countries, victim_countries


def test_a_us_description_before_the_name_is_the_victims_country() -> None:
    sentence = "Prominent US law firm Harlow Wexby disclosed a data breach"
    assert victim_countries("Harlow Wexby", "Prominent US law firm ", sentence, sentence) == ["US"]


def test_us_in_the_victims_name_is_its_country() -> None:
    sentence = "Brightline US confirmed that attackers reached its billing systems."
    assert victim_countries("Brightline US", "", sentence, sentence) == ["US"]


def test_the_pronoun_a_menu_a_currency_and_an_acronym_are_no_country() -> None:
    assert abbreviation_positions("Tell us more. CONTACT US today. FOLLOW US") == []
    assert (
        abbreviation_positions("a ransom of US$ 2 million, a US $3 million fee, 2 million US dollars") == []
    )
    assert abbreviation_positions("US-CERT warned of the flaw") == []
    assert abbreviation_positions("a US-based insurer") == [("US", 2)]


def test_the_press_words_for_attackers_place_them_not_the_victim() -> None:
    title = "Iran's cyber-goons leaked stolen Harlow Wexby files to reporters"
    assert victim_countries("Harlow Wexby", "", title, title) == []
    assert attackers_countries("Chinese snoops broke into Harlow Wexby's mail servers.") == {"CN"}
