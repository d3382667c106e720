"""A one-word English word that opens a sentence before a group's word in lower case ("Rights group
sues…") is no group's name: its capital is the sentence's. A coined name there still is. Every
sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.new_threats import unknown_names
from veilleur.models import Article


@pytest.mark.parametrize(
    "text",
    [
        "Rights group sues city over police surveillance drones",
        "The court heard the appeal. Criminal gang jailed for selling forged tickets.",
        "Advocacy group asks regulator to halt the new tracking rules!\nTrade group welcomes the decision.",
    ],
)
def test_a_sentence_opening_word_before_group_is_no_name(text: str) -> None:
    assert [n for kind, n, _ in unknown_names(text) if kind == "actor"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vexmoor group claims attack on a regional hospital", "Vexmoor"),
        ("Police named the suspects. Quillfang gang leaks stolen records.", "Quillfang"),
        # not at a sentence's opening: the capital is the name's
        ("Analysts said the Thorn group was behind the intrusion.", "Thorn"),
    ],
)
def test_a_coined_or_placed_name_before_group_stays(text: str, name: str) -> None:
    assert name in [n for kind, n, _ in unknown_names(text) if kind == "actor"]


def test_a_rights_group_page_names_no_actor() -> None:
    article = Article(
        url="https://news.example.org/a",
        canonical_url="https://news.example.org/a",
        title="Rights group sues city over police surveillance drones",
        text="A digital rights group filed a lawsuit on Tuesday against the city, saying its police drones "
        "record residents without a warrant. The group asks the court to stop the flights.",
        lang="en",
    )
    assert enrich(article).threat_actors == []
