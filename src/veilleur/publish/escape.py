"""The one escaping boundary between what veilleur reads and what Jekyll renders.

Every string that does not come from our own templates — titles, outlet and source names, tags,
victim and actor names, article sentences, model output, URLs — passes one of these functions
before it is written into a post, the incident register or an export. Each function escapes for
one context; none tries to *detect* hostile input, so no input can get through a detector's gap:

- `text`: a Markdown inline run (kramdown, GFM input) inside a Liquid-rendered page. Liquid braces
  become `&#123;`/`&#125;` (no `{{`, `{%` or kramdown IAL `{:` can survive), every character
  kramdown or GFM gives a meaning to is backslash-escaped (emphasis, links, images, code, HTML,
  comments, tables, math, strikethrough), line breaks become spaces and what would open a block at
  the start of a line (heading, list, quote, definition) is escaped too;
- `title`: a front-matter title between single quotes (YAML), shown by layouts that may print it
  raw or through `markdownify`: what YAML cannot carry is dropped, `<>[]{}` become entities
  (the reference blog already carries feed entities such as `&#x5b;` in titles), the length is
  capped;
- `url`: a link target: `http`/`https` with a host only, userinfo removed, the characters that
  would end a Markdown link target percent-encoded; anything else gives "";
- `tag`: a front-matter tag, as a slug;
- `csv_cell`: a spreadsheet cell that cannot start a formula.

Ordinary text (letters, digits, French punctuation, apostrophes, colons, `&`) passes unchanged,
which keeps posts byte-identical to the reference format.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

from veilleur.models import Briefing, Incident, IncidentSource, KeyPoint, Vulnerability
from veilleur.text.slug import slugify, without_apostrophes

# The reference blog's longest real title has 234 characters; a longer one is a whole social post.
TITLE_MAX_CHARS = 240
ELLIPSIS = "…"

# Characters kramdown (GFM input) gives a meaning to anywhere in a line; all accept a backslash
# escape. Braces are entities instead: a backslash does not stop Liquid, which runs first.
_INLINE = re.compile(r"([\\`*_\[\]<>|~$])")
_BRACES = {"{": "&#123;", "}": "&#125;"}
# What opens a block when a field starts a line: heading, list, quote, definition, setext line,
# ordered list ("1." / "1)"), footnote or abbreviation definitions are covered by [ and *.
_BLOCK_START = re.compile(r"^([#+\-=:>])")
_ORDERED = re.compile(r"^(\d+)([.)])")
_LINE_BREAKS = re.compile(r"[\n\r\v\f\x85\u2028\u2029]+")
_TITLE_ENTITIES = {"<": "&lt;", ">": "&gt;", "[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;"}
_URL_SAFE = ":/?#@!$&'*+,;=%~.-_"


# What neither YAML nor UTF-8 files can carry: lone surrogates, noncharacters (U+FDD0–U+FDEF,
# U+xFFFE, U+xFFFF) and the byte-order mark; the bidirectional embeddings, overrides and isolates
# (U+202A–U+202E, U+2066–U+2069), which reorder how the rest of a line is shown: an article's
# "\u202e" turned a post's title or victim around ("Trojan Source" spoofing; the marks U+200E and
# U+200F, which right-to-left text uses, are kept); and the control characters (Unicode's Cc: U+0000–
# U+001F, U+007F–U+009F) and line separators. One regular expression each, not a test per character.
_UNCARRIABLE = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef\ufeff\u202a-\u202e\u2066-\u2069"
    + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
    + "]"
)
_SPACED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def clean(text: str) -> str:
    """`text` without uncarriable characters; control characters and line breaks become spaces
    (tabs too), so a field stays on its line."""
    return _SPACED.sub(" ", _UNCARRIABLE.sub("", text))


def text(value: str) -> str:
    """`value` as literal text in a Markdown line of a Jekyll page (see the module docstring)."""
    value = _LINE_BREAKS.sub(" ", value)
    value = clean(value).strip()
    value = _INLINE.sub(r"\\\1", value)
    value = "".join(_BRACES.get(char, char) for char in value)
    value = _BLOCK_START.sub(r"\\\1", value)
    return _ORDERED.sub(r"\1\\\2", value)


def title(value: str) -> str:
    """A front-matter title for single quotes: ASCII apostrophes deleted, a French elision's made
    typographic (`without_apostrophes`: what makes the blog's unescaped single quoting valid
    YAML), control characters and line breaks as spaces,
    uncarriable characters dropped, `<>[]{}` as entities, at most TITLE_MAX_CHARS characters
    (cut at a word, with an ellipsis). Idempotent."""
    value = clean(without_apostrophes(value))
    if len(value) > TITLE_MAX_CHARS:
        cut = value[: TITLE_MAX_CHARS - 1]
        if " " in cut[TITLE_MAX_CHARS // 2 :]:
            cut = cut.rsplit(" ", 1)[0]
        value = cut.rstrip(" ,;:-") + ELLIPSIS
    return "".join(_TITLE_ENTITIES.get(char, char) for char in value)


def url(value: str) -> str:
    """A link target, or "" when the URL must not be linked: only `http`/`https` with a host;
    userinfo (credentials) is removed; spaces, quotes, parentheses, brackets, braces and angle
    brackets are percent-encoded so that the target cannot end early or carry Liquid."""
    value = clean(value).strip()
    try:
        parts = urlsplit(value)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return ""
    if parts.scheme.lower() not in {"http", "https"} or not host:
        return ""
    try:  # a name with non-ASCII letters is linked in its ASCII (IDNA) form
        host = host.encode("idna").decode("ascii")
    except UnicodeError:  # an empty or over-long label: no valid host
        return ""
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    # The host is already ASCII and safe (an IPv6 literal keeps its brackets); the rest is encoded.
    rest = urlunsplit(("", "", parts.path, parts.query, parts.fragment))
    return f"{parts.scheme.lower()}://{netloc}{quote(rest, safe=_URL_SAFE)}"


_TAG = re.compile(r"[a-z0-9][a-z0-9_-]*")


def tag(value: str, default: str = "veille") -> str:
    """A front-matter tag: `value` when it is already a slug (`sans-isc`, `my_tag`: what
    `sources add --tag` accepts), else its slug, else `default`."""
    value = clean(value).strip()
    if _TAG.fullmatch(value):
        return value
    return slugify(value) or default


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading quote, after
    blanks too ("  =HYPERLINK(…)", " \t@SUM(1)": a spreadsheet skips them before reading a formula,
    OWASP's CSV injection)."""
    value = clean(value)
    return f"'{value}" if value.lstrip()[:1] in {"=", "+", "-", "@"} else value


def briefing(b: Briefing) -> Briefing:
    """Every field of a briefing (whatever backend wrote it) as Markdown text."""

    def points(items: list[KeyPoint]) -> list[KeyPoint]:
        return [KeyPoint(label=text(p.label), text=text(p.text)) for p in items]

    return b.model_copy(
        update={
            "heading": text(b.heading),
            "summary": text(b.summary),
            "key_points": points(b.key_points),
            "vulnerabilities": [Vulnerability(cve=text(v.cve), text=text(v.text)) for v in b.vulnerabilities],
            "no_vulnerability_text": text(b.no_vulnerability_text),
            "recommendations": points(b.recommendations),
            "notice": text(b.notice),
            "excerpts": [text(line) for line in b.excerpts],
        }
    )


def incident(record: Incident) -> Incident:
    """An incident as the register page shows it: a Markdown table row over Liquid. Names are
    text; links are safe URLs ("" when refused, and the page then shows no link). Sectors and the
    category are closed vocabularies of lowercase words, hyphens and underscores: nothing to escape
    (and the category stays a `Category`: an escaped string is none)."""
    return record.model_copy(
        update={
            "victim": text(record.victim),
            "other_victims": [text(v) for v in record.other_victims],
            "countries": [text(v) for v in record.countries],
            "actors": [text(v) for v in record.actors],
            "malware": [text(v) for v in record.malware],
            "impacts": [text(v) for v in record.impacts],
            "cves": [text(v) for v in record.cves],
            "title": text(record.title),
            "sources": [
                IncidentSource(outlet=text(s.outlet), url=url(s.url), date=s.date) for s in record.sources
            ],
        }
    )
