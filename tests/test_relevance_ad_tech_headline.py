"""The ad industry's tracking named as a headline's subject ("ad tech") is a privacy matter, not
security news (GUIDE.md §3: ad tracking), however the browser words of the text read to the topic
model; a headline naming a lure beside it ("fake CAPTCHAs") stays news. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

ESSAY = (
    "Opinion Few browser features are as misunderstood as Chrome's private window. It's a comfort, "
    "that's all: it wipes a little history when you close it, while the web's trackers keep infecting "
    "every page with their scripts. Browsers still show each site the same fonts and the same screen, "
    "and the networks stitch those details into a profile of you. Firefox and Safari take other roads."
)


def test_an_ad_tech_essay_is_a_privacy_subject() -> None:
    title = "Your browser carries ad tech's marks everywhere, and the browser makers are scrubbing"
    assert relevance_score(title, ESSAY, "", "en") < DEFAULT_MIN_RELEVANCE


def test_an_ad_tech_headline_naming_fake_captchas_stays_news() -> None:
    text = (
        "Researchers traced a network of ad domains that pushes visitors to fake CAPTCHA pages. The "
        "pages ask them to paste a command into the Run dialog, which installs an infostealer malware. "
    ) * 4
    assert relevance_score("Inside an ad tech network fed by fake CAPTCHAs", text, "", "en") >= 0.5


def test_a_fake_captcha_headline_is_security_news_on_its_own() -> None:
    assert relevance_score("Fake CAPTCHA pages trick shoppers at Exampleshop", "", "", "") >= (
        DEFAULT_MIN_RELEVANCE
    )
