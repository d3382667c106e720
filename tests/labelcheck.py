"""The intel labelling guide's closed vocabularies and the checks every label record must pass
(bench/data/intel/GUIDE.md), shared by the tests of each label file."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

from veilleur.models import Category

CATEGORIES = {kind.value for kind in Category}  # the guide's names (CIRCL's terms)
SECTORS = {
    "healthcare", "government", "education", "finance", "energy", "telecommunications",
    "manufacturing", "retail", "technology", "transportation", "media", "hospitality", "legal",
    "defense", "non-profit", "individuals", "other",
}  # fmt: skip
IMPACTS = {
    "systems_down", "emergency_diverted", "surgeries_cancelled", "patients_transferred",
    "data_stolen", "ransom_demanded", "service_disrupted", "service_restored", "financial_loss",
    "arrests", "none",
}  # fmt: skip


# The fields of a first-sight check record (labels-check-*.jsonl).
CHECK_FIELDS = {
    "url", "feed_name", "split", "sample", "relevant", "promotional", "category", "victims",
    "threat_actors", "malware", "cves", "impacts", "vuln", "notes",
}  # fmt: skip


def bench_script(path: Path, name: str) -> ModuleType:
    """The bench script at `path` loaded as module `name` (by path: bench/data is no package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def named(path: Path, splits: frozenset[str] | None = None) -> set[str]:
    """Every url a label file names (fields url, urls, a, b); with `splits`, only those records'."""
    urls: set[str] = set()
    for record in lines(path):
        if splits is not None and record.get("split") not in splits:
            continue
        urls.update(u for u in record.get("urls") or [] if isinstance(u, str))
        urls.update(record[k] for k in ("url", "a", "b") if isinstance(record.get(k), str))
    return urls


def lines(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines label file."""
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def check_record(record: dict[str, Any]) -> None:
    """Assert what the guide says of every record, whatever its file (fields and split are the
    file's own test's)."""
    key = record.get("url") or record.get("id")  # French records are keyed by their post or file
    assert record["category"] in CATEGORIES | {None}, key
    if record["promotional"]:
        assert not record["relevant"], key
    if not record["relevant"]:
        assert record["category"] is None and record["vuln"] is None, key
        assert not record["victims"], key
    else:
        assert record["category"] is not None, key
    for victim in record["victims"]:
        assert set(victim) == {"name", "sector", "country"} and victim["name"], key
        assert victim["sector"] in SECTORS, (key, victim)
        assert victim["country"] is None or re.fullmatch(r"[A-Z]{2}", victim["country"]), victim
    assert set(record["impacts"]) <= IMPACTS, key
    assert record["cves"] == sorted(set(record["cves"])), key
    assert all(re.fullmatch(r"CVE-\d{4}-\d{4,}", cve) for cve in record["cves"]), key
    for field in ("threat_actors", "malware"):
        assert len(record[field]) == len(set(record[field])), (key, field)
    if record["vuln"] is not None:
        assert set(record["vuln"]) == {"vendor", "product", "fixed_version", "cvss", "exploited"}
    assert len(record["notes"]) <= 300  # our words, never article text
