"""The recognition benchmark's name folding (bench/intel_score.py): what makes two names one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from intel_score import _victim_match, fold


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("LastPass", "lastpass"),  # "La" + "stPass" was read as an article
        ("LetMeSpy", "letmespy"),
        ("Lesotho Telecom", "lesotho telecom"),
        ("Thermo Fisher", "thermo fisher"),
        ("The Gentlemen", "gentlemen"),
        ("la Mairie de Fictiveville", "mairie de fictiveville"),
        ("Le Groupe Zorblax", "groupe zorblax"),
        ("L'Hôpital de Valmont", "hopital de valmont"),
        ("l’Université Fictive", "universite fictive"),
    ],
)
def test_only_a_whole_leading_article_is_dropped(written: str, folded: str) -> None:
    assert fold(written) == folded


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Records Check", "RecordsCheck", True),  # one firm, written with and without a space
        ("SevenRooms", "Seven Rooms", True),
        ("Safe{Wallet}", "Safe Wallet", True),
        ("Acme", "Acme Inc.", True),  # GUIDE §1: no "Inc." unless part of the usual name
        ("Brelford Ltd", "Brelford", True),
        ("Yamaha Canada Music", "Yamaha", False),  # the subsidiary hit is another victim
        ("Trump campaign", "Trump", False),
        ("Marks & Spencer", "M&S", False),
    ],
)
def test_victim_names_match_alike_both_ways(gold: str, predicted: str, same: bool) -> None:
    assert _victim_match(gold, predicted) is same
    assert _victim_match(predicted, gold) is same
