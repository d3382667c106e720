"""Limits that must hold across worker processes sharing a real PostgreSQL: the model's
concurrency cap (`[brief.openai] concurrency`), and one item's work never run twice at a time,
even when its worker goes silent for longer than `--stall-after` while still alive."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from test_kill9 import PAGE, victim
from test_llm_protocol import GOOD, completion
from test_workers import _jobs, _own_database, _stop
from webserver import Reply, WebServer

ARTICLES = 8


def _serve(web: WebServer, now: datetime, count: int, delay: float = 0.0) -> None:
    """One feed of `count` articles, each another organisation's attack (one story each)."""
    items = ""
    for n in range(count):
        title = f"Ransomware attack on {victim(n)}"
        web.routes[f"/a/{n}"] = Reply(PAGE.format(title=title, n=n, name=victim(n)).encode(), delay=delay)
        items += f"<item><title>{title}</title><link>{web.url(f'/a/{n}')}</link>"
        items += f"<pubDate>{format_datetime(now)}</pubDate></item>"
    web.routes["/feed.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )


def _config(tmp_path: Path, web: WebServer, store_url: str, extra: str = "") -> Path:
    path = tmp_path / "veilleur.toml"
    path.write_text(
        f"""store_url = "{store_url}"
catalogue = false

[[sources]]
name = "feed"
kind = "feed"
url = "{web.url("/feed.xml")}"

[http]
allow_private = true
politeness_delay = 0.0
timeout = 20.0
retries = 0
{extra}
[publish]
out_dir = "{tmp_path / "site"}"
""",
        encoding="utf-8",
    )
    return path


def _start(base: list[str], tmp_path: Path, name: str, *options: str) -> subprocess.Popen[bytes]:
    log = (tmp_path / f"{name}.log").open("w")
    return subprocess.Popen(
        [*base, "worker", "--name", name, *options],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )


class InFlight:
    """An OpenAI-compatible chat endpoint that answers after `delay` seconds and records how many
    requests it was answering at once, at most."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.now = self.peak = self.calls = 0
        self._lock = threading.Lock()

    def __call__(self, _handler: Any) -> Reply:
        with self._lock:
            self.now += 1
            self.calls += 1
            self.peak = max(self.peak, self.now)
        time.sleep(self.delay)
        with self._lock:
            self.now -= 1
        return completion(json.dumps(GOOD))


def test_the_model_concurrency_cap_holds_across_workers(
    tmp_path: Path, web: WebServer, postgres_url: str, fixed_now: datetime
) -> None:
    pytest.importorskip(
        "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
    )
    url = _own_database(postgres_url, "veilleur_model_cap")
    _serve(web, fixed_now, ARTICLES)
    model = InFlight(delay=0.8)
    web.routes["/v1/chat/completions"] = model
    cap = 2
    extra = (
        f'\n[brief]\nbackend = "openai"\n[brief.openai]\nbase_url = "{web.url("/v1")}"\n'
        f"concurrency = {cap}\nretries = 0\ntimeout = 30.0\n"
    )
    base = [sys.executable, "-m", "veilleur", "--config", str(_config(tmp_path, web, url, extra))]
    # Two workers of three job threads each: without a cap across them, up to six stories at once.
    workers = [_start(base, tmp_path, f"w{i}", "--concurrency", "3") for i in range(2)]
    try:
        done = subprocess.run([*base, "run", "--wait"], capture_output=True, text=True, timeout=400)
        assert done.returncode in (0, 1), done.stderr  # 1: a briefing rejected, recorded
    finally:
        _stop(workers)
    stories = _jobs(url, "select count(distinct story_id) from story_members")[0][0]
    assert stories == ARTICLES
    assert model.calls >= ARTICLES, "the stories were not briefed by the model"
    assert 1 <= model.peak <= cap, f"{model.peak} requests at once across the workers, cap {cap}"
    assert _jobs(url, "select count(*) from procrastinate_jobs where status <> 'succeeded'") == [(0,)]


def test_a_silent_but_live_worker_s_job_is_not_run_twice(
    tmp_path: Path, web: WebServer, postgres_url: str, fixed_now: datetime
) -> None:
    """A worker paused (SIGSTOP: starved of CPU, swapped out) for longer than `--stall-after` in the
    middle of fetching a page: the other worker sees it silent but does not run its job while
    it still holds the item; resumed, the paused worker ends the job. The page is fetched once."""
    pytest.importorskip(
        "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
    )
    url = _own_database(postgres_url, "veilleur_paused")
    _serve(web, fixed_now, 1, delay=3.0)
    base = [sys.executable, "-m", "veilleur", "--config", str(_config(tmp_path, web, url))]
    paused = _start(base, tmp_path, "paused", "--stall-after", "3")
    workers = [paused]
    try:
        queued = subprocess.run([*base, "run"], capture_output=True, text=True, timeout=120)
        assert queued.returncode == 0, queued.stderr
        deadline = time.monotonic() + 240
        while web.hits("/a/0") == 0:  # the entry's job is fetching its page: pause the worker
            assert time.monotonic() < deadline and paused.poll() is None, "the page was never fetched"
            time.sleep(0.05)
        paused.send_signal(signal.SIGSTOP)
        first = _jobs(url, "select max(id) from procrastinate_workers")[0][0]
        other = _start(base, tmp_path, "other", "--stall-after", "3")
        workers.append(other)
        log = tmp_path / "other.log"
        # The other worker comes up, sees the paused one silent for 3 s and leaves its job alone.
        while "still holds it" not in log.read_text():
            assert time.monotonic() < deadline and other.poll() is None, log.read_text()[-3000:]
            assert web.hits("/a/0") == 1, "the paused worker's job was run by another worker"
            time.sleep(0.2)
        assert _jobs(url, f"select count(*) from procrastinate_workers where id > {first}")[0][0] == 1
        time.sleep(4.0)  # a few more reaper passes
        assert web.hits("/a/0") == 1, "the paused worker's job was run by another worker"
        paused.send_signal(signal.SIGCONT)
        done = subprocess.run([*base, "run", "--wait"], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
    finally:
        _stop(workers)
    assert web.hits("/a/0") == 1
    counts = _jobs(url, "select (select count(*) from entries), (select count(*) from documents),"
                   " (select count(*) from articles), (select count(*) from posts)")[0]  # fmt: skip
    assert counts == (1, 1, 1, 1)
    assert _jobs(url, "select count(*) from procrastinate_jobs where status <> 'succeeded'") == [(0,)]


def test_jobs_holding_their_items_leave_the_store_s_connections_free(
    tmp_path: Path, web: WebServer, postgres_url: str
) -> None:
    """A worker of `--concurrency 16`: each job holds its item for all its length. Its queries must
    still find a connection of the store's pool (15), which the items' locks do not take."""
    pytest.importorskip(
        "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
    )
    from veilleur.collect.http import Fetcher
    from veilleur.config import load_settings
    from veilleur.workers.jobs import Runtime, holding
    from veilleur.workers.worker import open_store

    url = _own_database(postgres_url, "veilleur_item_locks")
    settings = load_settings(_config(tmp_path, web, url))
    store = open_store(url)
    runtime = Runtime(settings, store, Fetcher(settings.http))
    jobs = 16
    together = threading.Barrier(jobs, timeout=20)
    answers: list[object] = []

    def job(n: int) -> None:
        with holding(runtime.locks, f"entry:{n}"):
            together.wait()  # all the jobs hold their items at once
            answers.append(store.failures.states("extract"))

    threads = [threading.Thread(target=job, args=(n,)) for n in range(jobs)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        runtime.close()
        runtime.fetcher.close()
        store.close()
    assert answers == [{}] * jobs


# A worker whose enrichment of one page never ends, inside code that isolates its parts with
# `except Exception` (as stage code does): the real `veilleur worker`, with that one function
# replaced before its command line runs.
ENDLESS_WORKER = """
import runpy, sys
import veilleur.enrich as enrich_module
real = enrich_module.enrich
endless = sys.argv[1]
def enrich(article, *args):
    if article.url.endswith(endless):
        while True:
            try:
                while True:
                    pass
            except Exception:
                pass
    return real(article, *args)
enrich_module.enrich = enrich
sys.argv = ["veilleur", *sys.argv[2:]]
runpy.run_module("veilleur", run_name="__main__")
"""


def test_an_endless_item_in_a_worker_job_fails_alone_and_its_job_is_not_retried(
    tmp_path: Path, web: WebServer, postgres_url: str, fixed_now: datetime
) -> None:
    """Before, a worker's job threads ran items with no CPU limit: the endless page held its entry
    job, and one of the worker's threads, for ever."""
    pytest.importorskip(
        "procrastinate", reason="procrastinate is not installed (pip install 'veilleur[postgres]')"
    )
    url = _own_database(postgres_url, "veilleur_item_limit")
    _serve(web, fixed_now, 4)
    config = _config(tmp_path, web, url, "\n[limits]\nitem_cpu_seconds = 2\nentries_per_job = 4\n")
    base = [sys.executable, "-m", "veilleur", "--config", str(config)]
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "-c", ENDLESS_WORKER, "/a/2", "--config", str(config), "worker", "--name", "w"],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        done = subprocess.run([*base, "run", "--wait"], capture_output=True, text=True, timeout=400)
        assert done.returncode in (0, 1), done.stderr  # 1: an item failed, recorded
        assert worker.poll() is None, (tmp_path / "worker.log").read_text()[-3000:]
    finally:
        _stop([worker])
        log.close()
    failures = _jobs(url, "select stage, label, reason from failures")
    assert len(failures) == 1, failures
    stage, label, reason = failures[0]
    assert stage == "enrich" and str(label).endswith("/a/2")
    assert str(reason).startswith("ItemTimeout: took more than 2 s of CPU"), reason
    # The batch's other entries were enriched, clustered and published; the job ended once.
    assert _jobs(url, "select count(*) from intel") == [(3,)]
    assert _jobs(url, "select count(*) from posts") == [(3,)]
    assert _jobs(url, "select count(*) from procrastinate_jobs where status <> 'succeeded'") == [(0,)]
    retried = "select count(*) from procrastinate_events where type = 'deferred_for_retry'"
    assert _jobs(url, retried) == [(0,)]
