"""Fetching interleaves hosts: while one host waits out its politeness delay, the workers fetch
from the others, so a run costs about one host's share, not the sum behind one queue.

What the tests assert holds at any load: the order of the requests and the least gap between two
requests to one host. How long the run takes against the floor is `bench/fetch_schedule.py`'s."""

from __future__ import annotations

import itertools
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

from webserver import Reply, WebServer

from veilleur.collect.http import Fetcher
from veilleur.collect.schedule import by_host
from veilleur.config import HttpConfig, load_settings
from veilleur.models import Entry
from veilleur.pipeline import Pipeline
from veilleur.store import Store

PAGE = b"<html><head><title>Page</title></head><body><p>A page.</p></body></html>"
DELAY = 0.5  # seconds of politeness per host


def test_four_hosts_are_fetched_side_by_side_each_at_its_politeness_delay(
    tmp_path: Path, http_config: HttpConfig
) -> None:
    hosts = [WebServer(f"127.0.0.{n}").start() for n in range(2, 6)]
    try:
        for server in hosts:
            for page in range(10):
                server.routes[f"/p{page}"] = Reply(PAGE)
        settings = load_settings(None, store_url=f"sqlite:///{tmp_path / 'store.db'}", catalogue=False)
        store = Store(settings.store_url)
        # Pending in id order: every page of the first host, then the second's… (the worst order).
        for server in hosts:
            for page in range(10):
                url = server.url(f"/p{page}")
                store.entries.add(Entry(url=url, canonical_url=url, source="s"), date(2026, 3, 10))
        polite = http_config.model_copy(update={"politeness_delay": DELAY, "workers": 4})
        settings.http = polite
        with Fetcher(polite) as fetcher:
            pipeline = Pipeline(
                settings, store, fetcher=fetcher, now=lambda: datetime(2026, 3, 10, tzinfo=UTC)
            )
            pipeline.fetch()
        assert pipeline.summary.fetched == 40
        assert all(server.hits(f"/p{page}") == 1 for server in hosts for page in range(10))
        # Each host's requests (robots.txt, then its pages) are the delay apart at least, measured
        # where they arrive: the fetcher counts the delay from the end of the previous answer.
        for server in hosts:
            times = [arrived for _path, arrived in server.arrivals]
            assert len(times) == 11
            gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
            assert min(gaps) >= DELAY, gaps
        # The workers did not queue behind the first host: its second page waited out its delay
        # while every other host's first page was fetched (in id order, its first four pages were
        # the first four requests).
        pages = sorted(
            (arrived, number)
            for number, server in enumerate(hosts)
            for path, arrived in server.arrivals
            if path.startswith("/p")
        )
        assert {number for _arrived, number in pages[:4]} == {0, 1, 2, 3}, pages[:8]
    finally:
        for server in hosts:
            server.stop()


def test_one_worker_alternates_between_hosts_instead_of_waiting() -> None:
    """With one worker the order is fixed: the host ready soonest is taken, so the other host's
    page goes in each delay of the first."""
    order: list[tuple[str, int]] = []
    items = [("a", n) for n in range(3)] + [("b", n) for n in range(3)]
    for _item, result in by_host(items, lambda item: item[0], order.append, workers=1, delay=0.05):
        result()
    assert order == [("a", 0), ("b", 0), ("a", 1), ("b", 1), ("a", 2), ("b", 2)]


def test_one_host_at_a_time_and_the_delay_between_its_items() -> None:
    started: dict[str, list[float]] = {"a": [], "b": []}
    ended: dict[str, list[float]] = {"a": [], "b": []}
    running: dict[str, int] = {"a": 0, "b": 0}
    overlap: list[str] = []
    lock = threading.Lock()

    def work(item: tuple[str, int]) -> int:
        host, number = item
        with lock:
            running[host] += 1
            if running[host] > 1:
                overlap.append(host)
            started[host].append(time.monotonic())
        time.sleep(0.02)
        with lock:
            running[host] -= 1
            ended[host].append(time.monotonic())
        if number == 3:
            raise ValueError("page 3 fails")
        return number

    items = [("a", n) for n in range(4)] + [("b", n) for n in range(4)]
    results = {}
    errors = []
    for item, result in by_host(items, lambda item: item[0], work, workers=4, delay=0.1):
        try:
            results[item] = result()
        except ValueError as exc:
            errors.append((item, str(exc)))
    assert not overlap
    assert len(results) == 6 and sorted(errors) == [(("a", 3), "page 3 fails"), (("b", 3), "page 3 fails")]
    # The delay runs from the end of a host's item to the start of its next (a slow answer is no
    # part of it): each start is 0.1 s after the previous item of its host ended, at least.
    for host, starts in started.items():
        gaps = [start - end for end, start in zip(ended[host], starts[1:], strict=False)]
        assert len(gaps) == 3 and all(gap >= 0.1 for gap in gaps), gaps
