"""The MISP galaxies (shipped by pymispgalaxies), loaded once per process: it takes seconds."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def clusters() -> Any:
    from pymispgalaxies.api import Clusters

    return Clusters()
