"""The names of the daily job's stages, in the order it runs them (light: the CLI imports it)."""

from typing import Final

STAGES: Final = ("collect", "fetch", "extract", "enrich", "cluster", "brief", "publish", "alert")
