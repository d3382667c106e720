"""Where a victim's name starts and ends (`victim_bounds`): a thing the organisation owns written
after its name, a description written in lower case inside it, a contraction of its name, a name the
trigger rules cut before its "for". All names are fictional."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_bounds import contraction_of, join_entity_tails, thing_of
from veilleur.enrich.victim_features import Candidate, _clean
from veilleur.enrich.victim_full_names import company_name, headline_form
from veilleur.enrich.victims import victim_mentions
from veilleur.models import Article


def _victims(title: str, text: str) -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang="en")
    return [v.name for v in enrich(article).victims]


def test_a_thing_written_after_a_name_is_the_organisations() -> None:
    text = "The infrastructure of Marlowe was compromised, its supplier management network was hacked."
    assert thing_of("Marlowe", "Marlowe Supplier Management Network", text)
    # a firm's name whose words the text never writes in lower case, and a network named alone
    assert not thing_of("Marlowe", "Marlowe Canada Music", text + " Marlowe Canada Music said.")
    assert not thing_of("Brask", "Brask Network", "Brask's network went down.")


def test_the_organisation_is_the_victim_not_its_network() -> None:
    title = "Researcher breached the Varnholt Supplier Management Network"
    text = "Varnholt was hacked again: a researcher broke into its supplier management network."
    assert _victims(title, text) == ["Varnholt"]


def test_a_lower_case_description_inside_a_name_is_not_part_of_it() -> None:
    assert _clean("Crypto exchange Zorvex") == "Zorvex"
    assert _clean("US retailer Target") == "Target"
    assert _clean("Centre hospitalier de Valmont") == "Centre hospitalier de Valmont"


def test_a_contraction_names_the_same_organisation() -> None:
    assert contraction_of("Corvtel", "Corvania Telecommunications")
    assert contraction_of("FedEx", "Federal Express")
    assert not contraction_of("Tbilisi", "Tbilisi City Hall")  # a word of it, not all of them
    assert not contraction_of("Corvania", "Corvania Telecommunications")


def test_a_contraction_and_the_full_name_are_one_victim() -> None:
    title = "Spies reportedly breached Corvtel in a test run"
    text = "The spies reportedly breached Corvania Telecommunications over the summer, a source said."
    assert _victims(title, text) == ["Corvtel"]


def test_a_name_cut_before_its_for_is_read_whole() -> None:
    found = {
        "transport": Candidate("Transport", features={"rule:after", "at:title"}, rules_read_in={0, 1}),
        "transport for valmont": Candidate("Transport for Valmont", features={"ent:ORG"}),
    }
    whole = "Attack affecting Transport for Valmont\nA cyber attack affecting Transport for Valmont (TfV)."
    join_entity_tails(found, whole)
    assert list(found) == ["transport for valmont"]
    assert "rule:after" in found["transport for valmont"].features
    assert found["transport for valmont"].rules_read_in == {0, 1}
    # the short name written alone too: maybe another organisation's
    found = {
        "transport": Candidate("Transport", features={"rule:after"}),
        "transport for valmont": Candidate("Transport for Valmont", features={"ent:ORG"}),
    }
    join_entity_tails(found, whole + " Transport said it was hit.")
    assert len(found) == 2


def test_a_title_case_headlines_product_word_is_no_company_word() -> None:
    head = "Hacked Brindle and Quarne Software Released\nQuarne sells smartphone forensic software."
    assert company_name("Quarne", head) == "Quarne"
    # in the lead, capitalised, it is the firm's name
    assert company_name("Quarne", "Quarne hit\nQuarne Software said it was breached.") == "Quarne Software"


def test_a_places_description_of_a_name_leads_to_the_name() -> None:
    title = "Ransomware attack on Australia's largest health insurer Varnholt"
    assert [m.name for m in victim_mentions(title + "\n")] == ["Varnholt"]
    # an organisation's possessive owns what follows: not a place's description
    assert [m.name for m in victim_mentions("Attack on Corvel's cloud platform Zentra\n")] != ["Zentra"]


def test_the_headlines_acronym_defined_in_an_apposition_names_the_victim() -> None:
    assert (
        headline_form(
            "Valmont Town Water Authority",
            "Gang claims to have hacked VTWA\nThe gang says it breached VTWA, the Valmont Town Water Authority.",
        )
        == "VTWA"
    )
    # an acronym the text never defines stays the name's
    assert headline_form(
        "Marlowe Town Water Authority", "Gang hacked MTWA\nMarlowe Town Water Authority said."
    ) == ("Marlowe Town Water Authority")


def test_a_name_the_recogniser_ends_on_a_preposition_stops_before_it() -> None:
    # The recogniser may take "Quorvane Hospital in" for an organisation, stopping before the
    # place: the preposition is no word of the name, and a name with an inner "of" keeps it.
    assert _clean("Quorvane Hospital in") == "Quorvane Hospital"
    assert _clean("Bank of Valmont") == "Bank of Valmont"
    title = "Ransomware attack on Quorvane Hospital"
    text = "Quorvane Hospital in Ghent, Belgium was hit by a ransomware attack on Monday."
    assert _victims(title, text) == ["Quorvane Hospital"]
