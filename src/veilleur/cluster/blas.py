"""This process's BLAS limited to one thread while the clusterer places articles."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _blas() -> Any:
    """threadpoolctl's view of this process's BLAS (found once: it scans the loaded libraries)."""
    from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped,unused-ignore]

    return ThreadpoolController()


def one_blas_thread() -> Any:
    """One article's cosines against the window (a matrix-vector product of ~1,000 rows) on one
    thread: OpenBLAS splits it among its threads, whose hand-overs cost more than the product
    and, on a busy machine, spin — 30 times the product's CPU, growing with the window's rows
    (8 s of a 1,400-article day's placement). One thread gives the same floats, row for row."""
    return _blas().limit(limits=1, user_api="blas")
