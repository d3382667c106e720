"""Second reading of the intel development set: which pages, and how far the two readers agree.

``python bench/data/intel/second_reading.py pick`` prints the 140 urls of ``labels.jsonl`` read a
second time (``url<TAB>feed_name<TAB>split``, in file order). The choice looks only at each
record's ``url``, ``feed_name``, ``split`` and ``notes`` (never at the labels, so the second
reader stays blind): every page whose notes say ``unsure``, then a seeded sample of the others,
stratified by (outlet, split) with quotas proportional to the stratum sizes (largest remainder).
Same labels file -> same urls; adjudicated notes keep the word ``unsure`` so that the corrected
``labels.jsonl`` still gives the urls of ``labels-second.jsonl``.

``python bench/data/intel/second_reading.py compare [first.jsonl [second.jsonl]]`` compares
the second reading (``labels-second.jsonl`` by default) with the first (``labels.jsonl`` by
default) on the same urls and prints markdown: agreement rate and Cohen's kappa for ``relevant``,
``promotional`` and ``category``; per sub-field agreement of ``vuln`` where both readers filled it; micro F1
between readers (one reader taken as reference; F1 is symmetric) for
victims (name), victims (name+sector+country), actors, malware, CVEs and impacts; and the list of
urls with each field that differs. Names are compared case-folded with spaces and punctuation
squeezed; no alias table (a different spelling of one group is a disagreement to read). A list
field, or ``vuln``, absent from every second-reading record was not read again and is left out
(the second reading of the train split, ``second-reading-train.jsonl``, reads neither impacts
nor vuln).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Rec = dict[str, Any]
HERE = Path(__file__).resolve().parent
SEED = 20261129
TOTAL = 140
LIST_FIELDS = ("threat_actors", "malware", "cves", "impacts")
VULN_FIELDS = ("vendor", "product", "fixed_version", "cvss", "exploited")


def read(path: Path) -> list[Rec]:
    """Records of a JSONL file, in file order."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def pick(records: list[Rec], total: int = TOTAL) -> list[Rec]:
    """Unsure pages plus a stratified seeded sample of the rest; returned in file order.

    Reads only url, feed_name, split and notes of each record.
    """
    unsure = [r for r in records if "unsure" in str(r.get("notes") or "").lower()]
    rest = [r for r in records if r not in unsure]
    spare = max(0, total - len(unsure))
    strata: dict[tuple[str, str], list[str]] = {}
    for r in rest:
        strata.setdefault((str(r["feed_name"]), str(r["split"])), []).append(str(r["url"]))
    exact = {k: spare * len(v) / len(rest) for k, v in strata.items()}
    quota = {k: int(x) for k, x in exact.items()}
    left = spare - sum(quota.values())
    for k in sorted(exact, key=lambda k: (-(exact[k] - int(exact[k])), k))[:left]:
        quota[k] += 1
    chosen = {str(r["url"]) for r in unsure}
    for key in sorted(strata):
        urls = sorted(strata[key])
        chosen.update(random.Random(f"{SEED}:second:{key[0]}:{key[1]}").sample(urls, quota[key]))
    return [r for r in records if r["url"] in chosen]


def norm(name: str) -> str:
    """Case-folded name with punctuation and spaces squeezed ("APT-29" == "apt 29" != "APT28")."""
    return re.sub(r"[\W_]+", " ", name.casefold()).strip()


def kappa(pairs: list[tuple[object, object]]) -> tuple[float, float]:
    """(observed agreement, Cohen's kappa) of two readers' labels on the same items."""
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def f1(pairs: Iterable[tuple[set[str], set[str]]]) -> tuple[float, int, int, int]:
    """Micro F1 over items: (F1, both, only first, only second)."""
    both = only_a = only_b = 0
    for a, b in pairs:
        both += len(a & b)
        only_a += len(a - b)
        only_b += len(b - a)
    denom = 2 * both + only_a + only_b
    return (2 * both / denom if denom else 1.0), both, only_a, only_b


def _same(x: object, y: object) -> bool:
    """Vuln sub-field equality; strings compared as names ("Juniper Networks" != "Juniper")."""
    if isinstance(x, str) and isinstance(y, str):
        return norm(x) == norm(y)
    return x == y


def victims(rec: Rec, full: bool) -> set[str]:
    """Victim keys: name, or name|sector|country."""
    out = set()
    for v in rec.get("victims") or []:
        key = norm(v["name"])
        out.add(f"{key}|{v.get('sector')}|{v.get('country')}" if full else key)
    return out


def names(field: str) -> Callable[[Rec], set[str]]:
    def get(rec: Rec) -> set[str]:
        vals = rec.get(field) or []
        return {str(x).upper() if field == "cves" else norm(str(x)) for x in vals}

    return get


def compare(first: list[Rec], second: list[Rec]) -> str:
    """Markdown report of the agreement of two readings (second's urls, looked up in first)."""
    by_url = {r["url"]: r for r in first}
    pairs = [(by_url[r["url"]], r) for r in second if r["url"] in by_url]
    reread = [f for f in LIST_FIELDS if any(f in r for r in second)]
    out = [f"Pages read twice: {len(pairs)}", "", "| field | agreement | Cohen's kappa |", "|---|---|---|"]
    for field in ("relevant", "promotional", "category"):
        po, k = kappa([(a.get(field), b.get(field)) for a, b in pairs])
        out.append(f"| {field} | {po:.3f} | {k:.3f} |")
    rel = [(a, b) for a, b in pairs if a.get("relevant") and b.get("relevant")]
    po, k = kappa([(a.get("category"), b.get("category")) for a, b in rel])
    out.append(f"| category (both relevant, n={len(rel)}) | {po:.3f} | {k:.3f} |")
    out += ["", "| entities | F1 between readers | both | first only | second only |"]
    out.append("|---|---|---|---|---|")
    getters: list[tuple[str, Callable[[Rec], set[str]]]] = [
        ("victims (name)", lambda r: victims(r, False)),
        ("victims (name+sector+country)", lambda r: victims(r, True)),
    ] + [(f, names(f)) for f in reread]
    for label, get in getters:
        score, both, oa, ob = f1((get(a), get(b)) for a, b in pairs)
        out.append(f"| {label} | {score:.3f} | {both} | {oa} | {ob} |")
    if any("vuln" in r for r in second):
        both_vuln = [(a["vuln"], b["vuln"]) for a, b in pairs if a.get("vuln") and b.get("vuln")]
        one_vuln = sum(bool(a.get("vuln")) != bool(b.get("vuln")) for a, b in pairs)
        head = f"vuln: both readers filled it on {len(both_vuln)} pages, one only on {one_vuln}; agreement:"
        out += ["", head]
        out.append("")
        for key in VULN_FIELDS:
            same = sum(_same(x.get(key), y.get(key)) for x, y in both_vuln)
            out.append(f"- {key}: {same}/{len(both_vuln)}")
    out += ["", "Disagreements (field: first → second):", ""]
    for a, b in pairs:
        diffs = []
        for field in ("relevant", "promotional", "category"):
            if a.get(field) != b.get(field):
                diffs.append(f"{field}: {a.get(field)} → {b.get(field)}")
        for label, get in getters[1:]:
            ga, gb = get(a), get(b)
            if ga != gb:
                diffs.append(f"{label}: -{sorted(ga - gb)} +{sorted(gb - ga)}")
        if diffs:
            out.append(f"- {a['url']}")
            out += [f"  - {d}" for d in diffs]
    return "\n".join(out)


def main(argv: list[str]) -> None:
    first = read(Path(argv[2]) if len(argv) > 2 else HERE / "labels.jsonl")
    if len(argv) > 1 and argv[1] == "compare":
        second = Path(argv[3]) if len(argv) > 3 else HERE / "labels-second.jsonl"
        print(compare(first, read(second)))
        return
    for r in pick(first):
        print(f"{r['url']}\t{r['feed_name']}\t{r['split']}")


if __name__ == "__main__":
    main(sys.argv)
