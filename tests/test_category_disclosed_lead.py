"""Flaws the lead says were found or disclosed make the page's event (GUIDE.md §4: a specific flaw in
a named product is `vulnerability`) when the headline names no kind, even when the capture is cut
short and the article never names the flaw again; a flaw the lead mentions in passing still needs
the article to confirm it. Fictional headlines and text."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

# What follows the lead: no flaw word, as in a capture cut a few paragraphs in.
REST = (
    "The company sells the plates to drivers in three states and runs the servers that manage them. "
    "Its chief executive said the firm takes the matter seriously and thanked the group for its work. "
) * 3


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "How to follow any car through a digital number plate",
            "Reverse engineers have already discovered vulnerabilities in the Exampleplate system that let "
            "them track each plate. A researcher describes the project in a blog post.",
        ),
        (
            "Planting false memories in an ExampleChat assistant",
            "This vulnerability abuses a feature that lets ExampleChat remember past chats. A researcher "
            "found he could plant memories that change its answers.",
        ),
    ],
)
def test_a_disclosure_in_the_lead_is_the_flaw(title: str, lead: str) -> None:
    assert categorise(title, f"{lead} {REST}") == Category.VULNERABILITY


def test_a_passing_flaw_in_the_lead_is_background() -> None:
    lead = (
        "The firm's new ontology covers vulnerabilities, exploits and the people who hunt them. "
        "Its authors hope analysts will share one vocabulary."
    )
    assert categorise("A shared language for analysts", f"{lead} {REST}") != Category.VULNERABILITY
