"""Wrong victims of session 36's attack sample (seed 3339): names a sentence writes as something
other than an organisation that was hit — the attackers' own noun, a malware named by its kind, a
part of a law's name, a town where an organisation is, words glued by a lost space, a product named
by its kind (a desktop, a server, ATMs). Each a kind of wording; the victim beside it is kept."""

from __future__ import annotations

from veilleur.enrich.victim_misreads import misread
from veilleur.enrich.victim_model import admissible, candidates


def _admitted(title: str, text: str) -> set[str]:
    return {c.name for c in candidates(title, text) if admissible(c)}


def test_the_attackers_noun_opening_a_sentence_is_no_victim() -> None:
    text = (
        "The online course site Velmora Academy has been hacked and user data was stolen. "
        "Hacktivists flooded the main chatroom with emojis as proof that they had breached the site."
    )
    found = _admitted("Velmora Academy breached, 80,000 users affected", text)
    assert "Hacktivists" not in found
    assert "Velmora Academy" in found
    assert misread("Pro-Russian Hackers", "Pro-Russian Hackers hit the port.")
    assert misread("Cybercriminelen", "Cybercriminelen eisen losgeld van de gemeente.")
    # (a name before the noun is no English word: not the attackers' common noun)
    assert not misread("Lapsus Hackers", "Lapsus Hackers posted the files.")


def test_a_malware_named_by_its_kind_is_no_victim() -> None:
    text = (
        "After gaining access, the gang steals sensitive data and deploys ransomware based on the "
        "Quorlix Locker source code leaked in 2021."
    )
    assert "Quorlix Locker" not in _admitted("Agencies warn about the Brenmoor Team gang", text)
    assert misread("Zelkor Stealer", "The Zelkor Stealer grabbed browser cookies.")
    # (a sentence calling it an organisation's name keeps it)
    assert not misread("Smart Locker", "Thieves breached the storage firm Smart Locker last week.")


def test_the_opening_of_a_laws_name_is_no_victim() -> None:
    text = (
        "The activist's lawsuit against Darvento Group can proceed on its claims under the Computer "
        "Fraud and Abuse Act, the judge ruled, after spyware was used to hack her phone."
    )
    assert "Computer Fraud" not in _admitted("Hacking lawsuit against spyware maker can proceed", text)
    assert misread("Data Protection", "It broke the Data Protection Act.")
    assert not misread("Velmora", "Velmora was breached, said the Act's authors.")


def test_the_town_where_an_organisation_is_is_no_victim() -> None:
    lead = (
        "A teacher at the San Orvel secondary school in the city of Granada is said to have raised the "
        "alarm after he found his account on the ministry platform had been compromised."
    )
    assert not _admitted("Hacker who changed exam grades is arrested", lead) & {"Granada", "City of Granada"}
    sentence = (
        "A teacher at the Orvel secondary school in the city of Marbeque found his account on the "
        "ministry platform had been compromised."
    )
    assert misread("Marbeque", sentence)
    assert misread("City of Marbeque", sentence)
    # (an attack in the city may be on the city)
    assert not misread("Marbeque", "A ransomware attack in the city of Marbeque shut its services.")
    assert misread("Lorvik", "Een school in de stad Lorvik werd getroffen door hackers.")


def test_words_glued_by_a_lost_space_are_no_victim() -> None:
    text = (
        "Fruit producer Dalvane has confirmed attackers behind itsFebruary ransomware attack accessed "
        "employee data."
    )
    found = _admitted("Fruit giant Dalvane reveals more about ransomware attack", text)
    assert "itsFebruary" not in found
    assert "Dalvane" in found


def test_a_product_named_by_its_kind_is_no_victim() -> None:
    text = (
        "The Zenlab team demoed a zero-day exploit chain and successfully hacked Quorix Desktop "
        "with a previously known exploit for $15,000."
    )
    assert "Quorix Desktop" not in _admitted("Hacks at the Brenmoor contest", text)


def test_a_parent_in_the_apposition_describing_the_victim_is_no_victim() -> None:
    text = (
        "The Office of the Vellmark Registrar (OVR), the Treasury Department bureau that oversees "
        "state lenders, said one of its email accounts was compromised, leading to data theft."
    )
    found = _admitted("Someone compromised a bank watchdog's email", text)
    assert "Treasury Department" not in found
    # (the organisation the apposition describes stays a candidate)
    assert misread("Orlin Freight", "Orlin Freight, a Velmora Group subsidiary, was hit by ransomware.") == ""
    assert misread("Velmora Group", "Orlin Freight, a Velmora Group subsidiary, was hit by ransomware.") == (
        "parent in an apposition"
    )


def test_a_programmes_rules_are_no_victim() -> None:
    text = (
        "The government stepped in to help hospitals hit by the Quorvex Health ransomware infection, "
        "offering more relaxed Medivale rules and urging advanced funding to providers."
    )
    found = _admitted("Government intervenes as Quorvex Health ransomware fiasco grows", text)
    assert "Medivale" not in found
    assert "Quorvex Health" in found


def test_a_project_someone_else_maintains_is_no_victim() -> None:
    text = (
        "Orvane Foundation, which maintains the open-source Trelix VSX project, said it has revoked a "
        "small number of tokens that were leaked within extensions published in the marketplace."
    )
    assert "Trelix VSX" not in _admitted(
        "Orvane Foundation Revokes Leaked Trelix VSX Tokens Following Audit", text
    )
