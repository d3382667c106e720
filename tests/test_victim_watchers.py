"""A firm whose trade is watching attacks for others (threat intelligence, attack surface
management, breach tracking) and a data-protection regulator report or investigate a breach; they are
no victims, in the lead and past it, while the breached firm stays one. Every text is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import admissible
from veilleur.enrich.victim_model import candidates, choose

_TITLE = "Brelford Bank confirms data breach"
_LEAD = "Brelford Bank confirmed a data breach on Monday that exposed the records of 40,000 customers."
_FILLER = " ".join(
    f"The bank said its branches stayed open on day {n} and that customers need not act." for n in range(12)
)


@pytest.mark.parametrize(
    ("text", "watcher"),
    [
        (
            f"{_LEAD} In a report published last year, cyber intelligence firm Quorvane tied the gang to "
            "attacks on lenders.",
            "Quorvane",
        ),
        (
            f"{_LEAD} The flaw was exploited, according to new findings from attack surface management "
            "firm Tessaly, which scanned the bank's servers.",
            "Tessaly",
        ),
        (
            f"{_LEAD} {_FILLER} According to the breach tracking service Dellmark Insight, the stolen "
            "addresses were later sold on a forum.",
            "Dellmark Insight",
        ),
        (
            f"{_LEAD} {_FILLER} A spokesman for the Norwegian data protection authority Datavakt confirmed "
            "that it had received a breach notice from the bank.",
            "Datavakt",
        ),
    ],
)
def test_a_firm_watching_attacks_or_a_data_protection_regulator_is_no_victim(text: str, watcher: str) -> None:
    found = {c.name: c for c in candidates(_TITLE, text)}
    assert watcher in found  # a name its sentence ties to the breach: the model would read it
    assert "desc:security" in found[watcher].features
    assert not admissible(found[watcher])
    assert [c.name for c in choose(list(found.values()))] == ["Brelford Bank"]


def test_an_artificial_intelligence_company_is_no_security_firm() -> None:
    text = "An employee at the artificial intelligence company Veltrix leaked a key that exposed its data."
    found = {c.name: c for c in candidates("Veltrix employee leaks private key", text)}
    assert "desc:security" not in found["Veltrix"].features
