"""The recognition benchmark's name folding (bench/intel_score.py): what makes two names one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from intel_score import _victim_match, fold, rows, same_product


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


def test_a_figure_that_counted_nothing_reads_none_not_zero() -> None:
    # `bench/intel.py --limit 10`: ten pages naming no victim, actor, malware or CVE printed
    # "0.00 / 0.00 / **0.00**" for each, read as recognition failing on all of them.
    base = {
        "pages": 3,
        "relevance": 1.0,
        "promotional_published": 0,
        "promotional_total": 0,
        "category": 0.0,
        "victims": (0.0, 0.0, 0.0),
        "victim_sector": 0.0,
        "healthcare_victims": 0.0,
        "healthcare_total": 0,
        "actors": (0.0, 0.0, 0.0),
        "malware": (0.0, 0.0, 0.0),
        "cves": (0.0, 0.0, 0.0),
        "facts": {},
        "speed": 10.0,
        "peak_mib": 100.0,
    }
    nothing = dict.fromkeys(("category", "victim_sector", "victims", "actors", "malware", "cves"), 0)
    empty = {**base, "counted": nothing}
    missed = {**base, "counted": {**nothing, "victims": 2, "category": 1}}  # two victims, none found
    table = {row[0].split(" (")[0]: row[1:] for row in rows([empty, missed, base])}  # base: an old record
    assert table["victims P / R / F1"] == ["— (none)", "0.00 / 0.00 / **0.00**", "0.00 / 0.00 / **0.00**"]
    assert table["category accuracy"] == ["— (none)", "0.000", "0.000"]
    assert table["actors P / R / F1"][:2] == ["— (none)", "— (none)"]
    assert table["victim sector accuracy"][:2] == ["— (none)", "— (none)"]
    # no healthcare victim labelled printed "0.000 (of 0)" against its target (≥ 0.95)
    assert table["healthcare victims found"][:2] == ["— (none)", "— (none)"]
    assert rows([{**base, "healthcare_victims": 0.5, "healthcare_total": 2}])[6][1] == "0.500 (of 2)"


@pytest.mark.parametrize(
    ("gold", "found", "same"),
    [
        ("Identity Services Engine", "Identity Services Engine (ISE)", True),
        ("IOS XE Wireless LAN Controller", "IOS XE WLC", True),  # a run of words as its initials
        ("Virtual Traffic Manager", "vTM", True),
        ("Velto Gateway", "VG", True),
        ("Velto Gateway Manager", "VM", False),  # initials of words that are not a run
        ("Windows", "IPv6", False),
        ("Visual Studio Code", "IDEs", False),
        ("router firmware", "Arris", False),
    ],
)
def test_a_product_matches_itself_written_with_initials(gold: str, found: str, same: bool) -> None:
    assert same_product(gold, found) is same
    assert same_product(found, gold) is same
