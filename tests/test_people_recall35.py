"""People of session 35 (guide §6, §13): the person "the sanctions target" is sanctioned; the agent
of an investigation ("an investigation by French Gendarmerie") is no suspect; the insider who leaked
classified documents is an actor ("documents leaked on Discord by X"). Names and sentences are made
up for these tests."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.people import people_charged
from veilleur.models import Article


def _names(title: str, text: str) -> list[str]:
    return [p.name for p in people_charged(title, text, "en", set())]


def test_the_person_sanctions_target_is_sanctioned() -> None:
    text = "The sanctions target Wen Zhaoliang, who is said to have worked for the ministry for a decade."
    assert _names("Treasury sanctions hackers over breach", text) == ["Wen Zhaoliang"]


def test_the_agent_of_an_investigation_is_no_suspect() -> None:
    text = (
        "In an investigation by French Gendarmerie, a man believed to be a key member of the gang "
        "was arrested while on holiday."
    )
    assert _names("Police arrest ransomware suspects", text) == []


def test_the_leaker_of_classified_documents_is_an_actor() -> None:
    url = "https://example.org/leak"
    text = (
        "The reports on the envoy are based on classified documents leaked on Discord by Corwin Haldane. "
        "The cyber espionage programme relied on intercepts."
    )
    record = enrich(
        Article(url=url, canonical_url=url, title="Spies read the envoy's calls", text=text, lang="en")
    )
    assert "Corwin Haldane" in [a.name for a in record.threat_actors]


def test_a_leak_of_data_names_no_leaker() -> None:
    # (a gang leaks data too: its people are named by the threat and justice rules, not here)
    url = "https://example.org/gang"
    text = "The ransomware gang leaked data stolen from the city, said Dana Whitlow, its spokesperson."
    record = enrich(Article(url=url, canonical_url=url, title="Gang leaks city data", text=text, lang="en"))
    assert "Dana Whitlow" not in [a.name for a in record.threat_actors]
