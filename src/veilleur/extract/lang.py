"""Language identification with py3langid (its model ships inside the package).

The model ships as one xz-compressed file; decompressing it (68 MB) takes about a second, paid by
every process that identifies a language (`veilleur post` included). The first process keeps the
decompressed arrays in the user's cache folder (`$XDG_CACHE_HOME/veilleur`, else
`~/.cache/veilleur`), named after py3langid's version and the model file's size and date; later
processes map them from there. Writing a copy removes those of other versions. The identifier
built from them is the one py3langid builds (same arrays, same order: `tests/test_lang_cache.py`).
A cache that cannot be written or read is skipped.
"""

from __future__ import annotations

import os
import tempfile
from array import array
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from veilleur.cache_folder import reading, remove_stale
from veilleur.cache_folder import root as cache_folder_root

# Shorter texts give unreliable guesses; below this we say nothing rather than guess.
MIN_CHARS = 40
SAMPLE_CHARS = 1500
ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")  # py3langid's model layout
_TYPECODE = {2: "H", 4: "I", 8: "L"}
PREFIX = "py3langid-"  # the copies' names: this, then the key (see cache_folder.remove_stale)


def cache_folder() -> Path:
    """Where the decompressed model lives: one folder per py3langid version and model file."""
    model = Path(MODEL_DIR) / MODEL_FILE
    stat = model.stat()
    return cache_folder_root() / f"{PREFIX}{version('py3langid')}-{stat.st_size}-{stat.st_mtime_ns}"


def _as_array(values: Any) -> array[int]:
    """A NumPy unsigned integer array as the stdlib array py3langid's tokenizer walks."""
    out: array[int] = array(_TYPECODE[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


def _write_cache(folder: Path) -> None:
    import lzma

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(suffix=".npz") as unpacked:
        with lzma.open(Path(MODEL_DIR) / MODEL_FILE) as packed:
            while block := packed.read(1 << 20):
                unpacked.write(block)
        unpacked.seek(0)
        with np.load(unpacked, allow_pickle=False) as data:
            for name in ARRAYS:
                # Written aside then renamed: a reader never sees half a file.
                handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
                with os.fdopen(handle, "wb") as sink:
                    np.save(sink, data[name], allow_pickle=False)
                os.replace(temporary, folder / f"{name}.npy")
    remove_stale(folder, PREFIX)  # the copies of other versions: no process of this install reads them


def _cached() -> LanguageIdentifier | None:
    try:
        folder = cache_folder()
        if not all((folder / f"{name}.npy").is_file() for name in ARRAYS):
            _write_cache(folder)
        with reading(folder):  # mapped: readable after the block whatever becomes of the folder
            data = {n: np.load(folder / f"{n}.npy", mmap_mode="r", allow_pickle=False) for n in ARRAYS}
    except (OSError, ValueError, RuntimeError):  # RuntimeError: no home folder
        return None
    # As py3langid's from_model_file and load_model build it from the same arrays.
    return LanguageIdentifier(
        np.asarray(data["ptc"]),
        np.asarray(data["pc"]),
        data["classes"].tolist(),
        _as_array(data["nextmove"]),
        data["out_feat"].tolist(),
        norm_probs=True,
        tk_row=_as_array(data["nextmove_row"]),
    )


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Loaded once per process: it is the costly part.
    return _cached() or LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "" when the text is too short to tell."""
    # The first 1,500 characters give the label the whole text gives, at a third of the cost.
    sample = " ".join(text[:3000].split())[:SAMPLE_CHARS]
    if len(sample) < MIN_CHARS:
        return ""
    code, _probability = _identifier().classify(sample)
    return str(code)
