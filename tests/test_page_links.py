"""A watched page (a section without a feed): which of its links are articles. Ours — a headline
of 4 words or more, an address with a slug or a number, not a French/English section, file or
utility page — and courlan's navigation and not-crawlable filters (trafilatura's crawler), which
know the German overview pages and links that lead nowhere a reader goes."""

from __future__ import annotations

import pytest

from veilleur.collect.pages import discover_links
from veilleur.models import Source, SourceKind

PAGE = "https://news.example/region/"
SOURCE = Source(name="p", kind=SourceKind.PAGE, url=PAGE, tag="p")
HEADLINE = "Cyberangriff legt die Stadtwerke lahm"


def _found(*hrefs: str) -> list[str]:
    html = "".join(f'<a href="{href}">{HEADLINE} {n}</a>' for n, href in enumerate(hrefs))
    return [entry.url for entry in discover_links(f"<html><body>{html}</body></html>", PAGE, SOURCE)]


def test_articles_are_found_in_page_order() -> None:
    articles = [
        "https://news.example/2026/03/cyberangriff-legt-stadtwerke-lahm",
        "/politik/ransomware-bei-kliniken-in-hessen",
        "https://news.example/artikel/123456",
    ]
    assert _found(*articles) == [
        "https://news.example/2026/03/cyberangriff-legt-stadtwerke-lahm",
        "https://news.example/politik/ransomware-bei-kliniken-in-hessen",
        "https://news.example/artikel/123456",
    ]


@pytest.mark.parametrize(
    "href",
    [
        # Overview pages courlan knows, which our own list (French and English words) did not.
        "/schlagwort/cyberangriff-auf-die-stadtwerke/",
        "/kategorie/it-sicherheit-und-datenschutz/",
        "/themen/seite/2-alle-artikel-zum-thema/",
        "/topics/data-breach-news-2026/",
        "/archives/2026-03-alle-meldungen/",
        "/user/max-mustermann-123/",
        # Ours still hold.
        "/tag/cyber-attaque-de-la-mairie/",
        "/rubrique/securite-informatique-123/",
        "/mentions-legales/",
        "/files/rapport-annuel-2026.pdf",
    ],
)
def test_overview_utility_and_file_links_are_not_articles(href: str) -> None:
    assert _found(href) == []


def test_impressum_and_login_pages_are_not_articles() -> None:
    assert (
        _found("/impressum-der-redaktion-2026/impressum", "/login?next=/artikel-ueber-ransomware-123") == []
    )


@pytest.mark.parametrize(
    "href",
    [
        "/2026/03/phishing-kit-clones-the-bank-login-page/",
        "/2026/03/flaw-lets-attackers-impersonate-any-user/",
        "/security/hackers-abuse-repository-topics/",
        "/2026/03/ransomware-gang-leaks-data-of-every-author/",
    ],
)
def test_an_article_whose_slug_ends_with_a_navigation_word_is_an_article(href: str) -> None:
    assert _found(href) == ["https://news.example" + href]
