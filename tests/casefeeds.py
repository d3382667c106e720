"""Feed cases of ../shared/cases served as their README says: `serve.py DIR PORT` on loopback (it
fills in dates relative to now), and a run on the case's own `veilleur.toml.in`. Also `veilleur web`
served on a free loopback port (`console_server`), for the console tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from conftest import shared_path

from veilleur import clock
from veilleur.config import Settings, load_settings
from veilleur.pipeline import Pipeline, RunSummary, sync_sources
from veilleur.store import Store


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve(folder: Path, port: int) -> Iterator[str]:
    """`python3 serve.py FOLDER PORT` as a subprocess; yields its base URL."""
    script = shared_path("cases", "serve.py")
    process = subprocess.Popen([sys.executable, str(script), str(folder), str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{base}/", timeout=1)
                break
            except urllib.error.HTTPError:
                break  # it answers (404 for /)
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"serve.py did not start on port {port}") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def console_server(options: list[str], env: dict[str, str]) -> Iterator[str]:
    """`veilleur [OPTIONS] web` as a subprocess on a free loopback port; yields its base URL once
    /login answers (or after 30 s), stops it after."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "veilleur", *options, "web", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                httpx.get(url + "/login", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def case_settings(case: Path, work: Path, port: int) -> Settings:
    """The case's `veilleur.toml.in` with its placeholders filled in."""
    text = (case / "veilleur.toml.in").read_text(encoding="utf-8")
    text = text.replace("@BASE@", f"http://127.0.0.1:{port}").replace("@WORK@", str(work))
    path = work / "veilleur.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


@contextmanager
def system_clock() -> Iterator[None]:
    """serve.py writes its dates from the system clock: the run must see that clock too, even when
    $VEILLEUR_NOW moves the product's clock for the rest of the suite. What the tests check is
    relative to serve.py's "now", never a calendar date."""
    fixed = os.environ.pop(clock.ENV, None)
    try:
        yield
    finally:
        if fixed is not None:
            os.environ[clock.ENV] = fixed


def run_case(name: str, work: Path, webs: tuple[str, ...] = ("web",)) -> tuple[Settings, list[RunSummary]]:
    """Serve each of the case's web folders in turn and run the pipeline once on each."""
    case = shared_path("cases", name)
    port = free_port()
    settings = case_settings(case, work, port)
    summaries = []
    for web in webs:
        with serve(case / web, port), system_clock():
            store = Store(settings.store_url)
            sync_sources(store, settings)
            pipeline = Pipeline(settings, store)
            try:
                summaries.append(pipeline.run())
            finally:
                pipeline.close()
                store.close()
    return settings, summaries


def posts(settings: Settings) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(settings.publish.out_dir.glob("_posts/*.md"))]
