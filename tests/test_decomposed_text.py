"""A page written in Unicode's decomposed form ("e" followed by U+0301 for "é": some editors, CMSs
and PDF copies write so) is read as its composed twin: every rule is written in composed letters,
and the decomposed French report of a ransomware attack on a hospital lost its category, victim,
sector, impacts and ransom. Fictional inputs only."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Any

import pytest

from veilleur.batch import batch_document
from veilleur.cluster.features import features_of
from veilleur.enrich import enrich
from veilleur.extract import extract_article
from veilleur.models import Article, Entry

TITLE = "Cyberattaque contre l'hôpital de Valbrune : les urgences déviées"
TEXT = (
    "L'hôpital de Valbrune a été victime d'une attaque par rançongiciel le 12 août, a indiqué la direction. "
    "Les urgences ont été déviées vers d'autres établissements et des opérations ont été reportées. "
    "Le groupe LockBit a revendiqué l'attaque et réclame une rançon de 2 millions d'euros."
)


def _nfd(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    return decomposed


def _read(title: str, text: str) -> tuple[object, ...]:
    url = "https://news.example/a"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="fr"))
    features = features_of("a", date(2026, 8, 13), title, text)
    return (
        intel.category,
        [(v.name, v.sectors) for v in intel.victims],
        [i.kind for i in intel.impacts],
        intel.attack and [f.value for f in intel.attack.ransom],
        sorted(features.victims),
        sorted(features.title_words),
    )


def test_a_decomposed_page_is_read_as_its_composed_twin() -> None:
    composed = _read(TITLE, TEXT)
    assert composed[0] == "ransomware" and composed[1] and composed[2]  # the twin is read
    assert _read(_nfd(TITLE), _nfd(TEXT)) == composed


def test_articles_and_entries_hold_composed_text() -> None:
    url = "https://news.example/a"
    article = Article(url=url, canonical_url=url, title=_nfd(TITLE), text=_nfd(TEXT))
    assert (article.title, article.text) == (TITLE, TEXT)
    assert Entry(url=url, canonical_url=url, source="s", title=_nfd(TITLE)).title == TITLE
    document, entry, error = batch_document(
        {"markdown": f"# {_nfd(TITLE)}\n\n{_nfd(TEXT)}\n", "title": _nfd(TITLE)}
    )
    assert document is not None and entry is not None, error
    extracted = extract_article(document, entry)
    assert extracted.title == TITLE and "L'hôpital de Valbrune a été victime" in extracted.text


def _hidden(text: str, mark: str) -> str:
    """`text` with `mark` inside every word of six letters or more ("ran\\u00adsomware")."""
    return re.sub(r"(\w{3})(\w{3})", rf"\1{mark}\2", text)


# the soft hyphen (&shy;) of German and Dutch sites, zero-width spaces, joiners and BOMs; the
# direction marks and controls (LRM, RLM, ALM, embeddings, overrides, isolates), the combining
# grapheme joiner, fillers, variation selectors and tag characters: Unicode's default-ignorable
# characters, which show nothing inside a Latin word ("North\u200ebank" was a victim of its own,
# "Lock\u200fBit" no threat)
MARKS = [
    "\u00ad", "\u200b", "\u2060", "\ufeff", "\u200d", "\u200c", "\u200e", "\u200f", "\u061c", "\u202a",
    "\u202e", "\u2066", "\u2069", "\u034f", "\u115f", "\u17b4", "\u180b", "\u3164", "\ufe0f", "\uffa0",
    "\U000e0041", "\u2064", "\u206a", "\u200e\u200f",
]  # fmt: skip


def _edged(text: str, mark: str) -> str:
    """`text` with `mark` on both sides of every word ("\\u200eValbrune\\u200e, …")."""
    return re.sub(r"(\w+)", rf"{mark}\1{mark}", text)


@pytest.mark.parametrize("mark", MARKS[6:], ids=["+".join(f"U+{ord(c):04X}" for c in m) for m in MARKS[6:]])
def test_characters_that_show_nothing_around_words_hide_no_word(mark: str) -> None:
    assert _read(_edged(TITLE, mark), _edged(TEXT, mark)) == _read(TITLE, TEXT)


@pytest.mark.parametrize("mark", MARKS, ids=["+".join(f"U+{ord(c):04X}" for c in m) for m in MARKS])
def test_characters_that_show_nothing_inside_words_hide_no_word(mark: str) -> None:
    assert _read(_hidden(TITLE, mark), _hidden(TEXT, mark)) == _read(TITLE, TEXT)
    url = "https://news.example/a"
    assert Article(url=url, canonical_url=url, title="t", text=_hidden(TEXT, mark)).text == TEXT


def test_joiners_that_shape_what_is_shown_stay() -> None:
    url = "https://news.example/a"
    shown = (
        "L'équipe 👩\u200d💻 de Valbrune et le mot persan می\u200cخواهم, ❤\ufe0f, "
        "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f, \u05e9\u05dc\u200f\u05d5\u05dd"
    )
    assert Article(url=url, canonical_url=url, title=shown, text=shown).text == shown


def _fullwidth(text: str) -> str:
    return text.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)})


def _ligatures(text: str) -> str:
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


def _bold(text: str) -> str:
    # Mathematical bold letters and digits, as social-media reposts write bold text
    return text.translate(
        {code: 0x1D400 + code - 0x41 for code in range(0x41, 0x5B)}
        | {code: 0x1D41A + code - 0x61 for code in range(0x61, 0x7B)}
        | {code: 0x1D7CE + code - 0x30 for code in range(0x30, 0x3A)}
    )


@pytest.mark.parametrize("written", [_ligatures, _fullwidth, _bold])
def test_ligatures_and_fullwidth_letters_read_as_the_letters_they_show(written: Any) -> None:
    title = "Quillpage confirms ransomware attack, fixes critical flaw CVE-2025-1234"
    text = (
        "Quillpage Hospital confirmed it was hit by a ransomware attack on Monday. The firm said ambulances were "
        "diverted. The critical flaw CVE-2025-1234 in Quillpage Gateway, actively exploited, was fixed in version "
        "4.2.1. The LockBit gang claimed the attack and demanded a $2 million ransom."
    )
    assert written(title) != title

    def read(title: str, text: str) -> tuple[object, ...]:
        url = "https://news.example/a"
        intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="en"))
        flaw = intel.vulnerability
        return (
            intel.relevant,
            intel.category,
            [v.name for v in intel.victims],
            flaw and (flaw.fixed_version, flaw.exploited),
            [i.kind for i in intel.impacts],
        )

    plain = read(title, text)
    assert plain[0] and plain[3] == ("4.2.1", True)
    assert read(written(title), written(text)) == plain


def test_a_control_character_between_two_words_reads_as_a_space() -> None:
    """A feed title's '&#1;' (feedparser decodes it, parse_feed keeps it) glued two words of a
    name: the victim was 'Quillpage', and the control character went on into the record, the
    posts' inputs and the charts."""
    from veilleur.collect.feeds import parse_feed
    from veilleur.models import Source, SourceKind

    source = Source(name="s", kind=SourceKind.FEED, url="https://news.example/feed", tag="s")
    lead = "The fictional Quillpage Hospital in Valbrune was hit by ransomware on Monday, its director said. "
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
        "<title>Ransomware hits Quillpage&#1;Hospital&#31;in&#127;Valbrune&#150;again</title>"
        f"<link>https://news.example/a</link><description>{lead * 3}</description></item></channel></rss>"
    ).encode()
    entry = parse_feed(
        body, "application/rss+xml", source, source.url, datetime(2026, 11, 20, tzinfo=UTC)
    ).entries[0]
    article = extract_article(None, entry)
    assert entry.title == article.title == "Ransomware hits Quillpage Hospital in Valbrune–again"
    assert "Quillpage Hospital" in [victim.name for victim in enrich(article).victims]
