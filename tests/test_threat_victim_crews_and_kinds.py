"""A victim's name before a ransomware crew's words names the crew that hit it, no group nor family;
a family's noun and its naming verb name it even when an attack chain is spoken of earlier in the
sentence; a red-team framework's "beacon" is a threat's word. Sentences written for these tests."""

from __future__ import annotations

from veilleur.enrich.actors import attackers_of_victims, find_threats
from veilleur.enrich.threat_kinds import family_named_before
from veilleur.models import Named


def test_a_victim_before_a_ransomware_crew_is_no_group_nor_family() -> None:
    text = (
        "Brevandor Foods ransomware crew demands $90k paid in cheese\n\n"
        "Brevandor Foods confirmed it is investigating a breach after the ransomware group Zyphra "
        "claimed to have stolen 30 GB of data."
    )
    threats = [
        Named(name="Brevandor Foods", canonical="Brevandor Foods"),
        Named(name="Zyphra", canonical="Zyphra"),
    ]
    kept = attackers_of_victims(threats, ["Brevandor Foods"], text)
    assert [t.name for t in kept] == ["Zyphra"]


def test_a_gang_that_is_no_victim_keeps_its_crew_words() -> None:
    text = "The Zyphra ransomware crew claimed the attack on Brevandor Foods."
    threats = [Named(name="Zyphra", canonical="Zyphra")]
    assert attackers_of_victims(threats, ["Brevandor Foods"], text) == threats


def test_an_attack_chain_earlier_in_the_sentence_still_lets_a_stealer_be_named() -> None:
    assert family_named_before("the attack chains aim to deploy an information stealer known as ")
    assert not family_named_before("researchers found the RowHammer attack variant, codenamed ")


def test_a_stealer_known_as_a_galaxy_name_after_an_attack_chain() -> None:
    text = "The attack chains aim to deploy an information stealer known as Lumma."
    assert [m.name for m in find_threats(text)[1]] == ["Lumma"]


def test_a_cobalt_strike_beacon_is_the_framework() -> None:
    text = "Here is an example with a Cobalt Strike beacon found on the host:"
    assert [m.name for m in find_threats(text)[1]] == ["Cobalt Strike"]


def test_edr_killing_tools_listed_are_families() -> None:
    text = (
        "Ransomware affiliates increasingly rely on EDR-killing tools like KillZorv (aka ZorvKiller), "
        "BlindSpotX and NullEDR9 to disable defences."
    )
    assert {"KillZorv", "BlindSpotX", "NullEDR9"} <= {m.name for m in find_threats(text)[1]}
