"""Closed vocabularies of the records (StrEnums, with the terms STIX and MISP use where they name
the same thing) and the datetime type every record carries."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator


def _utc(value: datetime) -> datetime:
    """Naive datetimes are UTC: every record carries aware datetimes, so any two compare."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


Moment = Annotated[datetime, AfterValidator(_utc)]


def _typed_name(value: str) -> str:
    """A vocabulary name as a user typed or pasted it, folded for lookup: compatibility forms as
    their letters (NFKC: full-width `ＲＡＮＳＯＭＷＡＲＥ`), invisible format characters dropped (a zero-width
    space or a direction mark pasted from a page), words joined by hyphens, case folded,
    underscores as hyphens."""
    value = "".join(c for c in unicodedata.normalize("NFKC", value) if unicodedata.category(c) != "Cf")
    return "-".join(value.split()).casefold().replace("_", "-")


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

    @property
    def stix_marking_id(self) -> str:
        """The id of the label's STIX 2.1 marking definition, as OASIS publishes the TLP 2.0 ones
        (cti-stix-common-objects, extension-definition-specifications/tlp-2.0): fixed ids every
        platform recognises."""
        return f"marking-definition--{_TLP_MARKINGS[self]}"


_TLP_ORDER = [Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED]
_TLP_MARKINGS = {
    Tlp.CLEAR: "94868c89-83c2-464b-929b-a1a8aa3c8487",
    Tlp.GREEN: "bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    Tlp.AMBER: "55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    Tlp.AMBER_STRICT: "939a9414-2ddd-4d32-a0cd-375ea402b003",
    Tlp.RED: "e828b379-4e03-4974-9ac4-e53a884c97c1",
}


class Category(StrEnum):
    """The kind of event an article reports (enrich/category.py decides it; the guide's order).

    Named as CIRCL's incident classification names it (MISP taxonomy `circl`, predicate
    `incident-classification`, kebab-case), so a MISP tag is the value itself. Five kinds the
    vocabulary lacks keep kebab-case names of their own: `espionage`, `law-enforcement`,
    `policy-regulation`, `research-tooling` and `other` (news about the field, not incidents).
    The members keep the labelling guide's names (bench/data/intel/GUIDE.md)."""

    RANSOMWARE = "ransomware"
    DATA_BREACH = "information-leak"  # data stolen, exposed or leaked
    VULNERABILITY = "vulnerability"
    MALWARE_CAMPAIGN = "malware"
    APT_ESPIONAGE = "espionage"  # a state's or an espionage group's operation
    DDOS = "denial-of-service"
    FRAUD_PHISHING = "phishing"  # phishing, scams and fraud
    LAW_ENFORCEMENT = "law-enforcement"
    POLICY_REGULATION = "policy-regulation"
    RESEARCH_TOOLING = "research-tooling"
    OTHER = "other"

    @property
    def in_circl(self) -> bool:
        """True when CIRCL's incident classification lists the value."""
        return self not in _OUTSIDE_CIRCL

    @property
    def misp_tag(self) -> str | None:
        """The MISP taxonomy tag of the kind (`circl:incident-classification="ransomware"`);
        None for the kinds the taxonomy lacks."""
        return f'circl:incident-classification="{self.value}"' if self.in_circl else None

    @property
    def report_types(self) -> list[str]:
        """The STIX 2.1 report-type-ov values of a report about this kind: what the report
        characterises (`vulnerability`, `intrusion-set`, `malware`), else `threat-report`."""
        return list(_REPORT_TYPES.get(self, ("threat-report",)))

    @classmethod
    def parse(cls, value: str) -> Category | None:
        """A category a user typed (`Ransomware`, `denial of service`, a former name such as
        `data_breach`): None when unknown."""
        folded = _typed_name(value)
        known = _FORMER_CATEGORIES.get(folded.replace("-", "_"), folded)
        return cls(known) if known in cls._value2member_map_ else None


_OUTSIDE_CIRCL = frozenset(
    {
        Category.APT_ESPIONAGE,
        Category.LAW_ENFORCEMENT,
        Category.POLICY_REGULATION,
        Category.RESEARCH_TOOLING,
        Category.OTHER,
    }
)
# STIX 2.1 report-type-ov: the kinds whose report characterises one of its types of object.
_REPORT_TYPES = {
    Category.VULNERABILITY: ("vulnerability",),
    Category.APT_ESPIONAGE: ("threat-report", "intrusion-set"),
    Category.MALWARE_CAMPAIGN: ("threat-report", "malware"),
    Category.RANSOMWARE: ("threat-report", "malware"),
}
# The names stored by releases before these values (store revision 19 rewrites them; settings,
# links and label files written with them still read).
_FORMER_CATEGORIES = {
    "data_breach": Category.DATA_BREACH,
    "malware_campaign": Category.MALWARE_CAMPAIGN,
    "apt_espionage": Category.APT_ESPIONAGE,
    "ddos": Category.DDOS,
    "fraud_phishing": Category.FRAUD_PHISHING,
    "law_enforcement": Category.LAW_ENFORCEMENT,
    "policy_regulation": Category.POLICY_REGULATION,
    "research_tooling": Category.RESEARCH_TOOLING,
}


def former_category(value: str) -> str:
    """A category name of the releases before these values, as its value now; any other value
    unchanged."""
    return _FORMER_CATEGORIES.get(value, value)


def _category(value: object) -> object:
    # An unknown name is left for the enum to refuse, with the list of the known ones.
    return (Category.parse(value) or value) if isinstance(value, str) else value


# A category as a record or settings field: any case, and the former names, read as the values now.
CategoryName = Annotated[Category, BeforeValidator(_category)]


class Sector(StrEnum):
    """A victim's industry sector, named as STIX 2.1's industry-sector-ov names it (MISP's victim
    object takes the same names with spaces). Three values the vocabulary lacks (it is open):
    `media`, `legal` and `individuals` (people, not an organisation)."""

    HEALTHCARE = "healthcare"
    GOVERNMENT = "government"
    EDUCATION = "education"
    FINANCIAL_SERVICES = "financial-services"
    INSURANCE = "insurance"
    RETAIL = "retail"
    MANUFACTURING = "manufacturing"
    PHARMACEUTICALS = "pharmaceuticals"
    TECHNOLOGY = "technology"
    TELECOMMUNICATIONS = "telecommunications"
    ENERGY = "energy"  # energy and utilities (power, gas, water, oil)
    UTILITIES = "utilities"
    TRANSPORTATION = "transportation"
    MEDIA = "media"
    HOSPITALITY_LEISURE = "hospitality-leisure"
    LEGAL = "legal"
    DEFENSE = "defense"
    NON_PROFIT = "non-profit"
    INDIVIDUALS = "individuals"

    @property
    def in_stix(self) -> bool:
        """True when STIX 2.1's industry-sector-ov lists the value."""
        return self not in _OUTSIDE_STIX

    @property
    def misp_name(self) -> str:
        """As MISP's victim object names it (its `sane_default`): STIX's name with spaces
        (`financial services`), but for two."""
        return _MISP_SECTORS.get(self, self.value.replace("-", " "))

    @classmethod
    def parse(cls, value: str) -> Sector | None:
        """A sector a user typed (`Healthcare`, `finance`, a former name, MISP's spelling with
        spaces: `financial services`): None when unknown."""
        folded = _typed_name(value)
        known = _FORMER_SECTORS.get(folded.replace("-", "_"), folded)
        return cls(known) if known in cls._value2member_map_ else None


_OUTSIDE_STIX = frozenset({Sector.MEDIA, Sector.LEGAL, Sector.INDIVIDUALS})
_MISP_SECTORS = {Sector.DEFENSE: "defence", Sector.GOVERNMENT: "government national"}
# The names stored by releases before Sector (store revision 15 rewrites them; settings and
# links written with them still read).
_FORMER_SECTORS = {
    "finance": Sector.FINANCIAL_SERVICES,
    "telecom": Sector.TELECOMMUNICATIONS,
    "energy_utilities": Sector.ENERGY,
    "transport": Sector.TRANSPORTATION,
    "hospitality": Sector.HOSPITALITY_LEISURE,
}


def former_sector(value: str) -> str:
    """A sector name of the releases before Sector, as its value now; any other value unchanged."""
    return _FORMER_SECTORS.get(value, value)


def _sector(value: object) -> object:
    # An unknown name is left for the enum to refuse, with the list of the known ones.
    return (Sector.parse(value) or value) if isinstance(value, str) else value


# A sector as a record or settings field: any case, and the former names, read as the values now.
SectorName = Annotated[Sector, BeforeValidator(_sector)]


class PostState(StrEnum):
    """Where a post is: its row is planned before its file is written, so a crash in between
    rewrites the same path; written files are committed to the site's git repository."""

    PLANNED = "planned"
    WRITTEN = "written"
    COMMITTED = "committed"


class ReasonCode(StrEnum):
    """Why a priority rose or fell (`enrich/priority.py`): what `PriorityReason` says, its values
    and points apart, so that each language words it from the code (never from English text)."""

    CATEGORY = "category"  # the kind of event's own points; values: (the category,)
    NO_INCIDENT = "no_incident"  # an incident kind with no victim, impact or action stated
    EXPLOITED = "exploited"
    CRITICAL_SEVERITY = "critical_severity"
    CARE_DISRUPTED = "care_disrupted"  # care or a public service disrupted
    DATA_STOLEN = "data_stolen"
    CRITICAL_SECTOR = "critical_sector"  # values: the sectors
    WATCHLIST = "watchlist"  # values: (kind, value): ("vendor", "Fortinet")
    NOT_RELEVANT = "not_relevant"  # not about cybersecurity; values: (the cap,)
    WRITTEN = "written"  # stored as text by a release before the codes; values: (the text,)


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

    @property
    def hex_length(self) -> int | None:
        """A hash type's length in hexadecimal digits (sha256: 64); None for the other types."""
        return hashlib.new(self.value, usedforsecurity=False).digest_size * 2 if self.is_hash else None

    @property
    def stix_hash_name(self) -> str | None:
        """A hash type as STIX 2.1's hashing-algorithm-ov names it (a file's `hashes` key:
        `SHA-256`); None for the other types, whose STIX cyber-observable type is the value."""
        return _STIX_HASHES.get(self)

    @property
    def misp_type(self) -> str:
        """The MISP attribute type of an indicator of this type: hashes and `url` are named alike;
        MISP's address types say a direction STIX's observables do not (`ip-dst`, `email-src`)."""
        return _MISP_TYPES.get(self, self.value)

    @property
    def misp_category(self) -> str:
        """The MISP category of the attribute: MISP's default one for `misp_type`."""
        return "Payload delivery" if self.is_hash or self is IocType.EMAIL else "Network activity"


_HASH_TYPES = frozenset({IocType.MD5, IocType.SHA1, IocType.SHA256, IocType.SHA512})
_STIX_HASHES = {
    IocType.MD5: "MD5",
    IocType.SHA1: "SHA-1",
    IocType.SHA256: "SHA-256",
    IocType.SHA512: "SHA-512",
}
_MISP_TYPES = {
    IocType.IPV4: "ip-dst",
    IocType.IPV6: "ip-dst",
    IocType.DOMAIN: "domain",
    IocType.EMAIL: "email-src",
}
# The names stored by releases before IocType: an older store's Intel records read as they were.
_FORMER_IOC_TYPES = {
    "ipv4": IocType.IPV4,
    "ipv6": IocType.IPV6,
    "domain": IocType.DOMAIN,
    "email": IocType.EMAIL,
}


def _ioc_type(value: object) -> object:
    return _FORMER_IOC_TYPES.get(value, value) if isinstance(value, str) else value


# An IOC's type as a record field: the former names are read as the new ones.
IocKind = Annotated[IocType, BeforeValidator(_ioc_type)]
