"""A French headline the facts briefing quotes in its heading is the outlet's text, not ours: what
the guard refuses in a published text (a placeholder or impossible CVE id) must not keep the article
from being published. Fictional headlines and texts."""

from __future__ import annotations

import pytest

from veilleur.brief.writer import write_without_model
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.models import Article, BriefRequest

URL = "https://news.example/a"
TEXT = "Les autorités rappellent l'importance des sauvegardes. Le rapport publié lundi le confirme. " * 3
FLAW = (
    "Le routeur fictif Quillpage a une faille critique exploitée par des pirates, a indiqué l'éditeur. " * 3
)


@pytest.mark.parametrize(
    "title",
    [
        "Faille critique CVE-2025-XXXX dans les routeurs Quillpage",
        "Sauvegardes : CVE-2031-12345, la faille du futur",
        "Sauvegardes : les CVE-N/A du rapport",
    ],
)
@pytest.mark.parametrize("text", [TEXT, FLAW], ids=["backups", "flaw"])
def test_a_headline_naming_no_valid_cve_id_does_not_hold_the_article(title: str, text: str) -> None:
    """The heading quoted the headline whole and the guard refused it ('heading: cve malformed:
    CVE-2025-XXXX'): the article was held pending at every run, never published."""
    article = Article(url=URL, canonical_url=URL, title=title, text=text, lang="fr")
    request = BriefRequest(article=article, intel=enrich(article), outlet="Fictive Daily", url=URL)
    outcome = write_without_model(BriefConfig(), request, "h")
    assert outcome.status == "facts", outcome.report.rejected
    assert outcome.briefing is not None
    assert "CVE-" not in outcome.briefing.heading
    assert outcome.briefing.heading.endswith("article de Fictive Daily")
