"""What the stage mixins of `Pipeline` (collect, brief, publish) use from `Pipeline` itself: run
boundaries, failure and success records, progress. Declared once here for the type checker; the
bodies are `Pipeline`'s."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veilleur.parallel import CpuPool


class StageHost:
    if TYPE_CHECKING:  # provided by Pipeline

        def _progress(self, label: str, total: int) -> AbstractContextManager[Callable[[], None]]: ...

        def _boundary(self, stage: str) -> set[str]: ...

        def _failed(
            self,
            stage: str,
            item: str,
            label: str,
            reason: str,
            source: str | None = None,
            detail: str = "{}",
        ) -> None: ...

        def _succeeded(self, stage: str, item: str) -> None: ...

        def _cpu_pool(self) -> AbstractContextManager[CpuPool]: ...
