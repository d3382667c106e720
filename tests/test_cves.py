"""CVE ids: every spelling real text uses, and none of the placeholders."""

from __future__ import annotations

import unicodedata

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.cves import (
    _DASHES,
    _LETTERS,
    find_cves,
    fold_cves,
    malformed_cves,
    normalise_cves,
    unique_cves,
)
from veilleur.enrich.vulnerability import vulnerability_facts
from veilleur.models import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patch CVE-2026-20230 now", ["CVE-2026-20230"]),
        ("non-breaking hyphens CVE\u20112024\u20117344", ["CVE-2024-7344"]),
        ("en dash CVE-2025\u20138489 here", ["CVE-2025-8489"]),
        ("lower case cve-2023-4863", ["CVE-2023-4863"]),
        ("shorthand CVE-2026-4670 / 5174", ["CVE-2026-4670", "CVE-2026-5174"]),
        ("list CVE-2026-1000, -1001 and 1002", ["CVE-2026-1000", "CVE-2026-1001", "CVE-2026-1002"]),
        ("French et : CVE-2026-2000 et 2001", ["CVE-2026-2000", "CVE-2026-2001"]),
        ("seven digits CVE-2024-1234567", ["CVE-2024-1234567"]),
        ("placeholder CVE-2024-XXXX and CVE-2025-XXXXX", []),
        ("placeholder of zeros CVE-2026-0000 (no id ends so), then CVE-2026-0001", ["CVE-2026-0001"]),
        ("CVE-N/A and Série CVE-2022/2024", []),
        ("too short CVE-2024-123 and impossible year CVE-1988-1234", []),
        ("repeated CVE-2026-1111 then CVE-2026-1111 again", ["CVE-2026-1111"]),
        ("version 2026-4444 is not a CVE", []),
    ],
)
def test_cve_normalisation(text: str, expected: list[str]) -> None:
    assert unique_cves(text) == expected


def test_mentions_carry_their_position() -> None:
    text = "First CVE-2026-0001. Then CVE-2026-0002."
    assert [(m.cve, m.start) for m in find_cves(text)] == [("CVE-2026-0001", 6), ("CVE-2026-0002", 26)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("full-width ＣＶＥ-２０２５-１２３４ here", ["CVE-2025-1234"]),
        ("full-width hyphens ＣＶＥ－２０２５－１２３４ et １２３５", ["CVE-2025-1234", "CVE-2025-1235"]),
        ("full-width digits only CVE-2024-１２３４５", ["CVE-2024-12345"]),
        ("Arabic-Indic digits CVE-٢٠٢٤-١٢٣٤", ["CVE-2024-1234"]),
        ("mathematical bold 𝐂𝐕𝐄-2024-1234", ["CVE-2024-1234"]),
        (
            "two-em dash CVE\u2e3a2024\u2e3a1234, Armenian hyphen CVE\u058a2024\u058a4321",
            ["CVE-2024-1234", "CVE-2024-4321"],
        ),
    ],
)
def test_compatibility_spellings_are_read_as_ascii(text: str, expected: list[str]) -> None:
    found = unique_cves(text)
    assert found == expected and all(cve.isascii() for cve in found)


def test_folding_keeps_offsets_and_the_rest_of_the_text() -> None:
    text = "« Voir ＣＶＥ-２０２５-１２３４ » ﬁn, ①"
    assert [(m.cve, m.start) for m in find_cves(text)] == [("CVE-2025-1234", 7)]
    assert text[7:10] == "ＣＶＥ"
    assert fold_cves(text) == "« Voir CVE-2025-1234 » ﬁn, ①"  # only CVE letters and digits change
    assert normalise_cves(text) == "« Voir CVE-2025-1234 » ﬁn, ①"
    plain = "Rien à plier : CVE-2024-1234 – l’été"
    assert fold_cves(plain) is plain


def test_a_published_compatibility_spelling_is_malformed() -> None:
    assert malformed_cves("Voir ＣＶＥ-2025-１２３４.") == ["ＣＶＥ-2025-１２３４"]
    assert malformed_cves("Voir CVE-٢٠٢٤-١٢٣٤ et CVE-2024-1234.") == ["CVE-٢٠٢٤-١٢٣٤"]


def test_every_dash_and_cve_letter_of_unicode_is_known() -> None:
    """The tables in enrich/cves.py are written out (no scan at import): derive them again."""
    letters, dashes = set(), set()
    for code in range(0x80, 0x110000):
        char = chr(code)
        if unicodedata.category(char) == "Pd":
            dashes.add(char)
        elif unicodedata.normalize("NFKC", char) in set("CVEcve"):
            letters.add(char)
    assert dashes <= set(_DASHES) and "\u2212" in _DASHES
    assert letters <= set(_LETTERS)
    assert all(c in letters or unicodedata.category(c) == "Cn" for c in _LETTERS)


def test_enrichment_and_flaw_facts_read_compatibility_spellings() -> None:
    text = "Fortinet a corrigé la faille ＣＶＥ-２０２４-２４８５８, exploitée contre des hôpitaux."
    intel = enrich(
        Article(
            url="https://news.example/a", canonical_url="https://news.example/a", title="Faille", text=text
        )
    )
    assert [c.id for c in intel.cves] == ["CVE-2024-24858"]
    # The headline's id, with non-ASCII hyphens, is the flaw whose score counts; another id's is not.
    facts = vulnerability_facts(
        "Fortinet FortiOS flaw CVE\u20112024\u20111111 exploited",
        "CVE-2024-2222 in FortiOS has a CVSS score of 9.8. CVE-2024-1111 in FortiOS has a CVSS score of 5.0.",
        ["CVE-2024-1111", "CVE-2024-2222"],
    )
    assert facts is not None and facts.cvss == 5.0
