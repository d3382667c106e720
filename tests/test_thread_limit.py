"""The per-item CPU limit (`limits.item_cpu_seconds`) for items run in a thread of the calling
process: a `veilleur worker`'s job threads (`CpuPool` of one worker) and a run with one CPU worker.
Before, such items had no limit at all: an endless item held its job, and its worker's thread, for
ever. The limit counts the thread's own CPU, so other threads' work does not count against it."""

from __future__ import annotations

import threading
import time
from typing import Any

from veilleur.parallel import CpuPool, ItemTimeout


def _endless_unless(number: int, endless: int) -> int:
    """Item `endless` runs for ever inside code that isolates its parts with `except Exception`."""
    if number == endless:
        while True:
            try:
                while True:
                    pass
            except Exception:  # a part's failure, isolated: the loop goes on
                pass
    return number * 2


def _busy(seconds: float) -> float:
    """Spin for `seconds` of this thread's CPU; returns them."""
    start = time.thread_time()
    while time.thread_time() - start < seconds:
        pass
    return time.thread_time() - start


def test_an_endless_item_in_a_thread_fails_alone_and_the_other_thread_goes_on() -> None:
    results: dict[str, list[Any]] = {}

    def job(name: str, endless: int) -> None:
        with CpuPool(1, seconds=0.5) as pool:
            results[name] = [
                o.error or o.value for o in pool.map(_endless_unless, [(n, endless) for n in range(5)])
            ]

    threads = [threading.Thread(target=job, args=("a", 2)), threading.Thread(target=job, args=("b", -1))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not any(thread.is_alive() for thread in threads), "an endless item was never stopped"
    a = results["a"]
    assert [a[0], a[1], a[3], a[4]] == [0, 2, 6, 8]
    assert isinstance(a[2], ItemTimeout) and "0.5 s of CPU in its thread" in str(a[2])
    assert results["b"] == [0, 2, 4, 6, 8]


def test_the_limit_ends_with_the_item() -> None:
    """Once an item is done (or timed out), the thread's later work is not interrupted."""
    with CpuPool(1, seconds=0.3) as pool:
        outcomes = list(pool.map(_endless_unless, [(n, 1) for n in range(3)]))
    assert isinstance(outcomes[1].error, ItemTimeout)
    assert _busy(1.0) >= 1.0  # a CpuLimitReached left behind would have stopped this


def test_each_item_gets_its_own_seconds() -> None:
    """Several items each under the limit, together over it: none fails."""
    with CpuPool(1, seconds=0.4) as pool:
        outcomes = list(pool.map(_busy, [(0.2,) for _ in range(4)]))
    assert [o.error for o in outcomes] == [None] * 4
