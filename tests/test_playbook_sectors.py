"""A sector's advice goes with the events it fits: "soins sans informatique" is advice for a
hospital whose systems are down, not for a health insurer whose members' data leaked."""

from __future__ import annotations

import pytest

from veilleur.brief.playbook import recommendations
from veilleur.models import Category, Sector


@pytest.mark.parametrize(
    ("category", "sector", "label", "present"),
    [
        (Category.RANSOMWARE, Sector.HEALTHCARE, "Mode dégradé", True),
        (Category.DDOS, Sector.HEALTHCARE, "Mode dégradé", True),
        (Category.DATA_BREACH, Sector.HEALTHCARE, "Mode dégradé", False),
        (Category.DDOS, Sector.GOVERNMENT, "Services aux citoyens", True),
        (Category.DATA_BREACH, Sector.GOVERNMENT, "Services aux citoyens", False),
        (Category.DATA_BREACH, Sector.FINANCIAL_SERVICES, "Fraude", True),  # no `categories`: every event
    ],
)
def test_sector_advice_only_for_the_events_it_fits(
    category: Category, sector: Sector, label: str, present: bool
) -> None:
    labels = [point.label for point in recommendations(category, [sector], [])]
    assert (label in labels) is present, labels
    assert 2 <= len(labels) <= 4
