"""MinHash of an article's content words: `minhash_of(words)` → (NUM_PERM,) uint64, datasketch's
values, computed without importing datasketch's package (its `__init__` imports scipy)."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

NUM_PERM = 64  # MinHash permutations: enough to tell 0.2 from 0.5 Jaccard, cheap to store

# `_minhash_class` changes `sys.modules` for a moment: threads asking at once would see each
# other's half-imported package, and could leave it there for a later `import datasketch`.
_IMPORTING = threading.Lock()


@lru_cache(maxsize=1)
def _minhash_class() -> Any:
    """datasketch's MinHash, its module imported without the package's `__init__`, which imports
    every sketch datasketch has and, for its LSH, scipy (0.4 to 0.6 s of a process that computes
    features). The package's entries in `sys.modules` are left as they were: a later `import
    datasketch` runs the package as usual. Same code, so the same hash values
    (`tests/test_minhash_import.py`). One thread at a time."""
    import importlib
    import importlib.util
    import sys

    with _IMPORTING:
        if "datasketch" in sys.modules:
            return importlib.import_module("datasketch").MinHash
        spec = importlib.util.find_spec("datasketch")
        if spec is None or not spec.submodule_search_locations:
            return importlib.import_module("datasketch").MinHash
        before = set(sys.modules)
        sys.modules["datasketch"] = importlib.util.module_from_spec(spec)  # its __init__ not run
        try:
            return importlib.import_module("datasketch.minhash").MinHash
        finally:
            for name in set(sys.modules) - before:
                if name == "datasketch" or name.startswith("datasketch."):
                    del sys.modules[name]


def minhash_of(words: list[str]) -> NDArray[np.uint64]:
    """datasketch's MinHash of `words` (the empty word for none). Each distinct word is hashed
    once: a MinHash is a minimum over the words, which a repeated word cannot change (an article
    repeats about half of its words)."""
    permutations, scheme = _permutations()
    minhash = _minhash_class()(num_perm=NUM_PERM, permutations=permutations, scheme=scheme)
    minhash.update_batch([w.encode("utf-8") for w in dict.fromkeys(words or [""])])
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


@lru_cache(maxsize=1)
def no_words() -> NDArray[np.uint64]:
    """The MinHash of an article with no content words (`minhash_of([])`): every such article's."""
    hashes = minhash_of([])
    hashes.flags.writeable = False  # shared by every caller
    return hashes


@lru_cache(maxsize=1)
def _permutations() -> tuple[tuple[Any, Any], str]:
    """datasketch's permutations for NUM_PERM and its default seed, drawn once per process, not
    for every article (its random generator made and drawn from each time), with their
    scheme; the same values, so the same hashes."""
    made = _minhash_class()(num_perm=NUM_PERM)
    return (made.permutations[0], made.permutations[1]), str(made.scheme)
