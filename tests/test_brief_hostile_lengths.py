"""The facts briefing of an article stays within the guard's bounds whatever the lengths the article
gives it: a headline of 6,000 characters (the French heading quoted it whole), a 2,300-character
run read as a name, a story reported by 400 outlets. Each made a briefing the guard refused (too
long, not French, a repeated run), so the article was held pending at every run and never
published. Fictional inputs only."""

from __future__ import annotations

from veilleur.brief.writer import write_without_model
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.models import Article, BriefRequest, Intel, Victim, VulnerabilityFacts
from veilleur.models.intel import NAME_CHARS

URL = "https://news.example/a"


def _write(
    title: str, text: str, lang: str, also: tuple[tuple[str, str], ...] = ()
) -> tuple[str, str, list[str]]:
    article = Article(url=URL, canonical_url=URL, title=title, text=text, lang=lang)
    request = BriefRequest(article=article, intel=enrich(article), outlet="Fictive Daily", url=URL, also=also)
    outcome = write_without_model(BriefConfig(), request, "h")
    assert outcome.status == "facts", outcome.report.rejected
    assert outcome.briefing is not None
    return outcome.briefing.heading, outcome.briefing.summary, [p.text for p in outcome.briefing.key_points]


def test_a_french_headline_of_thousands_of_words_gives_a_published_briefing() -> None:
    title = "Les menaces " + "de la sécurité " * 400
    text = "Les autorités rappellent l'importance des sauvegardes. Le rapport publié lundi le confirme."
    heading, _, _ = _write(title, text, "fr")
    assert heading.startswith("Cybersécurité : Les menaces de la sécurité") and heading.endswith("…")
    assert len(heading) < 300


def test_a_run_read_as_a_name_is_cut_and_the_briefing_published() -> None:
    run = "-".join(f"Zork{i}" for i in range(300))  # 2,300 characters, no space
    heading, summary, _ = _write(f"Hackers breach {run}", "The firm was breached on Monday.", "en")
    assert "Zork0-Zork1" in heading and len(heading) < NAME_CHARS + 40
    assert run not in summary


def test_a_story_told_by_hundreds_of_outlets_names_a_few() -> None:
    also = tuple((f"Outlet {i}", f"https://o{i}.example/a") for i in range(400))
    text = "The fictional Quillpage hospital in Valbrune was hit by ransomware on Monday, the hospital said."
    _, _, points = _write("Ransomware attack on Quillpage hospital", text, "en", also)
    coverage = next(p for p in points if p.startswith("Sujet rapporté par"))
    assert (
        coverage
        == "Sujet rapporté par Fictive Daily, Outlet 0, Outlet 1, Outlet 2, Outlet 3, Outlet 4, Outlet 5 et 394 autres sources."
    )


def test_names_are_bounded_however_the_record_is_filled() -> None:
    long = "Quill " * 100
    facts = VulnerabilityFacts()
    facts.product = long  # enrichment fills the flaw's facts field by field
    assert facts.product is not None and len(facts.product) <= NAME_CHARS and facts.product.endswith("…")
    twins = [Victim(name=f"{long}Alpha"), Victim(name=f"{long}Beta"), Victim(name="Valbrune")]
    intel = Intel(relevant=True, relevance_score=1.0, victims=twins)
    assert [v.name for v in intel.victims] == [twins[0].name, "Valbrune"]  # the two read alike once cut
