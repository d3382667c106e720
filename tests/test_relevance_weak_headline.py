"""A headline whose only security words are the weak context ones (security, password,
authentication) states no security subject: on a page the topic model is sure is about another
subject (an ERP tenant's roles and integration flows), the page stays out as one whose headline says
nothing of security does (relevance.WEAK_HEADLINE, TOPIC_OFF_LOG_ODDS; GUIDE.md §3, SAP product and
process posts). A headline naming a flaw ("security hole") is a security subject. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score
from veilleur.enrich.topic import security_log_odds

# Another subject's words (an ERP tenant's roles and integration), with a few weak security words.
BODY = (
    "The consultant configures the business roles of the cloud ERP tenant: Fiori launchpad, OData "
    "entities and CDS views, with an ABAP class for every integration flow. Reset the password of the "
    "technical user in the S/4HANA client, then assign the security role to the billing module and "
    "test the scenario with the Postman collection. Maintenance orders follow the same workflow. "
) * 3


def test_the_model_reads_the_body_as_another_subject() -> None:
    assert security_log_odds("Password reset cross-client", BODY) <= -60


@pytest.mark.parametrize(
    "title",
    [
        "Password reset cross-client",
        "BW Security: migrating the business roles",
        "Tenant authentication setup",
    ],
)
def test_a_weak_word_headline_on_another_subject_stays_out(title: str) -> None:
    assert relevance_score(title, BODY, "", "en") < DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    ["Security hole in the billing module exposed tenants' data", "Flaw in the billing module exposed data"],
)
def test_a_flaw_headline_on_the_same_page_is_security_news(title: str) -> None:
    assert relevance_score(title, BODY, "", "en") >= DEFAULT_MIN_RELEVANCE
