"""Where a worker's CPU goes: `VEILLEUR_PROFILE=DIR veilleur worker` profiles every job.

Each job thread gets its own `cProfile.Profile` timed by that thread's CPU clock (not the wall
clock: waiting for PostgreSQL or a page costs no CPU); at exit the process writes them merged to
`DIR/<pid>.prof` (read with `python -m pstats`). Without the variable, jobs run unwrapped.
"""

from __future__ import annotations

import atexit
import cProfile
import functools
import os
import pstats
import threading
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

FOLDER = os.environ.get("VEILLEUR_PROFILE", "")
_profiles: list[cProfile.Profile] = []
_local = threading.local()


def _dump() -> None:
    if _profiles:
        stats = pstats.Stats(_profiles[0])
        for more in _profiles[1:]:
            stats.add(more)
        stats.dump_stats(os.path.join(FOLDER, f"{os.getpid()}.prof"))


if FOLDER:
    atexit.register(_dump)


def profiled(func: Callable[P, R]) -> Callable[P, R]:
    """`func` under this thread's profiler when VEILLEUR_PROFILE is set; `func` itself otherwise."""
    if not FOLDER:
        return func

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        profile: cProfile.Profile | None = getattr(_local, "profile", None)
        if profile is None:
            profile = _local.profile = cProfile.Profile(time.thread_time)
            _profiles.append(profile)
        profile.enable()
        try:
            return func(*args, **kwargs)
        finally:
            profile.disable()

    return wrapper
