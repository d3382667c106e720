"""A kind of malware is no family's name, though a Title Case headline capitalises it ("Weekly Recap:
Bootkit Malware", "a JavaScript-based C2 backdoor", "Infostealer Malware Spreads…"): the guide's "generic
words are not names". The headlines are ours."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Weekly Recap: Bootkit Malware, Fake Installers and More", "Bootkit"),
        ("Infostealer Malware Spreads Through Fake Game Mods", "Infostealer"),
        ("Fake Meeting Apps Lead to a JavaScript-based C2 Backdoor", "C2"),
        ("Rootkit Malware Hides in Example Drivers", "Rootkit"),
    ],
)
def test_a_capitalised_kind_is_no_family(headline: str, kind: str) -> None:
    text = f"{headline}\nResearchers said the malware was spread through fake downloads."
    actors, malware = find_threats(text)
    assert kind not in [t.name for t in actors + malware]
