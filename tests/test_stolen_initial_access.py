"""How attackers got in is not what they took: 'the initial access vector' or 'an access broker'
in a sentence counting customers made the briefing say their data was stolen ('L'article fait
état du vol des données de 3 600 clients' for a company that 'expects to restore services for its
3600 customers within days, while its security team looks for the initial access vector').
On the tune and train labelled pages no stolen fact changes (0 of 97 pages with attack facts).
Fictional text; real extraction, enrichment and facts briefing."""

from __future__ import annotations

import pytest

from veilleur.brief.writer import write_without_model
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.models import Article, BriefRequest

URL = "https://news.example/a"
LEAD = "The fictional firm Alder Ltd was hit by a ransomware attack on Monday, the company said.\n"


def _stolen_and_briefing(sentence: str) -> tuple[list[str], str]:
    article = Article(
        url=URL, canonical_url=URL, title="Ransomware attack on Alder Ltd", text=LEAD + sentence, lang="en"
    )
    intel = enrich(article)
    outcome = write_without_model(
        BriefConfig(), BriefRequest(article=article, intel=intel, outlet="Fictive Daily", url=URL), "h"
    )
    assert outcome.briefing is not None
    text = " ".join([outcome.briefing.summary, *(p.text for p in outcome.briefing.key_points)])
    return [f.value for f in intel.attack.stolen] if intel.attack else [], text


@pytest.mark.parametrize(
    "sentence",
    [
        "It expects to restore services for its 3600 customers within days, while its team looks for "
        "the initial access vector used by the attackers.",
        "An access broker had sold entry to the network weeks before, the firm told its 3600 customers.",
    ],
    ids=["initial-access-vector", "access-broker"],
)
def test_how_attackers_got_in_is_no_theft(sentence: str) -> None:
    stolen, briefing = _stolen_and_briefing(sentence)
    assert stolen == []
    assert "vol d" not in briefing.casefold() and "dérobé" not in briefing


def test_access_to_records_is_still_a_theft() -> None:
    stolen, _ = _stolen_and_briefing("The attackers gained access to 3,600 customer records.")
    assert stolen == ["3,600 customer records"]
