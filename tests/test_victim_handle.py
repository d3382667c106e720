"""A social-media handle ("@Example_EN") names an account, not the organisation the attack hit:
never a victim, whatever its sentence says; the organisation's own name stays one. Every name is
fictional."""

from __future__ import annotations

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_features import Candidate

SENTENCE = "@OrvelaParl_EN said its website was hit by a sophisticated cyber attack on Wednesday."


def test_a_handle_is_no_victim() -> None:
    handle = Candidate("@OrvelaParl_EN", SENTENCE, "", "ORG", {"lang:en", "ent:ORG", "rel:passive"})
    assert veto(handle)


def test_the_organisation_named_in_full_stays_admissible() -> None:
    sentence = "The Orvela Parliament said its website was hit by a sophisticated cyber attack."
    body = Candidate("Orvela Parliament", sentence, "", "ORG", {"lang:en", "ent:ORG", "rel:passive"})
    assert not veto(body)
