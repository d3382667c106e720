"""A report or a study about ransomware, with no incident stated, ranks below an attack that
happened: the demo's year-end report (priority 40 from its category alone) came above a town
hall's DDoS in the digest."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.models import Article
from veilleur.web import i18n


def _intel(title: str, text: str) -> tuple[int, list[str]]:
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
    assert report <= 10 and any(r.startswith("no incident stated") for r in reasons), reasons
    said = [i18n.reason("fr")(r) for r in reasons]
    assert any(s.startswith("aucun incident rapporté (-") for s in said), said
