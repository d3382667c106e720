"""Three more of the guide's decisions (bench/data/intel/GUIDE.md §4, §13) read from a headline: a
claim the headline says is fake (a bounty or award about a gang) is `other`, not the gang's kind; a
vendor's policy of patching only its latest release is a support lifecycle, `other`, not a flaw; a
"N. Korean" actor is a state's (rule 4: espionage, even with malware). Fictional headlines."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Police say forum post about a ransomware gang's $1 million bounty is fake", Category.OTHER),
        ("Examplo says the ransomware claims are false", Category.OTHER),
        ("Examplo only commits to patching its latest OS version", Category.OTHER),
        ("N. Korean hackers use fake job tests to infect developers with malware", Category.APT_ESPIONAGE),
    ],
)
def test_the_headline_decides(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ransomware gang claims attack on Examplo hospital", Category.RANSOMWARE),
        ("Infostealer spreads through fake bug bounty posts", Category.MALWARE_CAMPAIGN),
        ("Examplo patches zero-day flaw in its latest OS version", Category.VULNERABILITY),
    ],
)
def test_the_same_words_in_another_event(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
