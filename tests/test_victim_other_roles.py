"""A name its sentence gives another role than the victim's is left out when victims are chosen:
a supplier's clients, an agency's own inquiry, a thing someone owns, a word of a sentence shouted
in capitals; a Title Case headline's run read by a trigger rule is a headline's words; a count
before a name, a product's kind after it, are no part of a victim. Every sentence is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_choice import not_chosen
from veilleur.enrich.victim_features import Candidate, _clean, is_title_case
from veilleur.enrich.victim_model import candidates, choose


def _candidate(name: str, sentence: str, *features: str) -> Candidate:
    return Candidate(name, sentence, "", "ORG", {"ent:ORG", "lang:en", "T:attack", *features})


def test_the_clients_of_a_supplier_are_not_chosen() -> None:
    sentence = "Brevlon Crypto, the encryption provider for Quillmar and Tavenor, leaked data for a year"
    assert not_chosen(_candidate("Quillmar", sentence))
    assert not_chosen(_candidate("Tavenor", sentence))
    assert not not_chosen(_candidate("Brevlon Crypto", sentence))
    listed = "Hackers hit Ostmere, an IT supplier to Pellory, Dunwick and Harrowgate Council."
    assert not_chosen(_candidate("Harrowgate Council", listed))


def test_an_agency_named_with_its_own_inquiry_is_not_chosen() -> None:
    sentence = "Carrowtel will pay $9 million to settle FCC data breach investigation"
    assert not_chosen(_candidate("FCC", sentence, "known:reporter"))
    # A firm named before "investigation" is the one whose breach it is.
    firm = "Carrowtel data breach investigation finds 2 million records taken"
    assert not not_chosen(_candidate("Carrowtel", firm))


def test_a_thing_someone_owns_is_not_chosen() -> None:
    sentence = "A teenager hacked into his High School's computer system to change his grades."
    assert not_chosen(_candidate("High School", sentence, "count:1"))
    vpn = 'A source told us, "The Orbiton hack was their Pellex gateway getting popped."'
    assert not_chosen(_candidate("Pellex", vpn, "count:1"))
    # Named again elsewhere in the text: left to the model.
    assert not not_chosen(_candidate("Pellex", vpn, "count:2"))


def test_a_word_of_a_shouted_sentence_is_not_chosen() -> None:
    assert not_chosen(_candidate("PLAYING SKYFALL", "I JUST GOT HACKED PLAYING SKYFALL!", "count:1"))
    assert not not_chosen(_candidate("Orbiton", "Hackers breached Orbiton, the firm said.", "count:1"))


def test_a_brand_spelt_from_a_lower_case_letter_keeps_a_title_case_headline() -> None:
    assert is_title_case(
        "Weekly Recap: Browser Zero-Day, Data Wipers, Misused Tools and Zero-Click iPhone Attacks"
    )
    assert not is_title_case("Weekly recap: browser flaws and iPhone attacks")


def test_a_title_case_run_a_rule_reads_is_the_headline_s() -> None:
    title = "Borealis Strikes Again: Blind Heron Hackers Target Key Industries in Marovia"
    text = (
        "A threat actor known as Blind Heron has been linked to a new campaign against entities in "
        "Marovia, according to researchers. The group sends phishing emails posing as tax offices."
    )
    names = [c.name for c in choose(candidates(title, text))]
    assert "Key Industries" not in names


def test_a_count_before_a_name_is_not_part_of_it() -> None:
    assert _clean("Million Quorbit") == "Quorbit"
    assert _clean("Thousand Oaks Clinic") == "Thousand Oaks Clinic"


def test_a_vpn_or_cli_named_after_its_maker_is_a_product() -> None:
    sentence = "Attackers got in through the Pellex VPN before moving to the file servers."
    assert veto(_candidate("Pellex VPN", sentence))
    assert veto(_candidate("Quorbit Developer CLI", "Hackers slipped a wiper into Quorbit Developer CLI."))
    assert not veto(_candidate("Pellex VPN", "Pellex VPN was breached, the firm said."))


def test_the_finder_of_another_s_breach_is_not_chosen() -> None:
    sentence = "Rescurio found a breach in Marovia's Tellam One platform, exposing identity documents."
    assert not_chosen(_candidate("Rescurio", sentence))
    own = "Quorbit detected a breach in its network on Monday and shut down its systems."
    assert not not_chosen(_candidate("Quorbit", own))


def test_an_advocate_suing_on_the_victims_behalf_is_not_chosen() -> None:
    sentence = (
        "On May 2, the Ostrel Law Reform Institute (OLRI) filed a class action lawsuit on behalf of "
        "families whose benefits were stolen from their accounts."
    )
    assert not_chosen(_candidate("Ostrel Law Reform Institute", sentence))


def test_a_name_the_text_calls_an_attackers_group_is_not_chosen() -> None:
    sentence = "Moon Otters is a relatively new ransomware group that first appeared in April."
    assert not_chosen(_candidate("Moon Otters", sentence))
    firm = "Moon Otters is a relatively new toy maker that was hit by ransomware in April."
    assert not not_chosen(_candidate("Moon Otters", firm))


def test_a_co_author_named_by_that_role_is_vetoed() -> None:
    sentence = "In a blog post, Quill and co-author Jarek Lanthorn said they cracked the gang's keys."
    assert veto(Candidate("Jarek Lanthorn", sentence, "", "", {"lang:en", "T:attack", "ent:none"}))


def test_a_column_title_opening_the_text_is_not_chosen() -> None:
    sentence = "Bytewatch in brief The March breach of Quorbit Mail by suspected spies is under review."
    assert not_chosen(_candidate("Bytewatch", sentence))
    assert not not_chosen(_candidate("Quorbit Mail", sentence))


def test_the_platform_of_users_logins_or_posts_is_not_chosen() -> None:
    sentence = "Billions of logins for Quorbit, Pellex, Tavenor, and more found exposed online"
    assert not_chosen(_candidate("Pellex", sentence))
    assert not_chosen(_candidate("Tavenor", sentence))
    posts = "Many Orbiton Cam users on Chatterly and Pixgram say their cameras were hacked."
    assert not_chosen(_candidate("Pixgram", posts))
    assert not not_chosen(_candidate("Orbiton", "Hackers stole the logins of Orbiton staff."))
