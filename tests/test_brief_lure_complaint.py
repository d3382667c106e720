"""The facts backend names the brand a lure impersonates, and tells a complaint still to come as
announced in every language we read (fictional inputs)."""

from __future__ import annotations

import pytest

from veilleur.brief.backend import BriefRequest
from veilleur.brief.facts import FactsBackend
from veilleur.brief.guard import guard_briefing
from veilleur.brief.writer import grounding_sources
from veilleur.enrich import enrich
from veilleur.models import Article, Briefing


def _brief(title: str, text: str, lang: str) -> tuple[Briefing, Briefing]:
    """(briefing, what the guard keeps of it); the guard must accept it and remove nothing."""
    article = Article(url="https://news.example/a", canonical_url="https://news.example/a", title=title,
                      text=text, lang=lang)  # fmt: skip
    request = BriefRequest(article=article, intel=enrich(article), outlet="Outlet", url=article.url)
    briefing = FactsBackend().brief(request)
    kept, report = guard_briefing(
        briefing, grounding_sources(request), request.urls, min_words=20, model=False
    )
    assert report.accepted and not report.removed, report
    return briefing, kept


@pytest.mark.parametrize(
    ("title", "text", "lang", "brand"),
    [
        (
            "Phishing wave targets bank customers",
            "A large phishing campaign is impersonating Northbank, a fictional retail bank, to steal the online "
            "banking credentials of its customers, researchers said on Tuesday. The emails claim that the "
            "account has been suspended and link to a copy of the bank's login page.",
            "en",
            "Northbank",
        ),
        (
            "Scam texts hit parcel customers",
            "Fraudsters posing as Orbis Parcel, a fictional delivery firm, are sending text messages asking for "
            "a small customs fee. The scam steals the card details of those who pay.",
            "en",
            "Orbis Parcel",
        ),
        (
            "Une vague d'hameçonnage vise les clients d'une banque",
            "Une vaste campagne d'hameçonnage se faisant passer pour la banque fictive Crédit Lunaire cherche à "
            "dérober les identifiants bancaires de ses clients, selon des chercheurs. Les courriels affirment "
            "que le compte a été suspendu.",
            "fr",
            "Crédit Lunaire",
        ),
        (
            "Arnaque aux SMS : des frais de dossier réclamés",
            "Des SMS frauduleux envoyés au nom de l'Agence Fictive des Retraites réclament des frais de "
            "dossier. L'arnaque vise à dérober les coordonnées bancaires des victimes.",
            "fr",
            "Agence Fictive des Retraites",
        ),
    ],
)
def test_the_brand_a_lure_impersonates_is_named(title: str, text: str, lang: str, brand: str) -> None:
    # The demo's Northbank page: the post said "une campagne d'hameçonnage" and never whom it imitated.
    _, kept = _brief(title, text, lang)
    points = [p.text for p in kept.key_points if p.label == "Usurpation"]
    assert points and brand in points[0], [p.text for p in kept.key_points]
    assert f"{brand} est usurpée" in kept.summary, kept.summary
    if lang == "en":  # an English headline is not shown: the heading names the brand, not the outlet
        assert kept.heading.endswith((f"l'identité de {brand}", f"l'identité d'{brand}")), kept.heading
        assert kept.heading.startswith("Hameçonnage et fraude : usurpation de"), kept.heading


@pytest.mark.parametrize("count", ["4 000", "4\u00a0000", "4\u202f000"])
def test_a_count_grouped_with_spaces_is_read_whole(count: str) -> None:
    # "Plus de 4 000 courriels" was written "plus de 4 courriels", which the guard then removed.
    text = (
        "Une vaste campagne d'hameçonnage vise les clients d'une banque imaginaire, selon des chercheurs. "
        f"Plus de {count} courriels frauduleux et 37 domaines ont été recensés en deux jours."
    )
    briefing, _ = _brief("Une vague d'hameçonnage", text, "fr")
    points = [" ".join(p.text.split()) for p in briefing.key_points if p.label == "Ampleur"]
    assert points == ["37 domaines et plus de 4 000 courriels."], points  # French spacing aside


def test_a_lure_naming_no_one_names_no_brand() -> None:
    text = (
        "Scammers posing as a delivery company are sending text messages asking for a customs fee. "
        "Northbank said it never asks customers for their codes by text message."
    )
    briefing, _ = _brief("Delivery scam texts", text, "en")
    assert not any(p.label == "Usurpation" for p in briefing.key_points), briefing.key_points
    assert "usurpée" not in briefing.summary


_HOSPITAL = {
    "en": "The Orbelia clinic, a fictional hospital in Belgium, was hit by a ransomware attack on Monday. "
    "Emergency patients were diverted to nearby hospitals. ",
    "fr": "La clinique Sainte-Aurore, un établissement imaginaire, a été victime d'une cyberattaque par "
    "rançongiciel lundi. Les urgences ont été déviées vers d'autres hôpitaux. ",
    "nl": "Het Orbelia-ziekenhuis, een fictief ziekenhuis, werd maandag getroffen door een ransomware-aanval. "
    "De spoedafdeling werd gesloten. ",
    "de": "Das fiktive Klinikum Orbelia wurde am Montag Opfer eines Ransomware-Angriffs. "
    "Die Notaufnahme wurde geschlossen. ",
}


@pytest.mark.parametrize(
    ("lang", "said", "point"),
    [
        ("en", "A complaint will be filed with the Federal Computer Crime Unit.", "Dépôt de plainte annoncé"),
        ("en", "The clinic plans to file a complaint.", "Dépôt de plainte annoncé"),
        ("en", "The clinic will report the incident to the police.", "Dépôt de plainte annoncé"),
        ("en", "The clinic is considering filing a complaint.", "Dépôt de plainte envisagé"),
        ("en", "A police complaint has been lodged.", "Dépôt de plainte."),
        ("fr", "Une plainte sera déposée auprès de la police fédérale.", "Dépôt de plainte annoncé"),
        ("fr", "La direction a déposé plainte mardi.", "Dépôt de plainte."),
        ("nl", "Het ziekenhuis zal aangifte doen bij de politie.", "Dépôt de plainte annoncé"),
        ("nl", "Het ziekenhuis heeft aangifte gedaan.", "Dépôt de plainte."),
        ("nl", "Het ziekenhuis gaat aangifte doen.", "Dépôt de plainte annoncé"),
        # a modal is read as everywhere (veilleur.text.hedges): before, these were complaints filed
        ("nl", "Het ziekenhuis zou aangifte doen bij de politie.", "Dépôt de plainte envisagé"),
        ("nl", "Het ziekenhuis heeft aangifte gedaan; het gaat om gijzelsoftware.", "Dépôt de plainte."),
        ("de", "Das Klinikum wird Anzeige erstatten.", "Dépôt de plainte annoncé"),
        ("de", "Das Klinikum könnte Anzeige erstatten.", "Dépôt de plainte envisagé"),
        ("de", "Das Klinikum hat Strafanzeige gestellt.", "Dépôt de plainte."),
        ("de", "Das Klinikum hat Strafanzeige gestellt, der Vorfall wird untersucht.", "Dépôt de plainte."),
    ],
)
def test_a_complaint_is_filed_announced_or_considered_as_said(lang: str, said: str, point: str) -> None:
    # "a complaint will be filed" was not read at all: only the French future was announced.
    briefing, _ = _brief("Orbelia", _HOSPITAL[lang] + said, lang)
    plaints = [p.text for p in briefing.key_points if p.label == "Plainte"]
    assert plaints and plaints[0].startswith(point), [p.text for p in briefing.key_points]
    if "annoncé" in point:
        assert "une plainte sera déposée" in briefing.summary.lower(), briefing.summary
    if point == "Dépôt de plainte.":
        assert "une plainte a été déposée" in briefing.summary.lower(), briefing.summary


def test_asking_customers_to_report_to_the_police_is_no_complaint() -> None:
    said = "The clinic asked patients to report suspicious calls to the police."
    briefing, _ = _brief("Orbelia", _HOSPITAL["en"] + said, "en")
    assert not any(p.label == "Plainte" for p in briefing.key_points), briefing.key_points
