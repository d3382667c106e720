"""An organisation's noun right before "called"/"named" names the organisation, not a threat, even
when an attacker's word came earlier in the sentence; a front company stays the attackers' own."""

from __future__ import annotations

from veilleur.enrich.new_threats import unknown_names
from veilleur.enrich.threat_kinds import nearest_kind


def _names(text: str) -> set[str]:
    return {name for _, name, _ in unknown_names(text)}


def test_a_company_called_after_a_gang_is_no_actor() -> None:
    text = "A ransomware gang hit a company called Quorvane and encrypted its servers."
    assert "Quorvane" not in _names(text)


def test_a_hospital_named_after_hackers_is_no_actor() -> None:
    text = "Hackers breached a hospital named Velmont Care and stole patient records."
    assert "Velmont Care" not in _names(text)


def test_french_and_german_organisation_nouns() -> None:
    assert nearest_kind("un gang de rançongiciel a frappé une entreprise ") == ""
    assert nearest_kind("Hacker griffen ein Unternehmen ") == ""


def test_the_group_named_keeps_its_kind() -> None:
    assert "Quorvane Team" in _names("A new hacker group called Quorvane Team hit the firm.")


def test_a_front_company_stays_the_attackers() -> None:
    assert nearest_kind("North Korean hackers used a front company ") == "actor"
