"""A law is an "Act" as written; "to act as" is a verb, no policy (category_words.CASED). A backdoor
that a government orders or keeps for its agencies is the policy's subject, not a malware, whichever
comes first in the headline: "order for … backdoor", "demands backdoor", "NSA backdoor"
(category_shapes.BACKDOOR_ORDER)."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

# An essay on a certificate authority: "act" is what the firm may do, no law is named.
AUTHORITY_ESSAY = (
    "A Doubtful Root Authority in Browsers",
    "Most browsers trust many certificate authorities, and some are doubtful: Exampler and others allow "
    "the firm Examplo Trust to act as a root authority, a powerful place in the web's trust. Its records "
    "show ties to a contractor of Examplia's intelligence services. Browser makers are now asked to "
    "look again at the list they ship, and at who checks the firms on it.",
)


def test_the_verb_act_is_no_law() -> None:
    assert categorise(*AUTHORITY_ESSAY) != Category.POLICY_REGULATION


def test_a_named_act_stays_policy() -> None:
    text = (
        "The Examplish Data Resilience Act comes into force on Monday. Firms must now keep logs for a "
        "year and name a contact for incidents."
    )
    assert categorise("What changes for firms from Monday", text) == Category.POLICY_REGULATION


@pytest.mark.parametrize(
    "title",
    [
        "Senators press spy chief to oppose Examplia's order for Examplephone cloud backdoor",
        "Examplia government demands backdoor to reach Examplephone cloud backups",
        "Examplia's trade group accuses Examplechip of NSA backdoor, cites flaws",
    ],
)
def test_a_backdoor_ordered_or_kept_for_a_state_is_policy(title: str) -> None:
    assert categorise(title, "") == Category.POLICY_REGULATION


@pytest.mark.parametrize(
    "title",
    [
        "New ExampleDoor backdoor targets Linux servers of hosting firms",
        "Attackers plant a backdoor in the Examplo build server",
    ],
)
def test_a_malware_backdoor_stays_malware(title: str) -> None:
    assert categorise(title, "") == Category.MALWARE_CAMPAIGN
