"""Faithfulness of the facts briefing, fourth audit (news-dev pages no label file names): the day
a victim became aware of an intrusion was said as the day of the attack, a count that a share was
taken of as the count whose data was stolen. Fictional pages and records only."""

from __future__ import annotations

import pytest

from veilleur.brief.record_facts import attack_statements
from veilleur.models import AttackFacts, Fact, Intel


@pytest.mark.parametrize(
    ("sentence", "value", "points"),
    [
        (
            "Harbour Foods became aware of the intrusion on May 23, but the criminals had access from April 14.",
            "on May 23",
            ["Attaque détectée le 23 mai."],
        ),
        (
            "The university system disclosed the incident it detected on May 31, 2025.",
            "on May 31, 2025",
            ["Attaque détectée le 31 mai 2025."],
        ),
        (
            "La clinique a découvert l'intrusion le 3 mars.",
            "le 3 mars",
            ["Attaque détectée le 3 mars."],
        ),
        (
            "Harbour Foods was hit by ransomware on July 30.",
            "on July 30",
            ["Attaque survenue le 30 juillet."],
        ),
    ],
)
def test_the_day_an_intrusion_was_found_is_not_the_day_of_the_attack(
    sentence: str, value: str, points: list[str]
) -> None:
    attack = AttackFacts(when=[Fact(value=value, sentence=sentence)])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [s.point for s in said] == points


@pytest.mark.parametrize(
    "sentence",
    [
        "Ferry Exchange said that less than 1% of its 9.7 million monthly customers were affected.",
        "About 4 percent of the 2.5 million users had their data stolen.",
        "Environ 3 % des 800 000 clients ont vu leurs données volées.",
    ],
)
def test_a_count_a_share_is_taken_of_is_not_whose_data_was_stolen(sentence: str) -> None:
    value = next(
        v for v in ("9.7 million monthly customers", "2.5 million users", "800 000 clients") if v in sentence
    )
    attack = AttackFacts(stolen=[Fact(value=value, sentence=sentence)])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [s.point for s in said] == [], [s.point for s in said]
    # The count itself, said as the count stolen, is stated.
    plain = AttackFacts(
        stolen=[Fact(value="2.5 million users", sentence="Data of 2.5 million users was stolen.")]
    )
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=plain))
    assert [s.point for s in said] == ["Vol des données de 2,5 millions d'utilisateurs."]


@pytest.mark.parametrize(
    ("product", "vendor", "said"),
    [
        # A headline's verb read into the product: the briefing said it three times (heading,
        # summary, key point) with the vendor before it, and the guard refused it as a loop.
        ("Gullwing Transfer Faces Increased Threats", "Harbourware", "Harbourware Gullwing Transfer"),
        ("Gullwing Server Hit by Mass Exploitation", "", "Gullwing Server"),
        ("Larkspur Vulnerablity", "", "Larkspur"),  # the headline's own typo
        ("Gullwing Transfer", "Harbourware", "Harbourware Gullwing Transfer"),
    ],
)
def test_a_headlines_verb_is_no_part_of_the_product(product: str, vendor: str, said: str) -> None:
    from veilleur.brief.record_facts import subject
    from veilleur.models import VulnerabilityFacts

    text = f"Harbourware {product} as scanning surges. A flaw in Gullwing Transfer and Larkspur is exploited."
    assert subject(VulnerabilityFacts(product=product, vendor=vendor or None), text) == said


def test_one_name_spelt_several_ways_by_a_storys_outlets_is_said_once() -> None:
    from veilleur.brief.statements import threat_statements
    from veilleur.models import Named

    names = ["GULLBOT 2.0", "GullBot 2.0", "GullBot 2", "Gull-Bot 2.0", "Larkspur RAT"]
    intel = Intel(relevant=True, relevance_score=1.0, malware=[Named(name=n, canonical=n) for n in names])
    said = [s.point for s in threat_statements(intel)]
    assert said == ["Les logiciels malveillants GULLBOT 2.0 et Larkspur RAT."], said


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Office of Harbourshire's Attorney General", "Office of Harbourshire's Attorney General"),
        ("Centre for Gullwing Security", "Centre for Gullwing Security"),
        ("Office de Tourisme de Larkspur", "l'office de Tourisme de Larkspur"),
        ("Clinique André Renard", "la clinique André Renard"),
    ],
)
def test_an_english_name_gets_no_french_article(name: str, said: str) -> None:
    from veilleur.text.french import with_article

    assert with_article(name) == said


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        (
            "Harbour Health has taken the first steps toward a full recovery by bringing its prescription "
            "service back online.",
            "Rétablissement partiel des services.",
        ),
        (
            "La mairie a rétabli une partie de ses services, en partie seulement.",
            "Rétablissement partiel des services.",
        ),
        ("Harbour Health said all its systems were restored on Friday.", "Rétablissement des services."),
    ],
)
def test_a_restoration_said_partial_is_not_said_whole(sentence: str, point: str) -> None:
    from veilleur.brief.statements import impact_statements
    from veilleur.models import ImpactRecord

    record = ImpactRecord(kind="services_restored", sentence=sentence)
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=[record]))
    assert [s.point for s in said] == [point]


def test_a_cve_cited_in_passing_does_not_head_a_page_that_is_no_advisory() -> None:
    from veilleur.brief.facts import heading
    from veilleur.models import Category, CveMentionRecord

    title = "Fictive Lab counts 900 exploited flaws in 2031"
    lead = "Fictive Lab counted 900 flaws exploited in the wild in 2031. Most were in edge devices. "
    later = "Old flaws stay popular: CVE-2021-44228 is still scanned for every day."
    cves = [CveMentionRecord(id="CVE-2021-44228", sentence=later)]
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.RESEARCH_TOOLING, cves=cves)
    said = heading(intel, title, False, "Fictive Wire", lead + "Filler sentence here. " * 3 + later)
    assert "CVE-2021-44228" not in said, said
    # Named in its lead, it heads it.
    said = heading(intel, title, False, "Fictive Wire", later + " " + lead)
    assert said.endswith("CVE-2021-44228"), said
