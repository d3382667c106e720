"""The recognition benchmark's name folding (bench/intel_score.py): what makes two names one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from intel_score import fold


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
