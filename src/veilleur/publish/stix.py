"""Stories as a STIX 2.1 bundle: per story a `report`, its victims, sectors, countries, actors,
malware, CVEs and indicators, and the relationships between them; TLP 2.0 markings; the publisher
as `created_by_ref`.

Every id is a UUIDv5 of our own keys (the publisher's name, a story id, a victim's name, a CVE …)
in a fixed namespace, and every timestamp comes from the stories (when their articles were
collected), so exporting the same store twice gives the same bundle, and a later export updates
the objects a platform already has instead of duplicating them. Observables (SCOs) get the ids
STIX itself derives from their values.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import stix2

from veilleur.enrich.iocs import on_own_site
from veilleur.models import ExportStory, Ioc, IocType, Sector, Tlp, story_countries
from veilleur.publish.exported import NAMESPACE
from veilleur.publish.observables import checked
from veilleur.text.countries import country_name

_KEY_SEPARATOR = "\x1f"  # between the parts of a key: no name contains it

# The TLP 2.0 marking definitions (their ids: Tlp.stix_marking_id) extend STIX by this definition.
TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
_TLP_CREATED = datetime(2022, 10, 1, tzinfo=UTC)
# The publisher identity is as old as this (any fixed moment: a re-export must not change it).
_PUBLISHER_CREATED = datetime(2026, 1, 1, tzinfo=UTC)


def stable_id(kind: str, *key: str) -> str:
    """`kind--<UUIDv5 of the key>`: the same key gives the same id in every export."""
    name = _KEY_SEPARATOR.join([kind, *key])
    return f"{kind}--{uuid.uuid5(NAMESPACE, name)}"


def pattern_of(ioc: Ioc) -> str:
    """The STIX pattern matching `ioc`, e.g. `[domain-name:value = 'evil.example']`. Quotes and
    backslashes in the value are escaped by stix2's pattern classes. KeyError: an unknown kind."""
    if ioc.kind.stix_hash_name:
        path = stix2.ObjectPath("file", ["hashes", ioc.kind.stix_hash_name])
    else:
        _observable_class(ioc.kind)  # KeyError for a kind without an observable
        path = stix2.ObjectPath(str(ioc.kind), ["value"])
    return str(
        stix2.ObservationExpression(stix2.EqualityComparisonExpression(path, stix2.StringConstant(ioc.value)))
    )


def observable_of(ioc: Ioc) -> Any:
    """The SCO of `ioc` (its id derived by STIX from the value). KeyError: an unknown kind."""
    if ioc.kind.stix_hash_name:
        return stix2.File(hashes={ioc.kind.stix_hash_name: ioc.value})
    return _observable_class(ioc.kind)(value=ioc.value)


def _observable_class(kind: IocType) -> Callable[..., Any]:
    """stix2's class of the STIX 2.1 cyber-observable the type names (`ipv4-addr` →
    IPv4Address), from stix2's own map of them. KeyError: none is named so."""
    observable: Callable[..., Any] = stix2.v21.OBJ_MAP_OBSERVABLE[kind.value]
    return observable


@dataclass
class _Entity:
    """An SDO several stories may share: built once, dated and marked by all of them."""

    cls: Callable[..., Any]
    props: dict[str, Any]
    created: datetime
    modified: datetime
    tlp: Tlp

    def seen(self, story: ExportStory) -> None:
        self.created = min(self.created, story.first_seen)
        self.modified = max(self.modified, story.last_seen)
        self.tlp = Tlp.strictest([self.tlp, story.tlp])


@dataclass
class BundleResult:
    bundle: Any  # stix2.Bundle
    errors: list[str] = field(default_factory=list)  # one line per item left out, with why

    def serialize(self) -> str:
        return str(self.bundle.serialize(pretty=True, ensure_ascii=False)) + "\n"


class _Builder:
    def __init__(self, publisher: str, contact: str) -> None:
        self.publisher_id = stable_id("identity", "publisher", publisher)
        self.publisher = stix2.Identity(
            id=self.publisher_id,
            name=publisher,
            identity_class="organization",
            contact_information=contact or None,
            created=_PUBLISHER_CREATED,
            modified=_PUBLISHER_CREATED,
            object_marking_refs=[Tlp.CLEAR.stix_marking_id],
        )
        self.entities: dict[str, _Entity] = {}
        self.observables: dict[str, Any] = {}
        self.story_objects: list[Any] = []  # reports and relationships, built per story
        self.errors: list[str] = []
        self.used_tlp: set[Tlp] = {Tlp.CLEAR}

    def entity(self, cls: Callable[..., Any], ident: str, story: ExportStory, **props: Any) -> str:
        known = self.entities.get(ident)
        if known is None:
            self.entities[ident] = _Entity(
                cls, {"id": ident, **props}, story.first_seen, story.last_seen, story.tlp
            )
        else:
            known.seen(story)
        return ident

    def relate(self, story: ExportStory, kind: str, source: str, target: str, refs: list[str]) -> None:
        ident = stable_id("relationship", str(story.story_id), kind, source, target)
        self.story_objects.append(
            stix2.Relationship(
                id=ident,
                relationship_type=kind,
                source_ref=source,
                target_ref=target,
                created=story.first_seen,
                modified=story.last_seen,
                created_by_ref=self.publisher_id,
                object_marking_refs=[story.tlp.stix_marking_id],
            )
        )
        refs.append(ident)

    def story(self, story: ExportStory, publisher: str) -> None:
        intel = story.intel
        refs: list[str] = []
        self.used_tlp.add(story.tlp)
        # The victims' countries when the article gives them: the others it names are often the
        # attackers' ("pirates actifs en Ukraine"), which a threat does not target.
        countries = story_countries(intel)
        locations = {
            code: self.location(story, code) for code in countries if len(code) == 2 and code.isalpha()
        }
        sectors = {code: self.sector(story, code) for code in intel.sectors}
        victims = []
        for victim in intel.victims:
            mapped = sorted({str(sector) for sector in victim.sectors if sector.in_stix})
            ident = self.entity(
                stix2.Identity,
                stable_id("identity", "victim", victim.name.casefold()),
                story,
                name=victim.name,
                identity_class="organization",
                sectors=mapped or None,
            )
            victims.append(ident)
            for code in victim.countries:
                if code in locations:
                    self.relate(story, "located-at", ident, locations[code], refs)
            for code in victim.sectors:
                sectors.setdefault(code, self.sector(story, code))
        actors = [
            self.entity(
                stix2.IntrusionSet,
                stable_id("intrusion-set", actor.canonical.casefold()),
                story,
                name=actor.canonical,
                aliases=sorted({a for a in [actor.name, *actor.aliases] if a and a != actor.canonical})
                or None,
            )
            for actor in intel.threat_actors
        ]
        families = [
            self.entity(
                stix2.Malware,
                stable_id("malware", family.canonical.casefold()),
                story,
                name=family.canonical,
                is_family=True,
                aliases=sorted({a for a in [family.name, *family.aliases] if a and a != family.canonical})
                or None,
            )
            for family in intel.malware
        ]
        flaws = [
            self.entity(
                stix2.Vulnerability,
                stable_id("vulnerability", cve.id.upper()),
                story,
                name=cve.id.upper(),
                external_references=[
                    {
                        "source_name": "cve",
                        "external_id": cve.id.upper(),
                        "url": f"https://www.cve.org/CVERecord?id={cve.id.upper()}",
                    }
                ],
            )
            for cve in intel.cves
        ]
        threats = [*actors, *families]
        for threat in threats:
            for target in [*victims, *sectors.values(), *locations.values()]:
                self.relate(story, "targets", threat, target, refs)
        for flaw in flaws:  # STIX's suggested verbs: an intrusion set targets a flaw, malware exploits it
            for actor in actors:
                self.relate(story, "targets", actor, flaw, refs)
            for family in families:
                self.relate(story, "exploits", family, flaw, refs)
        for actor in actors:
            for family in families:
                self.relate(story, "uses", actor, family, refs)
        sources = [source.url for source in story.sources]
        for ioc in intel.iocs:
            if on_own_site(ioc, sources):
                continue  # the outlet's own site, its share buttons: no indicator
            try:
                ioc = checked(ioc)
                indicator = self.indicator(story, ioc)
            except (KeyError, ValueError, stix2.exceptions.STIXError) as exc:
                self.errors.append(f"story {story.story_id}: IOC {ioc.kind} {ioc.value!r} left out: {exc}")
                continue
            refs.append(indicator)
            self.relate(story, "based-on", indicator, self.observables_id(ioc), refs)
            for threat in threats:
                self.relate(story, "indicates", indicator, threat, refs)
        entity_refs = [*victims, *sectors.values(), *locations.values(), *threats, *flaws]
        self.story_objects.append(self.report(story, publisher, [*dict.fromkeys([*entity_refs, *refs])]))

    def observables_id(self, ioc: Ioc) -> str:
        return str(observable_of(ioc).id)

    def indicator(self, story: ExportStory, ioc: Ioc) -> str:
        pattern = pattern_of(ioc)
        observable = observable_of(ioc)
        ident = self.entity(
            stix2.Indicator,
            stable_id("indicator", ioc.kind, ioc.value),
            story,
            name=ioc.value,
            description=f"Indicateur ({ioc.kind}) relevé dans : {story.title}",
            pattern=pattern,
            pattern_type="stix",
            indicator_types=["malicious-activity"],
            valid_from=story.first_seen,
        )
        self.observables[observable.id] = observable
        return ident

    def location(self, story: ExportStory, code: str) -> str:
        code = code.upper()
        name = country_name(code)
        return self.entity(
            stix2.Location, stable_id("location", "country", code), story, country=code, name=name
        )

    def sector(self, story: ExportStory, sector: Sector) -> str:
        """The class of the organisations of `sector`; its `sectors` names it when STIX lists it."""
        return self.entity(
            stix2.Identity,
            stable_id("identity", "sector", sector),
            story,
            name=str(sector),
            identity_class="class",
            sectors=[str(sector)] if sector.in_stix else None,
        )

    def report(self, story: ExportStory, publisher: str, refs: list[str]) -> Any:
        briefing = story.briefing
        description = "\n\n".join(
            [briefing.summary, *(f"{point.label} : {point.text}" for point in briefing.key_points)]
        ).strip()
        references = [
            {
                "source_name": source.outlet or source.source,
                "url": source.url,
                "description": source.title or None,
            }
            for source in story.sources
        ]
        return stix2.Report(
            id=stable_id("report", publisher, "story", str(story.story_id)),
            name=story.title,
            description=description or None,
            published=story.first_seen,
            created=story.first_seen,
            modified=story.last_seen,
            report_types=story.intel.category.report_types,
            labels=[story.intel.category.value],  # CIRCL's incident classification term
            lang="fr",
            object_refs=refs or [self.publisher_id],
            external_references=[{k: v for k, v in ref.items() if v} for ref in references],
            created_by_ref=self.publisher_id,
            object_marking_refs=[story.tlp.stix_marking_id],
        )

    def build(self) -> BundleResult:
        objects: list[Any] = [marking(tlp) for tlp in sorted(self.used_tlp, key=lambda t: t.rank)]
        objects.append(self.publisher)
        for entity in self.entities.values():
            try:
                objects.append(
                    entity.cls(
                        **{k: v for k, v in entity.props.items() if v is not None},
                        created=entity.created,
                        modified=entity.modified,
                        created_by_ref=self.publisher_id,
                        object_marking_refs=[entity.tlp.stix_marking_id],
                    )
                )
            except (ValueError, stix2.exceptions.STIXError) as exc:
                self.errors.append(f"{entity.props['id']} left out: {exc}")
        objects.extend(self.observables.values())
        objects.extend(self.story_objects)
        bundle_id = stable_id("bundle", *sorted(str(getattr(o, "id", "")) for o in objects))
        return BundleResult(stix2.Bundle(objects=objects, id=bundle_id, allow_custom=False), self.errors)


def marking(tlp: Tlp) -> Any:
    """The OASIS TLP 2.0 marking definition of `tlp`."""
    return stix2.MarkingDefinition(
        id=tlp.stix_marking_id,
        created=_TLP_CREATED,
        name=tlp.label,
        extensions={TLP_EXTENSION: {"extension_type": "property-extension", "tlp_2_0": tlp.value}},
    )


def build_bundle(stories: list[ExportStory], publisher: str = "veilleur", contact: str = "") -> BundleResult:
    """A bundle of `stories`. A story's failure (or an IOC's) is recorded in `errors` and the
    others are still exported."""
    builder = _Builder(publisher, contact)
    for story in stories:
        # What the builder holds before the story: restored if it fails half-way, so no object
        # or relationship of a story left out stays in the bundle.
        entities = {key: replace(entity) for key, entity in builder.entities.items()}
        observables, built, used = (
            dict(builder.observables),
            len(builder.story_objects),
            set(builder.used_tlp),
        )
        try:
            builder.story(story, publisher)
        except (TypeError, ValueError, stix2.exceptions.STIXError) as exc:
            builder.entities, builder.observables, builder.used_tlp = entities, observables, used
            del builder.story_objects[built:]
            builder.errors.append(f"story {story.story_id} left out: {exc}")
    return builder.build()


def bundle_json(result: BundleResult) -> dict[str, Any]:
    """The bundle as plain JSON data (what a validator or a platform reads)."""
    data: dict[str, Any] = json.loads(result.serialize())
    return data
