"""Threat names on real pages' shapes (fictional text): a family named with its version in a Title
Case headline whose first word is also an English word ("Deliver Winos 4.0 Malware" gave "4.0"); a
naming verb's clause ended by a comma, the next clause's subject no second name ("a trojan called
Gh0st RAT, Winos 4.0 is …" gave "Winos"); legitimate software attackers abuse (guide §7: Windows'
Quick Assist, an open-source disk-encryption utility); a ransomware galaxy's brand that a page never
speaking of ransomware calls a threat actor (a hacktivist persona: the group only)."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.new_threats import trim
from veilleur.enrich.threat_modifiers import without_modifiers


def _malware(text: str) -> list[str]:
    return [m.name for m in find_threats(text)[1]]


def test_a_word_before_its_version_is_the_family_name() -> None:
    text = (
        "Crooks Use Fake Installers to Deliver Pilots 3.1 Malware\n"
        "Researchers found installers that load the Pilots 3.1 framework in memory."
    )
    found = _malware(text)
    assert "Pilots 3.1" in found
    assert "3.1" not in found


@pytest.mark.parametrize(("raw", "kept"), [("Pilots 3.1", "Pilots 3.1"), ("Deploys 2.0", "Deploys 2.0")])
def test_trim_keeps_the_word_a_version_follows(raw: str, kept: str) -> None:
    assert trim(raw) == kept


def test_a_bare_version_is_no_name() -> None:
    assert trim("2.0") == ""
    assert without_modifiers("Deploys 2.0") == ""
    assert "2.0" not in _malware("Crooks Deploys 2.0 Malware\nThe crooks sent a loader to the firm.")


def test_a_comma_without_and_ends_the_named_clause() -> None:
    text = (
        "Built on the code of a known remote access trojan called Quokkabot, Pelirrojo 2.2 is a modular "
        "framework that the operators sell to other crooks."
    )
    found = _malware(text)
    assert "Quokkabot" in found
    assert "Pelirrojo" not in found


def test_a_list_after_a_naming_verb_keeps_its_names() -> None:
    text = "The operators deployed backdoors known as Quokkabot, Zephyrgate and Trundlewire against the firm."
    found = _malware(text)
    assert {"Quokkabot", "Zephyrgate", "Trundlewire"} <= set(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The intruders then used Quick Assist to reach the victim's desktop and ran a loader.",
        "The gang relied on malware and open-source utilities such as DiskCryptor to lock the hosts.",
        "The intruders ran Rclone and WinSCP to copy the files out, and ngrok to reach the servers.",
        "The attackers used the ProcDump tool, renamed to a system file's name, to read LSASS memory.",
    ],
)
def test_legitimate_software_abused_is_no_malware(sentence: str) -> None:
    found = _malware(f"A ransomware gang hit a retailer. {sentence}")
    assert not {
        "Quick Assist",
        "DiskCryptor",
        "Mamba",
        "Rclone",
        "WinSCP",
        "ngrok",
        "Ngrok",
        "ProcDump",
    } & set(found)


def test_a_brand_called_a_threat_actor_on_a_page_without_ransomware_is_the_group() -> None:
    text = (
        "A hacktivist collective resurfaced this week. The threat actor named Pay2Key leaked files taken "
        "from a ministry and posted them on its channel, researchers said, and wiped the servers."
    )
    actors, malware = find_threats(text)
    assert [a.name for a in actors] == ["Pay2Key"]
    assert [m.name for m in malware] == []


def test_a_brand_the_page_calls_ransomware_stays_both() -> None:
    text = "The threat actor named Pay2Key deployed its ransomware at a ministry and demanded a payment."
    actors, malware = find_threats(text)
    assert [a.name for a in actors] == ["Pay2Key"]
    assert [m.name for m in malware] == ["Pay2Key"]


def test_a_hacktivist_group_a_ransomware_galaxy_lists_is_the_group_without_ransomware() -> None:
    text = (
        "The hacktivist group SiegedSec dumped two gigabytes of files stolen from a think tank, saying "
        "it objected to the group's politics."
    )
    actors, malware = find_threats(text)
    assert [a.name for a in actors] == ["SiegedSec"]
    assert malware == []


def test_a_gang_named_without_any_kind_keeps_the_guides_default() -> None:
    # (no hacktivist's word: a ransomware brand's group named bare is both, guide §6)
    text = "The SiegedSec group claims the theft of data after the retailer's outage last month."
    actors, malware = find_threats(text)
    assert [a.name for a in actors] == ["SiegedSec"]
    assert [m.name for m in malware] == ["SiegedSec"]
