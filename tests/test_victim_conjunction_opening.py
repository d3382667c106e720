"""A conjunction opens no name: a quoted post's "If Norway attacks Europe, …" names no victim "If
Norway" (the country alone is a place, never a victim). Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.models import Article


def _article(title: str, text: str) -> Article:
    return Article(
        url="https://news.example.org/a",
        canonical_url="https://news.example.org/a",
        title=title,
        text=text,
        lang="en",
    )


@pytest.mark.parametrize("conjunction", ["If", "Unless", "Because"])
def test_a_conjunction_before_a_country_in_a_quoted_post_names_no_victim(conjunction: str) -> None:
    article = _article(
        "Hackers take over video accounts in Ostland to spread propaganda",
        "Hackers took over hundreds of accounts on Ostland's biggest video platform last week and used "
        "them to post the same slogans. One hijacked account posted a picture of the national flag with "
        f'the words: "{conjunction} Norway attacks Europe, I swear to fight for Norway! Our enemy is '
        'Europe!" The platform said it had removed the accounts and reset their passwords.',
    )
    names = [victim.name for victim in enrich(article).victims]
    assert not [name for name in names if name.split()[0] == conjunction]


def test_a_name_after_the_conjunction_is_still_read() -> None:
    article = _article(
        "Quillon Bank hit by ransomware attack",
        "Quillon Bank was hit by a ransomware attack on Monday, the bank confirmed. If the attackers "
        "stole data, customers will be told, a spokesperson said.",
    )
    assert "Quillon Bank" in [victim.name for victim in enrich(article).victims]
