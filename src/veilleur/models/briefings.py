"""What briefing reads and makes: the backends' request (BriefRequest), the briefing and the
guard's report on it, the post, the incident register's row, a published story as feeds, digests
and alerts show it, an alert channel, and as the CTI exports (STIX 2.1, MISP feed) read it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from veilleur.models.intel import Intel, Reason
from veilleur.models.sources import Article
from veilleur.models.vocabularies import Category, CategoryName, Moment, SectorName, Tlp


class KeyPoint(BaseModel):
    label: str
    text: str


class Vulnerability(BaseModel):
    cve: str
    text: str


@dataclass(frozen=True)
class BriefRequest:
    """What a briefing backend is given: one article (or a story's articles joined), its Intel
    record, its outlet and URL."""

    article: Article
    intel: Intel
    outlet: str  # the source's display name, e.g. "BleepingComputer"
    url: str  # the article URL cited in the Source footer
    # The other outlets of a story, (name, URL): their text is already part of `article`.
    also: tuple[tuple[str, str], ...] = ()
    # Their headlines: `intel` merges what each member's record read, headline included.
    headlines: tuple[str, ...] = ()

    @property
    def urls(self) -> list[str]:
        return [self.url, *(url for _outlet, url in self.also)]


class Briefing(BaseModel):
    """A French structured summary. Markdown is rendered from it by our templates, never written
    by a backend, so the post format is always right."""

    heading: str
    summary: str
    key_points: list[KeyPoint] = Field(default_factory=list)
    vulnerabilities: list[Vulnerability] = Field(default_factory=list)
    no_vulnerability_text: str = "Aucune CVE n'est mentionnée dans l'article."
    recommendations: list[KeyPoint] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    backend: str = ""
    notice: str = ""  # what the briefing was written from, when not the article (a brève)
    excerpts: list[str] = Field(default_factory=list)  # the article's own sentences, when configured


class Removal(BaseModel):
    """A statement the faithfulness guard took out of a briefing, and why."""

    field: str
    text: str
    reasons: list[str]


class GuardReport(BaseModel):
    """What the faithfulness guard checked in a briefing, removed, repaired or rejected."""

    accepted: bool = True
    checked: dict[str, int] = Field(default_factory=dict)  # kind → mentions verified
    removed: list[Removal] = Field(default_factory=list)
    repaired: list[str] = Field(default_factory=list)
    rejected: list[str] = Field(default_factory=list)

    def removed_by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for removal in self.removed:
            for reason in removal.reasons:
                kind = reason.split(" ", 1)[0]
                counts[kind] = counts.get(kind, 0) + 1
        return counts


class Post(BaseModel):
    """A Jekyll post ready to be written: `text` is the whole file."""

    title: str
    date: date
    slug: str
    tag: str
    source_urls: list[str]
    text: str

    @property
    def filename(self) -> str:
        return f"{self.date.isoformat()}-{self.slug}.md"

    @property
    def permalink(self) -> str:
        return f"/posts/{self.date:%Y/%m/%d}/{self.slug}/"


class IncidentSource(BaseModel):
    outlet: str
    url: str
    date: date  # the day veilleur collected it


class Incident(BaseModel):
    """An attack on a named victim, as a story reported it: one row of the incident register."""

    story_id: int
    victim: str
    other_victims: list[str] = Field(default_factory=list)
    sectors: list[SectorName] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)  # ISO 3166-1 alpha-2
    category: CategoryName
    actors: list[str] = Field(default_factory=list)  # canonical threat actor names
    malware: list[str] = Field(default_factory=list)  # canonical malware family names
    impacts: list[str] = Field(default_factory=list)  # impact kinds, with the amount when stated
    cves: list[str] = Field(default_factory=list)
    first_reported: date
    last_reported: date
    title: str
    post: str = ""  # the story post's permalink, once published
    sources: list[IncidentSource] = Field(default_factory=list)


class StorySource(BaseModel):
    outlet: str
    url: str
    source: str  # the source's name (for its TLP)
    date: date  # the day veilleur collected it


class PublishedStory(BaseModel):
    """A published story as feeds, digests and alerts show it (raw values: each output escapes)."""

    story_id: int
    title: str  # French: the briefing's heading, else the post's title
    post_title: str  # the post's own title (its first article's); "" without a post
    briefing: Briefing
    post_date: date
    published: Moment  # when the post was first written
    updated: Moment  # when it was last rewritten (a new source, a new briefing)
    permalink: str  # `/posts/2026/11/29/slug/`, relative to the site; "" when not on the site
    sources: list[StorySource] = Field(default_factory=list)
    category: CategoryName = Category.OTHER
    priority: int = 0
    priority_reasons: list[Reason] = Field(default_factory=list)
    watchlist: list[str] = Field(default_factory=list)
    victims: list[str] = Field(default_factory=list)
    cves: list[str] = Field(default_factory=list)
    exploited: bool = False  # exploitation in the wild stated (or in CISA KEV)
    tlp: Tlp = Tlp.CLEAR
    # The one-post-per-article policy: the article whose own post this is (a story then has one
    # such item per article posted); None for a story's post.
    entry_id: int | None = None

    @property
    def key(self) -> tuple[int, int]:
        """What tells one item from another, in a stable order: (story, its article or 0)."""
        return (self.story_id, self.entry_id or 0)


@dataclass(frozen=True)
class AlertState:
    """What an alert announced: the story's victims (casefolded), CVEs, confirmed exploitation."""

    victims: frozenset[str]
    cves: frozenset[str]
    exploited: bool

    def to_json(self) -> str:
        return json.dumps(
            {"victims": sorted(self.victims), "cves": sorted(self.cves), "exploited": self.exploited},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> AlertState:
        data = json.loads(text)
        return cls(frozenset(data["victims"]), frozenset(data["cves"]), bool(data["exploited"]))


# Schemes whose host part is a server's address (a webhook's, a mail or self-hosted server's): a
# label shows it. Other apprise services read a secret from the host part too (Pushover's
# application token in `pover://user@token`, Slack's first token in `slack://A/B/C`, Discord's
# webhook id, a Telegram bot token, an ntfy.sh topic): their label shows the scheme and a digest.
SERVER_SCHEMES = frozenset(
    {
        "json", "jsons", "xml", "xmls", "form", "forms", "mailto", "mailtos", "gotify", "gotifys",
        "mmost", "mmosts", "rocket", "rockets", "matrix", "matrixs", "mqtt", "mqtts", "apprise",
        "apprises",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Channel:
    """One alert channel: an apprise URL (`json://host/hook`, `mailto://…`)."""

    url: str = field(repr=False)  # may hold a token: never shown

    @property
    def key(self) -> str:
        """What the store records: a digest of the URL, never the URL."""
        return hashlib.sha256(self.url.encode("utf-8")).hexdigest()[:16]

    @property
    def label(self) -> str:
        """`json://127.0.0.1:8080`: scheme and host, without credentials, path or query; for a
        service whose host part may be a secret (`pover://…`), `pover://… (3f2a9c1e)`: the scheme
        and the first digits of `key`."""
        try:
            parts = urlsplit(self.url)
            if parts.scheme.lower() not in SERVER_SCHEMES:
                return f"{parts.scheme}://… ({self.key[:8]})"
            host = parts.hostname or ""
            port = f":{parts.port}" if parts.port else ""
        except ValueError:
            return "(unreadable URL)"
        return f"{parts.scheme}://{host}{port}"


@dataclass(frozen=True)
class ExportSource:
    outlet: str  # the source's title, else its name
    source: str  # the source's name (its TLP is looked up by it)
    url: str
    title: str
    collected_at: datetime  # aware, UTC


@dataclass(frozen=True)
class ExportStory:
    """One briefed story as the CTI exports read it: its merged intel, French briefing, sources
    and TLP. `first_seen`/`last_seen` are when its first/last article was collected (UTC): the
    exports date their objects with them, never with the clock, so a re-export is identical."""

    story_id: int
    title: str  # French: the briefing's heading (the post's title is the article's, any language)
    briefing: Briefing
    intel: Intel
    sources: list[ExportSource]
    first_day: date
    last_day: date
    first_seen: datetime
    last_seen: datetime
    permalink: str  # "/posts/…/" once published, else ""
    tlp: Tlp
