"""Actor recall of session 35 (guide §6, §13): a group the text introduces by a description ("The
hackers, tracked as X") is named by the vendor's name, which is no alias of a group called "The";
a cluster set apart from the group named before by "another" and up to four words ("another North
Korean threat activity cluster dubbed X") is its own, even when the galaxy folds it into the first.
The sentences are written for these tests; Moonstone Sleet is a synonym of Lazarus in the galaxy."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _threats(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The hackers, tracked as Moonstone Sleet, pushed rigged packages to developers.", "Moonstone Sleet"),
        ("The group, which Microsoft tracks as Volt Typhoon, hid in routers for months.", "Volt Typhoon"),
        ("The threat group tracked as Storm-4321 has been seen deploying a loader.", "Storm-4321"),
    ],
)
def test_a_described_subject_is_named_by_the_vendors_name(text: str, group: str) -> None:
    actors, _ = _threats(text)
    assert group in actors


def test_a_described_subject_after_a_group_named_before_gives_its_alias() -> None:
    # (as "It is also known as X" does: the description is the group named before)
    actors, _ = _threats("Lazarus hit two banks. The group, tracked as Storm-9876, used fake job offers.")
    assert actors == ["Lazarus"]


def test_another_cluster_described_in_four_words_is_its_own_group() -> None:
    text = (
        "The Lazarus Group exploited a browser flaw. The fake game is a lure Microsoft has tied to "
        "another North Korean threat activity cluster dubbed Moonstone Sleet."
    )
    actors, _ = _threats(text)
    assert "Lazarus" in actors and "Moonstone Sleet" in actors


def test_names_listed_as_the_systems_attacked_are_no_threats() -> None:
    text = (
        "The threat actor steals logins of messaging apps like Signal and of the army's own "
        "systems such as DELTA, Teneta, and Kropyva."
    )
    actors, malware = _threats(text)
    assert "DELTA" not in actors and "DELTA" not in malware


def test_a_list_of_attack_tools_keeps_its_names() -> None:
    _, malware = _threats("The gang ran tools such as Mimikatz. Rogue apps such as SpyNote were spread.")
    assert {"Mimikatz", "SpyNote"} <= set(malware)


@pytest.mark.parametrize(
    "text",
    [
        "First-stage payloads, including PowerShell snippets, fetch the Insekt RAT.",
        "The newest clipper malware serves many wallets. Clipper malware like Laplas swaps addresses.",
    ],
)
def test_the_systems_shell_and_a_kind_word_are_no_family(text: str) -> None:
    _, malware = _threats(text)
    assert not {"PowerShell", "Clipper", "Clippers"} & set(malware)


def test_a_list_of_targets_ends_where_a_clause_begins() -> None:
    text = "The botnet infects edge devices like routers and cameras to deploy backdoors such as GobRAT."
    _, malware = _threats(text)
    assert "GobRAT" in malware


def test_a_described_subject_tracked_under_the_headlines_name_keeps_it() -> None:
    # (the headline names the group; the lead's "The … threat actor tracked as X" is that group)
    text = (
        "Korean APT37 Targets Defectors With New RAT\n"
        "The North Korea-linked threat actor tracked as APT37 has been tied to a new backdoor."
    )
    actors, _ = _threats(text)
    assert "APT37" in actors
