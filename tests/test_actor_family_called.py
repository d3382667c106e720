"""A galaxy group's name that the text gives to a malware family ("an IIS malware family called
“X”") is no actor (enrich/threat_handles.a_family_named, read by threat_mentions); a group the
text introduces by that cue stays one ("a ransomware group dubbed X"). Sentences are made up."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def test_a_family_called_by_a_galaxy_group_name_is_no_actor() -> None:
    text = 'Quillcore is one of an IIS malware family called "Group 13," which also runs SEO fraud.'
    assert "Group 13" not in [a.name for a in find_threats(text)[0]]


def test_a_group_dubbed_so_stays_an_actor() -> None:
    text = "A Russian-speaking ransomware group dubbed OldGremlin has been tied to new campaigns."
    assert "OldGremlin" in [a.name for a in find_threats(text)[0]]
