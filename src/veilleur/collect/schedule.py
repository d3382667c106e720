"""Hand out pages so that one host's politeness delay never idles the other workers.

Pages are queued per host. A free worker takes the next page of the host that is ready soonest
(not being fetched, its delay since the last request over), so while one host waits out its delay
the workers fetch from the others; it sleeps only when every host with pages left is busy or
waiting. The fetcher keeps enforcing the delay itself: this only avoids queueing behind it.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import NoReturn, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def by_host(
    items: Iterable[T],
    host_of: Callable[[T], Hashable],
    work: Callable[[T], R],
    workers: int,
    delay: float,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[tuple[T, Callable[[], R]]]:
    """Run `work` on every item with `workers` threads, at most one item per host at a time and
    `delay` seconds between the end of one item of a host and the start of the next; yield
    (item, result) in completion order, where result() returns work's value or raises its error.
    A host key of None means no host to spare: such items run as soon as a worker is free."""
    queues: dict[Hashable, deque[T]] = {}
    for number, item in enumerate(items):
        key = host_of(item)
        queues.setdefault(("free", number) if key is None else key, deque()).append(item)
    total = sum(len(pages) for pages in queues.values())
    ready: dict[Hashable, float] = dict.fromkeys(queues, 0.0)
    busy: set[Hashable] = set()
    lock = threading.Condition()
    done: queue.Queue[tuple[T, Callable[[], R]]] = queue.Queue()

    def next_item() -> tuple[Hashable, T] | None:
        with lock:
            while True:
                free = [key for key, pages in queues.items() if pages and key not in busy]
                if not free:
                    if not any(queues.values()):
                        return None  # nothing left to hand out
                    lock.wait()  # every host with pages is being fetched
                    continue
                key = min(free, key=ready.__getitem__)
                wait = ready[key] - clock()
                if wait > 0:
                    lock.wait(wait)  # the soonest host is still waiting out its delay
                    continue
                busy.add(key)
                return key, queues[key].popleft()

    def worker() -> None:
        while (taken := next_item()) is not None:
            key, item = taken
            try:
                outcome = _returner(work(item))
            except Exception as exc:  # handed to the caller, raised by result()
                outcome = _raiser(exc)
            with lock:
                busy.discard(key)
                ready[key] = clock() + delay
                lock.notify_all()
            done.put((item, outcome))

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(max(1, min(workers, total)))]
    for thread in threads:
        thread.start()
    for _ in range(total):
        yield done.get()
    for thread in threads:
        thread.join()


def _returner(value: R) -> Callable[[], R]:
    return lambda: value


def _raiser(exc: Exception) -> Callable[[], NoReturn]:
    def result() -> NoReturn:
        raise exc

    return result
