"""A worker process that ends abruptly on one item (killed, out of memory, a crash in a library's C
code) fails that item alone: the pool goes on with a new worker, the run finishes with the item's
failure recorded, and the next run does it again. Before, the pool broke, `map` raised
BrokenProcessPool for every item and the run stopped at that page, run after run."""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from test_run_pool import NOW, _captures, _pipeline

import veilleur.cluster.features
import veilleur.enrich
import veilleur.extract
from veilleur import cluster_stage
from veilleur.config import LimitsConfig, load_settings
from veilleur.parallel import CpuPool, ItemTimeout, Outcome, WorkerDied
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store


def _doubled_unless_killed(number: int, killed: frozenset[int]) -> int:
    if number in killed:
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's out-of-memory killer does
    return number * 2


def _read(outcomes: Any) -> list[object]:
    out: list[object] = []
    for outcome in outcomes:
        assert isinstance(outcome, Outcome)
        out.append(type(outcome.error).__name__ if outcome.error else outcome.value)
    return out


@pytest.mark.parametrize("chunk", [8, 1])
def test_an_item_that_kills_its_worker_fails_alone(chunk: int) -> None:
    killed = frozenset({13, 30})
    with CpuPool(2) as pool:
        got = _read(pool.map(_doubled_unless_killed, [(n, killed) for n in range(40)], chunk=chunk))
        # The pool still works afterwards.
        again = _read(pool.map(_doubled_unless_killed, [(n, frozenset()) for n in range(10)]))
    assert got == [("WorkerDied" if n in killed else n * 2) for n in range(40)]
    assert again == [n * 2 for n in range(10)]


def _backtracking(number: int) -> int:
    """A pattern that backtracks for ever on item 3's text (as on a hostile page's long run)."""
    text = "a" * 60 + "!" if number == 3 else "a" * 10
    return number if re.match(r"(?:a+)+$", text) is None else -number


def test_an_item_over_its_cpu_seconds_fails_alone_and_its_worker_goes_on() -> None:
    assert LimitsConfig().item_cpu_seconds > 0  # on by default
    with CpuPool(2, seconds=1.0) as pool:  # item 3 would run for ever: only the limit ends it
        outcomes = list(pool.map(_backtracking, [(n,) for n in range(12)], chunk=4))
    errors = [n for n, outcome in enumerate(outcomes) if outcome.error is not None]
    assert errors == [3] and isinstance(outcomes[3].error, ItemTimeout)
    assert "of CPU in its worker process" in str(outcomes[3].error)
    assert [o.value for n, o in enumerate(outcomes) if n != 3] == [-n for n in range(12) if n != 3]


def _endless_under_except(number: int, catch: str) -> int:
    """Item 3 runs for ever inside code that isolates its parts with `except Exception` (as stage
    code does), or even a bare `except:`, swallowing whatever is raised and going on."""
    if number == 3:
        while True:
            try:
                while True:
                    pass
            except Exception:  # a part's failure, isolated: the loop goes on
                pass
            except BaseException:
                if catch != "bare":
                    raise
    return -number


@pytest.mark.parametrize("catch", ["exception", "bare"])
def test_an_endless_item_that_catches_exceptions_still_fails_alone_over_its_cpu_seconds(
    catch: str,
) -> None:
    """Before, the limit was an `Exception`: the item's `except Exception` swallowed it, and the
    timer, fired once, was disarmed, so the item ran for ever and its stage with it."""
    with CpuPool(2, seconds=0.5) as pool:
        outcomes = list(pool.map(_endless_under_except, [(n, catch) for n in range(8)], chunk=4))
        again = list(pool.map(_endless_under_except, [(n, catch) for n in range(4, 8)]))
    assert [n for n, o in enumerate(outcomes) if o.error is not None] == [3]
    if catch == "exception":
        assert isinstance(outcomes[3].error, ItemTimeout) and "0.5 s of CPU" in str(outcomes[3].error)
    else:  # it swallowed the limit too: its worker ended itself, a new one took the others
        assert isinstance(outcomes[3].error, WorkerDied)
    assert [o.value for n, o in enumerate(outcomes) if n != 3] == [-n for n in range(8) if n != 3]
    assert [o.value for o in again] == [-n for n in range(4, 8)]  # the pool goes on


ENDLESS: set[str] = set()  # the address of the page whose enrichment never ends (set by the test)


def _endless_enrich(article: Any, *args: Any) -> Any:
    if article.url in ENDLESS and os.getpid() != PARENT:
        _endless_under_except(3, "exception")
    return REAL_ENRICH(article, *args)


def test_a_run_with_an_endless_enrichment_under_except_exception_records_it_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captures = _captures(tmp_path, 8)
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "sqlite:///{tmp_path / "store.db"}"\ncatalogue = false\n'
        f'[publish]\nout_dir = "{tmp_path / "site"}"\ngit_commit = false\n'
        "[limits]\ncpu_workers = 2\nitem_cpu_seconds = 2\n"
        f'[[sources]]\nname = "captures"\nkind = "files"\nurl = "{captures}"\ntag = "veille"\n'
    )
    settings = load_settings(config)
    store = Store(settings.store_url)
    sync_sources(store, settings)
    endless = (captures / "005.md").read_text(encoding="utf-8").splitlines()[0].removeprefix("URL: ")
    ENDLESS.add(endless)  # before the workers are forked: they see it
    try:
        monkeypatch.setattr(veilleur.enrich, "enrich", _endless_enrich)
        pipeline = Pipeline(settings, store, now=lambda: NOW)
        pipeline.run()
    finally:
        ENDLESS.clear()
    (failure,) = [f for f in store.failures.all() if f.stage == "enrich"]
    assert failure.label == endless and failure.state == "pending"  # tried again next run
    assert failure.reason.startswith("ItemTimeout: took more than 2 s of CPU"), failure.reason
    with store.engine.connect() as conn:
        usable, enriched = conn.execute(
            text("SELECT (SELECT count(*) FROM articles WHERE usable), (SELECT count(*) FROM intel)")
        ).one()
    assert enriched == usable - 1  # every other usable article went on
    store.close()


def test_two_maps_in_flight_on_one_pool_both_finish_when_a_worker_dies() -> None:
    """Extraction hands out the next batch before reading the current one: one pool, two `map`s."""
    with CpuPool(2) as pool:
        pool.map(_doubled_unless_killed, [(0, frozenset()), (1, frozenset())])  # forks the pool
        first = pool.map(_doubled_unless_killed, [(n, frozenset({5})) for n in range(20)])
        second = pool.map(_doubled_unless_killed, [(n, frozenset()) for n in range(100, 120)])
        got_first, got_second = _read(first), _read(second)
    assert got_first == [("WorkerDied" if n == 5 else n * 2) for n in range(20)]
    assert got_second == [n * 2 for n in range(100, 120)]


# The pages that kill their worker, by stage: their addresses and file names (set by the test).
KILLERS: dict[str, set[str]] = {"extract": set(), "enrich": set(), "cluster": set()}
PARENT = os.getpid()
REAL_EXTRACT, REAL_ENRICH = veilleur.extract.extract_article, veilleur.enrich.enrich
REAL_FEATURES = veilleur.cluster.features.features_for


def _killing_extract(document: Any, entry: Any, *args: Any) -> Any:
    if {entry.url, Path(entry.local_path or "-").name} & KILLERS["extract"] and os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return REAL_EXTRACT(document, entry, *args)


DESCRIBED_HERE: list[int] = []  # batches the run's own process described


def _killing_features(items: Any) -> Any:
    """Every batch of several articles' features kills its worker: each is then described alone,
    still by the workers (an article that ends its worker would end the run's process too)."""
    if os.getpid() == PARENT:
        DESCRIBED_HERE.append(len(items))
    elif KILLERS["cluster"] and len(items) > 1:
        os.kill(os.getpid(), signal.SIGKILL)
    return REAL_FEATURES(items)


def _killing_enrich(article: Any, *args: Any) -> Any:
    if {article.url, article.canonical_url} & KILLERS["enrich"] and os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return REAL_ENRICH(article, *args)


def test_a_run_whose_worker_is_killed_by_a_page_finishes_and_the_next_run_does_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captures = _captures(tmp_path, 24)
    DESCRIBED_HERE.clear()
    names = {"extract": "007.md", "enrich": "015.md"}
    # Each killer page by its address (the capture's first line) and its file's name.
    killers = {
        stage: {name, (captures / name).read_text(encoding="utf-8").splitlines()[0].removeprefix("URL: ")}
        for stage, name in names.items()
    }
    for stage, found in killers.items():
        monkeypatch.setitem(KILLERS, stage, found)
    monkeypatch.setattr(veilleur.extract, "extract_article", _killing_extract)
    monkeypatch.setattr(veilleur.enrich, "enrich", _killing_enrich)
    monkeypatch.setitem(KILLERS, "cluster", {"batches"})
    monkeypatch.setattr(veilleur.cluster.features, "features_for", _killing_features)
    monkeypatch.setattr(cluster_stage, "BATCH", 2)  # several batches of features
    pipeline = _pipeline(tmp_path, captures, 2)
    pipeline.run()
    failures = {f.stage: f for f in pipeline.store.failures.all()}
    assert set(failures) == {"extract", "enrich"}, failures
    for stage, failure in failures.items():
        assert failure.state == "pending" and (
            failure.label in killers[stage] or failure.label.endswith(names[stage])
        )
        assert "WorkerDied" in failure.reason and "ended abruptly" in failure.reason
    enrich_killed = failures["enrich"].item.removeprefix("entry:")
    counted = (
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM intel), "
        f"(SELECT count(*) FROM intel WHERE entry_id = {int(enrich_killed)})"
    )
    with pipeline.store.engine.connect() as conn:
        articles, enriched, killed = conn.execute(text(counted)).one()
    assert articles == 23 and enriched > 10 and killed == 0  # every other page extracted and enriched
    # Clustering's batches killed their workers: each article was described alone, none lost.
    assert pipeline.store.features.pending_features() == []
    assert len(DESCRIBED_HERE) <= 1, DESCRIBED_HERE  # at most a warm-up, nothing one at a time
    # The next run (the pages no longer kill anything) does what remains, and clears the records.
    monkeypatch.setitem(KILLERS, "extract", set())
    monkeypatch.setitem(KILLERS, "enrich", set())
    monkeypatch.setitem(KILLERS, "cluster", set())
    pipeline.run()
    with pipeline.store.engine.connect() as conn:
        articles, enriched_again, killed = conn.execute(text(counted)).one()
    assert articles == 24 and enriched_again > enriched and killed == 1
    assert pipeline.store.failures.all() == []
    pipeline.store.close()
