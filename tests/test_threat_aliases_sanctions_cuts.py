"""Shapes read on an unlabelled sample (seed 3030): aliases listed after "also known by various
names" or given in brackets after a group the galaxies do not know are that group's other names;
a sanctioned "service provider" is a facilitator even when the sentence after names other crimes it
served; the people a justice sentence counts are named in the sentence after it; the families a
service let others deliver are payloads; a name cut by an ellipsis is none; the justice words are
read in the languages they are written for. Sentences written for these tests."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats
from veilleur.enrich.people import people_charged
from veilleur.enrich.threat_facilitators import facilitators


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


def test_aliases_after_various_names_are_the_group_named_before() -> None:
    text = (
        "Investigators tied the phishing wave to APT35, which is also known by various names "
        "Charming Kitten, TA453 and Mint Sandstorm."
    )
    assert _actors(text) == ["APT35"]


def test_aliases_after_the_monikers_are_the_group_named_before() -> None:
    text = "Analysts blamed APT35, also known by the monikers Charming Kitten and TA453, for the lures."
    assert _actors(text) == ["APT35"]


def test_a_new_group_s_alias_in_brackets_is_no_second_group() -> None:
    text = (
        "Pro-Kyiv hacktivists say they wiped a drone factory's servers.\n\n"
        "The hacking collective Zelvox Team (also known as Grey Heron) announced the breach on its "
        "Telegram channel, and the Grey Heron logo was posted beside the stolen files."
    )
    assert _actors(text) == ["Zelvox Team"]


def test_a_sanctioned_hosting_service_provider_is_a_facilitator() -> None:
    text = (
        "The Treasury sanctioned Dutch-based bulletproof hosting (BPH) service provider Qorvax Hosting "
        "for providing the servers that enabled threat actors to deliver stealer malware and "
        "ransomware, as well as host an illicit drugs marketplace."
    )
    assert facilitators(text) == ["Qorvax Hosting"]


def test_a_drugs_market_seized_is_still_no_facilitator() -> None:
    text = "Police seized the darknet marketplace Tulvar, which sold illicit drugs to buyers in twelve countries."
    assert facilitators(text) == []


def test_the_people_a_justice_sentence_counts_are_named_after_it() -> None:
    text = (
        "The Treasury sanctioned the hosting firm for serving ransomware gangs. In addition, four "
        "individuals linked to it have been sanctioned. This includes the firm's CEO Dariusz "
        "Wolniakowski, general director Tomasz Kreglewicz, and Piotr Zaborowski."
    )
    names = [p.name for p in people_charged("Hosting firm sanctioned", text, "en", set())]
    assert names == ["Dariusz Wolniakowski", "Tomasz Kreglewicz", "Piotr Zaborowski"]


def test_names_after_a_justice_sentence_that_counts_no_one_are_not_accused() -> None:
    text = (
        "The Treasury sanctioned the hosting firm for serving ransomware gangs. This includes "
        "customers such as Dariusz Wolniakowski, who rented a server for his bakery."
    )
    assert people_charged("Hosting firm sanctioned", text, "en", set()) == []


def test_the_families_a_service_let_others_deliver_are_payloads() -> None:
    text = (
        "The hosting firm was sanctioned for the servers that enabled threat actors to deliver "
        "stealer malware and ransomware like BianLian, RedLine, Meduza and Lumma."
    )
    actors, malware = find_threats(text)
    assert actors == []
    assert {"BianLian", "Meduza"} <= {m.name for m in malware}


def test_a_name_cut_by_an_ellipsis_is_none() -> None:
    text = (
        "Weekly recap\n\nNimbleowl Strikes Defence Firms — A previously undocumented threat actor "
        "known as Nimble…"
    )
    assert "Nimble" not in _actors(text)


def test_justice_words_are_read_in_their_own_languages_only() -> None:
    text = (
        "Come dice Marco Bellandi, poi bisognerà arrestare anche i manager delle società che "
        "producono software vulnerabile."
    )
    assert people_charged("Arrestare gli amministratori", text, "it", set()) == []
