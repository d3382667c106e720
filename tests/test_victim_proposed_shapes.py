"""Wordings that left a victim unproposed or vetoed: the owner of what was broken into ("broke into
systems belonging to X"), "X has fallen victim to", a Title Case headline's "X Official Site Hacked"
and "Attack on X Engineer's Laptop" (the firm, not its site or its worker), "Hackers Breach X" under a
lead that says "The company", and a brand of a demonym's shape ("Experian") that is no people's
name. Every name and sentence is fictional."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victims import victim_mentions
from veilleur.models import Article


def _article(title: str, text: str) -> Article:
    return Article(
        url="https://news.example.org/a",
        canonical_url="https://news.example.org/a",
        title=title,
        text=text,
        lang="en",
    )


def _read(text: str) -> list[str]:
    return [mention.name for mention in victim_mentions(text)]


def test_the_owner_of_what_was_broken_into_is_read() -> None:
    assert _read(
        "Crew boasts of hack\nThe crew said it broke into systems belonging to Harbin Staffing."
    ) == ["Harbin Staffing"]
    assert _read(
        "Hacktivists quit\nAfter claiming to break into a database belonging to The Orrin Trust, they quit."
    ) == ["Orrin Trust"]
    assert _read(
        "Insider case\nThe contractor accessed classified files belonging to Quell Water last year."
    ) == ["Quell Water"]


def test_an_owner_that_is_no_name_reads_nothing() -> None:
    # (lower-case owners are kinds, no names: "systems belonging to a regional hospital")
    assert _read("Crew boasts\nThe crew said it broke into systems belonging to a regional hospital.") == []


def test_fallen_victim_reads_its_subject() -> None:
    assert _read("Transit hit\nMarlow Transit has fallen victim to a cyberattack, the operator said.") == [
        "Marlow Transit"
    ]
    assert _read("Mill hit\nKestrel Mills fell victim to ransomware on Sunday.") == ["Kestrel Mills"]


def test_a_title_case_site_or_worker_is_its_owner() -> None:
    assert _read("Brelvo Official Site Hacked to Deliver Malware\nIt served a trojan.") == ["Brelvo"]
    assert _read("Malware Attack on Tavrix Engineer's Laptop Leads to Breach\nIt spread.") == ["Tavrix"]


def test_a_firm_disclosing_an_attack_on_its_engineer_is_the_victim() -> None:
    article = _article(
        "Malware Attack on Tavrix Engineer's Laptop Leads to Recent Security Incident",
        "DevOps platform Tavrix on Friday disclosed that unidentified threat actors compromised an "
        "employee's laptop and used malware to steal credentials to breach the company's systems. "
        "The company said the attack took place last month.",
    )
    assert [victim.name for victim in enrich(article).victims] == ["Tavrix"]


def test_a_brand_of_a_demonyms_shape_is_no_nationality() -> None:
    # The recogniser calls a brand ending like a people's name NORP ("Vexerian", as it did
    # "Experian"): only a real people's name (a dictionary word) is vetoed as a nationality.
    def norp(name: str, sentence: str) -> Candidate:
        features = {"S:attack", "T:attack", "at:first", "at:lead", "count:4+", "lang:en", "words:1"}
        return Candidate(name=name, sentence=sentence, label="NORP", features=features | {"ent:NORP"})

    brand = norp("Vexerian", "Vexerian said identity thieves bypassed its checks to pull credit files.")
    assert veto(brand) == ""
    for people in ("Tibetan", "Pro-European", "South African"):
        assert veto(norp(people, f"{people} media sites were defaced.")) == "entity label", people


def test_a_title_case_attackers_verb_reads_its_object() -> None:
    # ("Hackers Breach X": the verb's base form and its capital, as Title Case headlines write it)
    assert _read("Hackers Breach Corvane Foods\nIt said data was taken.") == ["Corvane Foods"]
    assert _read("Ransomware Gang Hits Corvane Foods\nIt said data was taken.") == ["Corvane Foods"]
    assert _read("Hackers breach Corvane Foods\nIt said data was taken.") == ["Corvane Foods"]


def test_a_headline_name_the_lead_calls_the_company_is_the_victim() -> None:
    article = _article(
        "Hackers Breach Corvane Foods",
        "The company said attackers accessed customer records last week. It is investigating the "
        "incident with outside experts.",
    )
    assert [victim.name for victim in enrich(article).victims] == ["Corvane Foods"]


def test_a_title_case_run_the_lead_never_ties_stays_out() -> None:
    # (the lead names no "company": the run is a Title Case headline's words, as before)
    article = _article(
        "Hackers Breach Major Retail Chains",
        "Attackers accessed customer records at several retailers last week, researchers said.",
    )
    assert enrich(article).victims == []
