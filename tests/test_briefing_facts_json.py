"""The facts a French briefing needs, each with the sentence that states it, stored on the Intel
record and shown by `veilleur intel PAGE --json` (issue 11), for each kind of event in English and
in French: a vulnerability (vendor, product, affected and fixed versions, CVSS, exploited, CISA KEV,
patch, workaround), an attack (when, what was stopped, what was stolen, the ransom, who claimed it),
law enforcement (arrests, charges, sentences, seizures, agencies). Fictional vendors and victims."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from veilleur.cli import main

PAGES = {
    ("en", "vulnerability"): (
        "Critical Veltrix Gateway flaw exploited in the wild\n\n"
        "Veltrix has released updates for a critical vulnerability in Veltrix Gateway tracked as "
        "CVE-2025-41234 (CVSS score: 9.8). The flaw affects versions 5.1.0 through 5.1.6 and is fixed in "
        "version 5.1.7. CISA added the flaw to its Known Exploited Vulnerabilities catalog on Monday, citing "
        "evidence of active exploitation. As a workaround, administrators can disable the web management "
        "interface."
    ),
    ("fr", "vulnerability"): (
        "Faille critique dans Veltrix Gateway exploitée activement\n\n"
        "Veltrix a publié des correctifs pour une vulnérabilité critique dans Veltrix Gateway, référencée "
        "CVE-2025-41234 (score CVSS : 9,8). La faille affecte les versions 5.1.0 à 5.1.6. Elle est corrigée "
        "dans la version 5.1.7. La CISA a ajouté la faille à son catalogue Known Exploited Vulnerabilities, "
        "la vulnérabilité étant activement exploitée. En guise de contournement, les administrateurs peuvent "
        "désactiver l'interface d'administration web."
    ),
    ("en", "attack"): (
        "Ransomware attack on Brightwater Hospital diverts ambulances\n\n"
        "Brightwater Hospital was hit by a ransomware attack on 3 March 2025. Ambulances were diverted to "
        "other hospitals. The attackers stole 1.2 million patient records and demanded a $4 million ransom. "
        "The Akira ransomware gang claimed responsibility for the attack."
    ),
    ("fr", "attack"): (
        "La clinique Sainte-Aude paralysée par un rançongiciel\n\n"
        "La clinique Sainte-Aude, à Namur, a été victime d'une attaque par rançongiciel le 3 mars 2025. Les "
        "urgences ont été déviées vers d'autres hôpitaux. Les pirates affirment avoir dérobé 200 Go de "
        "données et réclament une rançon de 500 000 euros. Le groupe Akira a revendiqué l'attaque sur son site."
    ),
    ("en", "law"): (
        "Ransomware affiliate sentenced after Europol operation\n\n"
        "Police arrested two suspects in Spain. One of them was charged with extortion and pleaded guilty. "
        "He was sentenced to 8 years in prison after the trial. The FBI and Europol seized the gang's "
        "servers and domains."
    ),
    ("fr", "law"): (
        "Un administrateur du rançongiciel LockBit condamné à Paris\n\n"
        "Deux hommes ont été interpellés par la gendarmerie et placés en garde à vue. L'un d'eux a été mis "
        "en examen pour extorsion en bande organisée. Il a été condamné à cinq ans de prison ferme par le "
        "tribunal correctionnel de Paris. Europol et la police ont saisi les serveurs du groupe."
    ),
}


def _intel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, kind: str) -> dict[str, Any]:
    monkeypatch.chdir(tmp_path)
    page = tmp_path / f"{lang}-{kind}.txt"
    page.write_text(PAGES[(lang, kind)], encoding="utf-8")
    result = CliRunner().invoke(main, ["intel", str(page), "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    assert data["relevant"] is True and data["promotional"] is False
    return data


def _values(facts: list[dict[str, str]]) -> list[str]:
    assert all(fact["sentence"] and fact["value"] in fact["sentence"] for fact in facts), facts
    return [fact["value"] for fact in facts]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_vulnerability_facts_with_their_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    data = _intel(tmp_path, monkeypatch, lang, "vulnerability")
    assert data["category"] == "vulnerability"
    facts = data["vulnerability"]
    assert (facts["vendor"], facts["product"]) == ("Veltrix", "Veltrix Gateway")
    assert _values(facts["affected_versions"]) == [
        "versions 5.1.0 through 5.1.6" if lang == "en" else "versions 5.1.0 à 5.1.6"
    ]
    assert (facts["fixed_version"], facts["cvss"], facts["severity"]) == ("5.1.7", 9.8, "critical")
    assert facts["exploited"] is True and facts["in_kev"] is True
    assert facts["patch_available"] is True and facts["workaround"] is True
    # each stated fact with the sentence that states it
    stated = {fact["value"]: fact["sentence"] for fact in facts["evidence"]}
    assert {"product", "fixed version", "cvss", "exploited", "in CISA KEV", "workaround"} <= set(stated)
    assert "9" in stated["cvss"] and "CVSS" in stated["cvss"]
    assert "5.1.7" in stated["fixed version"] and "Known Exploited" in stated["in CISA KEV"]
    assert ("workaround" if lang == "en" else "contournement") in stated["workaround"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_attack_facts_with_their_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    data = _intel(tmp_path, monkeypatch, lang, "attack")
    assert data["category"] == "ransomware"
    attack = data["attack"]
    english = lang == "en"
    assert _values(attack["when"]) == ["on 3 March 2025" if english else "le 3 mars 2025"]
    assert ("diverted" if english else "déviées") in _values(attack["stopped"])[0]
    assert _values(attack["stolen"]) == ["1.2 million patient records" if english else "200 Go"]
    assert _values(attack["ransom"]) == ["$4 million" if english else "500 000 euros"]
    assert _values(attack["claimed_by"]) == ["Akira"]
    assert [v["name"] for v in data["victims"]][:1] == (
        ["Brightwater Hospital"] if english else ["Clinique Sainte-Aude"]
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_law_enforcement_facts_with_their_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    data = _intel(tmp_path, monkeypatch, lang, "law")
    assert data["category"] == "law-enforcement"
    law = data["law_enforcement"]
    english = lang == "en"
    assert _values(law["arrests"]) == ["arrested two suspects" if english else "Deux hommes"]
    assert _values(law["charges"])[0] in ({"charged", "pleaded guilty"} if english else {"mis en examen"})
    # a sentence handed down, never the place of the court ("condamné à Paris")
    assert _values(law["sentences"]) == ["8 years in prison" if english else "cinq ans de prison ferme"]
    assert _values(law["seizures"])
    assert {"Europol"} <= set(_values(law["agencies"]))
    assert ("FBI" if english else "gendarmerie") in _values(law["agencies"])
