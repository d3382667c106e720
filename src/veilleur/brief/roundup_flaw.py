"""A roundup's flaw: what its record holds from sentences about other items is not said of it.

A weekly recap tells several stories; recognition keeps one flaw record for the page, and its
score, exploitation or fix may come from another item's sentence ("Une vulnérabilité touche
WinRAR ; le score CVSS de la faille est de 9,4 ; la faille est activement exploitée" where 9.4 and
the exploitation were another vendor's flaws, on an audited recap). In a page whose headline says
it is a roundup, a fact of the flaw is kept only when its sentence names the flaw's product or
vendor."""

from __future__ import annotations

from veilleur.enrich.roundups import is_roundup
from veilleur.models import VulnerabilityFacts

_GENERIC = {"0-day", "zero-day", "flaw", "flaws", "bug", "bugs", "vulnerability", "vulnerabilities"}


def _names(facts: VulnerabilityFacts) -> list[str]:
    """The flaw's product and vendor, and the product's first word ("WinRAR" of "WinRAR 0-Day")."""
    product = facts.product or ""
    first = product.split()[0] if product.split() else ""
    names = [facts.vendor or "", product, first]
    return [n.casefold() for n in dict.fromkeys(names) if len(n) >= 3 and n.casefold() not in _GENERIC]


def own_flaw(facts: VulnerabilityFacts | None, title: str) -> VulnerabilityFacts | None:
    """`facts` as said in a briefing of a page headed `title`: unchanged unless the page is a
    roundup; then each fact whose sentence does not name the flaw is left out."""
    if facts is None or not is_roundup(title):
        return facts
    names = _names(facts)

    def naming(sentence: str) -> bool:
        folded = sentence.casefold()
        return any(name in folded for name in names)

    said = {e.value for e in facts.evidence if naming(e.sentence)}
    update: dict[str, object] = {
        "affected_versions": [v for v in facts.affected_versions if naming(v.sentence)],
        "effects": [e for e in facts.effects if naming(e.sentence)],
        "advice": [a for a in facts.advice if naming(a.sentence)],
    }
    if "cvss" not in said:
        update["cvss"] = None
    if "severity" not in said:
        update["severity"] = None
    if not said & {"exploited", "not exploited", "in CISA KEV"}:
        update["exploited"], update["in_kev"] = None, False
    if not said & {"patch", "no patch"}:
        update["patch_available"] = None
    if "fixed version" not in said:
        update["fixed_version"] = None
    if not said & {"workaround", "no workaround"}:
        update["workaround"] = None
    return facts.model_copy(update=update)
