"""A ransomware brand that an actors' galaxy lists is the group only when the text presents it at
work, or names no other actor that deploys it (guide §13): "Storm-2460 deployed X" gives the payload,
malware only; a claim, a gang's word, an affiliate of it, or a page whose only deployer is unnamed
keep both. Sentences are ours."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft tracks the intrusions as Storm-2460, which deployed the RansomEXX ransomware on "
        "the servers of a few targets.",
        "After stealing the files, Storm-2603 deployed the FunkSec ransomware on the servers.",
    ],
)
def test_a_brand_another_actor_deploys_is_malware_only(text: str) -> None:
    actors, malware = find_threats(text)
    assert len(actors) == 1 and actors[0].name.startswith("Storm-")
    assert len(malware) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The FunkSec ransomware gang claimed the attack on the town's water board.",
        "RansomEXX claimed the breach of the port operator on its leak site.",
        "A threat actor used a Python backdoor to deploy the RansomHub ransomware across the network.",
    ],
)
def test_a_brand_at_work_or_deployed_by_no_named_actor_is_both(text: str) -> None:
    actors, malware = find_threats(text)
    assert len(actors) == 1 and len(malware) == 1


def test_an_affiliate_for_a_brand_makes_it_a_group_beside_other_actors() -> None:
    text = (
        "CosmicBeetle is likely working as an affiliate for RansomHub, and analysts saw RansomHub "
        "payloads deployed next to its own encryptor."
    )
    actors, _ = find_threats(text)
    assert "RansomHub" in [a.name for a in actors]
