"""Headlines of a rule obliging organisations to tell, and of what attackers could do, take the kind
the labelling guide gives them (bench/data/intel/GUIDE.md §4): the rule is policy, the possibility
research; an attack that happened keeps its kind. Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

_LEAD = "The change was announced on Tuesday. It applies from next year."


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Freedonia requires hospitals to declare ransomware payments within a day",
            Category.POLICY_REGULATION,
        ),
        (
            "Insurers ordered to notify clients after a breach, keep a response plan",
            Category.POLICY_REGULATION,
        ),
        (
            "Attackers could take over your cloud account by stealing session tokens",
            Category.RESEARCH_TOOLING,
        ),
        # what happened keeps its kind
        ("Hackers may have stolen data of 2 million Northwind customers", Category.DATA_BREACH),
        ("Ransomware gang orders victims to pay within 48 hours", Category.RANSOMWARE),
        ("Hackers could not breach Contoso, but its supplier leaked 4 GB of files", Category.DATA_BREACH),
    ],
)
def test_obligations_and_possibilities(title: str, expected: Category) -> None:
    assert categorise(title, _LEAD) == expected


def test_authentication_bypassed_by_an_attack_is_no_flaw() -> None:
    lead = (
        "Russian state hackers have bypassed the two-factor login of Contoso Mail by posing as diplomats, "
        "researchers say. The espionage campaign targeted academics."
    )
    title = "Contoso Mail's two-factor authentication bypassed by hackers in targeted attacks"
    assert categorise(title, lead) == Category.APT_ESPIONAGE
    assert (
        categorise("Authentication bypass in Contoso Gateway lets anyone log in", lead)
        == Category.VULNERABILITY
    )


@pytest.mark.parametrize(
    "title",
    [
        "Privacy: sanzione alla Provincia di Freedonia e al suo fornitore",
        "Northwind Health fined €2M by the data protection authority",
        "Contoso to pay $4M settlement, years after the incident",
    ],
)
def test_a_fine_for_the_breach_the_lead_names_is_an_information_leak(title: str) -> None:
    lead = (
        "The authority said a data breach exposed the records of 40,000 patients. "
        "A bug in the portal let a user view other people's files."
    )
    assert categorise(title, lead) == Category.DATA_BREACH
    # a fine with no breach in the lead stays with the rest of the rules
    assert categorise(title, _LEAD) != Category.DATA_BREACH


def test_a_measure_lifting_a_platform_security_is_a_defence() -> None:
    lead = (
        "To reduce the number of harmful apps, Contoso will require every app to come from a verified "
        "developer. The measure targets malware spread outside its store, where most malware is found."
    )
    title = "Developer checks: a promised lift for Contoso OS security"
    assert categorise(title, lead) == Category.RESEARCH_TOOLING


def test_default_credentials_are_a_product_weakness() -> None:
    lead = "Attackers log in with the password the vendor ships. Dozens of building firms were hit."
    title = "Hackers exploit default credentials in Contoso Ledger to breach builders"
    assert categorise(title, lead) == Category.VULNERABILITY


def test_a_podcast_episode_page_is_other() -> None:
    title = "Spy vs. spy: inside the Northwind stalkerware hack, with a guest researcher"
    lead = "The language of a data breach is always the same. There is the stolen data, and the apology."
    url = "https://example.com/blog/podcast/2024/05/spy-vs-spy-northwind"
    assert categorise(title, lead, url) == Category.OTHER
    news = "https://example.com/blog/news/2024/05/spy-vs-spy-northwind"
    assert categorise(title, lead, news) == Category.DATA_BREACH
