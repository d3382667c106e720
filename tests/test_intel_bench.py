"""`python bench/intel.py` prints every figure of issue 11 with its target, for the part scored,
and the seed's line (a few pages of the tuning part here: the bench reads ../shared)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import shared_path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = [
    "relevance accuracy (≥ 0.95)",
    "promotional pages published (0)",
    "category accuracy (relevant pages) (≥ 0.85)",
    "victims P / R / F1 (F1 ≥ 0.80)",
    "victim sector accuracy (found victims) (≥ 0.85)",
    "healthcare victims found (≥ 0.95)",
    "actors P / R / F1 (F1 ≥ 0.85)",
    "malware P / R / F1 (F1 ≥ 0.80)",
    "CVE P / R / F1 (F1 ≥ 0.99)",
    "vuln facts precision (stated) (≥ 0.90)",
    "enrich speed (articles/s, one core: CPU time) (≥ 30)",
    "peak memory (MiB, whole process) (≤ 600)",
]


def test_the_bench_prints_each_target_figure_and_the_seed() -> None:
    shared = shared_path("corpus", "news-dev.jsonl.gz").parent.parent
    command = [sys.executable, "bench/intel.py", "--shared", str(shared), "--part", "tune", "--limit", "3"]
    done = subprocess.run(
        [*command, "--no-baseline", "--no-ner"], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert "| figure | tune: veilleur |" in lines
    rows = {line.split(" | ")[0].removeprefix("| "): line for line in lines if line.startswith("| ")}
    for target in TARGETS:
        assert target in rows, target
    assert rows["pages"] == "| pages | 3 |"
    speed = float(rows[TARGETS[-2]].split(" | ")[1].strip(" |"))
    memory = float(rows[TARGETS[-1]].split(" | ")[1].strip(" |"))
    assert speed > 0 and 50 < memory < 2000
    seed = next(line for line in lines if line.startswith("seed: "))
    assert "Clinique André Renard (healthcare, BE)" in seed and "category = ransomware" in seed
