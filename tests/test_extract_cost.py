"""Extraction does only the work its result needs: no page date search when the feed gives the
date (the same title, text and canonical URL either way), language from the first 1,500 characters."""

from __future__ import annotations

import gzip
import json

from conftest import shared_path

from veilleur.extract.html import extract_html
from veilleur.extract.lang import detect_language


def test_without_the_page_date_the_same_article_comes_out() -> None:
    folder = shared_path("corpus", "extraction-dev")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((folder / "html").glob("*.html.gz"))[:40]
    assert pages
    dated = 0
    for path in pages:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        url = truth.get(path.name.split(".")[0], {}).get("url", "")
        full, lean = extract_html(html, url, page_date=True), extract_html(html, url, page_date=False)
        assert (lean.title, lean.text, lean.canonical_url, lean.method) == (
            full.title,
            full.text,
            full.canonical_url,
            full.method,
        ), path.name
        assert lean.published is None
        dated += full.published is not None
    assert dated > 10  # the pages do carry dates: the lean path really skipped a search


def test_language_from_the_opening_characters() -> None:
    french = "Le centre hospitalier a été victime d'une cyberattaque par rançongiciel ce week-end. " * 20
    english = "The hospital was hit by a ransomware attack over the weekend, officials said. " * 200
    assert detect_language(french + english) == "fr"  # 1,700 characters of French come first
    assert detect_language(english) == "en"
    assert detect_language("Bonjour") == ""
