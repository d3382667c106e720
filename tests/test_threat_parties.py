"""Parties the guide makes actors or not (session 34): people a justice sentence counts and a later
sentence identifies ("identified them as X and Y, respectively"). Sentences are made up."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats
from veilleur.enrich.people import people_charged
from veilleur.enrich.threat_agencies import agencies_at_work
from veilleur.enrich.threat_facilitators import facilitators


def _charged(title: str, text: str) -> list[str]:
    return [p.name for p in people_charged(title, text, "en", set())]


def test_people_identified_after_the_sentence_that_counts_them_are_charged() -> None:
    text = (
        "Two Latvian-born Canadian citizens have been arrested and charged with spying for a foreign "
        "power. This includes a 41-year-old navy sailor and her partner, a 58-year-old plumber. Local "
        "newspapers have identified them as Olenka Vasquerova and Dmitri Vasquerov, respectively, "
        "noting that they had lived in Halifax for years."
    )
    assert set(_charged("Sailor and partner charged with espionage", text)) == {
        "Olenka Vasquerova",
        "Dmitri Vasquerov",
    }


def test_people_identified_with_no_one_counted_by_a_justice_sentence_are_not_charged() -> None:
    text = (
        "Two researchers found the flaw in the router firmware. Reports have identified them as "
        "Olenka Vasquerova and Dmitri Vasquerov, respectively."
    )
    assert _charged("Researchers find router flaw", text) == []


def _threats(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


def test_a_family_the_text_calls_a_wiper_is_no_gang() -> None:
    text = "WhisperGate, a wiper disguised as ransomware, hit dozens of government agencies in January."
    assert _threats(text) == ([], ["WhisperGate"])


def test_a_brand_written_as_ransomware_stays_a_gang_beside_a_wiper() -> None:
    text = "The Akira ransomware gang deleted the backups with a wiper before encrypting the servers."
    assert _threats(text) == (["Akira"], ["Akira"])


def test_a_crew_named_after_a_known_group_is_a_group_only_and_named_whole() -> None:
    text = "The extortion group Scattered LAPSUS$ Hunters launched a leak site naming 39 companies."
    assert _threats(text) == (["Scattered LAPSUS$ Hunters"], [])


def test_a_service_whose_co_founder_is_sentenced_is_an_actor() -> None:
    text = (
        "A court on Tuesday sentenced one of the co-founders of the now-sanctioned Quillmix cryptocurrency "
        "mixer service to five years in prison. He had been awaiting trial on money laundering charges."
    )
    assert "Quillmix" in facilitators(text)


def test_a_service_sanctioned_only_in_passing_is_no_actor() -> None:
    text = (
        "The exchanges processed $700 million linked to ransomware actors, fraud shops and the "
        "now-sanctioned virtual currency exchange Quillbit."
    )
    assert "Quillbit" not in facilitators(text)


def test_a_party_sued_for_serving_phishers_is_an_actor() -> None:
    text = (
        "Sued by Meta, Nomfree Halts Domain Registrations\n"
        "On March 3, Meta sued Nomfree in a California court. The lawsuit says its customers ran "
        "phishing attacks against Instagram users."
    )
    assert facilitators(text) == ["Nomfree"]


def test_a_party_sued_over_its_own_breach_is_no_actor() -> None:
    text = (
        "Customers sued Nomfree over the data breach that exposed their records. The lawsuit says "
        "hackers stole the files in March."
    )
    assert facilitators(text) == []


def test_an_agency_that_ran_the_operation_is_an_actor() -> None:
    text = "The country's Defence Intelligence agency (KRV) claims that its hackers stole the design files."
    assert agencies_at_work(text) == ["KRV"]
    assert agencies_at_work("GRU hackers breached the ministry's mail server in March.") == ["GRU"]


def test_an_agency_that_reports_or_warns_is_no_actor() -> None:
    text = "The NSA said the flaw was exploited by a Chinese group; the FSB warned of phishing."
    assert agencies_at_work(text) == []


def test_the_party_a_counter_suit_names_is_the_plaintiff_no_actor() -> None:
    text = (
        "The defendants, who first tried counter suing Gooble for interfering in their botnet business, "
        "later offered to dismantle the malware network for a payment."
    )
    assert facilitators(text) == []
