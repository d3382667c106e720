"""Where articles come from and what collection and extraction make of them: Source, its health,
Entry, Document, Article."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from veilleur.models.vocabularies import Moment, SourceKind, Tlp
from veilleur.text.links import public_url

# Characters that show nothing inside a word: the soft hyphen (HTML `&shy;`, which German and Dutch
# sites put in long words), the zero-width space, the word joiner and the zero-width no-break space
# (a BOM inside a text), removed anywhere; and Unicode's other default-ignorable characters —
# zero-width joiners, direction marks and controls (LRM, RLM, ALM, embeddings, overrides, isolates),
# the combining grapheme joiner, fillers, variation selectors, tag characters — only inside or at
# the edge of a Latin word, where they shape nothing (in emoji sequences, flags, Arabic, Hebrew or Indic
# words they shape what is shown). Inside "Cyber\u00adangriff" or "ran\u200bsomware" they hid every
# word of a page from every rule: a report of a ransomware attack on a hospital came out as "other",
# with no victim; "North\u200ebank" was a victim of its own and "Lock\u200fBit" no threat.
_LATIN = "0-9A-Za-z\u00c0-\u024f"
_ANYWHERE = "\u00ad\u180e\u200b\u2060\ufeff"
_IGNORABLE = (
    f"{_ANYWHERE}\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u200c-\u200f\u202a-\u202e"
    "\u2061-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e0fff"
)
# (at a Latin word's edge too: "\u200eNorthbank\u200e hospital" hid the victim; next to another
# script's letter or a symbol, they still shape it)
_EDGE = "\\s.,;:!?\"'()\\[\\]{}«»“”‘’<>/|-"
_INVISIBLE = re.compile(
    f"(?<=[{_LATIN}])[{_IGNORABLE}]+(?=[{_LATIN}{_EDGE}]|$)|(?:(?<=[{_EDGE}])|^)[{_IGNORABLE}]+(?=[{_LATIN}])"
    f"|[{_ANYWHERE}]"
)


# Letters written as presentation forms, which rules read as other characters: the Latin
# ligatures of PDF copies ("ﬁxed", "conﬁrmed": the fixed version was lost) and fullwidth ASCII
# ("ｒａｎｓｏｍｗａｒｅ": a report read as not relevant at all), as the letters they show.
# Mathematical alphanumerics ("𝐋𝐨𝐜𝐤𝐁𝐢𝐭": the bold and italic text of social-media reposts) too.
_PRESENTATION = str.maketrans(
    {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
    | {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    | {
        code: shown
        for code in range(0x1D400, 0x1D800)
        if len(shown := unicodedata.normalize("NFKC", chr(code))) == 1 and shown != chr(code)
    }
)
_HAS_PRESENTATION = re.compile("[\ufb00-\ufb06\uff01-\uff5e\U0001d400-\U0001d7ff]")


# Control characters (C0 but tab and the line breaks, DEL, C1): a feed's '&#1;' or a PDF copy's
# bytes between two words. Those str.splitlines reads as line breaks (vertical tab, form feed, the
# information separators, NEL) read as one, the others as a space: "Quillpage\x01Hospital" was the
# victim "Quillpage", and pygal, lxml and XML exports refuse them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85"


def _control(found: re.Match[str]) -> str:
    return "\n" if found.group() in _BREAKS else " "


_SURROGATE = re.compile("[\ud800-\udfff]")


def composed(text: str) -> str:
    """`text` as the rules read it: in Unicode's composed form (NFC) and without the characters
    that show nothing inside a word (`_INVISIBLE`). A page written decomposed ("e" and U+0301 for
    "é", as some editors, CMSs and PDF copies write it) reads as its composed twin: every rule is
    written in composed letters, and decomposed, "piratée" and "hôpital" matched none (a French
    report of a ransomware attack on a hospital lost its category, victim, sector, impacts and
    ransom). Ligatures, fullwidth and mathematical letters read as the letters they show
    (`_PRESENTATION`); control characters as spaces, or line breaks for those that are one (`_CONTROL`);
    a lone surrogate, which no UTF-8 reader takes (the rules' automaton raised on one), as U+FFFD."""
    text = _CONTROL.sub(_control, _INVISIBLE.sub("", text))
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _HAS_PRESENTATION.search(text):
        text = text.translate(_PRESENTATION)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


Composed = Annotated[str, AfterValidator(composed)]


class Source(BaseModel):
    """Where entries come from. `name` is unique; `tag` is the blog tag of its posts."""

    # A misspelt key in a `[[sources]]` entry (`inclde`) is a configuration error, not ignored.
    model_config = ConfigDict(extra="forbid")

    name: str
    kind: SourceKind = SourceKind.AUTO
    url: str  # feed or page URL, or a local path for FILES
    tag: str = ""  # empty: the slug of the name (edge.check_source)
    title: str = ""
    lang: str = ""
    enabled: bool = True
    include: list[str] = Field(default_factory=list)  # keywords an article must contain (any)
    exclude: list[str] = Field(default_factory=list)  # keywords that drop an article
    min_relevance: float | None = None  # stricter (or looser) than the global threshold
    tlp: Tlp = Tlp.CLEAR  # what its articles may be shared with (public news: clear)


class SourceHealth(BaseModel):
    """What the last collections of a source did."""

    name: str
    last_attempt: Moment | None = None
    last_success: Moment | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    etag: str | None = None
    last_modified: str | None = None


class Entry(BaseModel):
    """One feed item or discovered link: an article we have not read yet."""

    url: str
    canonical_url: str
    source: str
    title: Composed = ""
    guid: str = ""
    published: Moment | None = None
    feed_content: str = ""  # the feed's own HTML/text for this item, the fallback when the page fails
    local_path: str = ""  # for FILES sources: read from disk, not HTTP

    @property
    def link(self) -> str:
        """The address written out for this article (posts, feeds, exports, register, console):
        `url` is what is fetched, as the feed gave it; this is it without tracking parameters."""
        return public_url(self.url)


class Document(BaseModel):
    """Raw bytes of a fetched page (or a local file), decoded to text."""

    url: str
    final_url: str
    status: int
    content_type: str
    text: str
    encoding: str = ""


class Article(BaseModel):
    """The article extracted from a document: clean text plus metadata."""

    url: str
    canonical_url: str
    title: Composed  # composed (NFC), as every rule reads it
    text: Composed
    lang: str = ""
    published: Moment | None = None
    usable: bool = True
    reason: str = ""  # why it is not usable (error page, too short, ...)
    method: str = ""  # which extractor produced the text
    # The page's author line as its markup names it (meta author, JSON-LD, rel/itemprop/class
    # "author" or "byline"), distinct values joined by "; ": an outlet signs its partners' and
    # sponsors' pieces there ("Sponsored", its own name), not in the text.
    byline: str = ""

    @property
    def word_count(self) -> int:
        return len(self.text.split())
