"""The topic model rules out a page of another subject that borrows security words in passing
(relevance.TOPIC_OFF_LOG_ODDS), but not one whose lead says someone carried out or served an attack:
a provider sued for hosting phishers is security news (GUIDE.md §13, civil suits against those said
to hack or to serve phishers). A flaw patched in an ERP how-to's lead stays out. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score
from veilleur.enrich.topic import security_log_odds

# Another subject's words (an ERP tenant's billing and integration), which the model reads as such.
BODY = (
    "The provider sells tenants of its cloud ERP to small firms: billing module, maintenance orders, "
    "Fiori launchpad, OData entities and CDS views, with an ABAP class for every integration flow. "
    "Customers are charged per service order, and consultants configure the business roles and the "
    "workflow for them. Its free tier offered a tenant with the S/4HANA sample data and Postman collections. "
) * 3
SUED_LEAD = (
    "Examplehost, whose free tenants have long been a draw for phishers, stopped taking new customers "
    "after Examplecorp sued it, saying it ignored complaints about phishing pages on its platform. "
)
PATCH_LEAD = (
    "Apply the latest support package to the billing module: it fixes two vulnerabilities in the "
    "integration flow, and the consultant should test the scenario again afterwards. "
)


def test_the_model_reads_the_body_as_another_subject() -> None:
    assert security_log_odds("Examplehost halts new tenants", SUED_LEAD + BODY) <= -60


def test_a_provider_sued_for_serving_phishers_is_security_news() -> None:
    title = "Sued by Examplecorp, Examplehost halts new tenants"
    assert relevance_score(title, SUED_LEAD + BODY, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_a_flaw_patched_in_an_erp_how_tos_lead_stays_out() -> None:
    title = "How to update the billing integration of the cloud tenant"
    assert relevance_score(title, PATCH_LEAD + BODY, "", "en") < DEFAULT_MIN_RELEVANCE


def test_a_suit_for_breach_of_contract_stays_out() -> None:
    lead = (
        "Examplehost sued Examplecorp for breach of contract after the removal of its tenants from the "
        "marketplace, and asked the court for an injunction. "
    )
    title = "Examplecorp opposes Examplehost's request to restore its tenants"
    assert relevance_score(title, lead + BODY, "", "en") < DEFAULT_MIN_RELEVANCE
