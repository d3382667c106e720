"""On a page telling of a suit over a breach, the lawyers are the suing party: their words never give
the breached firm its sector (a breached law firm is described as one). Every organisation and
sentence is fictional."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.sector_words import sued
from veilleur.enrich.victim_descriptions import own_noun_phrase
from veilleur.enrich.victim_sectors import own_sectors, victim_sectors
from veilleur.models import Article, Sector


def _sectors(title: str, text: str) -> dict[str, list[Sector]]:
    url = "https://news.example/2026/02/suit"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="en"))
    return {v.name: v.sectors for v in intel.victims}


_TITLE = "Lawyer sees 900 complainants sign up to Velmora breach class action"
_TEXT = (
    "The law firm that last month sent a letter of claim to Velmora over a security breach in March says "
    "it has signed up nearly 900 clients. Velmora confirmed the intrusion in April."
)


def test_the_suing_lawyers_give_the_victim_no_sector() -> None:
    text = f"{_TITLE}\n{_TEXT}"
    assert Sector.LEGAL not in victim_sectors("Velmora", text, sole=True)
    assert Sector.LEGAL not in _sectors(_TITLE, _TEXT).get("Velmora", [])


def test_a_breached_law_firm_is_still_one() -> None:
    text = (
        "Clients sue Harrow & Pell over data breach\n"
        "Harrow & Pell, a Leeds law firm, faces a class action after attackers stole client files."
    )
    assert own_sectors("Harrow & Pell", text)[:1] == [Sector.LEGAL]


def test_law_words_are_another_partys_only_on_a_page_about_a_suit() -> None:
    assert sued(f"{_TITLE}\n{_TEXT}")
    assert not sued("Ransomware hits Velmora\nThe law firm Velmora said files were encrypted.")


def test_the_noun_phrase_before_a_name_is_after_another_partys_clause() -> None:
    assert own_noun_phrase("Lawyer sees 900 complainants sign up to ") == ""
    assert own_noun_phrase("ransomware attack on pathology lab ") == "pathology lab "
    # (the Romance "de" joins an institution to its name: no English preposition there)
    assert own_noun_phrase("une cyberattaque contre l'hôpital de ").endswith("l'hôpital de ")
