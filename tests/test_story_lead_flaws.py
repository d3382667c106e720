"""Two reports that share a CVE id which one of them only recalls: its lead names other flaws
(a catalogue round-up recalling last week's flaw in its last paragraph), none of which the other
report names. Two events, in English and in French; reports whose leads name one flaw join.
Fictional texts."""

from __future__ import annotations

from datetime import date

from veilleur.cluster.features import Features, Input, decode, encode, features_for
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, CveMentionRecord, Intel

DAY = date(2026, 7, 9)
PAD = " The agency gave federal bodies three weeks to apply the fixes or stop using the products." * 6
ROUNDUP = (
    "The Fictional Agency on Monday added four flaws to its catalog of exploited vulnerabilities: "
    "CVE-2016-40001 in Quillgate Mail, CVE-2018-40002 in the Zeta framework, CVE-2019-40003 in "
    "Acme Portal and CVE-2019-40004 in Borealis Suite." + PAD + " Last week the agency had added "
    "CVE-2026-45777, the FrobGate 2 flaw in Norland gateways."
)
FROBGATE = (
    "Several exploits now circulate for CVE-2026-45777, the FrobGate 2 flaw in Norland gateways, "
    "and many gateways are still unpatched, researchers at Fictional Labs warn."
)
FROBGATE_OTHER = (
    "Researchers at Fictional Labs say attackers use public exploits for CVE-2026-45777 in Norland "
    "gateways, the flaw dubbed FrobGate 2, to hijack sessions."
)
ROUNDUP_FR = (
    "L'Agence fictive a ajouté lundi quatre failles à son catalogue des vulnérabilités exploitées : "
    "CVE-2016-40001 dans Quillgate Mail, CVE-2018-40002 dans le cadriciel Zeta, CVE-2019-40003 "
    "dans Acme Portal et CVE-2019-40004 dans Borealis Suite."
    + " L'agence donne trois semaines aux administrations pour appliquer les correctifs."
    * 6
    + " La semaine dernière, l'agence avait ajouté CVE-2026-45777, la faille FrobGate 2 des "
    "passerelles Norland."
)
FROBGATE_FR = (
    "Plusieurs exploits circulent pour CVE-2026-45777, la faille FrobGate 2 des passerelles "
    "Norland, et de nombreuses passerelles ne sont toujours pas corrigées, selon Fictional Labs."
)


def _report(article_id: str, title: str, text: str, day: date = DAY) -> Features:
    from veilleur.enrich.cves import unique_cves

    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.VULNERABILITY,
        cves=[CveMentionRecord(id=cve, sentence=text) for cve in unique_cves(text)],
    )
    return features_for([Input(article_id, day, title, text, f"wire {article_id}", intel)])[0]


def test_the_lead_names_the_flaws_the_body_recalls_others() -> None:
    roundup = _report("roundup", "Fictional Agency adds four flaws to its exploited catalog", ROUNDUP)
    assert roundup.lead_cves == {"CVE-2016-40001", "CVE-2018-40002", "CVE-2019-40003", "CVE-2019-40004"}
    assert "CVE-2026-45777" in roundup.cves - roundup.lead_cves
    # Stored and read back as computed.
    assert decode("roundup", DAY, *encode(roundup)).lead_cves == roundup.lead_cves


def test_a_roundup_recalling_a_flaw_and_that_flaws_report_stay_apart() -> None:
    roundup = _report("roundup", "Fictional Agency adds four flaws to its exploited catalog", ROUNDUP)
    exploits = _report(
        "exploits", "FrobGate 2 exploits are out for Norland gateways", FROBGATE, date(2026, 7, 8)
    )
    score, signals = Clusterer().score(roundup, exploits, 0.6, 0.02)
    assert str(signals[-1]) == "different CVE ids" and score < Weights().join


def test_in_french_too() -> None:
    roundup = _report("tour", "L'Agence fictive ajoute quatre failles à son catalogue", ROUNDUP_FR)
    exploits = _report(
        "exploits", "Des exploits pour la faille FrobGate 2 circulent", FROBGATE_FR, date(2026, 7, 8)
    )
    score, signals = Clusterer().score(roundup, exploits, 0.6, 0.02)
    assert str(signals[-1]) == "different CVE ids" and score < Weights().join


def test_two_reports_whose_leads_name_the_same_flaw_join_in_either_language() -> None:
    exploits = _report(
        "exploits", "FrobGate 2 exploits are out for Norland gateways", FROBGATE, date(2026, 7, 8)
    )
    other = _report(
        "other", "Attackers hijack Norland gateway sessions with FrobGate 2 exploits", FROBGATE_OTHER
    )
    french = _report("fr", "Des exploits pour la faille FrobGate 2 circulent", FROBGATE_FR)
    for one in (other, french):
        score, signals = Clusterer().score(one, exploits, 0.6, 0.02)
        assert "different CVE ids" not in [str(s) for s in signals] and "shared CVE CVE-2026-45777" in [
            str(s) for s in signals
        ]
        assert score >= Weights().join
