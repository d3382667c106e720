"""A ransomware brand the page calls a family, a variant or the base of another, or names after "by
the" with a kind word after it ("encrypted by the X ransomware", "attacked by the A, B and C
malware"), is a strain: malware only ("Mimic is a family of ransomware" made Mimic a group too).
A gang's claim, "the X ransomware gang", "hit by the X ransomware" keep the brand both. The texts
are written for the test; the names are the galaxies' brands."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _kinds(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mimic ransomware explained\nMimic is a family of ransomware first seen in 2022. It encrypts files.",
            "Mimic",
        ),
        (
            "Mimic is a family of ransomware. Files encrypted by the Mimic ransomware get a new extension.",
            "Mimic",
        ),
        (
            "A decryptor helps victims of the MegaCortex family of ransomware recover their files.",
            "MegaCortex",
        ),
        (
            "Plants in the sector were attacked by the WannaCry, Stuxnet, and Triton malware in the past.",
            "WannaCry",
        ),
    ],
)
def test_a_brand_called_a_strain_is_malware_only(text: str, name: str) -> None:
    actors, malware = _kinds(text)
    assert name in malware
    assert name not in actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The town hall was attacked by the Qilin ransomware gang last week, officials said.", "Qilin"),
        ("The attack on the clinic was claimed by Qilin on its leak site.", "Qilin"),
        ("The hospital was hit by the Akira ransomware, and the gang demanded a ransom.", "Akira"),
    ],
)
def test_a_brand_at_work_stays_both(text: str, name: str) -> None:
    actors, malware = _kinds(text)
    assert name in actors and name in malware


def test_a_brand_after_ransomware_group_is_a_gang_even_where_its_builder_is_named() -> None:
    # ("Leaked X ransomware builder" alone makes X a payload; "ransomware group X" says it was a gang)
    text = (
        "Leaked Babuk ransomware builder code lives on\nThe long gone ransomware group Babuk still rattles."
    )
    actors, malware = _kinds(text)
    assert "Babuk" in actors and "Babuk" in malware
