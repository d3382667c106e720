"""A firm's name does not run into the tool or access technology written after it ("X Drift OAuth
breach"): the firm is the victim, its workspace what the attackers went through. All names are
fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_shapes import before_tool
from veilleur.models import Article


def _victims(title: str, text: str) -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang="en")
    return [v.name for v in enrich(article).victims]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Quorvel: Brimwell Drift breach hits all integrations",
            "Researchers warn that the Brimwell Drift OAuth breach affects all integrations, not just "
            "email. All toke…",
        ),
        (
            "Brimwell Slack breach hits all connected apps",
            "Researchers warn that the Brimwell Slack OAuth breach affects all integrations, not just "
            "email. The attackers stole tokens from the firm's workspace.",
        ),
    ],
)
def test_a_name_does_not_run_into_the_tool_written_after_it(title: str, text: str) -> None:
    found = _victims(title, text)
    assert "Brimwell" in found
    assert not [name for name in found if "OAuth" in name or "Drift" in name or "Slack" in name]


def test_the_first_word_is_kept_and_a_tool_inside_a_name_cut() -> None:
    assert before_tool(["Slack"]) == ["Slack"]
    assert before_tool("Brimwell Drift OAuth".split()) == ["Brimwell"]
    assert before_tool("Brimwell API".split()) == ["Brimwell"]
    assert before_tool("Brimwell Health Group".split()) == "Brimwell Health Group".split()
