"""Victims written in wordings session 33's helpers left unread: an agency a breach verb acts on, a
threat's name the sentence gives an organisation's kind, a name whose second word is in lower case.
All names are fictional but the agencies'."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_dictionary import lower_case_tail
from veilleur.enrich.victim_rule_names import without_domain
from veilleur.enrich.victim_written_as import described_as_organisation
from veilleur.models import Article


def _victims(title: str, text: str) -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang="en")
    return [v.name for v in enrich(article).victims]


def test_an_agency_a_breach_verb_acts_on_is_a_victim() -> None:
    title = "Threat actors breached two crucial systems of the US CISA"
    text = (
        "Hackers breached two systems of the US Cybersecurity and Infrastructure Security Agency "
        "in February, the agency said. CISA took the systems offline."
    )
    assert _victims(title, text) == ["Cybersecurity and Infrastructure Security Agency"]


def test_an_agency_no_breach_verb_acts_on_stays_a_reporter() -> None:
    title = "FBI says hackers attacked Varnholt Bank"
    text = "The FBI said hackers attacked Varnholt Bank in March. Varnholt Bank said data was taken."
    assert _victims(title, text) == ["Varnholt Bank"]


def test_a_name_written_as_an_organisations_kind_is_no_malware() -> None:
    assert described_as_organisation("Kido", "Hackers stole data from nursery chain Kido.")
    assert not described_as_organisation("Kido", "The Kido worm spread again.")
    assert not described_as_organisation("Kido", "the hacking group Kido struck again.")
    title = "Ransomware attack on nursery chain Kido"
    text = "Hackers stole pictures of children from nursery chain Kido, which runs sites in Valmont."
    assert _victims(title, text) == ["Kido"]


def test_a_name_that_goes_on_in_lower_case_is_read_whole() -> None:
    text = "Svenska kraftnät was hit. Svenska kraftnät said so."
    assert lower_case_tail("Svenska", text, len("Svenska"), text) == "Svenska kraftnät"
    # an English word next, or the name written alone elsewhere: the sentence's words, not the name's
    assert lower_case_tail(
        "Marlowe", "Marlowe said it. Marlowe said.", 7, "Marlowe said it. Marlowe said."
    ) == ("Marlowe")
    other = "Brask kvarn was hit. Brask kvarn and Brask said so."
    assert lower_case_tail("Brask", other, 5, other) == "Brask"
    # written once, ending the headline: the name's; a word the page writes elsewhere is the sentence's
    head = "Gang claims the hack of grid operator Svenska kraftnät\nThe operator said it was looking into it."
    assert lower_case_tail("Svenska", head, head.index(" kraftnät"), head) == "Svenska kraftnät"
    french = "Cyberattaque contre Valmont mercredi\nLe site est fermé depuis mercredi."
    assert lower_case_tail("Valmont", french, french.index(" mercredi"), french) == "Valmont"
    title = "Cyberattack on Sweden's power grid operator Svenska kraftnät"
    lead = "Sweden's power grid operator Svenska kraftnät has confirmed a breach. Svenska kraftnät said power was safe."
    assert _victims(title, lead) == ["Svenska kraftnät"]


def test_a_firm_named_by_its_domain_and_its_name_is_named_by_its_name() -> None:
    title = "Gang claims to have stolen hotel chain data"
    text = (
        "Valmont-Hotels, a hotel chain with 60 hotels in three countries, says it was hit. "
        "Unknown persons carried out a cyber attack on the IT network of the hotel company Valmont-Hotels.com."
    )
    assert "Valmont-Hotels.com" not in _victims(title, text)
    assert without_domain("Valmont-Hotels.com", text) == "Valmont-Hotels"
    assert without_domain("Zorvex.com", "Zorvex.com was hit.") == "Zorvex.com"
