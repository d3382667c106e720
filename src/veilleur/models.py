"""The records that flow through the pipeline — the one place their fields are named.

Source ──collect──▶ Entry ──fetch──▶ Document ──extract──▶ Article ──enrich──▶ Intel
       ──brief──▶ Briefing ──publish──▶ Post
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field


def _utc(value: datetime) -> datetime:
    """Naive datetimes are UTC: every record carries aware datetimes, so any two compare."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


Moment = Annotated[datetime, AfterValidator(_utc)]


class SourceKind(StrEnum):
    FEED = "feed"  # RSS or Atom
    PAGE = "page"  # a web page watched for new article links (no feed)
    FILES = "files"  # a local file or folder of saved HTML / text captures
    AUTO = "auto"  # not said: guessed from the URL, else from what it serves (a feed, else a page)


class Tlp(StrEnum):
    """Traffic Light Protocol 2.0 label: who may receive an item (FIRST TLP 2.0, lowercase)."""

    CLEAR = "clear"  # public: no restriction
    GREEN = "green"  # the community
    AMBER = "amber"  # the recipient's organisation and its clients
    AMBER_STRICT = "amber+strict"  # the recipient's organisation only
    RED = "red"  # the named recipients only

    @property
    def rank(self) -> int:
        """0 (clear) to 4 (red): a higher rank is stricter."""
        return _TLP_ORDER.index(self)

    @property
    def label(self) -> str:
        """As written on a document: `TLP:AMBER+STRICT`."""
        return f"TLP:{self.value.upper()}"

    @classmethod
    def strictest(cls, labels: list[Tlp]) -> Tlp:
        """The strictest of `labels`; CLEAR when there is none."""
        return max(labels, key=lambda tlp: tlp.rank, default=cls.CLEAR)

    def allows(self, limit: Tlp) -> bool:
        """True when an item of this label may leave by a channel open up to `limit`."""
        return self.rank <= limit.rank


_TLP_ORDER = [Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED]


class Category(StrEnum):
    """The kind of event an article reports (enrich/category.py decides it; the guide's order)."""

    RANSOMWARE = "ransomware"
    DATA_BREACH = "data_breach"
    VULNERABILITY = "vulnerability"
    MALWARE_CAMPAIGN = "malware_campaign"
    APT_ESPIONAGE = "apt_espionage"
    DDOS = "ddos"
    FRAUD_PHISHING = "fraud_phishing"
    LAW_ENFORCEMENT = "law_enforcement"
    POLICY_REGULATION = "policy_regulation"
    RESEARCH_TOOLING = "research_tooling"
    OTHER = "other"


class PostState(StrEnum):
    """Where a post is: its row is planned before its file is written, so a crash in between
    rewrites the same path; written files are committed to the site's git repository."""

    PLANNED = "planned"
    WRITTEN = "written"
    COMMITTED = "committed"


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
    title: str = ""
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
    title: str
    text: str
    lang: str = ""
    published: Moment | None = None
    usable: bool = True
    reason: str = ""  # why it is not usable (error page, too short, ...)
    method: str = ""  # which extractor produced the text

    @property
    def word_count(self) -> int:
        return len(self.text.split())


class Victim(BaseModel):
    name: str  # as written in the article
    sectors: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)  # ISO 3166-1 alpha-2


class Named(BaseModel):
    """A threat actor or a malware family: the name as written, its canonical name, aliases."""

    name: str
    canonical: str
    aliases: list[str] = Field(default_factory=list)


class CveMentionRecord(BaseModel):
    id: str
    sentence: str


class IocType(StrEnum):
    """An indicator's type, named as STIX 2.1 names its cyber-observable (`ipv4-addr`,
    `domain-name`…) and, for file hashes, as MISP names its attribute type (`sha256`)."""

    IPV4 = "ipv4-addr"
    IPV6 = "ipv6-addr"
    DOMAIN = "domain-name"
    URL = "url"
    EMAIL = "email-addr"
    MD5 = "md5"
    SHA1 = "sha1"
    SHA256 = "sha256"
    SHA512 = "sha512"

    @property
    def is_hash(self) -> bool:
        return self in _HASH_TYPES

    @property
    def is_address(self) -> bool:
        return self in (IocType.IPV4, IocType.IPV6)


_HASH_TYPES = frozenset({IocType.MD5, IocType.SHA1, IocType.SHA256, IocType.SHA512})
# The names stored by releases before IocType: an older store's Intel records read as they were.
_FORMER_IOC_TYPES = {
    "ipv4": IocType.IPV4,
    "ipv6": IocType.IPV6,
    "domain": IocType.DOMAIN,
    "email": IocType.EMAIL,
}


def _ioc_type(value: object) -> object:
    return _FORMER_IOC_TYPES.get(value, value) if isinstance(value, str) else value


class Ioc(BaseModel):
    kind: Annotated[IocType, BeforeValidator(_ioc_type)]
    value: str  # refanged

    @property
    def defanged(self) -> str:
        return self.value.replace(".", "[.]").replace("http", "hxxp", 1)


class ImpactRecord(BaseModel):
    kind: str  # emergency_diverted, surgeries_cancelled, patients_transferred, systems_shut_down, ...
    sentence: str
    amount: str = ""


class Fact(BaseModel):
    """One stated fact: its value as written and the sentence of the article that states it."""

    value: str
    sentence: str


class VulnerabilityFacts(BaseModel):
    """The main flaw of an article (the headline's), as the article states it. None = not stated."""

    vendor: str | None = None
    product: str | None = None
    affected_versions: list[Fact] = Field(default_factory=list)
    fixed_version: str | None = None
    cvss: float | None = None  # the highest CVSS base score stated, 0.0-10.0
    severity: str | None = None  # critical, high, medium, low, as stated
    exploited: bool | None = None  # True: in the wild or in CISA KEV; False: "no known exploitation"
    in_kev: bool = False
    patch_available: bool | None = None
    workaround: bool | None = None
    # Each stated fact (value = the fact's name: "cvss", "exploited", ...) with its sentence.
    evidence: list[Fact] = Field(default_factory=list)


class AttackFacts(BaseModel):
    """What the article states about an attack: when, what stopped, what was taken, who claimed."""

    when: list[Fact] = Field(default_factory=list)
    stopped: list[Fact] = Field(default_factory=list)  # services, systems or care stopped or diverted
    stolen: list[Fact] = Field(default_factory=list)  # records or volume of data, as written
    ransom: list[Fact] = Field(default_factory=list)  # amounts demanded or paid
    claimed_by: list[Fact] = Field(default_factory=list)  # group names that claimed it


class LawEnforcementFacts(BaseModel):
    """Police and justice action the article states."""

    arrests: list[Fact] = Field(default_factory=list)
    charges: list[Fact] = Field(default_factory=list)
    sentences: list[Fact] = Field(default_factory=list)  # prison terms, fines, as written
    seizures: list[Fact] = Field(default_factory=list)
    agencies: list[Fact] = Field(default_factory=list)


class Intel(BaseModel):
    """What matters in an article: the analyst's first questions, answered."""

    relevant: bool
    relevance_score: float
    promotional: bool = False  # vendor marketing, awards, webinars, events: never briefed
    category: Category = Category.OTHER
    cves: list[CveMentionRecord] = Field(default_factory=list)  # each id with its sentence
    victims: list[Victim] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    threat_actors: list[Named] = Field(default_factory=list)
    malware: list[Named] = Field(default_factory=list)
    iocs: list[Ioc] = Field(default_factory=list)
    impacts: list[ImpactRecord] = Field(default_factory=list)
    # What the victim did or said (enrich/response.py): complaint, notified, no_data_taken,
    # emergency_plan — each with its sentence; `amount` holds the stated detail.
    response: list[ImpactRecord] = Field(default_factory=list)
    priority: int = 0
    priority_reasons: list[str] = Field(default_factory=list)
    watchlist: list[str] = Field(default_factory=list)  # what of the user's watchlist matched
    notes: list[str] = Field(default_factory=list)  # why it was judged so (filters, thresholds)
    vulnerability: VulnerabilityFacts | None = None
    attack: AttackFacts | None = None
    law_enforcement: LawEnforcementFacts | None = None

    @property
    def cve_ids(self) -> list[str]:
        return [cve.id for cve in self.cves]


class KeyPoint(BaseModel):
    label: str
    text: str


class Vulnerability(BaseModel):
    cve: str
    text: str


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
    sectors: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)  # ISO 3166-1 alpha-2
    category: Category
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
    category: Category = Category.OTHER
    priority: int = 0
    priority_reasons: list[str] = Field(default_factory=list)
    watchlist: list[str] = Field(default_factory=list)
    victims: list[str] = Field(default_factory=list)
    cves: list[str] = Field(default_factory=list)
    exploited: bool = False  # exploitation in the wild stated (or in CISA KEV)
    tlp: Tlp = Tlp.CLEAR


# Records as the store hands them to the stages and takes them back: a stored entry with its ids
# and states, a story's members, articles, briefing and post, a story's stored clustering features.
# Frozen dataclasses, not pydantic models: they are built from trusted rows, many per run.


@dataclass(frozen=True)
class StoredEntry:
    id: int
    entry: Entry
    post_date: date
    collected_at: datetime
    fetch_state: str
    fetch_attempts: int
    fetch_error: str | None


@dataclass(frozen=True)
class PublishItem:
    """Everything the publish stage needs about one briefed entry."""

    stored: StoredEntry
    article: Article
    briefing: Briefing
    content_hash: str
    tag: str


@dataclass(frozen=True)
class PostRow:
    id: int
    entry_id: int
    path: str
    post_date: date
    state: str


@dataclass(frozen=True)
class FeatureRow:
    """An article's stored clustering features, as `veilleur.cluster.features` encodes them."""

    entry_id: int
    day: str  # ISO date
    version: int
    data: str  # JSON
    minhash: bytes
    embedding: bytes


@dataclass(frozen=True)
class StoryMember:
    entry_id: int
    story_id: int
    day: date
    joined_with: int | None
    score: float
    signals: list[str]
    near_duplicate_of: int | None
    method: str


@dataclass(frozen=True)
class StoryArticle:
    """One article of a story with what briefing and publishing need."""

    member: StoryMember
    stored: StoredEntry
    article: Article
    intel: Intel | None  # an exact copy carries its original's; None if never enriched
    content_hash: str
    tag: str
    outlet: str


@dataclass(frozen=True)
class StoryPost:
    id: int
    story_id: int
    entry_id: int
    path: str
    post_date: date
    title: str
    tag: str
    state: str
    members: list[int]
    updates: list[dict[str, Any]] = field(default_factory=list)
    revision: int = 0  # of the story briefing the written file shows


@dataclass(frozen=True)
class StoryBriefing:
    story_id: int
    covers: list[int]
    briefing: Briefing
    record: dict[str, Any]


@dataclass(frozen=True)
class PublishedRow:
    story_id: int
    path: str  # the post, relative to the site folder (`_posts/2026-11-29-slug.md`); "" if none
    post_date: date  # the post's date, else the story's first day
    title: str  # the post's front-matter title (its first article's); "" without a post
    created: datetime  # UTC: when the post was planned, else when the story was first briefed
    updated: datetime  # UTC: the latest of the post's rewrite and the briefing's
    briefing: Briefing
    revision: int  # of the story's briefing
