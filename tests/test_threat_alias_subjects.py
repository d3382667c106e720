"""Other names of a group given where no name stands right before the cue: a description of the
group as the sentence's subject ("The advanced persistent threat (APT), also known as A…"), a cue
opening its sentence with the description after the names ("Also known as A, the adversary…"), a
vendor's own moniker ("under its own moniker A"), and a group's own name given as the vendor's
moniker after a headline that named it (no other name of itself). Sentences are ours."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Researchers attributed the phishing wave to APT29. Another vendor is tracking the group "
            "under its own moniker Earth Koshchei, and says the lures began in May.",
            ["APT29"],
        ),
        (
            "A threat actor tracked as Blind Eagle sent the emails to insurers. The advanced persistent "
            "threat (APT), also known as APT-C-36 and APT-Q-98, has targeted banks before.",
            ["Blind Eagle"],
        ),
        (
            "The threat actor known as CosmicBeetle has a new encryptor. Also known as NONAME, the "
            "adversary has copied another gang's builder in the past.",
            ["CosmicBeetle"],
        ),
        (
            "UNC1860 Linked to Intrusions Across the Region\nA new report describes an access broker. "
            "Mandiant is tracking the activity cluster under the moniker UNC1860, and says it hands "
            "access to other crews.",
            ["UNC1860"],
        ),
    ],
)
def test_other_names_of_the_group_named_before(text: str, expected: list[str]) -> None:
    actors, _ = find_threats(text)
    assert [a.name for a in actors] == expected


def test_a_description_before_other_words_gives_no_alias() -> None:
    # the sentence's subject is no threat named before: the cue follows a victim, not a group
    actors, _ = find_threats(
        "The ransomware gang Akira hit the firm. The company, also known as Brightwell Holdings, "
        "said its plants were running again."
    )
    assert [a.name for a in actors] == ["Akira"]
