"""Surveillance in a text is context, not a security subject (GUIDE.md §3: police surveillance
technology and privacy law are digital-rights topics, not security news): a rights group's page on
police tools or a privacy bill that names it a few times stays out, while a headline that states it
weighs as before and the devices sold as "video surveillance" products stay a security matter.
Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

POLICE_TOOLS = (
    "After two years in court, the county must publish the contracts for the analytics tools its "
    "police use. The records show how the department bought access to a vendor's surveillance "
    "platform, which links phone records to social media accounts. Residents had asked what the "
    "surveillance cost and who approved it; the judge agreed that the public has a right to know. "
    "Our lawyers will keep pushing for the training manuals, which the county still withholds, and "
    "for the audits of how officers used the system. Tools of this kind should never be "
    "secret. Thanks to everyone who supported the case, and to the reporters who covered it. "
)


def test_a_rights_page_naming_surveillance_in_its_text_is_not_security_news() -> None:
    title = "Victory! Exampleton County's Police Tools Are No Longer Secret"
    assert relevance_score(title, POLICE_TOOLS, "", "en") < DEFAULT_MIN_RELEVANCE


def test_a_ban_of_video_surveillance_products_stays_security_news() -> None:
    text = (
        "The regulator will no longer authorise the import or sale of telecoms and video surveillance "
        "products from five Examplestan vendors, on national security grounds. Without that approval "
        "the products cannot be sold, so the move amounts to a ban. "
    )
    assert relevance_score("Exampleland bans imports of five vendors' equipment", text, "", "en") >= (
        DEFAULT_MIN_RELEVANCE
    )


def test_surveillance_stated_by_a_headline_weighs_as_before() -> None:
    text = "The vendor's app sent each user's location to its servers every minute, researchers found. " * 3
    assert relevance_score("Exampletrack app's hidden surveillance of its users", text, "", "en") >= (
        DEFAULT_MIN_RELEVANCE
    )
