"""A vendor whose name opens with a threat word names no threat: a show's page signed "by
Malwarebytes Labs" about a robot vacuum's pictures is not made security news by the signature (its
own subject decides), while the same vendor's report on malware is. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import evidence, relevance_score

BYLINE = "Posted: March 3, 2026\n\nby Malwarebytes Labs\n\n"


def test_the_vendors_name_is_no_malware_mention() -> None:
    # (the vendor's own weight only, as any security vendor's name)
    assert evidence("by Malwarebytes Labs") == evidence("by Sophos Labs")


def test_a_vendors_page_on_another_subject_is_not_made_relevant_by_its_name() -> None:
    body = (
        "Today on the show, our host talks with a reporter about a robot vacuum that took pictures inside "
        "people's homes during its testing, pictures which contractors later posted to a social network. "
        "Tune in today, and find us on your preferred podcast platform. "
    )
    title = (
        "A robot vacuum's pictures ended up on social media. A reporter explains how (Example Show S01E02)"
    )
    assert relevance_score(title, BYLINE + body * 3) < DEFAULT_MIN_RELEVANCE


def test_the_vendors_report_on_malware_stays_news() -> None:
    text = BYLINE + "The malware steals browser passwords and sends them to a server the attackers run. " * 3
    assert relevance_score("New stealer spreads through fake game mods", text) >= 0.5
