"""A brand the recogniser calls a place at one mention and an organisation at another ("OpenAI",
"Clorox" read as GPE in one sentence, ORG in the next) is an organisation: the candidate keeps the
organisation's label, so the place vetoes (`victim_admissible.veto`: "place where", "no rule: …
place") do not remove it. Every sentence is fictional; the recogniser's spans are given."""

from __future__ import annotations

import pytest

from veilleur.enrich import victim_model
from veilleur.enrich.victim_features import _passages


def _label(monkeypatch: pytest.MonkeyPatch, labels: list[str]) -> str:
    title = "Zorvex admits breach of its systems"
    text = "Zorvex said attackers stole files. Zorvex is now notifying customers."
    joined = "\n".join(p for _, p in _passages(title, text))
    spans, at = [], joined.find("Zorvex")
    for label in labels:
        spans.append((at, at + len("Zorvex"), label))
        at = joined.find("Zorvex", at + 1)
    monkeypatch.setattr(victim_model, "_entities", lambda passages, lang: spans)
    found = {c.name: c for c in victim_model.candidates(title, text)}
    return found["Zorvex"].label


def test_an_organisation_label_wins_over_a_place_label(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _label(monkeypatch, ["GPE", "ORG", "GPE"]) == "ORG"


def test_the_first_label_stays_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _label(monkeypatch, ["GPE", "GPE", "GPE"]) == "GPE"
    assert _label(monkeypatch, ["PERSON", "ORG", "ORG"]) == "PERSON"
