"""A contract "breached" is a duty broken, not an attack on its owner's systems: the owner of
"its" is read only when the verb hit something that can be attacked. Every sentence is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_model import candidates


def _its_owners(title: str, text: str) -> list[str]:
    found = candidates(title, text, "en", "newsexampleorg", "policy-regulation")
    return [c.name for c in found if "rule:its" in c.features]


def test_a_contract_breached_names_no_owner_attacked() -> None:
    title = "Court lets eyewear maker sue its bank over a $9m fraud"
    text = "The judge dismissed claims that Harbor Quay Bank breached its contract and was negligent."
    assert _its_owners(title, text) == []


def test_systems_breached_still_name_their_owner() -> None:
    title = "Court lets eyewear maker sue its bank over a $9m fraud"
    text = "Harbor Quay Bank said that intruders breached its systems in March."
    assert _its_owners(title, text) == ["Harbor Quay Bank"]
