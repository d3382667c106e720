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
        # "the" with a word that ranks the family among its kind
        ("Vendor warns of Quillcask, the first AI-driven ransomware", "Quillcask"),
        ("Researchers found Tarnwick, the latest Android trojan, in a fake app store.", "Tarnwick"),
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
        ("Orrinfield, the first ransomware victim to pay, restored its systems.", "Orrinfield"),
        ("Ravelsby, the malware's author, was arrested last week.", "Ravelsby"),
    ],
)
def test_an_apposition_that_describes_a_person_or_firm_names_no_family(text: str, name: str) -> None:
    found = find_threats(text)
    assert name not in [m.name for m in found[1]]
    assert name not in [a.name for a in found[0]]


# A report's toolset listed item by item: the name opens the item, a dash or a colon, then what the
# tool is ("FERNHOOK - A C++ backdoor that…", "- **Quillfern**: a loader that…").
_TOOLSET = (
    "Example Spider used the following tools in its intrusions -\n\n"
    "FERNHOOK - A C++ backdoor that reads commands from a cloud storage folder\n\n"
    "Tarnwick – A Python keylogger that captures keystrokes and clipboard data\n\n"
    "- **Quillfern**: a loader that decrypts and runs the next stage in memory\n\n"
    "Note: a backdoor of this kind survives reboots.\n\n"
    "Update - A ransomware attack on a second firm was reported later.\n"
)


@pytest.mark.parametrize("name", ["FERNHOOK", "Tarnwick", "Quillfern"])
def test_a_tool_list_item_that_says_what_the_tool_is_names_a_family(name: str) -> None:
    assert name in _malware(_TOOLSET)


@pytest.mark.parametrize("name", ["Note", "Update"])
def test_a_list_item_opened_by_a_word_names_no_family(name: str) -> None:
    found = find_threats(_TOOLSET)
    assert name not in [m.name for m in found[1]] + [a.name for a in found[0]]
