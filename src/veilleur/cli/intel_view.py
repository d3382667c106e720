"""`veilleur intel PAGE` as text: the Intel record's facts, each with the sentence that states it.

The JSON (`--json`) always had them; the text view printed victims, actors, CVEs, IOCs and
impacts but not the vulnerability's, the attack's or the law's facts (affected and fixed versions,
CVSS, exploitation, advice; when, what stopped, what was stolen, who claimed; arrests, charges),
so an advisory read as one CVE line. Values and sentences come from the page: printed as text,
never as console markup."""

from __future__ import annotations

from collections.abc import Sequence

from veilleur.models import Intel
from veilleur.models.intel import Fact


def _known(value: object) -> str:
    return "-" if value is None else str(value)


def _facts(label: str, facts: Sequence[Fact]) -> list[str]:
    return [f"{label}: {fact.value} — {fact.sentence}" for fact in facts]


def fact_lines(record: Intel) -> list[str]:
    """The record's vulnerability, attack and law-enforcement facts, one line each (none when
    the article states none)."""
    lines: list[str] = []
    flaw = record.vulnerability
    if flaw is not None:
        lines.append(
            f"vulnerability: product={_known(flaw.product)} vendor={_known(flaw.vendor)} "
            f"fixed={_known(flaw.fixed_version)} cvss={_known(flaw.cvss)} severity={_known(flaw.severity)} "
            f"exploited={_known(flaw.exploited)} in_kev={flaw.in_kev} patch={_known(flaw.patch_available)} "
            f"workaround={_known(flaw.workaround)}"
        )
        lines += _facts("  affected", flaw.affected_versions)
        lines += _facts("  effect", flaw.effects)
        lines += _facts("  advice", flaw.advice)
    for group, facts in (("attack", record.attack), ("law", record.law_enforcement)):
        if facts is None:
            continue
        for name, stated in facts:  # every field is a list of facts, in the model's order
            if isinstance(stated, list):
                lines += _facts(f"{group} {name}", [fact for fact in stated if isinstance(fact, Fact)])
    return lines
