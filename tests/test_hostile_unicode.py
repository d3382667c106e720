"""Letters the places' pattern reads as another: "İ" (Turkish capital dotted I), "ı" (dotless i) and
"ſ" (long s) match "i" and "s" case-insensitively, but their lower case is not "i" nor "s" ("İ"
lowers to two characters). A page writing "İstanbul" raised a KeyError in find_countries, and its
article failed enrichment at every run. Fictional sentences only."""

from __future__ import annotations

import pytest

from veilleur.collect.charset import decode
from veilleur.enrich import enrich
from veilleur.enrich.geo import country_positions, find_countries, place_spans
from veilleur.models import Article


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hackers hit a Quillpage branch in İstanbul on Monday.", "TR"),
        ("İSTANBUL: Quillpage branch hacked.", "TR"),
        ("A Quillpage branch in RUSSıA was hacked.", "RU"),
        ("A Quillpage branch in Ruſſia was hacked.", "RU"),
    ],
)
def test_a_place_written_with_letters_of_another_case_is_read(text: str, code: str) -> None:
    assert find_countries(text) == [code]
    assert [c for c, _ in country_positions(text)] == [code]
    assert len(place_spans(text)) == 1


def test_an_article_on_istanbul_is_enriched() -> None:
    text = "İstanbul'daki Quillpage hastanesi fidye yazılımı saldırısına uğradı. The Quillpage hospital in İSTANBUL was hit by ransomware."
    url = "https://news.example/tr"
    intel = enrich(Article(url=url, canonical_url=url, title="Ransomware hits İstanbul hospital", text=text))
    assert "TR" in intel.countries


def test_a_utf8_page_with_a_stray_byte_stays_utf8() -> None:
    """One invalid byte (a truncated response, an injected "\\xff") in a short UTF-8 page without a
    declared charset: statistical detection read the whole page as Shift-JIS ("Quill窶坑it")."""
    body = (
        "Le groupe Quill\u200dBit a revendiqué l'attaque contre la clinique Quillpage.\n".encode() + b"\xff"
    )
    text, encoding = decode(body)
    assert encoding == "utf-8"
    assert text == "Le groupe Quill\u200dBit a revendiqué l'attaque contre la clinique Quillpage.\n\ufffd"


@pytest.mark.parametrize(
    ("text", "charset"),
    [
        ("Хакеры атаковали больницу в Москве; системы отключены.", "cp1251"),
        ("ランサムウェア攻撃で病院のシステムが停止した。", "shift_jis"),
        ("La clinique de Liège a été attaquée, selon sa direction.", "latin-1"),
    ],
)
def test_a_page_in_another_charset_is_not_read_as_utf8(text: str, charset: str) -> None:
    assert decode(text.encode(charset))[0] == text


def test_an_article_with_a_lone_surrogate_is_enriched() -> None:
    # A lone surrogate no decoder of ours lets through, but a plugin's text could hold one: the
    # rules' automaton reads UTF-8 and raised UnicodeEncodeError, failing the article at every run.
    article = Article(
        url="https://news.example/s",
        canonical_url="https://news.example/s",
        title="Quillpage hit by ransomware \udfff",
        text="Hackers hit Quillpage \ud800 in a ransomware attack, the company said on Monday.",
        lang="en",
    )
    assert "\ufffd" in article.title and "\ud800" not in article.text
    intel = enrich(article)
    assert intel.category == "ransomware" and [v.name for v in intel.victims] == ["Quillpage"]
