"""The bench streams of bench/stories.py replayed from their pages' features, computed once and
kept in a cache outside the repository (third-party text: never commit it), so that the rules'
thresholds can be swept over every development part together and an operating point chosen by a
criterion across parts (leave one part out). The guards are scored only with `--guards`, once a
change is done.

Each stream (`stories_data.STREAMS`: tune/aside, dev, dev2, dev3, dev4, dev5) goes once through
what the pipeline runs (batch document, `extract_article`, `enrich`, features with the feed's
headline) and its features are pickled in `--cache`; a replay clusters them in stream order with
`Clusterer(Weights(...))` and scores the parts as bench/stories.py does. Parts scored: the read
development parts `READ`, and with `--guards` the guards `GUARDS` (scored only, never listed); `aside` is
clustered inside its stream (as bench/stories.py does) but never scored here.

`--set name=value ...` replays one setting; `--sweep name=v1,v2,...` (one or more, their product)
prints per setting and part F1 / hard negatives apart / FR-EN recall / FR-EN negatives apart, then
the leave-one-part-out choice: for each read part, the setting that maximises the mean F1 of the
other read parts among those keeping hard negatives apart ≥ `--floor` on every one of them, and
that setting's figures on the part left out.

Run: python bench/stories_replay.py [--shared ../shared] [--cache /tmp/veilleur-stories-replay]
     [--set join=0.4] [--sweep join=0.3,0.35,0.4 lone_cosine=0.6,0.65] [--floor 0.95] [--refresh]
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import pickle
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
READ = ("tune", "dev", "dev2", "dev3", "dev4a", "dev5a")
GUARDS = ("dev4b", "dev5b")
BATCH = 64


def stream_features(shared: Path, together: tuple[str, ...], cache: Path, refresh: bool) -> list[Any]:
    """The Features of the stream of `together`, in stream order (cached by stream and VERSION)."""
    from stories_data import described, stream

    from veilleur.cluster import features as cluster_features

    path = cache / f"{together[0]}-v{cluster_features.VERSION}.pickle"
    if path.is_file() and not refresh:
        with path.open("rb") as handle:
            loaded: list[Any] = pickle.load(handle)  # our own file
            return loaded
    out = described(stream(shared, 2000, together), BATCH)
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(out, handle)
    return out


def refold(features: list[Any]) -> list[Any]:
    """Features computed by an earlier `victim_words` with its victim words read again through
    today's `name_forms` and generic-word filter (what `victim_words` now gives, word by word)."""
    from veilleur.cluster.features import victim_words

    def again(words: frozenset[str]) -> frozenset[str]:
        return frozenset(w for word in words for w in victim_words([word]))

    return [dataclasses.replace(f, victims=again(f.victims), victim=again(f.victim)) for f in features]


def replay(features: list[Any], settings: dict[str, float]) -> dict[str, str]:
    from datetime import timedelta

    from veilleur.cluster import stories
    from veilleur.cluster.weights import Weights

    weights = {k: v for k, v in settings.items() if k != "window"}
    # `window` (days, not a weight): the module's window, set for this replay only.
    stories.WINDOW = timedelta(days=settings.get("window", 4))  # type: ignore[misc]
    clusterer = stories.Clusterer(dataclasses.replace(Weights(), **weights))
    return {one.id: clusterer.add(one).story_id for one in features}


def figures(
    streams: dict[str, list[Any]], settings: dict[str, float], scored: tuple[str, ...]
) -> dict[str, dict[str, float]]:
    """Part → scores of one setting, over the parts `scored`."""
    from stories_data import STREAMS, score

    out: dict[str, dict[str, float]] = {}
    for together in STREAMS:
        parts = [p for p in together if p in scored]
        if parts and together[0] in streams:
            story = replay(streams[together[0]], settings)
            out.update((part, score(story, part)) for part in parts)
    return out


def split_pairs(streams: dict[str, list[Any]], settings: dict[str, float], show: bool) -> None:
    """Every same-story pair of the read parts left in two stories, by kind: its pair score and
    the signal that decided it (a veto, the embedding alone, a score under the join), days apart,
    or a pair that scores the join but whose pages ended apart (a story conflict, a page that
    joined another story first). Never the guards' pairs."""
    from collections import Counter

    import numpy as np
    from stories_data import STREAMS, in_part, labels

    from veilleur.cluster.stories import WINDOW, Clusterer
    from veilleur.cluster.weights import Weights

    sets = labels()
    weights = dataclasses.replace(Weights(), **{k: v for k, v in settings.items() if k != "window"})
    for together in STREAMS:
        parts = [p for p in together if p in READ]
        if not parts or together[0] not in streams:
            continue
        features = {one.id: one for one in streams[together[0]]}
        story = replay(streams[together[0]], settings)
        judge = Clusterer(weights)
        for part in parts:
            kinds: Counter[str] = Counter()
            lines = []
            for key in ("groups", "groups_fr"):
                for group in (g for g in sets[key] if in_part(g, part)):
                    urls = [u for u in group["urls"] if u in story]
                    for a, b in itertools.combinations(urls, 2):
                        if story[a] == story[b] or (
                            key == "groups_fr" and a.startswith("posts-") == b.startswith("posts-")
                        ):
                            continue
                        new, old = (
                            (features[a], features[b])
                            if features[a].day >= features[b].day
                            else (features[b], features[a])
                        )
                        cosine = float(np.dot(new.embedding, old.embedding))
                        text = float((new.minhash == old.minhash).mean())
                        score, signals = judge.score(new, old, cosine, text)
                        days = (new.day - old.day).days
                        if days > WINDOW.days:
                            kind = "outside window"
                        elif score >= weights.join:
                            kind = "scores the join: story conflict or order"
                        elif len(signals) > 1 and score == 0.0:
                            kind = f"veto {signals[-1].code}"
                        else:
                            band = "0.3-0.4" if score >= 0.3 else "0.2-0.3" if score >= 0.2 else "<0.2"
                            kind = f"under the join ({band})"
                        thin = "headline-only" if new.headline_only or old.headline_only else ""
                        kinds[kind + (" FR/EN" if key == "groups_fr" else "")] += 1
                        codes = " ".join(f"{s.code}{list(s.values)[:3]}" for s in signals)
                        lines.append(
                            f"  {kind} {thin} score {score:.2f} days {days}: {codes}\n"
                            f"      {new.source}: {new.title[:100]}\n      {old.source}: {old.title[:100]}"
                        )
            print(f"\n{part}: {sum(kinds.values())} same-story pairs split")
            for kind, count in kinds.most_common():
                print(f"  {count:3d} {kind}")
            if show:
                print("\n".join(lines))


def line(result: dict[str, float]) -> str:
    return (
        f"{result['f1']:.3f} / {result['negatives_apart']:.3f} / {result['cross_recall']:.3f} / "
        f"{result['cross_negatives_apart']:.3f}"
    )


def parse(values: list[str]) -> list[tuple[str, list[float]]]:
    out = []
    for value in values:
        name, _, numbers = value.partition("=")
        out.append((name, [float(n) for n in numbers.split(",")]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/veilleur-stories-replay"))
    parser.add_argument("--set", nargs="*", default=[])
    parser.add_argument("--sweep", nargs="*", default=[])
    parser.add_argument("--floor", type=float, default=0.95)
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--refold", action="store_true", help="victim words read again (name_forms)")
    parser.add_argument("--splits", action="store_true", help="split same-story pairs, by kind")
    parser.add_argument("--show", action="store_true", help="with --splits: each pair")
    parser.add_argument(
        "--streams", default="", help="only these streams (first part's name), comma-separated"
    )
    parser.add_argument("--guards", action="store_true", help="the guards scored too (once, when done)")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").exists():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    from stories_data import STREAMS

    fixed = {name: numbers[0] for name, numbers in parse(args.set)}
    swept = parse(args.sweep)
    only = set(filter(None, args.streams.split(",")))
    streams = {
        t[0]: stream_features(args.shared, t, args.cache, args.refresh)
        for t in STREAMS
        if not only or t[0] in only
    }
    if args.refold:
        streams = {name: refold(features) for name, features in streams.items()}
    settings = [
        {**fixed, **dict(zip([n for n, _ in swept], combo, strict=True))}
        for combo in itertools.product(*[v for _, v in swept])
    ]
    if args.splits:
        split_pairs(streams, settings[0], args.show)
        return 0
    results = []
    print("F1 / hard negatives apart / FR-EN recall / FR-EN negatives apart")
    scored = READ + GUARDS if args.guards else READ
    print("| setting | " + " | ".join(scored) + " |")
    print("|---" * (len(scored) + 1) + "|")
    for setting in settings:
        result = figures(streams, setting, scored)
        results.append((setting, result))
        name = " ".join(f"{k}={v:g}" for k, v in setting.items()) or "default"
        print(
            f"| {name} | " + " | ".join(line(result[p]) if p in result else "-" for p in scored) + " |",
            flush=True,
        )
    if len(results) > 1:
        print("\nLeave one part out (chosen on the other read parts: best mean F1, negatives ≥ floor):")
        for held in READ:
            others = [p for p in READ if p != held]
            fit = [
                (sum(r[p]["f1"] for p in others if p in r) / len(others), s, r)
                for s, r in results
                if held in r and all(r[p]["negatives_apart"] >= args.floor for p in others if p in r)
            ]
            if fit:
                _, chosen, result = max(fit, key=lambda x: x[0])
                print(f"  {held}: {chosen} → {line(result[held])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
