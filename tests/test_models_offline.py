"""The models same-story grouping uses ship their weights in installed packages: nothing is
downloaded at run time. A fresh process with an empty cache folder, whose every network call is
refused by an audit hook (socket connect, name lookups, urllib requests), runs `veilleur stories
--jsonl` (extraction, enrichment with its NER models and galaxies, the multilingual sentence
encoder) and joins one event told in French and English; the hook records any attempt."""

from __future__ import annotations

import json
from pathlib import Path

from offline import run_offline
from test_stories_languages import MEERHOVEN

SCRIPT = r"""
from veilleur.cli import main
from veilleur.cluster.embed import PACKAGE, embed
from importlib.metadata import distribution

try:
    main(["stories", "--jsonl", sys.argv[1], sys.argv[2]], standalone_mode=False)
finally:
    print("ATTEMPTS", attempts)
vectors = embed(["Une attaque contre un hôpital.", "An attack on a hospital."])
print("COSINE", float(vectors[0] @ vectors[1]))
files = distribution(PACKAGE).files or []
print("WEIGHTS", sum(f.size or 0 for f in files if f.name.endswith((".npz", ".model"))))
"""


def test_stories_run_with_the_network_refused_and_an_empty_cache(tmp_path: Path) -> None:
    rows = [
        {
            "id": lang,
            "url": f"https://{lang}.example/a",
            "published": "2026-03-02",
            "title": title,
            "text": (text + " ") * 3,
        }
        for lang, (title, text) in MEERHOVEN.items()
        if lang in ("fr", "en")
    ]
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    done = run_offline(SCRIPT, [str(source), str(out)], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ATTEMPTS []" in done.stdout, done.stdout
    stories = {row["id"]: row["story_id"] for row in map(json.loads, out.read_text().splitlines())}
    assert stories == {"en": "en", "fr": "en"} or stories == {"en": "fr", "fr": "fr"}, stories
    cosine = float(done.stdout.split("COSINE ")[1].split()[0])
    assert cosine > 0.5  # one sentence in two languages: close in the multilingual space
    weights = int(done.stdout.split("WEIGHTS ")[1].split()[0])
    assert 25_000_000 < weights < 40_000_000  # the ~31 MB the README states, in the wheel
