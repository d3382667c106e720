"""An outlet signs sponsored and partner pieces in the page's byline, which the article's text does
not keep: the byline is read from the served page (meta tags, JSON-LD, byline elements), stored with
the article, and a sponsor's label or, on an outlet that signs its partners' pieces with its own
name, that name makes the page promotional. Fictional pages, served by a real HTTP server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from webserver import Reply, WebServer

from veilleur.collect import fetch_document
from veilleur.collect.http import Fetcher
from veilleur.config import HttpConfig
from veilleur.enrich import enrich
from veilleur.enrich.promotional import promotional_reason
from veilleur.extract import extract_article
from veilleur.extract.html import extract_html
from veilleur.models import Article, Document, Entry
from veilleur.store import Store

# A vendor's piece that quotes people (so the text alone reads as reporting) under a house byline.
_EN_BODY = "".join(
    f"<p>Identity teams at fictional firms struggle with audit questionnaires, analyst Jane Roe said in "
    f"an interview. Part {n}: a trust portal built by Examplesoft lets customers read the answers, "
    f"the company said, and auditors told reporters that it saves weeks of work.</p>"
    for n in range(8)
)
_FR_BODY = "".join(
    f"<p>Les équipes de sécurité des entreprises fictives peinent avec les audits, a déclaré l'analyste "
    f"Marie Exemple. Partie {n} : le portail de confiance d'Examplesoft permet aux clients de lire "
    f"les réponses, selon l'entreprise, et les auditeurs ont affirmé qu'il fait gagner des semaines.</p>"
    for n in range(8)
)


def _page(title: str, byline_markup: str, body: str, lang: str = "en") -> bytes:
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body><article><h1>{title}</h1>'
        f"{byline_markup}{body}</article></body></html>"
    ).encode()


def _house(author: str) -> str:
    # The house's theme: date and author in two spans of the same class, each after an icon glyph.
    return (
        "<div class='postmeta'><span class='author'><i class='icon-font'>&#59394;</i>Mar 04, 2031</span>"
        f"<span class='author'><i class='icon-font'>&#59396;</i>{author}</span></div>"
    )


def _fetched(web: WebServer, http_config: HttpConfig, path: str, page: bytes, address: str) -> Article:
    """The article of a feed item at `address` whose page the loopback server serves at `path`."""
    web.routes[path] = Reply(page)
    with Fetcher(http_config) as fetcher:
        document = fetch_document(Entry(url=web.url(path), canonical_url=web.url(path), source="s"), fetcher)
    return extract_article(document, Entry(url=address, canonical_url=address, source="s"))


def test_house_byline_on_an_outlet_that_signs_partner_pieces_so(
    web: WebServer, http_config: HttpConfig
) -> None:
    title = "How a Trust Portal Ends Your Audit Questionnaire Problem"
    address = "https://thehackernews.com/2031/03/fictional-trust-portal.html"
    partner = _fetched(
        web, http_config, "/partner", _page(title, _house("The Hacker News"), _EN_BODY), address
    )
    assert partner.byline == "The Hacker News"  # the date and the icon glyphs are not the byline
    assert "The Hacker News" not in partner.text  # the text alone cannot tell
    assert promotional_reason(partner.title, partner.text, partner.url, "en") == ""
    intel = enrich(partner)
    assert intel.promotional and not intel.relevant
    assert "own name" in intel.notes[0]
    staff = _fetched(web, http_config, "/staff", _page(title, _house("Ravi Example"), _EN_BODY), address)
    assert staff.byline == "Ravi Example" and not enrich(staff).promotional
    # Metadata naming the house on every page does not outweigh the reporter the page shows.
    meta = "<meta name='author' content='The Hacker News'>" + _house("Ravi Example")
    staff = _fetched(web, http_config, "/staff-meta", _page(title, meta, _EN_BODY), address)
    assert staff.byline == "The Hacker News; Ravi Example" and not enrich(staff).promotional
    # The same house name elsewhere is a name, not a mark.
    other = _fetched(web, http_config, "/other", _page(title, _house("The Hacker News"), _EN_BODY),
                     "https://news.example/2031/03/trust-portal")  # fmt: skip
    assert not enrich(other).promotional


def test_sponsor_labels_in_the_byline_english_and_french(web: WebServer, http_config: HttpConfig) -> None:
    title_fr = "Comment un portail de confiance simplifie vos questionnaires d'audit"
    address = "https://actu.example/2031/03/portail"
    cases = {
        "<p class='byline'>Contenu sponsorisé</p>": True,
        "<meta name='author' content='Publireportage'>": True,
        '<script type="application/ld+json">{"@graph": [{"author": {"name": "En partenariat avec Examplesoft"}}]}'
        "</script>": True,
        "<p class='byline'>Par Marie Exemple</p>": False,
    }
    for number, (markup, promotional) in enumerate(cases.items()):
        page = _page(title_fr, markup, _FR_BODY, "fr")
        article = _fetched(web, http_config, f"/fr{number}", page, address)
        assert enrich(article).promotional is promotional, (markup, article.byline)
    title_en = "How a Trust Portal Ends Your Audit Questionnaire Problem"
    for number, (markup, promotional) in enumerate(
        {
            "<span class='byline'>Sponsored by Examplesoft</span>": True,
            "<a rel='author'>Jane Roe</a>": False,
        }.items()
    ):
        article = _fetched(web, http_config, f"/en{number}", _page(title_en, markup, _EN_BODY), address)
        assert enrich(article).promotional is promotional, (markup, article.byline)


def test_hostile_bylines_are_bounded_and_never_raise() -> None:
    assert extract_html("").byline == "" and extract_html("<<<>").byline == ""
    crowded = "".join(f"<span class='author'>Writer {n}</span>" for n in range(500))
    assert extract_html(f"<html><body>{crowded}</body></html>").byline.count(";") == 9  # ten elements read
    long = "<p class='byline'>" + "word " * 10_000 + "</p>"
    assert extract_html(f"<html><body>{long}</body></html>").byline == ""  # a paragraph is no byline
    broken = '<script type="application/ld+json">{"author": [' * 50 + "</script>"
    assert extract_html(f"<html><head>{broken}</head></html>").byline == ""


def test_the_byline_is_stored_with_the_article(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    link = "https://thehackernews.com/2031/03/fictional.html"
    entry_id = store.entries.add(Entry(url=link, canonical_url=link, source="s", title="t"), date(2031, 3, 4))
    assert entry_id is not None
    article = Article(url=link, canonical_url=link, title="t", text="x " * 100, byline="The Hacker News")
    store.articles.save(entry_id, article, "0" * 64)
    stored = store.articles.get(entry_id)
    assert stored is not None and stored.byline == "The Hacker News"
    assert dict(store.intel.pending())[entry_id].byline == "The Hacker News"
    store.close()


def _capture(title: str, byline_line: str, body: str) -> str:
    """A page as a Markdown capture renders it: menus, the linked headline, the byline line."""
    paragraphs = "\n\n".join(p.replace("</p>", "") for p in body.split("<p>") if p)
    return f"[Home](/)\n\n# [{title}](https://x.example/a)\n\n{byline_line}\n\n{paragraphs}\n"


def _captured(markdown: str, address: str) -> Article:
    document = Document(
        url=address, final_url=address, status=200, content_type="text/markdown", text=markdown
    )
    return extract_article(document, Entry(url=address, canonical_url=address, source="batch"))


def test_the_byline_of_a_markdown_capture_english_and_french() -> None:
    title = "How a Trust Portal Ends Your Audit Questionnaire Problem"
    address = "https://thehackernews.com/2031/03/fictional-trust-portal.html"
    house = "*\ue802*Mar 04, 2031*\ue804*The Hacker NewsEnterprise Security / Compliance"
    partner = _captured(_capture(title, house, _EN_BODY), address)
    assert partner.byline == "The Hacker News"  # the topic labels glued to the name are cut
    assert enrich(partner).promotional
    staff_line = "*\ue802*Mar 04, 2031*\ue804*Ravi ExampleEnterprise Security / Compliance"
    staff = _captured(_capture(title, staff_line, _EN_BODY), address)
    assert staff.byline == "Ravi Example" and not enrich(staff).promotional
    title_fr = "Comment un portail de confiance simplifie vos questionnaires d'audit"
    for line, promotional in {
        "*\ue802*4 mars 2031*\ue804*Contenu sponsorisé": True,
        "Par [Marie Exemple](/auteurs/marie-exemple)": False,
    }.items():
        article = _captured(_capture(title_fr, line, _FR_BODY), "https://actu.example/2031/03/portail")
        assert enrich(article).promotional is promotional, (line, article.byline)
