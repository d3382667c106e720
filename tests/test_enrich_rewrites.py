"""Enrichment's faster readings find what the patterns they replace found: a role written as a
victim's apposition (one pattern compiled per name before), an acronym's expansion (its pattern run
only when the text brackets it), on fictional texts."""

from __future__ import annotations

import random
import re

from veilleur.enrich.victim_descriptions import _expanded
from veilleur.enrich.victim_sectors import _ROLES, _role_apposition


def _per_name_pattern(name: str, head: str) -> bool:
    """The reading own_sectors compiled for every name."""
    written = re.escape(name)
    return bool(
        re.search(
            rf"(?<!\w){written},\s(?:[\w&'’-]+\s){{0,3}}?(?i:{_ROLES})\b|\b(?i:{_ROLES})\s{written}(?!\w)",
            head,
        )
    )


_PIECES = ["Nora Valdi", "Valdi", ", a ", ", the ", ", ", " ", "  ", "journalist", "Journalists", "ACTIVIST",
           "senior", "foreign", "BBC", "x", "-", "\n", ".", "activistes", "CEO", "co-founder", "of", "Kestrel"]  # fmt: skip


def test_a_role_apposition_is_read_as_the_per_name_pattern_read_it() -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        head = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        for name in ("Nora Valdi", "Valdi", "BBC", "x", ""):
            expected = _per_name_pattern(name, head)
            assert _role_apposition(name, head) == expected, (name, head)
            found += expected
    assert found > 300  # the texts do hold appositions
    assert _role_apposition("Nora Valdi", "Nora Valdi, a BBC journalist, said")
    assert _role_apposition("Nora Valdi", "the activist Nora Valdi")
    assert not _role_apposition("Nora Valdi", "the activist Nora Valdis")
    assert not _role_apposition("Nora Valdi", "Nora Valdi, the senior foreign correspondent journalist")


def _expanded_before(name: str, text: str) -> str:
    letters = name.replace("&", "")
    if not (name.isupper() and 2 <= len(name) <= 6 and letters.isalpha()):
        return name
    match = re.search(
        rf"((?:[A-Z][\w&'’-]*\s+(?:(?:of|and|&|for|de|du|des|van|der|für)\s+)?){{1,7}})\(\s*{re.escape(name)}\s*\)",
        text,
    )
    if match is None:
        return name
    full = match.group(1).split()
    initials = "".join(w[0] for w in full if w[0].isupper())
    return (
        " ".join(full[-len(letters) - sum(1 for w in full if not w[0].isupper()) :])
        if initials.endswith(letters)
        else name
    )


def test_an_acronym_is_expanded_as_before() -> None:
    texts = [
        "Harbor Valley Health Network (HVHN) said. HVHN systems were down.",
        "Harbor Valley Health Network ( HVHN ) said",
        "Marks and Spencer (M&S) confirmed; M&S stores",
        "the ((HVHN) and (xHVHN) and (HVHN x) and (HVHN",
        "Office of Fictional Affairs (OFA)\n(OFA)",
        "no brackets at all: HVHN, OFA",
    ]
    for text in texts:
        for name in ("HVHN", "M&S", "OFA", "HV", "Hvhn", "HVHNX"):
            assert _expanded(name, text) == _expanded_before(name, text), (name, text)
    assert _expanded("HVHN", texts[0]) == "Harbor Valley Health Network"
