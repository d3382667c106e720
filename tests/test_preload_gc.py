"""The runner's loads run with the garbage collector off, leave it as they found it, and what they
made is frozen out of it."""

from __future__ import annotations

import gc

import pytest

from veilleur import preload

NAMES = ["_enrichment_modules", "_threats", "_places", "_iocs", "_clustering", "_briefing"]


def test_each_load_runs_without_collections_and_restores_the_collector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[str, bool]] = []
    for name in NAMES:
        monkeypatch.setattr(preload, name, lambda name=name: seen.append((name, gc.isenabled())))
    made: list[list[object]] = []  # what `_places` makes: a list, tracked by the collector
    monkeypatch.setattr(preload, "_places", lambda: made.append([object()]))
    steps = preload.steps(lambda: [])
    assert len(steps) == len(NAMES) + 1
    try:
        gc.enable()
        for step in steps[:-1]:
            step()
            assert gc.isenabled()  # enabled again after the load
        gc.disable()
        steps[0]()
        assert not gc.isenabled()  # a collector the caller had turned off stays off
        assert not any(item is made[0] for item in gc.get_objects())  # frozen: out of the collector
    finally:
        gc.unfreeze()
        gc.enable()
    assert any(item is made[0] for item in gc.get_objects())  # tracked again once unfrozen
    assert seen == [(name, False) for name in NAMES if name != "_places"] + [(NAMES[0], False)]


def test_a_failing_load_restores_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails() -> None:
        raise OSError("model missing")

    monkeypatch.setattr(preload, "_iocs", fails)
    step = preload.steps(lambda: [])[NAMES.index("_iocs")]
    with pytest.raises(OSError):
        step()
    assert gc.isenabled()
