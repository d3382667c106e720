"""One organisation is one victim: its other name in brackets ("X (formerly Y)") is no second
victim. All names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_body import join_aliases
from veilleur.enrich.victim_features import Candidate
from veilleur.models import Article


def _victims(title: str, text: str) -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang="en")
    return [v.name for v in enrich(article).victims]


@pytest.mark.parametrize(
    "text",
    [
        # a capture cut in its opening line
        "Jobs agency Vandrell Works (Corvane Emploi) recently suffered a data bre…",
        "Jobs agency Vandrell Works (Corvane Emploi) recently suffered a data breach that exposed the "
        "personal data of 12 million job seekers. The agency said attackers used an adviser's account.",
        "Jobs agency Vandrell Works (formerly Corvane Emploi) recently suffered a data breach that "
        "exposed the personal data of 12 million job seekers.",
    ],
)
def test_an_organisations_other_name_in_brackets_is_the_same_victim(text: str) -> None:
    assert _victims("Vandrell Works data breach impacted 12 million people", text) == ["Vandrell Works"]


def test_a_place_in_brackets_is_no_other_name() -> None:
    # "Examplecorp (Belgium)" says where it is: the place keeps its own candidate, whatever the model
    # then makes of it, and gives the victim nothing of its spelling.
    found = {
        "pellowmere foods": Candidate("Pellowmere Foods", features={"ent:ORG"}),
        "belgium": Candidate("Belgium", features={"known:place", "ent:GPE"}),
    }
    join_aliases(found, "Food maker Pellowmere Foods (Belgium) was hit by ransomware.")
    assert set(found) == {"pellowmere foods", "belgium"}
    assert "known:place" not in found["pellowmere foods"].features
