"""A messaging app's ads and AI summaries as a headline's subject, and a law's "flaws" as its critics
name them, are no security subject (GUIDE.md §3: ad tracking, generic AI news, digital-rights topics),
whatever passing privacy or encryption words the text says; a headline naming a security subject of
its own stays in. Pages are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.relevance import relevance_score

TEXT = (
    "The company said the change is built with privacy in mind and that personal messages stay end-to-end "
    "encrypted, and that no personal info is shared with advertisers. Users can turn the feature off in "
    "their settings. The rollout starts in the United States and reaches other regions later this year, "
    "the company added, as the app passes three billion users worldwide."
)


@pytest.mark.parametrize(
    "title",
    [
        "Meta Starts Showing Ads on Chatterly After a Six-Year Delay",
        "Chatterly Adds AI-Powered Message Summaries for Faster Chat Previews",
        "Congress Passes the KIDS ONLINE Act Despite Major Flaws",
    ],
)
def test_ads_ai_features_and_a_laws_flaws_are_out(title: str) -> None:
    assert relevance_score(title, TEXT, "", "en") < 0.3


@pytest.mark.parametrize(
    "title",
    [
        "Malicious Ads Push Infostealer to Chatterly Users",
        "Chatterly AI Summaries Leak Private Messages Through a Flaw",
    ],
)
def test_a_security_subject_in_the_headline_stays(title: str) -> None:
    assert relevance_score(title, TEXT, "", "en") >= 0.3
