"""What a run loads in its main process before forking the workers of enrichment, clustering and
briefing, cut into steps that the runner spreads over extraction's batches.

Workers forked after these loads share them (copy-on-write) instead of each loading its own: the
loads cost the same CPU once, wherever they are made. Made between extraction's batches, while the
extraction workers run, they no longer keep a core idle before enrichment (about 1.1 s of CPU:
enrichment's modules, the MISP galaxies, the gazetteer, ioc-finder's grammars, the screened
patterns, the sentence encoder). Each step stays short (0.1 to 0.4 s) so that the extraction
workers, which have one batch queued ahead, never wait for this process.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from datetime import date


def _enrichment_modules() -> None:
    import veilleur.enrich  # noqa: F401  (its patterns are compiled at import)


def _threats() -> None:
    from veilleur.enrich.actors import find_threats

    find_threats("LockBit")  # the galaxies, the English word list


def _places() -> None:
    from veilleur.enrich.geo import find_countries

    find_countries("Belgique")


def _iocs() -> None:
    from veilleur.enrich.ioc_grammars import finder

    finder()


def _clustering() -> None:
    from veilleur.cluster.features import features_of

    # The sentence encoder, MinHash and the names' patterns, on a made-up line.
    text = "Alpha Corp was hit by ransomware."
    features_of("warm-up", date(2026, 1, 1), "Ransomware hits Alpha Corp", text)


def _briefing() -> None:
    import veilleur.brief.writer  # noqa: F401


def steps(languages: Callable[[], Sequence[str]]) -> list[Callable[[], None]]:
    """The loads in order, each a call. The last is enrichment's whole `warm_up` for the languages
    `languages()` gives when it runs (those of the articles extracted by then): what the steps
    before it loaded is not loaded again, and what they left out (a pipeline, a later model) is."""

    def rest() -> None:
        from veilleur.enrich import warm_up

        warm_up(list(languages()))

    loads = [_enrichment_modules, _threats, _places, _iocs, _clustering, _briefing, rest]
    return [_without_collections(load) for load in loads]


def _without_collections(load: Callable[[], None]) -> Callable[[], None]:
    """`load` run with the garbage collector off, what it made then frozen out of the collector
    (`gc.freeze`, as `CpuPool` does before forking; undone when a pool ends): a load makes hundreds
    of thousands of objects that live as long as the process (modules, patterns, models), which
    every later collection of the main process scanned again, finding nothing to free (the loads
    and 300,000 objects made after them: 1.00 against 0.88 s of CPU)."""

    def run() -> None:
        enabled = gc.isenabled()
        gc.disable()
        try:
            load()
        finally:
            gc.freeze()
            if enabled:
                gc.enable()

    return run


def after_extraction(languages: Sequence[str]) -> None:
    """Everything at once, for `languages` (one per article to enrich): before the workers of
    enrichment, clustering and briefing are forked, when extraction did not load it."""
    for step in steps(lambda: languages):
        step()
