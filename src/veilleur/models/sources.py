"""Where articles come from and what collection and extraction make of them: Source, its health,
Entry, Document, Article."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from veilleur.models.vocabularies import Moment, SourceKind, Tlp


def composed(text: str) -> str:
    """`text` in Unicode's composed form (NFC): a page written decomposed ("e" and U+0301 for "é",
    as some editors, CMSs and PDF copies write it) reads as its composed twin. Every rule is
    written in composed letters: decomposed, "piratée" and "hôpital" matched none, and a French
    report of a ransomware attack on a hospital lost its category, victim, sector, impacts and
    ransom."""
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

    @property
    def word_count(self) -> int:
        return len(self.text.split())
