"""The state's and the market's surveillance named as a headline's subject — a surveillance bill, its
powers or programme, data bought from brokers, illegal or social-media surveillance — is the rights
groups' matter (GUIDE.md §3); a surveillance tool that is malware stays security (fictional pages)."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

TEXT = (
    "The bill would let agencies collect location records, messages and browsing data without a judge's "
    "approval, and keep them for ten years. Lawmakers who back it say the powers are needed to track "
    "suspects; civil society groups say the surveillance would sweep up millions of people who are "
    "suspected of nothing. A vote is expected before the summer recess, and several amendments on "
    "oversight are still under discussion."
)


@pytest.mark.parametrize(
    "title",
    [
        "Statement on the Senate Advancing a Dangerous Surveillance Bill",
        "Agencies Should Stop Buying Corporate Surveillance Data",
        "No Social Media Surveillance of Visa Applicants",
    ],
)
def test_surveillance_as_the_states_or_markets_subject_is_out(title: str) -> None:
    assert relevance_score(title, TEXT, lang="en") < DEFAULT_MIN_RELEVANCE


def test_a_surveillance_tool_that_is_malware_stays_in() -> None:
    title = "Researchers found surveillance spyware planted on journalists' phones"
    assert relevance_score(title, TEXT, lang="en") >= DEFAULT_MIN_RELEVANCE
