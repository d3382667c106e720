"""The field's technical terms written with capitals are no victim ("SMTP", "OAuth", "CCTV", "USIM
data"), nor an acronym its sentence spells out in lower case ("business email compromise (BEC)").
Every sentence and name is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import admissible, veto
from veilleur.enrich.victim_model import Candidate
from veilleur.enrich.victim_terms import technical_term


@pytest.mark.parametrize(
    "name, sentence",
    [
        ("SMTP", "The seller offered SMTP logins and source code stolen from Varnel Corp."),
        ("OAuth", "Attackers abused OAuth consent to breach mailboxes at Varnel Corp."),
        ("CCTV", "CCTV was hacked at the Brindle depot."),
        ("BEC", "BEC attacks hit Varnel Corp last month."),
        ("AitM", "An AitM kit was used to hijack accounts of Brindle Bank staff."),
        ("USIM data", "Brindle Telecom customers at risk after USIM data compromise"),
        ("SSID Confusion", "SSID Confusion attack hits Wi-Fi networks"),
    ],
)
def test_a_technical_term_is_never_a_victim_even_read_by_a_rule(name: str, sentence: str) -> None:
    candidate = Candidate(name, sentence, label="ORG", features={"rule:before", "lang:en", "ent:ORG"})
    assert veto(candidate) == "technical term"


@pytest.mark.parametrize("name", ["TV Azteca", "AI Singapore", "IT University of Brelland", "Varnel Corp"])
def test_a_term_before_a_name_is_a_name(name: str) -> None:
    assert not technical_term(name)
    candidate = Candidate(
        name, f"{name} was hit by a cyberattack.", label="ORG", features={"rule:before", "lang:en"}
    )
    assert admissible(candidate)


@pytest.mark.parametrize(
    "name, sentence",
    [
        ("BEC", "In a business email compromise (BEC) scheme, Varnel Corp lost $2 million."),
        ("AitM", "The crew ran adversary-in-the-middle (AitM) attacks against Brindle Bank staff."),
        ("DIB", "Firms of the defense industrial base (DIB) were breached, Brindle Aero among them."),
        ("LLMs", "Attackers used large language models (LLMs) to write lures against Varnel Corp."),
    ],
)
def test_an_acronym_its_sentence_spells_out_in_lower_case_is_a_term(name: str, sentence: str) -> None:
    candidate = Candidate(name, sentence, label="ORG", features={"rule:before", "lang:en", "ent:ORG"})
    assert veto(candidate) == "technical term"


def test_an_acronym_spelled_out_with_capitals_is_an_organisation() -> None:
    sentence = "The Brindle Valley Water Authority (BVWA) was hit by ransomware."
    candidate = Candidate("BVWA", sentence, label="ORG", features={"rule:before", "lang:en", "ent:ORG"})
    assert veto(candidate) != "technical term"
