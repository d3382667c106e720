"""Stories as a MISP feed: a folder a MISP instance subscribes to ("Add feed", format MISP): one
`<event uuid>.json` per story, `manifest.json` (uuid → the event's summary) and `hashes.csv`
(md5 of each attribute value, event uuid), as MISP's own feed generator writes them.

Each event: info = the French title, date, analysis, threat level from the priority, the story's
TLP tag, the kind of event as a CIRCL taxonomy tag (`circl:incident-classification="ransomware"`,
models' Category), actors and malware as galaxy tags (`misp-galaxy:threat-actor="APT28"`), a `report`
object with the briefing and the sources, a `victim` object per victim, CVEs as `vulnerability`
attributes and IOCs as attributes of their MISP type (`to_ids` for the ones to detect on).
Uuids are UUIDv5 of our keys, timestamps those of the story: a re-export gives the same files.

PyMISP is imported here only: the module is loaded by the `export misp` command alone.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pymisp import MISPEvent, MISPObject, MISPOrganisation, MISPTag

from veilleur.enrich.galaxies import galaxy
from veilleur.enrich.iocs import on_own_site
from veilleur.enrich.threat_mentions import ACTOR_GALAXIES, MALWARE_GALAXIES
from veilleur.models import ExportStory, Named
from veilleur.publish.exported import NAMESPACE
from veilleur.publish.files import file_mode
from veilleur.publish.observables import checked
from veilleur.text.countries import country_name

MANIFEST = "manifest.json"
HASHES = "hashes.csv"
_EVENT_FILE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json")


def threat_level(priority: int) -> int:
    """MISP threat_level_id from a 0–100 priority: 1 high (≥ 70), 2 medium (≥ 40), 3 low, 4 undefined (0)."""
    if priority >= 70:
        return 1
    if priority >= 40:
        return 2
    return 3 if priority > 0 else 4


def event_uuid(publisher: str, story_id: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"misp-event\x1f{publisher}\x1f{story_id}"))


def galaxy_tag(threat: Named, galaxies: tuple[str, ...]) -> str | None:
    """`misp-galaxy:<type>="<value>"` for the first galaxy that has the canonical name (or one of
    its aliases) as a cluster; None when none has."""
    for name in galaxies:
        cluster = galaxy(name)
        if cluster is None:
            continue
        for written in (threat.canonical, threat.name, *threat.aliases):
            value = cluster.cluster_values.get(written.lower())  # keyed by the lower-cased value
            if value is not None:
                return f'misp-galaxy:{name}="{value.value}"'
    return None


@dataclass
class FeedResult:
    events: list[str] = field(default_factory=list)  # uuids written
    removed: list[str] = field(default_factory=list)  # uuids of a former export no longer exported
    errors: list[str] = field(default_factory=list)


def build_event(story: ExportStory, publisher: str, errors: list[str] | None = None) -> MISPEvent:
    """The MISP event of `story`. An IOC that is not of its kind is left out (said in `errors`)."""
    ident = event_uuid(publisher, story.story_id)
    event = MISPEvent()
    event.uuid = ident
    event.info = story.title
    event.date = story.first_day
    event.analysis = 0 if len(story.sources) == 1 else 1  # initial: one source; ongoing: several
    event.threat_level_id = threat_level(story.intel.priority)
    event.timestamp = story.last_seen
    event.publish_timestamp = story.last_seen
    event.published = True
    org = MISPOrganisation()
    org.name = publisher
    org.uuid = str(uuid.uuid5(NAMESPACE, f"misp-org\x1f{publisher}"))
    event.Orgc = org
    event.add_tag(_tag(f"tlp:{story.tlp.value}"))
    if story.intel.category.misp_tag:  # the kind of event, when MISP's CIRCL taxonomy names it
        event.add_tag(_tag(story.intel.category.misp_tag))
    for threat, galaxies in [
        *((actor, ACTOR_GALAXIES) for actor in story.intel.threat_actors),
        *((family, MALWARE_GALAXIES) for family in story.intel.malware),
    ]:
        tag = galaxy_tag(threat, galaxies)
        if tag is not None:
            event.add_tag(_tag(tag))
        else:  # a name no galaxy knows (yet): an attribution attribute still carries it
            kind = "threat-actor" if galaxies is ACTOR_GALAXIES else "text"
            comment = "acteur de la menace" if kind == "threat-actor" else "famille de maliciel"
            _add(event, story, kind, threat.canonical, "Attribution", False, comment)

    event.add_object(_report(story, ident))
    for victim in story.intel.victims:
        victim_object = MISPObject("victim", standalone=False)
        victim_object.uuid = str(uuid.uuid5(uuid.UUID(ident), f"victim\x1f{victim.name.casefold()}"))
        victim_object.timestamp = story.last_seen
        _attr(victim_object, "name", victim.name, story)
        _attr(victim_object, "classification", "organization", story)
        for sector in dict.fromkeys(sector.misp_name for sector in victim.sectors):
            _attr(victim_object, "sectors", sector, story)
        for code in victim.countries:
            region = country_name(code, "en")
            _attr(victim_object, "regions", region, story)
        event.add_object(victim_object)

    for cve in story.intel.cves:
        _add(event, story, "vulnerability", cve.id.upper(), "External analysis", False, cve.sentence)
    sources = [source.url for source in story.sources]
    for ioc in story.intel.iocs:
        if on_own_site(ioc, sources):
            continue  # the outlet's own site, its share buttons: no indicator
        try:
            clean = checked(ioc)
        except (KeyError, ValueError) as exc:
            if errors is not None:
                errors.append(f"story {story.story_id}: IOC {ioc.kind} {ioc.value!r} left out: {exc}")
            continue
        # Every indicator is one to detect on (`to_ids`), as MISP's default for its types says.
        _add(event, story, clean.kind.misp_type, clean.value, clean.kind.misp_category, True, "")
    return event


def _tag(name: str) -> MISPTag:
    tag = MISPTag()
    tag.name = name
    return tag


def _attr(obj: MISPObject, relation: str, value: str, story: ExportStory) -> None:
    """Add `relation` = `value` to `obj` (its uuid set), with a stable uuid and the story's timestamp."""
    attribute = obj.add_attribute(relation, value=value)
    if attribute is None:  # PyMISP returns None for an empty value only
        return
    attribute.uuid = str(uuid.uuid5(uuid.UUID(obj.uuid), f"attr\x1f{relation}\x1f{value}"))
    attribute.timestamp = story.last_seen


def _add(
    event: MISPEvent, story: ExportStory, kind: str, value: str, category: str, to_ids: bool, comment: str
) -> None:
    ident = str(uuid.uuid5(uuid.UUID(event.uuid), f"attr\x1f{kind}\x1f{value}"))
    if any(attribute.uuid == ident for attribute in event.attributes):
        return  # the same value twice (two spellings of one URL): one attribute
    event.add_attribute(
        kind,
        value,
        category=category,
        to_ids=to_ids,
        comment=comment,
        uuid=ident,
        timestamp=story.last_seen,
    )


def _report(story: ExportStory, ident: str) -> MISPObject:
    """The briefing as a `report` object: title, the French text, every source link."""
    briefing = story.briefing
    parts = [briefing.summary]
    parts += [f"{point.label} : {point.text}" for point in briefing.key_points]
    parts += [f"{v.cve} : {v.text}" for v in briefing.vulnerabilities]
    parts += [f"Recommandation — {point.label} : {point.text}" for point in briefing.recommendations]
    report = MISPObject("report", standalone=False)
    report.uuid = str(uuid.uuid5(uuid.UUID(ident), "report"))
    report.timestamp = story.last_seen
    _attr(report, "title", story.title, story)
    _attr(report, "summary", "\n\n".join(p for p in parts if p), story)
    for source in story.sources:
        _attr(report, "link", source.url, story)
    return report


def _write(target: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    os.fchmod(handle, file_mode())
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_feed(folder: Path, stories: list[ExportStory], publisher: str = "veilleur") -> FeedResult:
    """Write the feed of `stories` into `folder`. The events a former export listed in the
    manifest and this one does not (a story now above --max-tlp, merged away…) are removed; no
    other file is touched. A story that fails is said in `errors` and the others are written."""
    folder.mkdir(parents=True, exist_ok=True)
    result = FeedResult()
    manifest: dict[str, Any] = {}
    hashes: list[str] = []
    for story in stories:
        try:
            event = build_event(story, publisher, result.errors)
            feed = event.to_feed(with_meta=True)
        except Exception as exc:  # PyMISP raises its own and plain errors: one story, not the feed
            result.errors.append(f"story {story.story_id} left out: {exc}")
            continue
        body = feed["Event"]
        # One line per value and event: PyMISP hashes every attribute, and two victims of one
        # sector (or an IOC also quoted in an object) give the same value twice.
        hashes += dict.fromkeys(f"{value},{event.uuid}" for value in body.pop("_hashes", []))
        manifest.update(body.pop("_manifest", {}))
        _write(folder / f"{event.uuid}.json", json.dumps(feed, ensure_ascii=False, indent=1) + "\n")
        result.events.append(event.uuid)
    for former in _former_events(folder):
        if former not in manifest and _EVENT_FILE.fullmatch(f"{former}.json"):
            (folder / f"{former}.json").unlink(missing_ok=True)
            result.removed.append(former)
    _write(folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    _write(folder / HASHES, "".join(f"{line}\n" for line in hashes))
    return result


def _former_events(folder: Path) -> list[str]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [key for key in data if isinstance(key, str)] if isinstance(data, dict) else []
