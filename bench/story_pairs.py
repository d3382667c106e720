"""The labelled pairs of bench/data/stories scored one by one, as if the two pages were published
together: what the clusterer's pair score says of every same-story pair and every hard negative,
whatever the window and the day order would have done with them.

A rule that keeps look-alikes apart is judged here by kind, before a stream run: how many hard
negatives it stops reaching the join score, and how many same-story pairs it costs. Pairs: every
pair of a group (`groups.jsonl`, `groups-fr-en.jsonl`), every hard negative (`hard-negatives*.jsonl`)
and, as more "different" pairs, pages of two groups at most 4 days apart. Only the `tune` and `dev`
parts are read, never `aside` (GUIDE.md). Each page goes through what the pipeline runs (batch
document, `extract_article`, `enrich`, features with the feed's headline).

Run: python bench/story_pairs.py [--shared ../shared] [--show]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PARTS = ("tune", "dev")
NEAR_DAYS = 4


def labelled_features(shared: Path) -> dict[str, Any]:
    """Page id → Features of every page labelled in `PARTS` and in no aside record."""
    from stories_data import _labelled, described, labels, stream

    sets = labels()
    wanted = _labelled(sets, PARTS) - _labelled(sets, ["aside"])
    records = [r for r in stream(shared, 0, PARTS) if r["id"] in wanted]
    features: dict[str, Any] = {one.id: one for one in described(records)}
    return features


def labelled_pairs(features: dict[str, Any]) -> dict[str, list[tuple[str, str, str]]]:
    """{"same", "negatives", "across"} → (page, page, why) of the pages present."""
    from stories_data import labels

    sets = labels()
    out: dict[str, list[tuple[str, str, str]]] = {"same": [], "negatives": [], "across": []}
    for key in ("groups", "groups_fr"):
        groups = [g for g in sets[key] if g["split"] in PARTS]
        for group in groups:
            urls = [u for u in group["urls"] if u in features]
            out["same"] += [(a, b, group["event"]) for a, b in itertools.combinations(urls, 2)]
        for one, two in itertools.combinations(groups, 2):
            if one["split"] != two["split"] or set(one["urls"]) & set(two["urls"]):
                continue
            for a, b in itertools.product(one["urls"], two["urls"]):
                if (
                    a in features
                    and b in features
                    and abs((features[a].day - features[b].day).days) <= NEAR_DAYS
                ):
                    out["across"].append((a, b, f"{one['event']} / {two['event']}"))
    for key in ("negatives", "negatives_fr"):
        for n in sets[key]:
            if n["split"] in PARTS and n["a"] in features and n["b"] in features:
                out["negatives"].append((n["a"], n["b"], n["why"]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--show", action="store_true", help="list the negatives that reach the join score")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    from veilleur.cluster.stories import Clusterer

    features = labelled_features(args.shared)
    clusterer = Clusterer()
    for kind, pairs in labelled_pairs(features).items():
        joined = []
        for a, b, why in pairs:
            new, old = sorted((features[a], features[b]), key=lambda f: (f.day, f.id), reverse=True)
            cosine = float(new.embedding @ old.embedding)
            text = float((new.minhash == old.minhash).mean())
            score, signals = clusterer.score(new, old, cosine, text)
            if score >= clusterer.weights.join:
                joined.append((score, why, new.title, old.title, signals))
        print(f"{kind}: {len(joined)} of {len(pairs)} pairs reach the join score")
        for score, why, first, second, signals in joined if args.show and kind != "same" else []:
            said = "; ".join(map(str, signals))
            print(f"  {score:.2f} {why}\n    {first[:90]!r}\n    {second[:90]!r}\n    {said}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
