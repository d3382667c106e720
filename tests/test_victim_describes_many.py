"""A Title Case run that describes many organisations ("Brelland Orgs", "Middle Eastern NGOs") or a
share of something ("Hundred of Varnel", "Decades of Brelland") names no victim; "Bank of Varnel"
and "Varnel Hospitals" are names. Every name is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import admissible
from veilleur.enrich.victim_model import Candidate


@pytest.mark.parametrize(
    "name",
    [
        "Brelland Orgs",
        "Middle Eastern NGOs",
        "Hundred of Varnel",
        "Decades of Brelland",
        "Targets of Vexlock",
    ],
)
def test_a_run_describing_many_is_no_victim(name: str) -> None:
    candidate = Candidate(
        name, f"Hackers breached {name} last week.", label="ORG", features={"rule:after", "lang:en"}
    )
    assert not admissible(candidate)


@pytest.mark.parametrize(
    "name", ["Bank of Varnel", "Varnel Hospitals", "University of Brelland", "Varnel Partners"]
)
def test_an_organisation_named_so_stays(name: str) -> None:
    candidate = Candidate(
        name, f"Hackers breached {name} last week.", label="ORG", features={"rule:after", "lang:en"}
    )
    assert admissible(candidate)
