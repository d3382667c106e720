"""Handles: those a leak post credits with the attack are criminals each, and a handle a handle-like
name is said to have favoured is another name of that criminal. All text is fictional."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


def test_every_handle_a_leak_post_credits_is_an_actor() -> None:
    text = (
        "A cybercriminal using the monicker Quillfox leaked data on 9 million accounts of a broker.\n\n"
        "Breached by @Quillfox and @Brasswren\n\nBelow is a sample of the customers table."
    )
    assert _actors(text) == ["Quillfox", "Brasswren"]


def test_a_handle_mentioned_without_an_attack_is_no_credit() -> None:
    assert _actors("Follow the reporter at @Brasswren and @Quillfox for updates on the story.") == []


def test_a_handle_favoured_by_a_named_criminal_is_one_of_its_names() -> None:
    text = (
        "In 2022, z555zz sold access to a hospital, a criminal known as “z555zz” on the forum. Prior to "
        "2009, z555zz favored the handle Quillmaster on Russian cybercrime forums."
    )
    found = find_threats(text)[0]
    assert [a.name for a in found] == ["z555zz"]
