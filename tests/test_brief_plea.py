"""A guilty plea or a verdict is said as what it is, not as "arrests and charges": a tester saw a
plea page told as "Des arrestations et des inculpations ont été annoncées"."""

from __future__ import annotations

from veilleur.brief.backend import BriefRequest
from veilleur.brief.facts import FactsBackend
from veilleur.brief.record_facts import law_statements
from veilleur.enrich import enrich
from veilleur.models import Article


def _said(title: str, text: str, lang: str) -> str:
    article = Article(url="https://news.example/a", canonical_url="https://news.example/a", title=title,
                      text=text, lang=lang)  # fmt: skip
    request = BriefRequest(article=article, intel=enrich(article), outlet="Fictive Daily", url=article.url)
    briefing = FactsBackend().brief(request)
    return "\n".join([briefing.summary, *(f"{p.label} : {p.text}" for p in briefing.key_points)])


PLEA = {
    "en": (
        "Fictive ransomware affiliate pleads guilty in Valbourg court",
        "A fictional ransomware affiliate, Ivan Fictivov, pleaded guilty on Tuesday to conspiracy to "
        "commit computer fraud before the Valbourg federal court, prosecutors said. He was arrested in "
        "Fictivia last year and extradited.",
    ),
    "fr": (
        "Un pirate informatique fictif a plaidé coupable",
        "Un pirate informatique fictif, Ivan Fictivov, a plaidé coupable mardi devant le tribunal "
        "correctionnel pour fraude informatique, a indiqué le parquet.",
    ),
}
VERDICT = (
    "Fictive phishing operator convicted in Valbourg",
    "A fictional phishing operator was found guilty on Monday of wire fraud by a jury in Valbourg, "
    "prosecutors said. Sentencing is set for March.",
)


def test_a_guilty_plea_is_said_as_a_plea_in_both_languages() -> None:
    said = _said(*PLEA["en"], "en")
    assert "plaidoyer de culpabilité" in said.lower() and "inculpation" not in said.lower(), said
    # The French page is not classed law_enforcement (fraud), so its post has no justice statement
    # at all (left: category); the statement its facts give is the plea's.
    title, text = PLEA["fr"]
    article = Article(url="https://news.example/a", canonical_url="https://news.example/a", title=title,
                      text=text, lang="fr")  # fmt: skip
    statements = law_statements(enrich(article), text)
    assert [s.point for s in statements if s.label == "Justice"] == ["Plaidoyer de culpabilité."], statements
    assert not any("nculpation" in s.point for s in statements), statements


def test_a_verdict_is_said_as_a_verdict_and_charges_stay_charges() -> None:
    said = _said(*VERDICT, "en")
    assert "déclaration de culpabilité" in said.lower() and "inculpation" not in said.lower(), said
    charged = _said(
        "Fictive hacker charged in Valbourg",
        "A fictional hacker was charged on Monday with computer intrusion by prosecutors in Valbourg.",
        "en",
    )
    assert "inculpation" in charged.lower() and "culpabilité" not in charged.lower(), charged
