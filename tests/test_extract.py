"""Extraction: the article and nothing else, from HTML, text and Markdown captures; pages
without an article are recognised with their reason."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_path

from veilleur.extract import content_hash, extract_article, extract_markup
from veilleur.extract.quality import assess
from veilleur.models import Document, Entry

SEED_TEASERS = [
    "La voiture hybride",
    "Crans-Montana",
    "La fusion entre le CHU",
    "Groupe CHC",
    "MontLegia",
    "Sart Tilman",
    "Gala de boxe",
    "Héliporté",
    "Citadelle",
    "grands brûlés",
    "CHR de Huy",
    "regroupement des 8 hôpitaux",
    "FN Browning",
    "Sprimont",
    "Lire plus",
    "Météo",
    "Recommandations",
]


def doc(text: str, content_type: str) -> Document:
    return Document(
        url="http://127.0.0.1/a",
        final_url="http://127.0.0.1/a",
        status=200,
        content_type=content_type,
        text=text,
    )


def entry(title: str = "", feed_content: str = "") -> Entry:
    return Entry(
        url="http://127.0.0.1/a",
        canonical_url="http://127.0.0.1/a",
        source="t",
        title=title,
        feed_content=feed_content,
    )


def test_seed_capture_keeps_the_article_and_drops_the_teasers() -> None:
    text = shared_path("seeds", "000_2c8f3f87bf6db0f0.txt").read_text(encoding="utf-8")
    article = extract_article(doc(text, "text/plain"), entry())
    assert article.usable and article.lang == "fr"
    assert article.title == "La clinique André Renard victime d'une cyber-attaque"
    assert article.text.startswith("La clinique André Renard à Herstal, a été victime")
    assert "Les urgences ont notamment été déviées" in article.text
    assert article.text.rstrip().endswith("ralentissement conséquent de l'établissement hospitalier")
    for teaser in SEED_TEASERS:
        assert teaser not in article.text, teaser


CAPTURE_NL = """Home | Nieuws | Sport | Weer
Vrijdag 14/11/2026

Ziekenhuis Fictiefstad getroffen door cyberaanval

Het ziekenhuis van Fictiefstad, een verzonnen gemeente, is donderdagnacht getroffen door een cyberaanval met ransomware waarbij verschillende servers werden versleuteld.
De spoeddienst werd omgeleid naar omliggende ziekenhuizen en geplande operaties werden uitgesteld tot maandag, meldt de directie.
De politie en het Centrum voor Cybersecurity onderzoeken de aanval. Volgens het ziekenhuis zijn er voorlopig geen aanwijzingen dat patiëntgegevens zijn gestolen.

Lees ook

Nieuwe fietsbrug over de Schelde geopend
Nieuwe fietsbrug over de Schelde geopend
De brug verbindt beide oevers en werd zaterdag feestelijk ingehuldigd door de burgemeester ...
"""


def test_dutch_capture() -> None:
    title, text, *_ = extract_markup(CAPTURE_NL, "text")
    assert title == "Ziekenhuis Fictiefstad getroffen door cyberaanval"
    assert "spoeddienst werd omgeleid" in text
    assert "fietsbrug" not in text and "Lees ook" not in text and "Home" not in text


MARKDOWN = """[Skip to content](#main)
* [Home](https://news.example/)
* [Security](https://news.example/security)

# Fictional vendor patches actively exploited gateway flaw

By Staff | [Share](https://x.example/share)

The fictional vendor GateCorp has patched a critical flaw in its gateway appliances that attackers have exploited since early November to gain remote access to corporate networks.

The bug, tracked as CVE-2026-40001, lets an unauthenticated attacker run code on the device. **Customers are urged to update immediately** and to review their logs for signs of compromise.

## Related articles

* [Another unrelated story about cloud pricing changes this year](https://news.example/cloud)
"""


def test_markdown_capture() -> None:
    title, text, *_ = extract_markup(MARKDOWN, "markdown")
    assert title == "Fictional vendor patches actively exploited gateway flaw"
    assert "CVE-2026-40001" in text and "Customers are urged to update immediately" in text
    assert "**" not in text and "Skip to content" not in text and "cloud pricing" not in text


PAGE = """<html><head><title>Flaw | Site</title></head><body>
<nav><a href="/">Home</a><a href="/news">News</a><a href="/about">About us</a></nav>
<article><h1>Gateway flaw exploited</h1>
<p>The fictional vendor GateCorp has patched a critical flaw in its gateway appliances that attackers exploited.</p>
<p>The bug, tracked as CVE-2026-40001, lets an unauthenticated attacker run code on the device remotely.</p>
<p>Customers are urged to update immediately and to review their logs for any signs of compromise.</p>
</article>
<section class="comments"><h3>2 Comments</h3><p>First! This is a comment by a reader that is not part of it.</p></section>
<footer>Copyright 2026 Site. All rights reserved.</footer></body></html>"""


def test_html_page() -> None:
    article = extract_article(doc(PAGE, "text/html"), entry(), min_words=20)
    assert article.usable and article.title == "Gateway flaw exploited"
    assert "CVE-2026-40001" in article.text
    assert "Home" not in article.text and "First!" not in article.text and "Copyright" not in article.text


def test_feed_content_is_the_fallback_when_the_page_fails_or_is_thin() -> None:
    feed_html = (
        "<p>"
        + " ".join(["The feed carries the full article text about the ransomware attack."] * 12)
        + "</p>"
    )
    failed = extract_article(None, entry("T", feed_html))
    assert failed.usable and failed.method == "feed" and "ransomware attack" in failed.text
    thin = extract_article(
        doc("<html><body><p>Subscribe now.</p></body></html>", "text/html"), entry("T", feed_html)
    )
    assert thin.usable and thin.method == "feed"


@pytest.mark.parametrize(
    ("title", "text", "reason"),
    [
        ("404 Not Found", "The page you requested could not be found.", "error page"),
        ("Oops", "Erreur critique : le serveur SQL est temporairement indisponible.", "error page"),
        (
            "Just a moment...",
            "Our systems have detected unusual traffic from your computer network.",
            "bot check",
        ),
        ("Story", "Subscribe to continue reading. " + "word " * 60, "paywalled"),
        ("ISC Stormcast For Thursday, March 5th, 2026", "Listen now: podcast audio " + "x " * 40, "podcast"),
        ("Short", "Only a few words here.", "too little text"),
        ("Empty", "", "empty page"),
    ],
)
def test_unusable_pages_are_recognised(title: str, text: str, reason: str) -> None:
    assert reason in assess(title, text, min_words=80)


def test_too_little_text_names_the_setting_that_decides() -> None:
    # A 79-word news item is refused by one word: the analyst must learn which setting to lower.
    reason = assess("Faille fictive corrigée", "mot " * 79, min_words=80)
    assert reason == "too little text (79 words, at least 80 needed: [limits] min_words)"


def test_an_article_about_an_error_page_is_still_an_article() -> None:
    text = "Attackers defaced the ministry website and replaced it with a fake 404 Not Found page. " * 40
    assert assess("Ministry website defaced by hackers", text, min_words=80) == ""


def test_content_hash_ignores_markup_spacing_and_case() -> None:
    assert content_hash("Hello,  World!\n\nSecond para.") == content_hash("hello world second para")
    assert content_hash("Hello world") != content_hash("Hello there world")


def test_extraction_floor_on_the_benchmark_corpus() -> None:
    """The floor only rises: veilleur at least matches plain trafilatura on HTML, and the
    plain-text path stays at or above 0.85 F1 (see bench/extraction.py)."""
    shared_path("corpus", "extraction-dev", "ground-truth.json")
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    import extraction

    scores = extraction.evaluate(extraction.default_shared())
    assert scores["veilleur (HTML)"] >= scores["trafilatura (HTML)"]
    assert scores["veilleur (plain text)"] >= 0.85


@pytest.mark.parametrize(
    "attributes",
    [
        " ".join(f'a{i}="x"' for i in range(100_000)),  # 20 s in libxml2 before, per parse
        " ".join(f"data-k{i}=v" for i in range(100_000)),
        " ".join(f'a{i}=">"' for i in range(60_000)),  # a ">" in a value does not end the tag
        " ".join(f"hidden{i}" for i in range(60_000)),  # attributes without a value
    ],
    ids=["quoted", "unquoted", "gt-in-values", "no-values"],
)
def test_a_tag_with_thousands_of_attributes_costs_no_time_and_keeps_the_text(
    attributes: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No parser is handed the crowded tag (libxml2's cost grows with the square of a tag's
    attributes): each gets the page with that tag's attributes dropped. How long it takes is
    `bench/hostile_inputs.py`'s."""
    import lxml.html
    import trafilatura
    import trafilatura.utils

    from veilleur.crowded import MAX_TAG_ATTRIBUTES, most_attributes
    from veilleur.extract.html import extract_html, fragment_text

    handed: list[int] = []

    def spy(real: Any) -> Any:
        def parse(markup: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(markup, str | bytes):
                text = markup if isinstance(markup, str) else markup.decode("latin-1")
                handed.append(most_attributes(text))
            return real(markup, *args, **kwargs)

        return parse

    monkeypatch.setattr(trafilatura, "bare_extraction", spy(trafilatura.bare_extraction))
    monkeypatch.setattr(trafilatura.utils, "load_html", spy(trafilatura.utils.load_html))
    monkeypatch.setattr(lxml.html, "fragment_fromstring", spy(lxml.html.fragment_fromstring))
    words = "Le rançongiciel a chiffré les serveurs de la mairie fictive de Valbrune lundi. " * 20
    page = f"<html><head><title>T</title></head><body><article {attributes}><h1>T</h1><p>{words}</p></article></body></html>"
    result = extract_html(page, "https://news.example/a")
    fragment = fragment_text(f"<p {attributes}>{words}</p>")
    assert "mairie fictive de Valbrune" in result.text and "mairie fictive de Valbrune" in fragment
    assert len(handed) >= 2 and max(handed) <= MAX_TAG_ATTRIBUTES, handed


# A capture shaped like The Register's pages: the headline at the top, menus, then a standfirst
# heading right above the article.
STANDFIRST_PAGE = """# Red Cross seeks digital mark for protected networks

* [Security](/security/)
* [Off-Prem](/off_prem/)

## Suggests tweaks to IP semantics as one way to identify protected tech

The International Committee of the Red Cross wants to devise a digital equivalent of its emblems, to
signify that certain digital resources are protected and must not be targeted during cyberwarfare.
The committee published a report on the idea and asked network engineers for their views on it.
Several approaches are described, from special domain names to changes in how addresses are read.
"""


def test_the_feeds_headline_wins_over_a_standfirst_and_both_leave_the_text() -> None:
    feed_title = "Red Cross seeks digital mark for protected networks &#8216;now&#8217;"
    article = extract_article(doc(STANDFIRST_PAGE, "text/markdown"), entry(feed_title), min_words=20)
    assert article.title == "Red Cross seeks digital mark for protected networks ‘now’"
    assert article.text.startswith("The International Committee")
    # Without a feed title (a single URL, a capture), the page's own headline, not its standfirst.
    alone = extract_article(doc(STANDFIRST_PAGE, "text/markdown"), entry(), min_words=20)
    assert alone.title == "Red Cross seeks digital mark for protected networks"
    # A feed title cut short gives way to the page's.
    cut = extract_article(doc(STANDFIRST_PAGE, "text/markdown"), entry("Red Cross seeks…"), min_words=20)
    assert cut.title == alone.title


def test_a_page_of_a_head_and_no_body_gives_no_text_and_never_raises() -> None:
    # lxml's fragment parser asserts ("too many bodies: []") on such a document; the fallback read it.
    from veilleur.extract.html import extract_html, fragment_text

    scripts = '<script type="application/ld+json">{"author": [' * 50 + "</script>"
    page = f"<html><head>{scripts}</head></html>"
    assert fragment_text(page) == ""
    assert extract_html(page).text == ""
    article = extract_article(
        Document(
            url="https://example.org/a",
            final_url="https://example.org/a",
            status=200,
            text=page,
            content_type="text/html",
        ),
        Entry(
            url="https://example.org/a", canonical_url="https://example.org/a", source="s", title="A title"
        ),
    )
    assert not article.usable


# Titles as feeds and Markdown captures write them: character references, decoded once. SANS ISC's
# feed double-encodes a line break ("&#x26;#xa;Open Now: …"), which reached enrich as
# "&#xa;Open Now: …"; a headline about "&amp;amp;" keeps the "&amp;" it writes.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "&#x26;#xa;Open Now: Fictional Hack Quest &#x26; Co, (Sat, Dec 10th)",
            "Open Now: Fictional Hack Quest & Co, (Sat, Dec 10th)",
        ),
        ("&#xa;Quickie: Fictional &amp; Odd&#8217;s cracking", "Quickie: Fictional & Odd’s cracking"),
        ("Fictional packet day: Neighbor Discovery&&#x23;x21;", "Fictional packet day: Neighbor Discovery!"),
        ("Why &amp;amp; shows in the Fictional CMS", "Why &amp; shows in the Fictional CMS"),
    ],
)
def test_a_titles_references_are_decoded_once(raw: str, expected: str) -> None:
    body = "The fictional Ostrava Labs challenge opens today with a new set of puzzles. " * 12
    from_feed = extract_article(doc(f"# Other heading\n\n{body}", "text/markdown"), entry(raw))
    assert from_feed.title == expected
    capture = f"# {raw}\n\n{body}"
    from_page = extract_article(doc(capture, "text/markdown"), entry())
    assert from_page.title == expected
    title, *_ = extract_markup(capture, "markdown")
    assert title == expected
