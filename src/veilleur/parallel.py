"""CPU-bound stages on every core: one function over many items in worker processes, in order.

Extraction and enrichment are pure functions of their record, so running them in other
processes changes nothing but the time: results come back in the items' order, and an item's
exception comes back as that item's outcome (the caller's error boundary handles it as before).
Workers are forked from the running process where the system allows it, so they share the
modules and models it has already loaded instead of loading them again; the first item is
computed here, which loads whatever the function loads lazily before the fork.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import itertools
import multiprocessing
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

from veilleur import thread_limit
from veilleur.thread_limit import CpuLimitReached

T = TypeVar("T")
R = TypeVar("R")

PR_SET_PDEATHSIG = 1  # prctl(2)
Call = tuple[Callable[..., Any], tuple[Any, ...]]
CHUNK = 8  # items per task sent to a worker: fewer round trips, still balanced


class Outcome(Generic[R]):
    """One item's result, or the exception its function raised."""

    __slots__ = ("error", "value")

    def __init__(self, value: R | None = None, error: BaseException | None = None) -> None:
        self.value = value
        self.error = error

    def get(self) -> R:
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


def cpu_count(configured: int) -> int:
    """Worker processes for a setting: 0 means one per core this process may use."""
    if configured > 0:
        return configured
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _run(call: tuple[Callable[..., Any], tuple[Any, ...]]) -> Outcome[Any]:
    func, args = call
    try:
        return Outcome(func(*args))
    except Exception as exc:  # the item's own failure, returned to the caller
        return Outcome(error=exc)


def _run_in_thread(call: Call, seconds: float) -> Outcome[Any]:
    """`_run` in a thread of this process other than the main one (a worker's job thread), limited
    to `seconds` of that thread's CPU (`thread_limit`): over it, the call fails alone with
    `ItemTimeout`."""
    try:
        try:
            thread_limit.arm(seconds)
            return _run(call)
        finally:
            thread_limit.disarm()
    except CpuLimitReached:
        thread_limit.disarm()  # when the limit was delivered inside the first one
        return Outcome(
            error=ItemTimeout(f"took more than {seconds:g} s of CPU in its thread (limits.item_cpu_seconds)")
        )


class WorkerDied(Exception):
    """The worker process computing the item ended abruptly (killed, out of memory, crashed)."""


WORKER_DIED = "the worker process ended abruptly on this item (killed, out of memory or crashed)"


class ItemFailure(Exception):
    """An item's exception that could not cross back from a worker process, as its type's name and
    message (`KeyError: 'x'`)."""


def _portable(outcome: Outcome[Any]) -> Outcome[Any]:
    """`outcome` as it can come back from a worker. An exception whose class cannot be rebuilt
    from its pickle (an `__init__` with other arguments than its message) would not fail its item
    alone: the parent cannot read the chunk's results, the pool breaks and the stage with it."""
    if outcome.error is None:
        return outcome
    try:
        pickle.loads(pickle.dumps(outcome.error))
    except Exception:
        return Outcome(error=ItemFailure(f"{type(outcome.error).__name__}: {outcome.error}"))
    return outcome


class ItemTimeout(Exception):
    """The item used more than the pool's CPU seconds, in its worker process or in the thread that
    ran it here: its outcome's error, which the caller's error boundary records like any item's
    failure."""


_armed = [0.0]  # the CPU seconds of the call running in this worker, 0 between calls
_fired = [False]  # whether the running call was interrupted already
# CPU seconds after the limit at which a call still running (it swallowed the limit: a bare
# `except:`) ends its worker process: the pool then fails it alone (`WorkerDied`).
AGAIN = 0.5


def _over_time(*_: object) -> None:
    if not _armed[0]:
        return  # between calls: the outcome of the call that ended is kept
    if _fired[0]:
        os.kill(os.getpid(), signal.SIGKILL)
    _fired[0] = True
    raise CpuLimitReached(
        f"took more than {_armed[0]:g} s of CPU in its worker process (limits.item_cpu_seconds)"
    )


def _run_chunk(calls: list[Call], seconds: float = 0.0) -> list[Outcome[Any]]:
    """The calls' outcomes, in a worker process. With `seconds`, a call that uses more CPU (a
    pattern backtracking without end on a hostile page, a loop that never ends) is interrupted
    and fails alone (`ItemTimeout`); its worker goes on with the next."""
    if not seconds or not hasattr(signal, "setitimer"):
        return [_portable(_run(call)) for call in calls]
    signal.signal(signal.SIGVTALRM, _over_time)
    out = []
    for call in calls:
        _armed[0], _fired[0] = seconds, False
        signal.setitimer(signal.ITIMER_VIRTUAL, seconds, AGAIN)
        try:
            outcome = _run(call)
        except CpuLimitReached as reached:
            _armed[0] = 0.0  # first: a second firing now would escape the chunk
            outcome = Outcome(error=ItemTimeout(str(reached)))
        finally:
            _armed[0] = 0.0
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        out.append(_portable(outcome))
    return out


_armed_here = [0.0]  # the CPU seconds of the call running in this process's main thread, or 0


def _over_time_here(*_: object) -> None:
    # Raised again at each later firing (AGAIN) until it escapes a call that swallows it: this
    # process is the run's own, which must never end itself as a worker does.
    if _armed_here[0]:
        raise CpuLimitReached(f"took more than {_armed_here[0]:g} s of CPU (limits.item_cpu_seconds)")


def _run_here(call: Call, seconds: float) -> Outcome[Any]:
    """A call computed in this process (one worker, one item, or the first item, which loads
    what the workers will share), bounded like a worker's call: over `seconds` of CPU it fails
    alone (`ItemTimeout`). In the main thread by a CPU timer's signal (which the regular
    expression engine checks: a backtracking match is interrupted); in another thread, the one a
    signal does not reach (a worker's job thread), by `thread_limit` (`_run_in_thread`)."""
    if not seconds:
        return _run(call)
    if threading.current_thread() is not threading.main_thread():
        return _run_in_thread(call, seconds) if thread_limit.available() else _run(call)
    if not hasattr(signal, "setitimer"):
        return _run(call)
    previous = signal.signal(signal.SIGVTALRM, _over_time_here)
    _armed_here[0] = seconds
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds, AGAIN)
    try:
        return _run(call)
    except CpuLimitReached as reached:
        _armed_here[0] = 0.0  # first: a later firing must not escape from here
        return Outcome(error=ItemTimeout(str(reached)))
    finally:
        _armed_here[0] = 0.0
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, signal.SIG_DFL if previous is None else previous)


def _die_with_parent() -> None:
    """A worker ends when the run that forked it is killed (kill -9 included), never orphaned."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


# A chunk handed to a pool: the pool, and the future of the chunk's outcomes.
Submitted = tuple[ProcessPoolExecutor, "Future[list[Outcome[Any]]]"]


class CpuPool:
    """`with CpuPool(workers) as pool: pool.map(func, [args, ...])`. With one worker (or one
    item) everything runs in this process; the worker processes start at the first real need."""

    def __init__(self, workers: int, seconds: float = 0.0) -> None:
        self.workers = max(1, workers)
        self.seconds = seconds  # CPU seconds a call may use in a worker process (0: no limit)
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> CpuPool:
        return self

    def __exit__(self, *_: object) -> None:
        if self._executor is not None:
            # Calls not started yet are dropped: `map` hands all its calls to the workers at once,
            # and a block left early (an error, Ctrl-C) must not wait for them all to run.
            self._executor.shutdown(cancel_futures=True)
            self._executor = None
            gc.unfreeze()

    def map(
        self,
        func: Callable[..., R],
        calls: Sequence[tuple[Any, ...]],
        chunk: int = CHUNK,
        warm: Callable[[], object] | None = None,
    ) -> Iterator[Outcome[R]]:
        """Outcomes of func(*args) for each args, in order; `chunk` calls per task sent to a worker
        (1 for calls that are batches already). With worker processes, the calls are handed to them
        here, at the call: the caller may do other work while they run, then read the outcomes.

        Before the workers are forked, the first call is computed here, which loads what func loads
        lazily; `warm`, when given, is called instead (its result, or its error, left aside) and
        every call goes to the workers: for calls that are long batches, which would otherwise keep
        the workers waiting for this process."""
        if not calls:
            return iter(())
        if self.workers == 1 or len(calls) == 1:
            return (_run_here((func, args), self.seconds) for args in calls)
        first: list[Outcome[R]] = []
        if self._executor is None:
            if warm is not None:
                _run((warm, ()))  # an error here is the call's own, met again in its worker
            else:  # here: what func loads lazily is loaded before forking
                first.append(_run_here((func, calls[0]), self.seconds))
            # The objects this process holds (its models above all) are left out of the collector
            # until the pool ends: a worker's collection would otherwise write to every one of
            # them and copy, page by page, the memory it shares with this process.
            gc.freeze()
            self._executor = self._fork()
        rest = [(func, args) for args in calls[len(first) :]]
        size = max(1, chunk)
        chunks = [rest[index : index + size] for index in range(0, len(rest), size)]
        submitted = [self._submit(part) for part in chunks]  # the workers start on them now
        return itertools.chain(first, self._outcomes(chunks, submitted))

    def _fork(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_die_with_parent)

    def _submit(self, part: list[Call]) -> Submitted:
        executor = self._executor
        if executor is None:  # the pool was left (`__exit__`) while outcomes were still read
            raise BrokenProcessPool("the worker pool was shut down")
        return executor, executor.submit(_run_chunk, part, self.seconds)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A new pool of workers for the one a dying worker broke (once: other `map`s that
        lost calls with it find it replaced)."""
        if self._executor is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = self._fork()

    def _outcomes(self, chunks: list[list[Call]], submitted: list[Submitted]) -> Iterator[Outcome[Any]]:
        """The chunks' outcomes in order. A worker that ends abruptly (killed, out of memory, a
        crash in a library's C code) breaks the pool and every call it held: the calls of that
        chunk are run again one at a time, so that only the item that ends its worker again fails
        (`WorkerDied`), and the chunks after it go to a new pool. One hostile page never stops
        the stage, nor the runs after it (its failure is recorded; at the limit, given up)."""
        for index, part in enumerate(chunks):
            executor, future = submitted[index]
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                self._replace(executor)
                outcomes = [self._alone(call) for call in part]
                # The later chunks the broken pool lost (not those it finished) go to the new one.
                for later in range(index + 1, len(chunks)):
                    pool, lost = submitted[later]
                    if pool is not self._executor and (not lost.done() or lost.exception() is not None):
                        submitted[later] = self._submit(chunks[later])
            yield from outcomes

    def _alone(self, call: Call) -> Outcome[Any]:
        executor, future = self._submit([call])
        try:
            return future.result()[0]
        except BrokenProcessPool:
            self._replace(executor)
            return Outcome(error=WorkerDied(WORKER_DIED))
