"""Ransomware families an actor operates are its payloads, not groups of their own (guide §13: a
brand another actor deploys is malware only), unless the text calls the brand a gang. Fictional text."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def _names(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


def test_ransomware_families_an_actor_operates_are_malware_only() -> None:
    text = (
        "Examplar Hackers Target Shipping Firms\n"
        "The cluster is related to another group codenamed Bronze Starlight, which has a history of "
        "operating short-lived ransomware families like LockFile, Rook, Night Sky, Pandora, and Cheerscrypt."
    )
    actors, malware = _names(text)
    assert not {"Rook", "Night Sky", "Pandora", "Cheerscrypt"} & set(actors)
    assert {"Rook", "Night Sky", "Pandora", "Cheerscrypt"} <= set(malware)


def test_a_brand_the_text_calls_a_gang_stays_a_group() -> None:
    text = (
        "Examplar operators ran ransomware families like Rook and Pandora.\n"
        "The Rook gang claimed the attack on its leak site."
    )
    actors, malware = _names(text)
    assert "Rook" in actors and "Rook" in malware
