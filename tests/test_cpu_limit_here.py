"""The CPU limit of an item (`[limits] item_cpu_seconds`) holds for the items computed in the run's
own process too: with one worker, for a single item, and for the first item of a map (computed
before the workers are forked, to load what they share). Before, only the worker processes
armed it: a run on one CPU, or a day with one pending article, or a hostile page that happened to
come first, ran for ever on a pattern that backtracks without end."""

from __future__ import annotations

from test_worker_death import _backtracking, _endless_under_except

from veilleur.parallel import CpuPool, ItemTimeout


def _errors(outcomes: object) -> dict[int, str]:
    return {n: str(o.error) for n, o in enumerate(outcomes) if o.error is not None}  # type: ignore[attr-defined]


def test_one_worker_bounds_each_item_and_goes_on() -> None:
    with CpuPool(1, seconds=0.5) as pool:
        outcomes = list(pool.map(_backtracking, [(n,) for n in range(6)]))
        again = list(pool.map(_backtracking, [(n,) for n in (4, 5)]))
    assert list(_errors(outcomes)) == [3] and isinstance(outcomes[3].error, ItemTimeout)
    assert "0.5 s of CPU" in str(outcomes[3].error)
    assert [o.value for n, o in enumerate(outcomes) if n != 3] == [0, -1, -2, -4, -5]
    assert [o.value for o in again] == [-4, -5]


def test_a_single_item_and_the_first_item_of_a_map_are_bounded() -> None:
    with CpuPool(2, seconds=0.5) as pool:
        (single,) = pool.map(_backtracking, [(3,)])
        first = list(pool.map(_backtracking, [(3,), (1,), (2,)]))  # item 3 first: computed here
    assert isinstance(single.error, ItemTimeout)
    assert isinstance(first[0].error, ItemTimeout) and [o.value for o in first[1:]] == [-1, -2]


def test_an_item_that_swallows_the_limit_here_still_fails_alone() -> None:
    """Its `except Exception` does not catch the limit (a BaseException); and the run's own
    process, unlike a worker, never ends itself."""
    with CpuPool(1, seconds=0.5) as pool:
        outcomes = list(pool.map(_endless_under_except, [(n, "exception") for n in range(5)]))
    assert list(_errors(outcomes)) == [3] and isinstance(outcomes[3].error, ItemTimeout)
    assert [o.value for n, o in enumerate(outcomes) if n != 3] == [0, -1, -2, -4]
