"""A CPU-seconds limit for a call run in a thread of this process (a `veilleur worker`'s job
threads, a run with one CPU worker), where a signal timer cannot help: signals reach the main
thread only, and the process's CPU clock counts every thread.

One watchdog thread per process reads each limited thread's own CPU clock
(`pthread_getcpuclockid`) every `POLL` seconds; past its limit, it raises `CpuLimitReached`
(a BaseException: `except Exception` in the call does not stop it) in that thread, at the
thread's next Python instruction, and again every `AGAIN` seconds of CPU while the call runs.
A loop inside one C call (a regular expression backtracking in `re`) is interrupted only when
that call returns: threads cannot be interrupted inside C code.
"""

from __future__ import annotations

import ctypes
import threading
import time
from typing import Final

POLL: Final = 0.1  # wall seconds between two looks at the limited threads' clocks
AGAIN: Final = 0.5  # CPU seconds after which a limit swallowed by the call is raised again


class CpuLimitReached(BaseException):
    """Raised inside a call over its CPU seconds. Not an `Exception`, like `KeyboardInterrupt`:
    the `except Exception` an item's own code uses to isolate its parts does not stop it; only
    the code that limited the call catches it (`parallel`: the item's `ItemTimeout`)."""


_lock = threading.Condition()
# thread ident -> [its CPU clock id, the clock's reading at which to raise, the limit in seconds]
_armed: dict[int, list[float]] = {}
_watchdog: list[threading.Thread] = []


def available() -> bool:
    return hasattr(time, "pthread_getcpuclockid") and hasattr(ctypes, "pythonapi")


def _raise_in(ident: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc) if exc else None)


def _watch() -> None:
    while True:
        with _lock:
            while not _armed:
                _lock.wait()
            for ident, state in list(_armed.items()):
                try:
                    spent = time.clock_gettime(int(state[0]))
                except OSError:  # the thread ended without disarming: nothing left to stop
                    del _armed[ident]
                    continue
                if spent >= state[1]:
                    state[1] = spent + AGAIN
                    _raise_in(ident, CpuLimitReached)
        time.sleep(POLL)


def arm(seconds: float) -> bool:
    """Limit the calling thread to `seconds` more of its CPU time, until `disarm`. False (no
    limit) when `seconds` is 0 or the system cannot read a thread's clock."""
    if seconds <= 0 or not available():
        return False
    ident = threading.get_ident()
    clock = time.pthread_getcpuclockid(ident)
    with _lock:
        _armed[ident] = [clock, time.clock_gettime(clock) + seconds, seconds]
        if not _watchdog:
            _watchdog.append(threading.Thread(target=_watch, name="veilleur-cpu-limit", daemon=True))
            _watchdog[0].start()
        _lock.notify_all()
    return True


def disarm() -> None:
    """End the calling thread's limit, and drop a `CpuLimitReached` raised but not yet delivered
    (the call ended meanwhile). Safe to call twice: a limit delivered during the first call is
    not raised again within `AGAIN` seconds of CPU."""
    ident = threading.get_ident()
    with _lock:
        fired = _armed.pop(ident, None) is not None
    if fired and available():
        _raise_in(ident, None)
