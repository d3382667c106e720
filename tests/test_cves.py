"""CVE ids: every spelling real text uses, and none of the placeholders."""

from __future__ import annotations

import pytest

from veilleur.enrich.cves import find_cves, unique_cves


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
