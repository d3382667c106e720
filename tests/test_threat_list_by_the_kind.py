"""A list that the kind word introduces as the agent of what it holds ("the banks impersonated by the
malware include A and B", "the firms hit by the gang include…") lists the threat's targets, not
threats; the kind as the subject of "include" still lists threats. The names are fictional."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def _names(text: str) -> list[str]:
    actors, malware = find_threats(text)
    return [t.name for t in actors + malware]


def test_targets_listed_after_by_the_malware_are_no_threats() -> None:
    text = (
        "The trojan shows fake login pages. Some of the institutions impersonated by the malware "
        "include Examplebank Group, Quillbank U.K. and Tarnwick Savings."
    )
    names = _names(text)
    assert "Examplebank Group" not in names
    assert "Quillbank U.K" not in names


def test_targets_listed_after_by_a_gang_are_no_threats() -> None:
    text = "The ransomware crew is busy. Firms hit by gangs include Examplecorp Holdings and Quillworks."
    assert "Examplecorp Holdings" not in _names(text)


def test_a_kind_that_includes_names_still_lists_threats() -> None:
    text = "Other malware families seen in the intrusions include Quillfeather and Tarnwick."
    names = _names(text)
    assert "Quillfeather" in names
    assert "Tarnwick" in names
