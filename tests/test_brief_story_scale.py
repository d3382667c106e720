"""A story's briefing reads its text once, whatever the number of facts: the story's text is every
outlet's article and its merged record every outlet's facts, and each fact whose value was checked
against the text made the whole text again (200 reports: 4.9 s; the square of the story). Fictional
inputs only."""

from __future__ import annotations

from veilleur.brief.record_facts import attack_statements, law_statements, vulnerability_statements
from veilleur.models import AttackFacts, Category, Fact, Intel, LawEnforcementFacts, VulnerabilityFacts

REPORTS = 200


class CountedText(str):
    """A text that counts how many times it is split into words (a whole pass over it)."""

    splits = 0

    def split(self, *args: object, **kwargs: object) -> list[str]:  # type: ignore[override]
        CountedText.splits += 1
        return super().split(*args, **kwargs)  # type: ignore[arg-type]


def _story() -> tuple[Intel, str]:
    """A merged record of REPORTS fictional reports, each stating its own claimant, agencies and
    affected version, and the story's text (every report's paragraph)."""
    said = " ".join(
        f"The Zork{i} gang claimed the attack; Valpol{i} and Europol arrested two men. Versions before 4.{i}.1 are hit."
        for i in range(REPORTS)
    )

    def facts(value: str) -> list[Fact]:
        return [Fact(value=value.format(i=i), sentence="s") for i in range(REPORTS)]

    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.LAW_ENFORCEMENT,
        attack=AttackFacts(claimed_by=[Fact(value="Unwritten", sentence="s"), *facts("Zork{i}")]),
        law_enforcement=LawEnforcementFacts(arrests=facts("arrested two men"), agencies=facts("Valpol{i}")),
        vulnerability=VulnerabilityFacts(product="Quillbox", affected_versions=facts("before 4.{i}.1")),
    )
    return intel, said


def test_a_story_of_hundreds_of_reports_reads_its_text_once() -> None:
    intel, said = _story()
    text = CountedText(said)
    CountedText.splits = 0
    attack = attack_statements(intel, text)
    law = law_statements(intel, text)
    flaw, _ = vulnerability_statements(intel, text)
    assert CountedText.splits <= 1, f"the story's text was read whole {CountedText.splits} times"
    # the facts stated are still the first the text writes; a value it does not write is not stated
    claim = next(s for s in attack if s.label == "Revendication")
    assert "Zork0 et Zork1" in claim.point and "Unwritten" not in claim.point
    agencies = next(s for s in law if s.label == "Autorités")
    assert "Valpol0, Valpol1, Valpol2 et Valpol3" in agencies.point
    versions = next(s for s in flaw if s.label == "Versions")
    assert "before 4.0.1, before 4.1.1 et before 4.2.1" in versions.point
