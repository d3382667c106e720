"""bench/train_victims.py's recall ceiling of the candidate step (fictional pages): per part, the
labelled victims a candidate spells, and where the page writes the others — the headline, the lead,
the body past it, or not as labelled."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def train() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        yield importlib.import_module("train_victims")
    finally:
        sys.path.remove(str(ROOT / "bench"))


@dataclass
class Named:
    name: str


def test_each_part_counts_the_spelled_victims_and_where_the_others_are(train: ModuleType) -> None:
    title = "Ransomware hits Marovia Water Board"
    lead = "The Marovia Water Board said its billing portal was down. " + "x" * 60
    body = " Later, the gang also listed Ostrel Freight and the Kessington Clinic as victims."
    tune = {
        "split": "tune",
        "victims": [
            {"name": "Marovia Water Board"},
            {"name": "Ostrel Freight Ltd"},  # spelled by a candidate without its legal form
            {"name": "Kessington Clinic"},  # written past the lead, no candidate
            {"name": "MWB Holdings"},  # written nowhere so
        ],
    }
    check = {"split": "check", "sample": "d1", "victims": [{"name": "Water Board"}]}
    rows = [
        (tune, title, lead + body, [Named("Marovia Water Board"), Named("Ostrel Freight"), Named("Marovia")]),
        (check, title, lead, [Named("Marovia")]),
    ]
    got = train.ceiling(rows, lead_chars=len(lead))
    assert got["tune"] == {"spelled": 2, "body": 1, "not as labelled": 1}
    # (a candidate overlapping the victim, "Marovia", does not spell it; the headline writes it)
    assert got["check-d1"] == {"headline": 1}


def test_the_part_of_a_training_page_is_its_bench_part(train: ModuleType) -> None:
    assert train.part_of({"split": "check", "sample": "j1"}) == "check-j1"
    assert train.part_of({"split": "blogs-tune"}) == "blogs-tune"
    assert train.part_of({"id": "post.md", "source": "posts-deleted"}) == "fr"
