"""A report or a study about ransomware, with no incident stated, ranks below an attack that
happened: the demo's year-end report (priority 40 from its category alone) came above a town
hall's DDoS in the digest."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.models import Article, PriorityReason, ReasonCode
from veilleur.web import i18n


def _intel(title: str, text: str) -> tuple[int, list[PriorityReason]]:
    article = Article(url="https://news.example/a", canonical_url="https://news.example/a", title=title,
                      text=text, lang="en")  # fmt: skip
    intel = enrich(article)
    return intel.priority, intel.priority_reasons


REPORT = (
    "Fictive Threat Lab year-end report: ransomware leak sites named more victims than ever",
    "Ransomware gangs listed more victims on their leak sites this year than ever before, according "
    "to the year-end report of Fictive Threat Lab, a fictional research team. The report counts 4,100 "
    "organisations named on extortion sites, up 12% on last year. The team advises organisations to "
    "keep offline backups.",
)
ATTACK = (
    "Fictive Foods hit by ransomware",
    "Fictive Foods, a fictional food maker, was hit by a ransomware attack on Monday that encrypted "
    "its servers and shut down production at two plants, the company said.",
)
DDOS = (
    "Valbourg town hall website knocked offline by DDoS attack",
    "The website of Valbourg town hall, a fictional French municipality, was knocked offline for six "
    "hours on Tuesday by a distributed denial-of-service attack, the mayor said. Online services for "
    "residents were unavailable.",
)


def test_a_report_without_incident_ranks_below_attacks() -> None:
    report, reasons = _intel(*REPORT)
    attack, _ = _intel(*ATTACK)
    ddos, _ = _intel(*DDOS)
    assert report < min(ddos, attack), (report, ddos, attack)
    assert report <= 10 and any(r.code == ReasonCode.NO_INCIDENT for r in reasons), reasons
    said = [i18n.reason("fr")(r) for r in reasons]
    assert any(s.startswith("aucun incident rapporté (-") for s in said), said


# Attack news whose victim, impact or response the extraction may miss (victim recall is about 0.35
# on pages it was not fitted on): a campaign, a record attack blocked, a gang's new technique. The
# page says it is no report or study, so it keeps its category's priority.
CAMPAIGNS = [
    (
        "Fictive gang's ransomware now hides in SSH tunnels on hypervisors",
        "Operators of the fictional Glaspanther ransomware have been moving through networks over SSH "
        "tunnels before encrypting virtual machines, researchers said in an analysis of recent attacks.",
    ),
    (
        "Hacktivists target German websites with waves of DDoS attacks",
        "A fictional hacktivist group called Nordwind claimed a wave of denial-of-service attacks "
        "against German websites this week, posting a list of targets on its channel.",
    ),
]
STUDIES = [
    ("2025 in review: DDoS attack trends and insights", "DDoS attacks grew in size and number during the "
     "year, according to the fictional Fictive Cloud's measurements, which count 1.2 million attacks."),
    ("State of ransomware in 2026", "Ransomware groups multiplied this year, the fictional research "
     "team's annual survey says: 45 active leak sites were counted."),
    ("Rançongiciels : le bilan 2025 de l'Observatoire fictif", "Le nombre de rançongiciels signalés a "
     "augmenté de 12 % selon le rapport annuel de l'Observatoire fictif des menaces."),
]  # fmt: skip


def test_attack_news_with_no_fact_found_keeps_its_categorys_priority() -> None:
    for title, text in CAMPAIGNS:
        priority, reasons = _intel(title, text)
        assert not any(r.code == ReasonCode.NO_INCIDENT for r in reasons), (title, reasons)
        assert priority >= 20, (title, priority, reasons)


def test_a_page_that_calls_itself_a_report_or_a_study_ranks_as_one() -> None:
    for title, text in STUDIES:
        _, reasons = _intel(title, text)
        filed_as_attack = reasons[0].values[0] in {"ransomware", "information-leak", "denial-of-service"}
        assert not filed_as_attack or any(r.code == ReasonCode.NO_INCIDENT for r in reasons), (
            title,
            reasons,
        )
