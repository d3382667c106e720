"""Two names joined by a slash ("ALPHV/BlackCat", "Radar/Dispossessor", "Lumma/Amadey") are one word to
the galaxies' lookup. When both halves are names of one threat, the pair is that threat, as written;
when they name two threats (two groups that work together, two families of one campaign), each half
is its own threat (guide §6: every group the body names). Read by `threat_mentions`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Protocol, TypeVar

from veilleur.enrich.threat_words import SLASHED, has_context


class _Known(Protocol):
    @property
    def canonical(self) -> str: ...


Entry = TypeVar("Entry", bound=_Known)


def slashed_names(text: str, index: Mapping[str, Entry]) -> Iterator[tuple[str, Entry, tuple[str, ...]]]:
    """(name as written, its galaxy entry, names of the pair to keep as its aliases) for each slashed
    pair of the text that a threat's word surrounds."""
    for pair in SLASHED.finditer(text):
        halves = [(half, index.get(" ".join(half.split()).casefold())) for half in pair.groups()]
        known = [(half, entry) for half, entry in halves if entry is not None]
        if not known or not has_context(text, *pair.span()):
            continue
        if len(known) == 2 and known[0][1].canonical != known[1][1].canonical:
            for half, entry in known:  # two threats: each as the text writes it
                yield half, entry, ()
        else:
            yield pair.group(0), known[0][1], pair.groups()
