"""How long fetching 4 hosts × 10 pages takes with a 1 s politeness delay, against its floor.

Four loopback servers (127.0.0.2–5, the tests' web server) serve ten small pages each; the 40
entries are stored in the worst order (every page of the first host, then the second's…) and
`Pipeline.fetch` reads them with 4 workers. Each host costs its robots.txt and ten pages one delay
apart, so 10 delays (10 s) is the floor; the figure is the run's wall time as a ratio to it (the
issue's target: ≤ 1.3×). `--runs N` repeats it and prints each ratio and the least.

Run: python bench/fetch_schedule.py [--delay 1.0] [--runs 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from webserver import Reply, WebServer  # noqa: E402  (the tests' loopback server)

from veilleur.collect.http import Fetcher  # noqa: E402
from veilleur.config import HttpConfig, load_settings  # noqa: E402
from veilleur.models import Entry  # noqa: E402
from veilleur.pipeline import Pipeline  # noqa: E402
from veilleur.store import Store  # noqa: E402

PAGE = b"<html><head><title>Page</title></head><body><p>A page.</p></body></html>"
HOSTS = 4
PAGES = 10


def one_run(delay: float, folder: Path) -> float:
    """Wall seconds of one fetch stage over HOSTS × PAGES pending pages."""
    servers = [WebServer(f"127.0.0.{n}").start() for n in range(2, 2 + HOSTS)]
    try:
        for server in servers:
            for page in range(PAGES):
                server.routes[f"/p{page}"] = Reply(PAGE)
        settings = load_settings(None, store_url=f"sqlite:///{folder / 'store.db'}", catalogue=False)
        store = Store(settings.store_url)
        for server in servers:
            for page in range(PAGES):
                url = server.url(f"/p{page}")
                store.entries.add(Entry(url=url, canonical_url=url, source="s"), date(2026, 3, 10))
        http = HttpConfig(allow_private=True, politeness_delay=delay, workers=HOSTS, retries=0)
        settings.http = http
        with Fetcher(http) as fetcher:
            pipeline = Pipeline(
                settings, store, fetcher=fetcher, now=lambda: datetime(2026, 3, 10, tzinfo=UTC)
            )
            start = time.monotonic()
            pipeline.fetch()
            elapsed = time.monotonic() - start
        if pipeline.summary.fetched != HOSTS * PAGES:
            raise SystemExit(f"fetched {pipeline.summary.fetched} of {HOSTS * PAGES} pages")
        return elapsed
    finally:
        for server in servers:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=1.0, help="politeness delay, seconds")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    floor = PAGES * args.delay  # robots.txt, then ten pages one delay apart
    ratios = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="veilleur-fetch-") as folder:
            elapsed = one_run(args.delay, Path(folder))
        ratios.append(elapsed / floor)
        print(f"run {run + 1}: {elapsed:.2f} s for {HOSTS} × {PAGES} pages, {ratios[-1]:.2f}× the floor")
    print(f"least: {min(ratios):.2f}× the floor (target ≤ 1.3×)")


if __name__ == "__main__":
    main()
