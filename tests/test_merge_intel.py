"""A story's intel keeps the stated facts of its articles (the facts briefing is written from it)."""

from __future__ import annotations

from veilleur.cluster.merge import merge_intel
from veilleur.models import AttackFacts, Fact, Intel, VulnerabilityFacts

HEADLINE = "Critical NetGate VPN flaw exploited in the wild, patch now"


def test_one_article_keeps_its_vulnerability_attack_and_law_facts() -> None:
    record = Intel(
        relevant=True,
        relevance_score=0.9,
        category="vulnerability",
        vulnerability=VulnerabilityFacts(
            cvss=9.8, exploited=True, patch_available=True, evidence=[Fact(value="cvss", sentence="9.8")]
        ),
    )
    merged = merge_intel([record])
    assert merged.vulnerability == record.vulnerability


def test_several_articles_give_every_fact_once_and_a_later_true_flag() -> None:
    first = Intel(
        relevant=True,
        relevance_score=0.8,
        category="vulnerability",
        vulnerability=VulnerabilityFacts(
            product="NetGate VPN", cvss=9.8, exploited=False, evidence=[Fact(value="cvss", sentence="s1")]
        ),
        attack=AttackFacts(claimed_by=[Fact(value="Qilin", sentence="Qilin claimed it.")]),
    )
    second = Intel(
        relevant=True,
        relevance_score=0.7,
        category="vulnerability",
        vulnerability=VulnerabilityFacts(
            product="VPN",
            fixed_version="7.4.2",
            exploited=True,
            in_kev=True,
            evidence=[Fact(value="cvss", sentence="s1"), Fact(value="exploited", sentence=HEADLINE)],
        ),
    )
    merged = merge_intel([first, second])
    assert merged.vulnerability is not None
    vuln = merged.vulnerability
    assert (vuln.product, vuln.fixed_version, vuln.cvss) == ("NetGate VPN", "7.4.2", 9.8)
    assert vuln.exploited is True and vuln.in_kev is True
    assert [e.value for e in vuln.evidence] == ["cvss", "exploited"]
    assert merged.attack is not None and [f.value for f in merged.attack.claimed_by] == ["Qilin"]
    assert merged.law_enforcement is None
