"""A vendor's page in shapes that name no kind of promotion in their headline (GUIDE.md §2), on
fictional text: a report summary in the vendor's own voice under an outlet's house byline, an event
invitation in the organiser's voice, the brand introducing its own people, a headline labelled with
the site's brand and product on a capture that kept the headline alone. Their news stays news."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

_HOUSE_URL = "https://thehackernews.com/2031/03/example.html"
_HOUSE = "The Hacker News"
VENDOR_URL = "https://www.examplesoft.com/en-us/security/blog/2031/03/a"
NEWS_URL = "https://news.example.org/2031/03/a"
_TITLE = "Scan Research: Some Vulnerabilities Date Back Twenty Years"
# A vendor's summary of its own data: attributes its findings (the attribution test passes) but says
# "our" and "we" of its own scans outside any quotation.
_OWN_VOICE = " ".join(
    f"Our scans of {n} thousand assets show that old flaws are still found, the report said. "
    f"We reported each finding to our customers, and we tracked how long it stayed open, it noted. "
    f"According to the study, most findings in our dataset are fixed within a year."
    for n in range(6)
)
# The same facts reported: the vendor's "we" only inside its quoted words.
_REPORTED = " ".join(
    f"Scans of {n} thousand assets show that old flaws are still found, Examplesoft said. "
    f'"We reported each finding to our customers," the company said, adding that it tracked them. '
    f"According to the study, most findings in the dataset are fixed within a year."
    for n in range(6)
)


def test_a_house_signed_report_in_the_vendors_own_voice_is_promotional() -> None:
    assert promotional_reason(_TITLE, _OWN_VOICE, _HOUSE_URL, "en", _HOUSE)


def test_a_house_signed_report_that_quotes_the_vendor_is_news() -> None:
    assert promotional_reason(_TITLE, _REPORTED, _HOUSE_URL, "en", _HOUSE) == ""


@pytest.mark.parametrize(
    "opening",
    [
        "That's why we're inviting you to attend Cloud Day on April 22, a virtual event for architects.",
        "Why should you attend? You will learn how to protect your cloud workloads from day one.",
        "C'est pourquoi nous vous invitons à participer à notre journée cloud le 22 avril.",
        "Deshalb laden wir Sie herzlich ein, am 22. April an unserem Cloud-Tag teilzunehmen.",
        "Daarom nodigen we je graag uit voor onze clouddag op 22 april.",
    ],
)
def test_an_invitation_in_the_organisers_voice_is_promotional(opening: str) -> None:
    text = (
        f"Security cannot be an afterthought in cloud projects. {opening} Sessions cover identity and keys."
    )
    assert promotional_reason("Cloud Day: security for your cloud projects", text, NEWS_URL)


def test_a_lures_invitation_told_in_the_third_person_is_news() -> None:
    text = "The scammers invite victims to join a trading group, then ask them to attend a fake seminar."
    assert promotional_reason("Scammers lure investors into fake trading groups", text, NEWS_URL) == ""


@pytest.mark.parametrize(
    "title",
    [
        "Meet the deputy CISOs who shape Examplesoft's approach to security",
        "Rencontrez l'équipe sécurité d'Examplesoft",
        "Meet our Examplesoft red team: Part 2",
    ],
)
def test_the_brand_introducing_its_own_people_is_promotional(title: str) -> None:
    assert promotional_reason(title, "", VENDOR_URL)


def test_meet_in_a_news_outlets_headline_is_news() -> None:
    assert promotional_reason("Meet the ransomware crew that hit Examplesoft", "", NEWS_URL) == ""


@pytest.mark.parametrize(
    "title",
    [
        "Examplesoft Intune: 5 endpoint management predictions for 2032",
        "Examplesoft Sentinel data lake: unify it all",
    ],
)
def test_a_brand_labelled_headline_alone_on_the_vendors_site_is_promotional(title: str) -> None:
    assert promotional_reason(title, "", VENDOR_URL)


def test_a_brand_labelled_headline_with_text_or_a_threat_is_not_decided_by_it() -> None:
    text = " ".join(["The diary shows how to set up a sensor at home and read its logs."] * 10)
    assert promotional_reason("Examplesoft Lab Setup: a home sensor", text, VENDOR_URL) == ""
    assert (
        promotional_reason("Examplesoft Threat Intelligence: new ransomware targets banks", "", VENDOR_URL)
        == ""
    )
