"""A well-known product is never a victim (its users are a population), but a firm named like its
product is one when the text says it was attacked."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.models import Article


def _victims(title: str, text: str) -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang="en")
    return [v.name for v in enrich(article).victims]


@pytest.mark.parametrize(
    ("title", "text", "firm"),
    [
        (
            "Slack confirms data breach after hackers stole employee tokens",
            "Slack said on Friday that hackers stole employee tokens and accessed its private code "
            "repositories. The company reset the passwords of its staff. ",
            "Slack",
        ),
        (
            "Zoom hit by cyberattack, services disrupted",
            "Zoom said a cyberattack disrupted its video services for several hours on Monday. The "
            "company is investigating the incident. ",
            "Zoom",
        ),
    ],
)
def test_a_firm_named_like_its_product_is_a_victim_when_attacked(title: str, text: str, firm: str) -> None:
    assert firm in _victims(title, text * 3)


def test_a_products_flaw_makes_no_victim() -> None:
    text = "Zoom patched a critical vulnerability in its Windows client. Users should update now. " * 3
    assert "Zoom" not in _victims("Zoom fixes critical flaw in Windows client", text)
