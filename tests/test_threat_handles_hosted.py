"""Accounts that put malicious code on a registry (enrich/threat_handles.py, guide §13: the account
named by its handle is an actor): an image "hosted on Docker Hub by the user x0lab9" names the account
by its own spelling (lower case first, a digit in it) right after the noun, and a singular cue may name
two accounts ("under the alias quillman and brassbased"), but an English word after "and" goes on
with the sentence. The names and sentences are made up for these tests."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The miner's image, hosted on Docker Hub by the user qrvbw3b, spread to other hosts.", ["qrvbw3b"]),
        (
            "The two crates were published by the threat actor under the alias quillmanrs and brassbased on "
            "May 2.",
            ["quillmanrs", "brassbased"],
        ),
    ],
)
def test_the_accounts_behind_malicious_packages_are_actors(text: str, names: list[str]) -> None:
    assert _actors(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The forum is hosted by the user community and its volunteers.",
        "The package was published by the account under the alias quillmanrs and later removed.",
    ],
)
def test_no_second_account_is_read_into_the_sentence(text: str) -> None:
    assert _actors(text) in ([], ["quillmanrs"])
