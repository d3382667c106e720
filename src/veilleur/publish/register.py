"""The incident register: every story about an attack on a named victim, as data for the Jekyll
site (`_data/incidents.json`, shown by a ready-made `incidents.md` page) and as CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from importlib.resources import files
from pathlib import Path

from veilleur.cluster.merge import merge_intel
from veilleur.models import Category, Incident, IncidentSource, Intel, Sector, StoredEntry, StoryPost
from veilleur.publish import escape
from veilleur.publish.files import file_mode
from veilleur.publish.labels import incident_labels

# Kinds of event that have a victim in the register's sense: someone was attacked. A phishing
# wave that impersonates a bank, or a flaw in a vendor's product, names a company that is not one.
ATTACK_CATEGORIES = {
    Category.RANSOMWARE,
    Category.DATA_BREACH,
    Category.DDOS,
    Category.MALWARE_CAMPAIGN,
    Category.APT_ESPIONAGE,
}

DATA_PATH = Path("_data") / "incidents.json"
PAGE_PATH = Path("incidents.md")
CSV_COLUMNS = (
    "story_id",
    "victim",
    "other_victims",
    "sectors",
    "countries",
    "category",
    "actors",
    "malware",
    "impacts",
    "cves",
    "first_reported",
    "last_reported",
    "title",
    "post",
    "sources",
)

# The page is Liquid over the data file, so it updates itself whenever the register does.
PAGE = files("veilleur").joinpath("templates", "incidents.md")


def entry_text(incident: Incident) -> str:
    """An incident's entry in the data file: escaped (`escape.incident`), as `to_json` lays out
    an item of its list, with `labels`: the French names of its codes the page shows readers
    (`labels.incident_labels`, escaped the same way); the codes themselves stay codes."""
    shown = {
        key: [escape.text(v) for v in value] if isinstance(value, list) else escape.text(str(value))
        for key, value in incident_labels(incident).items()
    }
    record = {**escape.incident(incident).model_dump(mode="json"), "labels": shown}
    data = json.dumps(record, ensure_ascii=False, indent=2)
    return "\n".join(f"  {line}" for line in data.split("\n"))


def incident_of(
    story_id: int,
    first_day: date,
    last_day: date,
    items: list[tuple[StoredEntry, str, Intel | None]],
    post: StoryPost | None,
) -> Incident | None:
    """The register entry of one story, or None when it is no incident."""
    records = [intel for _entry, _outlet, intel in items if intel is not None]
    if not records:
        return None
    intel = merge_intel(records)
    if not intel.victims or (intel.category not in ATTACK_CATEGORIES and not intel.impacts):
        return None
    victim = intel.victims[0]
    permalink = ""
    if post is not None:
        slug = Path(post.path).stem.removeprefix(f"{post.post_date.isoformat()}-")
        permalink = f"/posts/{post.post_date:%Y/%m/%d}/{slug}/"
    lead = items[0][0]
    return Incident(
        story_id=story_id,
        victim=victim.name,
        other_victims=[v.name for v in intel.victims[1:]],
        # The victim's own sector and country when the article gives them: the article's other
        # places ("pirates actifs en Ukraine") and other victims' sectors are not the incident's.
        sectors=list(victim.sectors or intel.sectors),
        countries=list(victim.countries or intel.countries),
        category=intel.category,
        actors=[actor.canonical for actor in intel.threat_actors],
        malware=[family.canonical for family in intel.malware],
        impacts=[f"{i.kind} ({i.amount})" if i.amount else i.kind for i in intel.impacts],
        cves=intel.cve_ids,
        first_reported=first_day,
        last_reported=last_day,
        title=post.title if post else lead.entry.title,
        post=permalink,
        sources=[
            IncidentSource(outlet=outlet, url=entry.entry.link, date=entry.post_date)
            for entry, outlet, _intel in items
        ],
    )


def filter_incidents(incidents: Iterable[Incident], sector: str = "", country: str = "") -> list[Incident]:
    """The incidents in `sector` (a Sector value, e.g. healthcare, any case, or a former name such as
    finance) and `country` (ISO code, e.g. BE). An unknown sector matches no incident."""
    wanted = Sector.parse(sector) if sector else None
    return [
        incident
        for incident in incidents
        if (not sector or wanted in incident.sectors)
        and (not country or country.upper() in {c.upper() for c in incident.countries})
    ]


def to_json(incidents: list[Incident]) -> str:
    return json.dumps([i.model_dump(mode="json") for i in incidents], ensure_ascii=False, indent=2) + "\n"


def to_csv(incidents: list[Incident]) -> str:
    """One row per incident; list cells are joined with '; ', sources with ' | '. A cell that would
    start a spreadsheet formula (`=`, `+`, `-`, `@`) is written as text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for incident in incidents:
        data = incident.model_dump(mode="json")
        data["sources"] = " | ".join(source["url"] for source in data["sources"])
        cells = ["; ".join(data[c]) if isinstance(data[c], list) else data[c] for c in CSV_COLUMNS]
        writer.writerow([escape.csv_cell(cell) if isinstance(cell, str) else cell for cell in cells])
    return out.getvalue()


def _write_atomically(target: Path, text: str) -> bool:
    """Write `text` unless the file already holds it; True when the file changed."""
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    os.fchmod(handle, file_mode())  # mkstemp's 0600 would hide the data from the web server
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def write_register(site: Path, data: str) -> list[Path]:
    """Write the data file, and the page if the site has none (a user's own page is kept);
    returns the files written, for the commit. A site without incidents (`data` is "[]") and
    without a register gets nothing. The data file's strings are escaped for the page
    that shows them (Markdown table cells under Liquid), its links are safe URLs or ""."""
    written: list[Path] = []
    if data.strip() == "[]" and not (site / DATA_PATH).exists():
        return written  # nothing to register yet: an empty table is no reason to touch the site
    if _write_atomically(site / DATA_PATH, data):
        written.append(site / DATA_PATH)
    if not (site / PAGE_PATH).exists() and _write_atomically(site / PAGE_PATH, PAGE.read_text("utf-8")):
        written.append(site / PAGE_PATH)
    return written
