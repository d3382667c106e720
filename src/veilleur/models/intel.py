"""What enrichment reads in an article: the Intel record and its parts; what clustering reads of
an article (ClusterInput: the extracted article and its Intel record)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from veilleur.models.sources import composed
from veilleur.models.vocabularies import Category, CategoryName, IocKind, ReasonCode, SectorName

# A name or a stated value (a victim, an actor, a product, a claimant, an amount) keeps at most
# this many characters: the longest real ones ("The University of Texas Health Science Center at
# San Antonio") are under 70, and a page's 2,300-character run ("Zork0-Zork1-…-Zork299") read as
# a name made every briefing written from it fail its checks (too long, not French): the article
# was never published.
NAME_CHARS = 100


def clip(value: str, limit: int) -> str:
    """`value` whole when it holds at most `limit` characters, else cut at its last space or
    hyphen before `limit` (at `limit` when it has none: one word) and marked "…". A word is not cut
    when it can be left out: a number cut short would be another number."""
    if len(value) <= limit:
        return value
    head = value[: limit - 1]
    cut = max(head.rfind(" "), head.rfind("-"))
    return (head[:cut] if cut > 0 else head).rstrip(" -") + "…"


def _short(value: str) -> str:
    return clip(value, NAME_CHARS)


ShortText = Annotated[str, AfterValidator(_short)]


def _each_name_once(victims: list[Victim]) -> list[Victim]:
    """The first victim of each name (case aside): two long names cut to NAME_CHARS may read alike,
    and a briefing or an export naming one victim twice is wrong (and refused by the guard)."""
    named: dict[str, Victim] = {}
    for victim in victims:
        named.setdefault(victim.name.casefold(), victim)
    return victims if len(named) == len(victims) else list(named.values())


class Victim(BaseModel):
    name: ShortText  # as written in the article, at most NAME_CHARS characters
    sectors: list[SectorName] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)  # ISO 3166-1 alpha-2


class Named(BaseModel):
    """A threat actor or a malware family: the name as written, its canonical name, aliases."""

    name: ShortText
    canonical: ShortText
    aliases: list[str] = Field(default_factory=list)


# A record keeps at most this many characters of the sentence that states it: the window around
# what it states. A page's "sentence" may be a 500,000-character run with no full stop (a list of
# 36,000 CVE ids, a menu), and every record of it kept the whole run: a 40 kB list of 1,857 ids
# made a 72 MB Intel record, a 500 kB one some 18 GB. The longest sentences of real reports are
# under 400 characters.
SENTENCE_CHARS = 400


def excerpt(sentence: str, at: int, limit: int = SENTENCE_CHARS) -> str:
    """`sentence` whole when it holds at most `limit` characters, else the `limit` characters
    around offset `at` (clamped to the sentence), cut at spaces where one is near and marked "…"
    where cut. Linear in `limit`, not in the sentence (the run is sliced, never scanned)."""
    if len(sentence) <= limit:
        return sentence
    start = min(max(0, at - limit // 2), len(sentence) - limit)
    end = start + limit
    window = sentence[start:end]
    if start > 0:
        space = window.find(" ", 0, 40)
        window = "…" + window[space + 1 if space >= 0 else 1 :]
    if end < len(sentence):
        space = window.rfind(" ", len(window) - 40)
        window = window[: space if space > 0 else len(window) - 1] + "…"
    return window


def _anchor(sentence: str, value: str) -> int:
    """Where `value` is written in a long `sentence` (case aside; 0 when it is not), read only when
    the sentence is over SENTENCE_CHARS."""
    if len(sentence) <= SENTENCE_CHARS or not value:
        return 0
    return max(0, sentence.casefold().find(value.removesuffix("…").casefold()))


class CveMentionRecord(BaseModel):
    id: str
    sentence: str  # at most SENTENCE_CHARS characters: the window around the id

    @model_validator(mode="after")
    def _bounded(self) -> CveMentionRecord:
        if len(self.sentence) > SENTENCE_CHARS:  # "CVE‑2024‑1234" may be written with other dashes
            self.sentence = excerpt(self.sentence, _anchor(self.sentence, self.id.rsplit("-", 1)[-1]))
        return self


class Ioc(BaseModel):
    kind: IocKind
    value: str  # refanged

    @property
    def defanged(self) -> str:
        return self.value.replace(".", "[.]").replace("http", "hxxp", 1)


class ImpactRecord(BaseModel):
    kind: str  # emergency_diverted, surgeries_cancelled, patients_transferred, systems_shut_down, ...
    sentence: str  # at most SENTENCE_CHARS characters: the window around the amount
    amount: ShortText = ""

    @model_validator(mode="after")
    def _bounded(self) -> ImpactRecord:
        if len(self.sentence) > SENTENCE_CHARS:
            self.sentence = excerpt(self.sentence, _anchor(self.sentence, self.amount))
        return self


class Fact(BaseModel):
    """One stated fact: its value as written and the sentence of the article that states it."""

    value: ShortText
    sentence: str  # at most SENTENCE_CHARS characters: the window around the value

    @model_validator(mode="after")
    def _bounded(self) -> Fact:
        if len(self.sentence) > SENTENCE_CHARS:
            self.sentence = excerpt(self.sentence, _anchor(self.sentence, self.value))
        return self


class VulnerabilityFacts(BaseModel):
    """The main flaw of an article (the headline's), as the article states it. None = not stated."""

    # Enrichment fills it field by field: each value assigned is bounded as one given at creation.
    model_config = ConfigDict(validate_assignment=True)

    vendor: ShortText | None = None
    product: ShortText | None = None
    affected_versions: list[Fact] = Field(default_factory=list)
    fixed_version: ShortText | None = None
    cvss: float | None = None  # the highest CVSS base score stated, 0.0-10.0
    severity: str | None = None  # critical, high, medium, low, as stated
    exploited: bool | None = None  # True: in the wild or in CISA KEV; False: "no known exploitation"
    in_kev: bool = False
    patch_available: bool | None = None
    workaround: bool | None = None
    # What the flaw lets an attacker do, as stated: "authentication bypass", "code execution",
    # "privilege escalation" (value) with its sentence; "as root" is said with code execution.
    effects: list[Fact] = Field(default_factory=list)
    # What the article advises: "update", "restrict_access", "restrict_interface", "trusted_networks",
    # "reset_credentials", "reset_passwords", "enable_mfa" (value), with the sentence that advises it.
    advice: list[Fact] = Field(default_factory=list)
    # Each stated fact (value = the fact's name: "cvss", "exploited", ...) with its sentence.
    evidence: list[Fact] = Field(default_factory=list)


class AttackFacts(BaseModel):
    """What the article states about an attack: when, what stopped, what was taken, who claimed."""

    when: list[Fact] = Field(default_factory=list)
    stopped: list[Fact] = Field(default_factory=list)  # services, systems or care stopped or diverted
    stolen: list[Fact] = Field(default_factory=list)  # records or volume of data, as written
    ransom: list[Fact] = Field(default_factory=list)  # amounts demanded or paid
    claimed_by: list[Fact] = Field(default_factory=list)  # group names that claimed it
    # A claimant described, not named: "hacktivists" ("revendiquée par un groupe d'hacktivistes").
    claimed_by_kind: list[Fact] = Field(default_factory=list)
    lasted: list[Fact] = Field(default_factory=list)  # how long it lasted: "près de six heures"
    # A campaign's size as written: "more than 4,000 messages", "37 phishing domains".
    scale: list[Fact] = Field(default_factory=list)


class LawEnforcementFacts(BaseModel):
    """Police and justice action the article states."""

    arrests: list[Fact] = Field(default_factory=list)
    charges: list[Fact] = Field(default_factory=list)
    sentences: list[Fact] = Field(default_factory=list)  # prison terms, fines, as written
    seizures: list[Fact] = Field(default_factory=list)
    agencies: list[Fact] = Field(default_factory=list)


class PriorityReason(BaseModel):
    """One reason of a priority: its code, the values it names (a category, sectors, a watchlist
    match) and the points it added (negative: removed; None: a cap). `str()` is its English
    wording; French is `publish/labels.reason`."""

    model_config = ConfigDict(frozen=True)

    code: ReasonCode
    values: tuple[str, ...] = ()
    points: int | None = None

    def __str__(self) -> str:
        what = {
            ReasonCode.CATEGORY: self.values[0] if self.values else "",
            ReasonCode.NO_INCIDENT: "no incident stated",
            ReasonCode.EXPLOITED: "exploited in the wild",
            ReasonCode.CRITICAL_SEVERITY: "critical severity",
            ReasonCode.CARE_DISRUPTED: "care or public service disrupted",
            ReasonCode.DATA_STOLEN: "data stolen",
            ReasonCode.CRITICAL_SECTOR: "critical sector: " + ", ".join(self.values),
            ReasonCode.WATCHLIST: "watchlist " + ": ".join(self.values),
            ReasonCode.NOT_RELEVANT: f"not about cybersecurity (capped at {''.join(self.values)})",
            ReasonCode.WRITTEN: "".join(self.values),
        }[self.code]
        return what if self.points is None else f"{what} ({self.points:+d})"


def _written_reason(value: object) -> object:
    # A reason stored as English text by a release before the codes is shown as written, never parsed.
    return PriorityReason(code=ReasonCode.WRITTEN, values=(value,)) if isinstance(value, str) else value


Reason = Annotated[PriorityReason, BeforeValidator(_written_reason)]


class Intel(BaseModel):
    """What matters in an article: the analyst's first questions, answered."""

    relevant: bool
    relevance_score: float
    promotional: bool = False  # vendor marketing, awards, webinars, events: never briefed
    category: CategoryName = Category.OTHER
    cves: list[CveMentionRecord] = Field(default_factory=list)  # each id with its sentence
    victims: Annotated[list[Victim], AfterValidator(_each_name_once)] = Field(default_factory=list)
    sectors: list[SectorName] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    threat_actors: list[Named] = Field(default_factory=list)
    malware: list[Named] = Field(default_factory=list)
    iocs: list[Ioc] = Field(default_factory=list)
    impacts: list[ImpactRecord] = Field(default_factory=list)
    # What the victim did or said (enrich/response.py): complaint, notified, no_data_taken,
    # emergency_plan — each with its sentence; `amount` holds the stated detail.
    response: list[ImpactRecord] = Field(default_factory=list)
    priority: int = 0
    priority_reasons: list[Reason] = Field(default_factory=list)
    watchlist: list[str] = Field(default_factory=list)  # what of the user's watchlist matched
    notes: list[str] = Field(default_factory=list)  # why it was judged so (filters, thresholds)
    vulnerability: VulnerabilityFacts | None = None
    attack: AttackFacts | None = None
    law_enforcement: LawEnforcementFacts | None = None

    @property
    def cve_ids(self) -> list[str]:
        return [cve.id for cve in self.cves]


def story_countries(intel: Intel) -> list[str]:
    """The victims' countries when the article gives them, else every country it names: the
    attackers' place ("pirates actifs en Ukraine") is not where the story happened."""
    return list(dict.fromkeys(c for v in intel.victims for c in v.countries)) or list(intel.countries)


@dataclass
class ClusterInput:
    """One article to describe: the extracted article's title and text, its outlet and day, and
    the Intel record enrichment made of it (None: victims are looked for in the text)."""

    id: str
    day: date
    title: str
    text: str
    source: str = ""
    intel: Intel | None = None
    headline: str = ""  # the feed's title for the item, when it has one

    def __post_init__(self) -> None:
        # Composed (NFC) as an Article's: the clusterer's rules read composed letters too.
        self.title, self.text, self.headline = (composed(t) for t in (self.title, self.text, self.headline))
