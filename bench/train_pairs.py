"""A learned same-story pair model over the evidence the clusterer computes, measured against the
hand-set rules (`Clusterer.score`) on labelled pairs of parts it never saw.

Pairs of a part (bench/data/stories, never `aside`): every pair of a same-story group
(`groups.jsonl`, `groups-fr-en.jsonl`) is "same"; every hard negative (`hard-negatives*.jsonl`) and
every pair of pages of two groups at most 4 days apart is "different". Each page goes through what
the pipeline runs (batch document, `extract_article`, `enrich`, features with the feed's headline).
A pair's evidence is `pair_evidence.pair_vector` (this folder) plus the rules' own score and
decision. Model: scikit-learn's L2 logistic regression, class-balanced, liblinear (deterministic).

Only pairs at most `WINDOW` days apart are kept (a stream never compares the others: most hard
negatives of `tune` are months apart). `--model gb`: scikit-learn's HistGradientBoosting (depth 3,
150 rounds, seed 0) instead.

Evaluation: leave one part out (train on two of `tune`, `dev`, `dev2`, test on the third), with the
model three ways (`HOW`): alone (join when P(same) reaches a cut), as a veto on the rules' joins,
and as a second way to join (rules or model); each cut is the best on the training parts for
F1 + 0.5 x hard negatives apart. Pairs: the held-out part's precision, recall, F1, hard negatives
joined, pairs of two groups joined, French/English recall and negatives joined. `--stream`: the
held-out part's bench stream (`stories_data.stream`, `--distractors` other pages of its days) is
clustered by `Clusterer` with each pair score and scored as bench/stories.py scores it. Nothing
is shipped: held out, no way beat the rules (README, *Same-story quality*).

Run: python bench/train_pairs.py [--shared ../shared] [--cache DIR] [--model lr|gb] [--c 1.0]
     [--negative-weight 1] [--held tune dev dev2 | --test dev3] [--stream [--distractors 2000]
     [--veto-cuts 0.3 0.5]]
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
PARTS = ("tune", "dev", "dev2")
NEAR_DAYS = 4
POST = "posts-deleted:"


def features_of_parts(shared: Path, cache: Path | None) -> dict[str, Any]:
    """Page id → Features of every page labelled in `PARTS` and in no aside record (read from
    `cache` when it exists, written there otherwise)."""
    if cache is not None and cache.is_file():
        with cache.open("rb") as stream:
            loaded: dict[str, Any] = pickle.load(stream)  # our own file
            return loaded
    import story_pairs

    story_pairs.PARTS = PARTS
    features = story_pairs.labelled_features(shared)
    if cache is not None:
        with cache.open("wb") as stream:
            pickle.dump(features, stream)
    return features


Pair = tuple[str, str, str, str]  # (page, page, kind: same | negative | across, part)


def labelled_pairs(features: dict[str, Any], parts: tuple[str, ...] = PARTS) -> list[Pair]:
    from stories_data import labels

    sets = labels()
    out: list[Pair] = []
    for key in ("groups", "groups_fr"):
        groups = [g for g in sets[key] if g["split"] in parts]
        for group in groups:
            urls = [u for u in group["urls"] if u in features]
            out += [(a, b, "same", group["split"]) for a, b in itertools.combinations(urls, 2)]
        for one, two in itertools.combinations(groups, 2):
            if one["split"] != two["split"] or set(one["urls"]) & set(two["urls"]):
                continue
            for a, b in itertools.product(one["urls"], two["urls"]):
                if (
                    a in features
                    and b in features
                    and abs((features[a].day - features[b].day).days) <= NEAR_DAYS
                ):
                    out.append((a, b, "across", one["split"]))
    for key in ("negatives", "negatives_fr"):
        for n in sets[key]:
            if n["split"] in parts and n["a"] in features and n["b"] in features:
                out.append((n["a"], n["b"], "negative", n["split"]))
    return out


def stream_features(shared: Path, part: str, distractors: int, cache: Path | None) -> list[Any]:
    """Features of `part`'s bench stream (its labelled pages and `distractors` other pages of
    their days, in day order: `stories_data.stream`), as bench/stories.py computes them."""
    if cache is not None and cache.is_file():
        with cache.open("rb") as stream:
            loaded: list[Any] = pickle.load(stream)  # our own file
            return loaded
    from stories_data import STREAMS, described, stream

    together = next(t for t in STREAMS if part in t)
    out = described(stream(shared, distractors, together))
    if cache is not None:
        with cache.open("wb") as stream_out:
            pickle.dump(out, stream_out)
    return out


class Evidence:
    """The pairs of `chosen` parts within the clustering window as a matrix: one row per pair, the pair's
    evidence (`pair_vector`), then the rules' score (capped at 3, divided by 3) and decision."""

    def __init__(self, features: dict[str, Any], chosen: tuple[str, ...] = PARTS) -> None:
        import numpy as np
        from pair_evidence import pair_vector

        from veilleur.cluster.stories import WINDOW, Clusterer

        rules = Clusterer()
        rows, scores, kinds, parts, cross = [], [], [], [], []
        for a, b, kind, part in labelled_pairs(features, chosen):
            new, old = sorted((features[a], features[b]), key=lambda f: (f.day, f.id), reverse=True)
            if (new.day - old.day).days > WINDOW.days:
                continue  # never compared in a stream: the window keeps them apart
            cosine = float(new.embedding @ old.embedding)
            text = float((new.minhash == old.minhash).mean())
            score, _ = rules.score(new, old, cosine, text)
            rows.append(rule_columns(pair_vector(new, old, cosine, text), score, rules.weights.join))
            scores.append(score)
            kinds.append(kind)
            parts.append(part)
            cross.append(a.startswith(POST) != b.startswith(POST))
        self.x = np.array(rows)
        self.rules = np.array(scores) >= rules.weights.join
        self.kind = np.array(kinds)
        self.part = np.array(parts)
        self.cross = np.array(cross)
        self.same = self.kind == "same"


def rule_columns(vector: list[float], score: float, join: float) -> list[float]:
    return [*vector, min(score, 3.0) / 3, float(score >= join)]


def fit(x: Any, y: Any, weight: Any, kind: str, c: float) -> Any:
    """A class-balanced model of P(same story) (deterministic: liblinear, a fixed seed)."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    if kind == "gb":
        model: Any = HistGradientBoostingClassifier(
            max_iter=150, max_depth=3, random_state=0, class_weight="balanced"
        )
    else:
        model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=1000)
    model.fit(x, y, sample_weight=weight)
    return model


def pair_figures(join: Any, data: Evidence, rows: Any) -> dict[str, float]:
    """Pairwise figures of decisions `join` over the pairs `rows` (a mask) of `data`."""
    same, kind, cross = data.same & rows, data.kind, data.cross
    negative = (kind == "negative") & rows
    different = negative | ((kind == "across") & rows)
    tp, fp = (join & same).sum(), (join & different).sum()
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, same.sum())
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / max(1e-9, precision + recall),
        "negatives": int(negative.sum()),
        "negatives_joined": int((join & negative).sum()),
        "across_joined": int((join & (kind == "across") & rows).sum()),
        "cross_recall": (join & same & cross).sum() / max(1, (same & cross).sum()),
        "cross_negatives_joined": int((join & negative & cross).sum()),
        "cross_negatives": int((negative & cross).sum()),
    }


def objective(figures: dict[str, float]) -> float:
    """What a threshold is chosen for on the training parts: F1 and hard negatives apart."""
    apart = 1 - figures["negatives_joined"] / max(1, figures["negatives"])
    return figures["f1"] + 0.5 * apart


def threshold(probability: Any, data: Evidence, rows: Any, how: str) -> float:
    """The cut of P(same) best for `objective` on `rows`: the model alone (`how` "alone"), as a
    veto on the rules' joins ("veto") or as a second way to join ("rescue")."""
    import numpy as np

    best = (-1.0, 0.5)
    for t in np.arange(0.05, 0.995, 0.005):
        join = decide(probability >= t, data.rules, how)
        value = objective(pair_figures(join, data, rows))
        if value > best[0] + 1e-9:
            best = (value, float(round(t, 2)))
    return best[1]


HOW = {
    "alone": "model >= {:.2f}",
    "veto": "rules, then model >= {:.2f}",
    "rescue": "rules, or model >= {:.2f}",
}


def decide(model: Any, rules: Any, how: str) -> Any:
    return model & rules if how == "veto" else model | rules if how == "rescue" else model


def line(name: str, f: dict[str, float]) -> str:
    return (
        f"| {name} | {f['precision']:.3f} | {f['recall']:.3f} | **{f['f1']:.3f}** "
        f"| {f['negatives_joined']} of {f['negatives']} | {f['across_joined']} "
        f"| {f['cross_recall']:.3f} | {f['cross_negatives_joined']} of {f['cross_negatives']} |"
    )


def model_clusterer(model: Any, cut: float, how: str) -> Any:
    """A clusterer whose pair score is the model's (`HOW`): alone (the pair joins when P(same)
    reaches `cut`), as a veto on the rules' joins or as a second way to join; the story-wide
    checks of `Clusterer.add` stay."""
    from pair_evidence import pair_vector

    from veilleur.cluster.stories import Clusterer
    from veilleur.models.signals import SignalCode, signal

    class Learned(Clusterer):
        def score(self, new: Any, old: Any, cosine: float, text: float) -> tuple[float, list[Any]]:
            score, signals = super().score(new, old, cosine, text)
            join = self.weights.join
            row = rule_columns(pair_vector(new, old, cosine, text), score, join)
            p = probability(model, row)
            signals = [*signals, signal(SignalCode.PAIR_MODEL, f"{p:.2f}")]
            if how == "veto":
                return (score if p >= cut else 0.0), signals
            if how == "rescue":
                return (max(score, join) if p >= cut else score), signals
            return (join + p if p >= cut else 0.0), signals

    return Learned()


def probability(model: Any, row: list[float]) -> float:
    """P(same) of one pair: a logistic model's in plain numpy (scikit-learn's call costs more
    than the sum), any other model's through `predict_proba`."""
    import numpy as np

    if hasattr(model, "coef_"):
        return float(1 / (1 + np.exp(-(float(np.dot(model.coef_[0], row)) + float(model.intercept_[0])))))
    return float(model.predict_proba([row])[0, 1])


def stream_figures(features: list[Any], clusterer: Any, part: str) -> dict[str, float]:
    from stories_data import score

    story = {}
    with clusterer.one_thread():
        for one in features:
            story[one.id] = clusterer.add(one).story_id
    return score(story, part)


def stream_line(name: str, r: dict[str, float]) -> str:
    return (
        f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | **{r['f1']:.3f}** "
        f"| {r['negatives_apart']:.3f} (of {r['negatives']}) "
        f"| {r['cross_recall']:.3f} (of {r['cross_pairs']}) "
        f"| {r['cross_negatives_apart']:.3f} (of {r['cross_negatives']}) |"
    )


def report(args: Any, held: str, model: Any, cuts: dict[str, float], data: Evidence) -> None:
    """The pairs of `held` in `data`, then (`args.stream`) its stream, for the rules and the model."""
    from veilleur.cluster.stories import Clusterer

    test = data.part == held
    p = model.predict_proba(data.x)[:, 1]
    print(
        "| method | precision | recall | F1 | negatives joined | across joined | FR/EN recall "
        "| FR/EN negatives joined |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(line("rules", pair_figures(data.rules, data, test)))
    for how, cut in cuts.items():
        print(line(HOW[how].format(cut), pair_figures(decide(p >= cut, data.rules, how), data, test)))
    if not args.stream:
        return
    path = args.cache / f"stream-{held}.pkl" if args.cache else None
    features = stream_features(args.shared, held, args.distractors, path)
    print(f"\n{held}, its stream ({len(features)} pages):")
    print(
        "| method | precision | recall | F1 | hard negatives apart | FR/EN recall | FR/EN negatives apart |"
    )
    print("|---|---|---|---|---|---|---|")
    print(stream_line("rules", stream_figures(features, Clusterer(), held)), flush=True)
    for how, cut in cuts.items():
        clusterer = model_clusterer(model, cut, how)
        print(stream_line(HOW[how].format(cut), stream_figures(features, clusterer, held)), flush=True)
    for cut in args.veto_cuts:
        clusterer = model_clusterer(model, cut, "veto")
        print(stream_line(HOW["veto"].format(cut), stream_figures(features, clusterer, held)), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, help="a folder for the pages' features (computed once)")
    parser.add_argument("--model", choices=("lr", "gb"), default="lr")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength (lr)")
    parser.add_argument("--negative-weight", type=float, default=1.0, help="weight of a hard negative")
    parser.add_argument("--stream", action="store_true", help="also cluster each held-out part's stream")
    parser.add_argument("--distractors", type=int, default=2000)
    parser.add_argument(
        "--veto-cuts", nargs="*", type=float, default=[], help="with --stream: more cuts of the veto to run"
    )
    parser.add_argument(
        "--held", nargs="+", choices=PARTS, default=list(PARTS), help="parts held out in turn"
    )
    parser.add_argument("--test", help="train on all of PARTS, score this other part (never aside)")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    from importlib.util import find_spec

    if find_spec("sklearn") is None:  # the `train` extra: without it, a traceback deep in the run
        sys.exit("bench/train_pairs.py needs scikit-learn, of the train extra: pip install -e '.[train]'")
    if args.test in ("aside", *PARTS):
        parser.error("--test names a part outside tune, dev and dev2, and never aside")
    import numpy as np

    if args.cache is not None:
        args.cache.mkdir(parents=True, exist_ok=True)
    cache = args.cache / "pairs.pkl" if args.cache else None
    data = Evidence(features_of_parts(args.shared, cache))
    weight = np.where(data.kind == "negative", args.negative_weight, 1.0)
    for held in [] if args.test else args.held:
        train = data.part != held
        model = fit(data.x[train], data.same[train], weight[train], args.model, args.c)
        cuts = {how: threshold(model.predict_proba(data.x)[:, 1], data, train, how) for how in HOW}
        trained = ", ".join(x for x in PARTS if x != held)
        print(f"\n{held} held out ({args.model}, trained on {trained}), pairs:")
        report(args, held, model, cuts, data)
    if args.test:
        # Trained on every part of PARTS; `args.test` is another one (a later development part).
        model = fit(data.x, data.same, weight, args.model, args.c)
        everywhere = np.ones(len(data.same), dtype=bool)
        cuts = {how: threshold(model.predict_proba(data.x)[:, 1], data, everywhere, how) for how in HOW}
        path = args.cache / f"stream-{args.test}.pkl" if args.cache else None
        features = stream_features(args.shared, args.test, args.distractors, path)
        tested = Evidence({f.id: f for f in features}, (args.test,))
        print(f"\n{args.test} ({args.model}, trained on {', '.join(PARTS)}), pairs:")
        report(args, args.test, model, cuts, tested)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
