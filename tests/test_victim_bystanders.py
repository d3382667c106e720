"""Wrong victims of session 37's attack sample (seed 3340) and of the development parts: names a
sentence writes in a role beside the attack — the venue where stolen data was offered, someone
impersonated, the firm whose fault caused an outage, a game played, researchers' institution, a
customer describing a supplier, an acronym ending a product's name. Each a kind of wording, tested on
made-up sentences; the victim beside it is kept."""

from __future__ import annotations

from veilleur.enrich.victim_bystanders import bystander
from veilleur.enrich.victim_misreads import misread
from veilleur.enrich.victim_model import admissible, candidates


def _admitted(title: str, text: str) -> set[str]:
    return {c.name for c in candidates(title, text) if admissible(c)}


def test_the_venue_where_stolen_data_was_offered_is_no_victim() -> None:
    sentence = "Claims by criminals on LeakHaven are often false, but Trovik says they breached Quellmart."
    assert misread("LeakHaven", sentence)
    assert not misread("Quellmart", sentence)
    assert bystander("DumpYard", "The records were posted for sale on the hacking forum DumpYard.")
    assert bystander("Snaffle", "The former admin of the cybercrime community Snaffle will forfeit $700,000.")
    # (the venue itself breached, or a gang's own site written with its possessive, is kept)
    assert not bystander("Snaffle", "The hacking forum Snaffle was breached and its users leaked.")
    assert not bystander("Quellmart", "The gang posted the data on Quellmart’s leak site.")


def test_someone_impersonated_is_no_victim() -> None:
    title = "Crosswalks hacked to play fake audio of Marlo, Bexley Tran, and Jory Pellam"
    assert misread("Jory Pellam", title)
    assert misread("Marlo", title)
    assert bystander("Vantor Bank", "The emails were impersonating Vantor Bank and asked for codes.")
    assert not bystander("Vantor Bank", "Hackers breached Vantor Bank and stole customer data.")


def test_the_firm_whose_fault_caused_an_outage_is_no_victim() -> None:
    text = (
        "Friday's massive outage, caused by a mid-sized tech company called Grelmont, disrupted "
        "airlines, hospitals, and banks."
    )
    assert "Grelmont" not in _admitted("An outage and brittle markets", text)
    assert not bystander("Tessel Water", "The outage was caused by a ransomware attack on Tessel Water.")


def test_a_game_played_is_no_victim() -> None:
    assert misread("Siege of Varn", "Gamers hacked playing Siege of Varn: PC version taken offline")
    assert not bystander("Orvella Games", "Hackers breached Orvella Games, maker of Siege of Varn.")


def test_the_researchers_institution_is_no_victim() -> None:
    sentence = (
        "A group of Kessington University engineers who had been studying ransomware strains built a "
        "proof-of-concept ransomware attack for a research paper."
    )
    assert misread("Kessington University", sentence)
    # (researchers an attack acts on, or said to be hit, are kept)
    assert not bystander("Kessington University", "Phishers targeted Kessington University researchers.")
    assert not bystander("Kessington University", "Kessington University researchers were hacked.")
    assert not bystander("Kessington University", "Kessington University students’ data was stolen.")


def test_a_customer_describing_a_supplier_is_no_victim() -> None:
    sentence = (
        "Hackers released documents stolen from an IT services provider, which counts several agencies, "
        "including the Department of Harbours, amongst its customers."
    )
    assert misread("Department of Harbours", sentence)
    assert not bystander("Department of Harbours", "Hackers breached the Department of Harbours.")


def test_an_acronym_ending_a_products_name_is_no_victim() -> None:
    assert misread("MFT", "Clop ransomware is victimizing Wexaway MFT customers")
    assert misread("Wexaway MFT", "Clop ransomware is victimizing Wexaway MFT customers")
    assert misread(
        "Wexaway", "After the release of the Wexaway patch, the gang said it stole data from 130 firms."
    )
    assert not bystander("Wexaway", "Hackers breached Wexaway and stole its source code.")
    assert not bystander("Vantor PLC", "Clop ransomware is victimizing Vantor PLC customers")
    # (after an English word, or alone, an acronym may be the organisation)
    assert not bystander("NHS", "Hackers Breach NHS")
    assert not bystander("NHS", "The NHS was hit by ransomware.")


def test_a_named_asset_is_no_victim() -> None:
    sentence = "The Merrow-1 cable and Skarland Baltic Link submarine cable were also hit in November."
    assert misread("Skarland Baltic Link", sentence)
    assert not bystander("Skarland Telecom", "Skarland Telecom said its cable was cut by a ship.")


def test_a_named_vessel_is_no_victim() -> None:
    sentence = "Hackers stole secret files on a Russian nuclear submarine, the “Prince Valdor.”"
    assert misread("Prince Valdor", sentence)


def test_who_published_the_research_is_no_victim() -> None:
    sentence = (
        "Law firms have seen a surge in data breaches, according to new research from Docuvant, a firm "
        "that provides a cloud platform for the legal sector."
    )
    assert misread("Docuvant", sentence)
    assert not bystander("Docuvant", "Hackers stole research from Docuvant's servers.")
    assert not bystander("Docuvant", "A hacker stole data from Docuvant, the firm that sells archives.")
    assert not bystander("Docuvant", "A hacker stole research from Docuvant, the firm that sells archives.")


def test_the_victims_parent_or_founder_is_no_victim() -> None:
    sentence = "Chief of the school's parent company Harlen Education Trust said no ransom note came."
    assert misread("Harlen Education Trust", sentence)
    assert misread(
        "Brennick Chemical Company", "The credit union was founded by employees of Brennick Chemical Company."
    )
    assert not bystander(
        "Harlen Education Trust", "The parent company Harlen Education Trust was breached too."
    )
    both = "Coastal utility Marrowind Power and parent company Ostrava are facing a cyberattack."
    assert not bystander("Ostrava", both)


def test_a_shows_episode_is_no_victim() -> None:
    assert misread("Code S06E08", "Did the agency breach citizens' data? (Lock and Code S06E08)")
