"""Where victims are lost, held out by outlet, on the pages the victim model trains on (sample d1
included; never `aside`, `blogs-check` nor `check-d2`): what `bench/train_victims.py`'s
cross-validation counts, broken down.

Each labelled victim of a relevant training page (bench/train_victims.training_records) is placed
by where the extracted page writes its name (folded as bench/intel_score.py folds):
  headline   in the headline
  lead       in the first LEAD_CHARS characters of the text (not the headline)
  body       further down only
  absent     nowhere in the extracted text (capture or extraction lost it; spelled otherwise)
and by what the candidates make of it:
  (a) none     no candidate spells it nor overlaps it: the candidate ceiling
  (a) bounds   a candidate overlaps it without spelling it ("Yamaha" for "Yamaha Canada Music")
  (b) veto     a candidate spells it, `admissible` rejects it
  (b) score    a candidate spells it, the model held out scores it under the threshold
  found        the page's victims, predicted by a model fitted without the page's outlet, name it
Each predicted name that is no labelled victim is an extra, sorted into a kind by its features and
the page's words (`extra_kind`). `--list` prints every loss and extra.

`--part check-d1` diagnoses the development sample d1 instead (pages no model was fitted on): each
page through the whole pipeline (`enrich`), with a victim model fitted on every training page but
d1's; a victim is lost by the pipeline's relevance (`not relevant`), on a page read as a roundup
(`roundup`), or among the candidates as above; pages whose extracted text is under THIN_CHARS
characters (a capture that kept little more than the headline) are counted apart.

`--vetoes` counts, for each reason `victim_admissible.veto` gives, the candidates it removes: victims
and other names, each by whether the model held out scores it at or above the threshold (a veto
that removes more chosen victims than chosen extras costs F1).

Run: python bench/victim_diagnosis.py [--shared ../shared] [--threshold 0.7] [--c 0.3] [--list]
     [--part check-d1] [--vetoes]
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))


def _overlaps(a: str, b: str) -> bool:
    return bool(a and b) and a != b and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _same_victim(gold: str, found: Any) -> bool:
    """A labelled victim and a victim found (a record with a `name`): the same key."""
    from intel_score import victim_key

    return bool(victim_key(gold) == victim_key(found.name))


def extra_kind(name: str, features: set[str], gold: list[str], text: str) -> str:
    """The kind of a predicted name that is no labelled victim, from its features."""
    from intel_score import fold

    key = fold(name)
    if any(_overlaps(key, g) for g in gold):
        return "bounds (part or more of a victim's name)"
    if features & {"ent:PERSON", "ent:PER"} or "rel:charged" in features:
        return "person"
    if features & {"known:reporter", "doc:agent", "rel:agent"}:
        return "reporter, vendor or agency (an agent)"
    if features & {"rel:platform", "doc:platform", "rel:impersonated", "doc:impersonated"}:
        return "platform or impersonated brand"
    if features & {"known:product"} or features & {"L1:flaw", "R1:flaw", "R3:flaw"}:
        return "product or flawed software"
    if features & {"ent:GPE", "ent:LOC", "has:place"}:
        return "place or a place's body"
    if " " not in name and name.casefold() in text.casefold().replace(name.casefold(), " ", 1):
        return "single word"
    if not features:
        return "(not among the candidates: full name or list)"
    return "organisation no sentence calls attacked (other)"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--threshold", type=float, default=None, help="else the shipped model's")
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--part", choices=("train", "check-d1"), default="train")
    parser.add_argument("--vetoes", action="store_true", help="what each reason of `veto` removes")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    from importlib.util import find_spec

    if find_spec("sklearn") is None:  # the `train` extra: without it, a traceback deep in the run
        sys.exit(
            "bench/victim_diagnosis.py needs scikit-learn, of the train extra: pip install -e '.[train]'"
        )
    if args.part == "check-d1":
        return check_d1(args.shared, args.c, args.threshold, args.list)
    from intel_score import fold, pair_victims, victim_key
    from sklearn.model_selection import LeaveOneGroupOut
    from train_victims import fit, outlet, read_pages, targets

    from veilleur.enrich.victim_admissible import veto
    from veilleur.enrich.victim_model import admissible, choose, full_names, probability, weights

    threshold = args.threshold if args.threshold is not None else weights()["threshold"]
    pages = read_pages(args.shared)  # (record, headline, text, candidates)
    groups = [outlet(record) for record, *_ in pages]
    models: dict[int, dict[str, Any]] = {}
    for train, test in LeaveOneGroupOut().split(pages, groups=groups):
        model = {**fit([(pages[i][0], pages[i][3]) for i in train], args.c), "threshold": threshold}
        for i in test:
            models[i] = model
    where_status: Counter[tuple[str, str]] = Counter()
    by_outlet: Counter[tuple[str, str]] = Counter()
    extras: Counter[str] = Counter()
    scores: Counter[str] = Counter()
    lines: list[str] = []
    vetoed: Counter[tuple[str, int, bool]] = Counter()
    for i, (record, title, text, found) in enumerate(pages):
        model = models[i]
        for candidate, y in zip(found, targets(record, found), strict=True):
            reason = veto(candidate) if y is not None else ""
            if reason:
                vetoed[reason, y, probability(candidate.features, model) >= threshold] += 1
        picked = [copy.copy(c) for c in choose([copy.copy(c) for c in found], model)]
        out = full_names(picked, text)
        keys = {victim_key(c.name): c for c in found}
        gold = [fold(v["name"]) for v in record["victims"]]
        page = record.get("url") or record.get("id", "")
        hits = pair_victims([v["name"] for v in record["victims"]], out, _same_victim)
        used = {hit for hit in hits if hit is not None}
        for victim, hit in zip(record["victims"], hits, strict=True):
            g, k = fold(victim["name"]), victim_key(victim["name"])
            where = _where(victim["name"], title, text)
            if hit is not None:
                status = "found"
            elif k in keys:
                candidate = copy.copy(keys[k])
                score = probability(candidate.features, model)
                if not admissible(candidate):
                    status = "(b) veto"
                else:
                    status = "(b) score"
                    scores[f"{int(score * 10) / 10:.1f}"] += 1
            elif any(_overlaps(g, fold(c.name)) for c in [*found, *out]):
                status = "(a) bounds"
            else:
                status = "(a) none"
            where_status[where, status] += 1
            by_outlet[groups[i], status] += 1
            if status != "found":
                lines.append(f"{status} [{where}] {victim['name']!r}: {page}")
        for j, o in enumerate(out):
            if j in used:
                continue
            cand = keys.get(victim_key(o.name))
            kind = extra_kind(o.name, cand.features if cand else set(), gold, text)
            extras[kind] += 1
            by_outlet[groups[i], "extra"] += 1
            lines.append(f"extra [{kind}] {o.name!r}: {page}")
    statuses = ["found", "(b) score", "(b) veto", "(a) bounds", "(a) none"]
    total = sum(where_status.values())
    print(f"{len(pages)} relevant pages, {total} labelled victims, threshold {threshold}, outlet held out")
    print(f"{'where':10}" + "".join(f"{s:>12}" for s in statuses) + f"{'all':>8}")
    for where in ("headline", "lead", "body", "absent"):
        row = [where_status[where, s] for s in statuses]
        print(f"{where:10}" + "".join(f"{n:12}" for n in row) + f"{sum(row):8}")
    row = [sum(where_status[w, s] for w in ("headline", "lead", "body", "absent")) for s in statuses]
    print(f"{'all':10}" + "".join(f"{n:12}" for n in row) + f"{sum(row):8}")
    spelled = row[0] + row[1] + row[2]
    print(f"candidate ceiling (a candidate spells it): {spelled} of {total} = {spelled / max(1, total):.3f}")
    bins = ", ".join(f"{k}: {n}" for k, n in sorted(scores.items()))
    print(f"held-out scores of the admissible victims scored out: {bins}")
    print(f"extras {sum(extras.values())}:")
    for kind, n in extras.most_common():
        print(f"  {kind:48} {n:4}")
    print(f"{'outlet':18}" + "".join(f"{s:>12}" for s in [*statuses, "extra"]))
    for name in sorted({o for o, _ in by_outlet}):
        print(f"{name:18}" + "".join(f"{by_outlet[name, s]:12}" for s in [*statuses, "extra"]))
    if args.vetoes:
        # A veto is worth its keep when it removes more names the model held out would have
        # chosen that are no victims than victims it would have found.
        print("vetoes (held-out score at or above the threshold / under it):")
        for reason in sorted({r for r, _, _ in vetoed}):
            counts = [vetoed[reason, y, above] for y in (1, 0) for above in (True, False)]
            print(
                f"  {reason:52} victims {counts[0]:3} / {counts[1]:3}   others {counts[2]:4} / {counts[3]:5}"
            )
    if args.list:
        print("\n".join(sorted(lines)))
    return 0


THIN_CHARS = 400
D1 = "labels-check-d1.jsonl"


def _where(name: str, title: str, text: str) -> str:
    """Where the page writes a victim's name, folded: "headline", "lead", "body" or "absent"."""
    from intel_score import fold

    from veilleur.enrich.victim_words import LEAD_CHARS

    g = f" {fold(name)} "
    if g in f" {fold(title)} ":
        return "headline"
    if g in f" {fold(text[:LEAD_CHARS])} ":
        return "lead"
    return "body" if g in f" {fold(text)} " else "absent"


def check_d1(shared: Path, c: float, threshold: float | None, show: bool) -> int:
    """The diagnosis of sample d1 through the whole pipeline, by a model that never saw d1."""
    import json

    import train_victims
    from intel import LABELS, load_pages
    from intel_score import fold, pair_victims, victim_key

    import veilleur.enrich.victim_model as victim_model
    from veilleur.batch import batch_document
    from veilleur.enrich import enrich
    from veilleur.enrich.category import categorise
    from veilleur.enrich.roundups import roundup_headlines
    from veilleur.extract import extract_article

    records = [json.loads(line) for line in (LABELS / D1).open(encoding="utf-8") if line.strip()]
    pages = train_victims.build(shared, leave_out=frozenset(r["url"] for r in records))
    fit_model = train_victims.fit(pages, c)
    shipped = victim_model.weights()
    model = {**fit_model, "threshold": threshold if threshold is not None else shipped["threshold"]}
    victim_model.weights = lambda: model  # type: ignore[assignment]  # enrich's model: never saw d1
    loaded = load_pages(shared, records)
    where_status: Counter[tuple[str, str]] = Counter()
    extras: Counter[str] = Counter()
    by_outlet: Counter[tuple[str, str]] = Counter()
    scores: Counter[str] = Counter()
    lines: list[str] = []
    thin_pages = thin_victims = relevant_pages = 0
    for record in records:
        page = loaded.get(record["url"])
        if page is None:
            continue
        document, entry, _ = batch_document(page)
        if document is None:
            continue
        article = extract_article(document, entry)
        intel = enrich(article)
        title, text = article.title, article.text
        thin = len(text) < THIN_CHARS
        relevant_pages += bool(record["relevant"])
        thin_pages += thin and bool(record["relevant"])
        thin_victims += len(record["victims"]) if thin else 0
        category = categorise(title, text, article.url)
        found = victim_model.candidates(
            title, text, article.lang, victim_model.outlet_of(article.url), category
        )
        victim_model.choose(found, model)  # (scores every candidate)
        keys = {victim_key(x.name): x for x in found}
        roundup = bool(roundup_headlines(title, text))
        published = intel.relevant and not intel.promotional
        out = list(intel.victims)
        gold = [fold(v["name"]) for v in record["victims"]]
        hits = pair_victims([v["name"] for v in record["victims"]], out, _same_victim)
        used = {hit for hit in hits if hit is not None}
        for victim, hit in zip(record["victims"], hits, strict=True):
            k = victim_key(victim["name"])
            where = ("thin " if thin else "") + _where(victim["name"], title, text)
            candidate = keys.get(k)
            if hit is not None:
                status = "found"
            elif not published:
                status = "not relevant"
            elif roundup:
                status = "roundup"
            elif candidate is not None and not victim_model.admissible(candidate):
                status = "(b) veto"
            elif candidate is not None:
                status = "(b) score"
                scores[f"{int(candidate.score * 10) / 10:.1f}"] += 1
            elif any(_overlaps(fold(victim["name"]), fold(x.name)) for x in [*found, *out]):
                status = "(a) bounds"
            else:
                status = "(a) none"
            where_status[where, status] += 1
            by_outlet[train_victims.outlet(record), status] += 1
            score = f" {candidate.score:.2f}" if candidate is not None else ""
            if status != "found":
                lines.append(f"{status} [{where}]{score} {victim['name']!r}: {record['url']}")
        for j, o in enumerate(out):
            if j in used:
                continue
            cand = keys.get(victim_key(o.name))
            kind = extra_kind(o.name, cand.features if cand else set(), gold, text)
            if not record["relevant"]:
                kind = "on a page labelled not relevant"
            extras[kind] += 1
            by_outlet[train_victims.outlet(record), "extra"] += 1
            lines.append(f"extra [{kind}] {o.name!r}: {record['url']}")
    statuses = ["found", "(b) score", "(b) veto", "(a) bounds", "(a) none", "roundup", "not relevant"]
    total = sum(where_status.values())
    print(
        f"check-d1: {relevant_pages} relevant pages, {total} labelled victims, threshold {model['threshold']}"
    )
    print(f"pages with under {THIN_CHARS} characters of text: {thin_pages} relevant, {thin_victims} victims")
    wheres = sorted({w for w, _ in where_status})
    print(f"{'where':16}" + "".join(f"{s:>13}" for s in statuses) + f"{'all':>6}")
    for where in wheres:
        row = [where_status[where, s] for s in statuses]
        print(f"{where:16}" + "".join(f"{n:13}" for n in row) + f"{sum(row):6}")
    row = [sum(where_status[w, s] for w in wheres) for s in statuses]
    print(f"{'all':16}" + "".join(f"{n:13}" for n in row) + f"{sum(row):6}")
    spelled = row[0] + row[1] + row[2]
    print(f"found or spelled by a candidate: {spelled} of {total}")
    bins = ", ".join(f"{k}: {n}" for k, n in sorted(scores.items()))
    print(f"scores of the admissible victims scored out: {bins}")
    print(f"extras {sum(extras.values())}:")
    for kind, n in extras.most_common():
        print(f"  {kind:48} {n:4}")
    print(f"{'outlet':18}" + "".join(f"{s:>13}" for s in [*statuses, "extra"]))
    for name in sorted({o for o, _ in by_outlet}):
        print(f"{name:18}" + "".join(f"{by_outlet[name, s]:13}" for s in [*statuses, "extra"]))
    if show:
        print("\n".join(sorted(lines)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
