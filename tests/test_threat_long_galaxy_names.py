"""Galaxy names of more than four words were never looked up: "two members of the Cyber Army of
Russia Reborn (CARR) hacktivist crew" (a train page) gave no actor. Fictional sentences around the
galaxies' own names (pymispgalaxies ships them)."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def test_a_five_word_hacktivist_name_is_found() -> None:
    text = "Two members of the Cyber Army of Russia Reborn hacktivist crew were sanctioned on Friday."
    assert [a.canonical for a in find_threats(text)[0]] == ["Cyber Army of Russia Reborn"]
