"""Shapes found by reading a seeded sample of unlabelled pages before the code's answer (session 26):
a family whose kind is fused to its name ("ExampleRAT"), the spelling with its kind of a family first
written bare, a vendor "is tracking as", "X, the threat actor behind…", a designation written
inside a longer one ("T-APT-17") or with a hyphen its alias lacks ("APT-36" for APT36), and a
nationality the galaxies also list as a family. Sentences are ours; names are invented."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _names(found: list) -> list[str]:  # type: ignore[type-arg]
    return [n.name for n in found]


@pytest.mark.parametrize(
    "text",
    [
        "Last year the group infected government staff with QuorvenRAT and other artefacts.",
        "ZelbaBackdoor and Frillwhisk converge in malvertising campaigns",
        "The dropper then runs TinselLoader, which decrypts the final payload in memory.",
    ],
)
def test_kind_fused_to_the_name_is_a_family(text: str) -> None:
    _, malware = find_threats(text)
    fused = next(w for w in text.replace(",", " ").split() if w.endswith(("RAT", "Backdoor", "Loader")))
    assert fused in _names(malware)


@pytest.mark.parametrize(
    "text",
    [
        "Our InfoStealer guide explains what such malware takes from a browser.",
        "The malware drops ExampleLoader.dll next to the legitimate program.",
        "The Java application calls URLClassLoader to load the plugin.",
    ],
)
def test_generic_words_files_and_code_are_no_fused_family(text: str) -> None:
    _, malware = find_threats(text)
    assert not [n for n in _names(malware) if n.endswith(("Stealer", "Loader"))]


def test_the_spelling_with_its_kind_is_one_of_the_names() -> None:
    text = (
        "Remcos Returns as Phishing Surges\n"
        "The attackers delivered Remcos RAT to accountants through booby-trapped invoices."
    )
    _, malware = find_threats(text)
    remcos = next(m for m in malware if m.canonical.casefold().startswith("remcos"))
    assert "Remcos RAT" in [remcos.name, *remcos.aliases]


def test_a_vendor_is_tracking_as() -> None:
    text = (
        "The intrusions came from a threat actor, which Examplecorp is tracking as Velvet Quill, since May."
    )
    actors, _ = find_threats(text)
    assert "Velvet Quill" in _names(actors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the malware was exposed, QRVX, the threat actor behind the project, stopped selling it.",
            "QRVX",
        ),
        (
            "The new version was named by the Marsh Lantern Group, the threat actor behind the operation.",
            "Marsh Lantern Group",
        ),
    ],
)
def test_the_threat_actor_behind(text: str, expected: str) -> None:
    actors, _ = find_threats(text)
    assert expected in _names(actors)


def test_a_designation_inside_a_longer_one_is_none() -> None:
    text = "Bitter, also known as APT-C-08, T-APT-17 and TA397, targeted ministries with a backdoor."
    actors, _ = find_threats(text)
    assert "APT-17" not in _names(actors)


def test_a_hyphen_makes_no_other_group() -> None:
    text = (
        "Transparent Tribe (aka APT36) attacked ministries with a backdoor. "
        "APT-36 remains one of the most active threat groups in the region."
    )
    actors, _ = find_threats(text)
    assert _names(actors) == ["Transparent Tribe"]


def test_a_nationality_is_no_family_without_its_kind() -> None:
    actors, malware = find_threats(
        "The threat actor's targets in these campaigns were Turkish and Chinese firms."
    )
    assert "Turkish" not in _names(actors) + _names(malware)
    actors, malware = find_threats("The Cuba ransomware gang encrypted the city's servers.")
    assert "Cuba" in _names(malware)


def test_a_nationality_written_as_capitals_is_no_group() -> None:
    actors, _ = find_threats("The heist was the work of a DPRK threat actor group known as Examplecrane.")
    assert "DPRK" not in _names(actors)
