"""A maker's technical how-to on its own site is documentation, not its offer (GUIDE.md §2, §13):
"How to use filters in <product>" is not promoted as "Increase productivity with <product>" is, and
a walk-through of the maker's own security product stays promotional. Texts are fictional."""

from __future__ import annotations

from veilleur.enrich.promotional import promotional_reason

STEPS = (
    "In this post I show the steps: open the modeler, pick the source table, add a calculated column "
    "and map it to the target field. Then run the flow and check the log for the row counts. "
) * 4
SITE = "https://blogs.examplesoft.com/2023/05/02/"


def test_a_how_to_with_the_makers_product_is_no_offer() -> None:
    title = "How to use filters in Examplesoft Data Studio"
    assert promotional_reason(title, STEPS, SITE + "how-to-use-filters-in-examplesoft-data-studio/") == ""


def test_a_gerund_task_with_the_makers_product_is_no_offer() -> None:
    title = "Working with the embedded data lake in Examplesoft Data Warehouse"
    assert promotional_reason(title, STEPS, SITE + "working-with-the-embedded-data-lake/") == ""


def test_the_makers_sales_headline_stays_its_offer() -> None:
    title = "Increase productivity with the latest innovations in Examplesoft Data Studio"
    assert promotional_reason(title, STEPS, SITE + "increase-productivity/").startswith(
        "the vendor's own offer"
    )


def test_a_walk_through_of_the_makers_security_product_stays_its_offer() -> None:
    text = (
        "Attackers who steal credentials move fast. With the hunting queries below, analysts find the "
        "malware's persistence, the phishing mails that brought it and the compromised accounts. "
    ) * 4
    title = "Using Examplesoft Sentinel queries in Examplesoft Cloud"
    assert promotional_reason(title, text, SITE + "using-examplesoft-sentinel/") != ""


def test_a_walk_through_that_names_a_security_subject_in_its_headline_stays_its_offer() -> None:
    # The page's text may hold few security words (setup steps), but its headline's subject — zero
    # trust, authentication, encryption, access to data — is security: the maker's security offer.
    for title in (
        "Implementing Zero Trust access to business data on BYOD with Partnerco MTD and Examplesoft Entra",
        "Configuring multifactor authentication in Examplesoft Data Studio",
        "Enabling encryption at rest in Examplesoft Data Warehouse",
    ):
        assert promotional_reason(title, STEPS, SITE + "implementing/") != "", title
