"""A family introduced by the apposition after its name is malware: "X, a loader that…", "X, un
chargeur…", "X, een backdoor…", "X, eine Schadsoftware…" (the way outlets list an attack chain's
payloads). The kind must be the apposition's own noun: "X, a malware researcher", "X, a ransomware
victim", "X, an anti-malware vendor" name no family. The names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _malware(text: str) -> list[str]:
    return [m.name for m in find_threats(text)[1]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The intruders then dropped Quillfern, a loader that decrypts the next stage in memory.",
            "Quillfern",
        ),
        ("Among the payloads was Tarnwick, a malware that stops a service to sideload a DLL.", "Tarnwick"),
        ("The report describes “Brambleworm,” a custom Linux botnet built for floods.", "Brambleworm"),
        ("Les attaquants ont installé Quillfern, un chargeur qui déchiffre la charge suivante.", "Quillfern"),
        ("De aanvallers plaatsten Quillfern, een backdoor die opdrachten uitvoert.", "Quillfern"),
        ("Die Angreifer nutzten Quillfern, eine Schadsoftware, die Daten stiehlt.", "Quillfern"),
    ],
)
def test_a_name_the_apposition_calls_malware_is_malware(text: str, name: str) -> None:
    assert name in _malware(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The flaw was found by Ravelsby, a malware researcher at an example firm.", "Ravelsby"),
        ("Orrinfield, a ransomware victim last year, restored its systems.", "Orrinfield"),
        ("The sample was flagged by Quarrelo, an anti-malware vendor based in Exampleland.", "Quarrelo"),
        ("Tindlemoor, a malware analysis firm, published the indicators.", "Tindlemoor"),
    ],
)
def test_an_apposition_that_describes_a_person_or_firm_names_no_family(text: str, name: str) -> None:
    found = find_threats(text)
    assert name not in [m.name for m in found[1]]
    assert name not in [a.name for a in found[0]]
