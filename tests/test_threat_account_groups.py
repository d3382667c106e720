"""Words that read as a threat's name where none is: a group of accounts ("an Active Directory
group named ESX Admins"), the kinds' plurals in a list ("malware such as RATs and stealers like
X"), a programming language before the kind ("the Delphi malware") and a delivery participle in a
headline ("Sideloaded Malware"). Sentences are ours."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    ("text", "actors", "malware"),
    [
        (
            "After the intrusion the crooks created an Active Directory group named ESX Admins and "
            "added their own accounts to it to take over the hypervisors.",
            [],
            [],
        ),
        (
            "Fake download sites push malware such as RATs and information stealers like AsyncRAT "
            "and RisePro to unwary visitors.",
            [],
            ["AsyncRAT", "RisePro"],
        ),
        (
            "Researchers say the Delphi malware arrives in emails about unpaid invoices.",
            [],
            [],
        ),
        (
            "Lotus Panda Hits Ministries With Browser Stealers and Sideloaded Malware",
            ["Lotus Panda"],
            [],
        ),
    ],
)
def test_no_threat_is_read_in_these_words(text: str, actors: list[str], malware: list[str]) -> None:
    found_actors, found_malware = find_threats(text)
    assert ([a.name for a in found_actors], [m.name for m in found_malware]) == (actors, malware)


def test_a_gang_named_after_the_word_group_stays() -> None:
    actors, _ = find_threats("A ransomware group named Quillfang claimed the attack on its leak site.")
    assert [a.name for a in actors] == ["Quillfang"]
