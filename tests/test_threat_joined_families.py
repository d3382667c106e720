"""A coined name joined by "and"/"or" to a family the text names is a family too ("deploy
TelePowerBot and KamiKakaBot", "BadPotato or EfsPotato"): the second went unnamed when no kind word
stood next to it. Fictional sentences; the joined names are invented."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def _malware(text: str) -> list[str]:
    return [m.name for m in find_threats(text)[1]]


def test_a_coined_name_joined_to_a_known_family_is_one() -> None:
    text = "The intruders dropped Mimikatz and QuillDrop to harvest credentials from the domain controller."
    assert _malware(text) == ["Mimikatz", "QuillDrop"]


def test_a_chain_of_joined_names_gives_each() -> None:
    text = "Des botnets dérivés de Mirai et ZorbaNet2 et KestrelBot visent les caméras."
    assert _malware(text) == ["Mirai", "ZorbaNet2", "KestrelBot"]


def test_a_vendor_product_or_firm_joined_to_a_family_is_no_family() -> None:
    text = (
        "A report on the Emotet malware and CrowdStrike, the TrickBot malware and FortiGate, "
        "and the Qakbot malware and PayPal."
    )
    assert _malware(text) == ["Emotet", "TrickBot", "Qakbot"]


def test_an_acronym_or_plain_word_joined_to_a_family_is_no_family() -> None:
    text = "Agencies warned that the Emotet malware and CISA advisories, Emotet or Grace, matter."
    assert _malware(text) == ["Emotet"]
