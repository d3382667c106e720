"""The escaping boundary, context by context: what comes out of each function for hostile and
for ordinary input (ordinary text passes unchanged, so posts keep the reference format)."""

from __future__ import annotations

import csv
import io
import re
import warnings
from datetime import date

import pytest
import yaml

from veilleur.brief.guard import guard_briefing
from veilleur.brief.guard.form import HTML, foreign_links
from veilleur.models import Briefing, Category, Incident, IncidentSource, KeyPoint
from veilleur.publish import escape
from veilleur.publish.jekyll import footer, render_post
from veilleur.publish.register import to_csv
from veilleur.text.slug import SLUG_MAX_BYTES, slugify

ORDINARY = "Le centre hospitalier de Valmont (Belgique) : l'attaque a coûté 2,5 M€ & 3 jours, « selon » lui."


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        (ORDINARY, ORDINARY),
        ("{{ site | jsonify }}", "&#123;&#123; site \\| jsonify &#125;&#125;"),
        ("{% raw %}", "&#123;% raw %&#125;"),
        ('*x*{:onclick="alert(4)"}', '\\*x\\*&#123;:onclick="alert(4)"&#125;'),
        ("<x-a onmouseover=alert(1)>", "\\<x-a onmouseover=alert(1)\\>"),
        ("<!-- c -->", "\\<!-- c --\\>"),
        ("[a [b] c](javascript:alert(1))", "\\[a \\[b\\] c\\](javascript:alert(1))"),
        ("![i](x) `c` ~~s~~ $$m$$ a_b", "!\\[i\\](x) \\`c\\` \\~\\~s\\~\\~ \\$\\$m\\$\\$ a\\_b"),
        ("# titre", "\\# titre"),
        ("- liste", "\\- liste"),
        ("1. liste", "1\\. liste"),
        (": définition", "\\: définition"),
        ("ligne\n\n# titre\r\n<b>", "ligne # titre \\<b\\>"),  # one line: "#" opens nothing there
        ("a\u2028b\x00c\ud800d\ufffee\ufeff", "a b cde"),
    ],
)
def test_text_escapes_for_markdown_and_liquid(raw: str, escaped: str) -> None:
    assert escape.text(raw) == escaped


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Valmont hospital hit by ransomware: 'critical' services down", "Valmont hospital hit by ransomware: critical services down"),
        ("&#x5b;Guest Diary&#x5d; It&#x3f;s $46M 56% __pledge_open | Webinar", "&#x5b;Guest Diary&#x5d; It&#x3f;s $46M 56% __pledge_open | Webinar"),
        ("XSS {{7*7}} <script>[a](javascript:x)", "XSS &#123;&#123;7*7&#125;&#125; &lt;script&gt;&#91;a&#93;(javascript:x)"),
        ("a\ud800b\uffffc\U0010fffed\nline", "abcd line"),
    ],
)  # fmt: skip
def test_title_for_front_matter(raw: str, shown: str) -> None:
    assert escape.title(raw) == shown
    assert escape.title(shown) == shown  # idempotent: a stored title re-rendered stays the same
    assert yaml.safe_load(f"title: '{shown}'")["title"] == shown


def test_long_titles_are_capped_at_a_word() -> None:
    real_longest = "x" * 200 + " words" * 5 + "!!"  # 232 characters: kept as is
    assert escape.title(real_longest) == real_longest
    long = " ".join(["ransomware"] * 40)
    capped = escape.title(long)
    assert len(capped) <= escape.TITLE_MAX_CHARS and capped.endswith("ransomware…")
    assert escape.title(capped) == capped


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("https://news.example/a b(c)", "https://news.example/a%20b%28c%29"),
        ("HTTP://News.Example:8080/x?q=1#f", "http://news.example:8080/x?q=1#f"),
        ("https://user:pass@news.example/feed", "https://news.example/feed"),
        ('https://news.example/{{7*7}}<x>"', "https://news.example/%7B%7B7*7%7D%7D%3Cx%3E%22"),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("javascript:alert(1)", ""),
        (" JavaScript:alert(1)", ""),
        ("data:text/html,<script>", ""),
        ("file:///etc/passwd", ""),
        ("//news.example/a", ""),
        ("/relative", ""),
        ("https://news.example:99999/", ""),
        ("http://" + "a" * 70 + ".example/", ""),
        ("http:///nohost", ""),
        # An IPv6 literal keeps its brackets (they are the host's syntax, not Markdown's).
        ("http://[2001:db8::1]:8080/a b", "http://[2001:db8::1]:8080/a%20b"),
        ("https://a%40b@[2001:db8::1]/x", "https://[2001:db8::1]/x"),
        ("JaVaScRiPt:alert(1)", ""),
        ("java\tscript:alert(1)", ""),
        ("&#106;avascript:alert(1)", ""),
        (
            "https://news.example/x){:onclick=alert(1)}",
            "https://news.example/x%29%7B:onclick=alert%281%29%7D",
        ),
    ],
)
def test_url_is_http_or_nothing(raw: str, safe: str) -> None:
    assert escape.url(raw) == safe


def test_footer_never_links_an_unsafe_url() -> None:
    assert footer(["javascript:alert(1)"]) == "Source : sans lien public."
    assert (
        footer(["javascript:alert(1)", "https://a.example/1"])
        == '[Source](https://a.example/1){:target="_blank"}'
    )


def test_tags_are_slugs_and_csv_cells_are_not_formulas() -> None:
    assert escape.tag("sans-isc") == "sans-isc" and escape.tag("my_tag") == "my_tag"
    assert escape.tag('{{ site }}" onclick="x') == "site-onclickx"
    assert escape.tag("{{}}") == "veille"
    incident = Incident(
        story_id=1, victim="=HYPERLINK(\"http://x\")", category="ransomware", first_reported=date(2026, 1, 1),
        last_reported=date(2026, 1, 1), title="-2+3", post="",
        sources=[IncidentSource(outlet="@SUM(1)", url="https://a.example/", date=date(2026, 1, 1))],
    )  # fmt: skip
    row = next(csv.DictReader(io.StringIO(to_csv([incident]))))
    assert row["victim"] == '\'=HYPERLINK("http://x")' and row["title"] == "'-2+3"


def test_register_data_is_escaped_for_its_page() -> None:
    incident = Incident(
        story_id=1, victim="A | B *x*{:onclick=\"y\"}", category="ransomware", first_reported=date(2026, 1, 1),
        last_reported=date(2026, 1, 1), title="t", post="",
        sources=[IncidentSource(outlet="<b>O</b>", url="javascript:alert(1)", date=date(2026, 1, 1))],
    )  # fmt: skip
    shown = escape.incident(incident)
    assert shown.victim == 'A \\| B \\*x\\*&#123;:onclick="y"&#125;'
    assert shown.sources[0].outlet == "\\<b\\>O\\</b\\>" and shown.sources[0].url == ""


def test_register_data_keeps_its_category_a_category() -> None:
    """The category is a closed vocabulary (kramdown shows `research-tooling` as written): an
    escaped string put in its place made every dump of the register warn, and was no Category."""
    incident = Incident(
        story_id=1, victim="V", category="research-tooling", first_reported=date(2026, 1, 1),
        last_reported=date(2026, 1, 1), title="t", post="",
    )  # fmt: skip
    shown = escape.incident(incident)
    assert shown.category is Category.RESEARCH_TOOLING
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert shown.model_dump(mode="json")["category"] == "research-tooling"


def test_slug_keeps_the_blog_rule_under_a_byte_cap() -> None:
    title = "ALERT: the fictional Brackmoor city council confirms " + "a ransomware attack " * 20
    slug = slugify(title)
    assert len(slug.encode()) <= SLUG_MAX_BYTES and not slug.endswith("-")
    assert slugify(title, max_bytes=10_000).startswith(slug + "-")  # a prefix, cut after a word
    assert slugify("x" * 400) == "x" * SLUG_MAX_BYTES  # one huge word is cut where it must


def test_post_of_a_hostile_briefing_keeps_the_format() -> None:
    hostile = "{{ site | jsonify }} <x-a onmouseover=alert(1)>"
    briefing = Briefing(
        heading=f"# {hostile}",
        summary=f"- {hostile}\n\n## {hostile}",
        key_points=[KeyPoint(label="*L*{:x}", text=hostile)],
        recommendations=[KeyPoint(label="R", text="[a [b] c](javascript:alert(1))")],
    )
    post = render_post(briefing, f"'{hostile}'\n", date(2026, 11, 21), "x y", ["javascript:alert(1)"])
    assert "{{" not in post.text and "{%" not in post.text and not re.search(r"(?<!\\)<x-a", post.text)
    assert post.text.split("---\n")[2].startswith("### \\# &#123;&#123; site")
    meta = yaml.safe_load(post.text.split("---\n")[1])
    assert (
        meta["title"] == "&#123;&#123; site | jsonify &#125;&#125; &lt;x-a onmouseover=alert(1)&gt; "
    )  # line break: space
    assert meta["tags"] == ["veille-cyber", "x-y"]


@pytest.mark.parametrize(
    "text", ["<x-a onmouseover=alert(1)>", "</p>", "<!-- x -->", "<svg/onload=alert(1)>", "< script>"]
)
def test_guard_sees_any_tag(text: str) -> None:
    assert HTML.search(text)


def test_guard_html_regex_leaves_comparisons_alone() -> None:
    assert not HTML.search("moins de 5 % (p < 0,05) et 3<4")


@pytest.mark.parametrize(
    "text",
    [
        "[a [b] c](javascript:alert(1))",
        "![i](http://evil.example/p.png)",
        "[x]: http://evil.example",
        "javascript:alert(1)",
    ],
)
def test_guard_sees_any_foreign_link(text: str) -> None:
    assert foreign_links(text, ["https://news.example/a"])


def test_guard_accepts_the_source_link_and_flags_html_only_for_models() -> None:
    assert foreign_links("voir [ici](https://news.example/a).", ["https://news.example/a"]) == []
    sources = ["Le centre hospitalier de Valmont a subi une attaque <x-a onmouseover=alert(1)> hier soir."]
    briefing = Briefing(
        heading="Attaque contre le centre hospitalier de Valmont",
        summary=sources[0],
        key_points=[KeyPoint(label="Impact", text=sources[0])],
    )
    _cleaned, by_model = guard_briefing(briefing, sources, [], require_french=False)
    assert any("html in the text" in r for removal in by_model.removed for r in removal.reasons)
    _cleaned, quoted = guard_briefing(briefing, sources, [], require_french=False, model=False)
    assert not any("html" in r for removal in quoted.removed for r in removal.reasons)


def test_clean_drops_and_spaces_exactly_the_characters_it_says_over_all_of_unicode() -> None:
    """Per character, as defined: uncarriable ones dropped (surrogates, noncharacters, BOM, the
    bidirectional overrides, embeddings and isolates),
    control characters (category Cc) and U+2028/U+2029 turned into spaces, the rest kept."""
    import unicodedata

    def expected(char: str) -> str:
        code = ord(char)
        if (
            0xD800 <= code <= 0xDFFF
            or 0xFDD0 <= code <= 0xFDEF
            or (code & 0xFFFE) == 0xFFFE
            or code == 0xFEFF
            or 0x202A <= code <= 0x202E
            or 0x2066 <= code <= 0x2069
        ):
            return ""
        return " " if unicodedata.category(char) == "Cc" or char in "\u2028\u2029" else char

    everything = "".join(chr(code) for code in range(0x110000))
    assert escape.clean(everything) == "".join(expected(char) for char in everything)
    assert escape.clean("a\x00b\u2028c\ufeffd\U0010ffffe\x85f") == "a b cde f"


def test_a_bidirectional_override_cannot_turn_a_post_around() -> None:
    """An article's U+202E (right-to-left override) shown the rest of its line reversed: 'Acme
    \u202eexe.txt' read 'Acme txt.exe'. Dropped from text, titles and tags; the marks kept."""
    hostile = "Acme \u202eexe.txt\u202c and \u2067Beta\u2069 \u202aC\u202b"
    for shown in (escape.text(hostile), escape.title(hostile), escape.clean(hostile)):
        assert not re.search("[\u202a-\u202e\u2066-\u2069]", shown), shown
        assert "exe.txt" in shown and "Beta" in shown
    assert (
        escape.text("\u05e9\u05dc\u05d5\u05dd\u200f Acme\u200e")
        == "\u05e9\u05dc\u05d5\u05dd\u200f Acme\u200e"
    )


def test_a_csv_cell_opening_with_blanks_before_a_formula_is_text() -> None:
    # A spreadsheet skips leading spaces and tabs before reading a formula (OWASP CSV injection):
    # "  =HYPERLINK(…)" was written as it came and ran as a formula.
    for blank in (" ", "  ", "\t", " \t ", "\u00a0", "\n"):
        for sign in ("=", "+", "-", "@"):
            cell = escape.csv_cell(f"{blank}{sign}SUM(1)")
            assert cell.startswith("'"), repr(cell)
    assert escape.csv_cell("  Quillpage hospital") == "  Quillpage hospital"
    assert escape.csv_cell("Quill-page") == "Quill-page"
    incident = Incident(
        story_id=1, victim=" \t=HYPERLINK(\"http://x\")", category="ransomware", first_reported=date(2026, 1, 1),
        last_reported=date(2026, 1, 1), title="  -2+3", post="",
        sources=[IncidentSource(outlet=" @SUM(1)", url="https://a.example/", date=date(2026, 1, 1))],
    )  # fmt: skip
    row = next(csv.DictReader(io.StringIO(to_csv([incident]))))
    assert all(row[key].startswith("'") for key in ("victim", "title")), row
