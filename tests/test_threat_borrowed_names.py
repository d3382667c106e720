"""Names that are no threat of their own (found on unlabelled pages, session 33): a person a phishing
campaign impersonates or whose story its lures tell, a researcher's surname and an impersonated
brand that a galaxy also lists, a headline's "New" or verb before a family, a family of another kind
under a ransomware brand's first word, a group's alias that a ransomware galaxy also holds, a family
introduced as "a ransomware called X", a campaign's name, an attribute ("MOIS-associated") and one
group under several vendors' names given respectively. Sentences are made up."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats
from veilleur.enrich.people import people_charged
from veilleur.enrich.threat_modifiers import without_modifiers


def _threats(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


def test_the_subject_of_a_lure_is_no_person_charged() -> None:
    text = (
        "Both lure files relate to Tavish Quorrel Vantongeren, a man wanted in the U.S. in connection "
        "with a disappearance. Vantongeren fled the country in 2003 and was charged with murder."
    )
    people = [p.name for p in people_charged("Officials targeted with a new backdoor", text, "en", set())]
    assert "Tavish Quorrel Vantongeren" not in people


def test_a_researchers_surname_is_no_family() -> None:
    text = '"The backdoor is managed through a Telegram bot," Acme researcher Alessandra Rizzo said of the malware.'
    assert "Rizzo" not in _threats(text)[1]


def test_an_impersonated_brand_is_no_family() -> None:
    text = (
        "The threat actors used malicious ads to impersonate well-known brands, including AnyDesk, "
        "WinSCP, BlackRock, and Asana, to deliver NetSupport RAT malware."
    )
    malware = _threats(text)[1]
    assert "BlackRock" not in malware
    assert "NetSupport RAT" in malware


def test_a_headlines_new_and_verb_are_no_part_of_the_name() -> None:
    assert without_modifiers("New Zorbex RAT") == "Zorbex RAT"
    assert without_modifiers("Expose Zorbex RAT") == "Zorbex RAT"


def test_a_stealer_under_a_ransomware_brands_first_word_is_no_gang() -> None:
    text = (
        "Styx Stealer Creator's Mistake Leaks Client List\nThe developer of Styx Stealer leaked data "
        "of the Styx Stealer customers, researchers said."
    )
    actors, malware = _threats(text)
    assert "Styx Stealer" not in actors
    assert "Styx Stealer" in malware


def test_a_groups_alias_held_by_a_ransomware_galaxy_is_the_group_only() -> None:
    text = (
        "Silent Ransom Group targeting law firms\nThe FBI warns that the Silent Ransom Group is "
        "targeting law firms with callback phishing emails and data extortion."
    )
    actors, malware = _threats(text)
    assert "Silent Ransom" in actors
    assert "Silent Ransom" not in malware


def test_a_ransomware_called_so_is_a_family_not_a_gang() -> None:
    text = (
        "RansomHub ransomware explained\nResearchers believe that RansomHub's origins can be traced "
        "back to an older ransomware called Knight. RansomHub ransomware gang has hit 200 victims."
    )
    actors, malware = _threats(text)
    assert "Knight" not in actors
    assert "Knight" in malware
    assert "RansomHub" in actors


def test_a_family_listed_before_a_kind_is_no_group() -> None:
    text = "The espionage actor redirected targets to execute Matanbuchus or CHILLYHELL malware."
    actors, malware = _threats(text)
    assert "Matanbuchus" not in actors
    assert "Matanbuchus" in malware


def test_the_attacks_a_group_was_behind_are_no_group() -> None:
    text = "The cybercrime group is believed to be the mastermind behind the BazarCall attacks last year."
    assert "BazarCall" not in _threats(text)[0]


def test_an_attribute_is_no_group() -> None:
    text = "The controllers give other MOIS-associated threat actors remote access to victim environments."
    assert "MOIS-associated" not in _threats(text)[0]


def test_one_group_under_vendors_names_given_respectively() -> None:
    text = (
        "Mandiant tracks the cluster as UNC1860, which shares overlaps with intrusion sets tracked by "
        "Microsoft and Cisco Talos as Storm-0861 (formerly DEV-0861) and ShroudedSnooper, respectively."
    )
    actors, _ = find_threats(text)
    names = [a.name for a in actors]
    assert "ShroudedSnooper" not in names
    merged = next(a for a in actors if a.name == "Storm-0861")
    assert "ShroudedSnooper" in merged.aliases
