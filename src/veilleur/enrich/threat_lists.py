"""Galaxy names that lack a threat word of their own but stand in a list of threats: a name joined
to a threat already accepted ("Hive, LockBit, and BlackCat"), and a run of three names or more in a
sentence about threats ("the top ransomware group, surpassing other players like A, B, and C")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from veilleur.enrich.threat_words import THREAT_CONTEXT

_LIST_JOIN = re.compile(r",\s|,?\s(?:and|or|et|ou|en|of|und|oder)\s|\s?/\s?")
# Between two items of a plain list: a comma, "and" or "or" (no "of", no slash: "Zimbra of Synacor").
_ITEM_JOIN = re.compile(r",\s|,?\s(?:and|or|et|ou|en|und|oder)\s")
# Three names of the galaxies in one list: a coincidence for words, a list for threats.
MIN_RUN = 3
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def accept_list_neighbours(
    text: str, matches: Sequence[tuple[int, int, Any, Any]], status: list[str]
) -> None:
    """A name that lacks a threat word is one when it stands in a list with threats: "disruptions
    associated with Hive, LockBit, and BlackCat" (updates `status` in place)."""
    _accept_runs(text, matches, status)
    changed = True
    while changed:
        changed = False
        for i, state in enumerate(status):
            if state != "maybe":
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(matches) and status[j] == "ok":
                    a, b = sorted((i, j))
                    if _LIST_JOIN.fullmatch(text[matches[a][1] : matches[b][0]]):
                        status[i], changed = "ok", True
                        break


def _accept_runs(text: str, matches: Sequence[tuple[int, int, Any, Any]], status: list[str]) -> None:
    """Runs of MIN_RUN names or more, none of them turned down, joined as a list's items, in a
    sentence with a threat word: each is a threat ("surpassing other players like A, B, and C" after
    "the top ransomware group")."""
    run: list[int] = []
    for i in range(len(matches) + 1):
        joined = (
            i < len(matches)
            and status[i] in {"maybe", "ok"}
            and bool(run)
            and _ITEM_JOIN.fullmatch(text[matches[run[-1]][1] : matches[i][0]]) is not None
        )
        if joined:
            run.append(i)
            continue
        if len(run) >= MIN_RUN and any(status[k] == "maybe" for k in run):
            start, end = matches[run[0]][0], matches[run[-1]][1]
            opening = max(
                (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0
            )
            closing = _SENTENCE_END.search(text, end)
            sentence = text[max(opening, start - 300) : closing.start() if closing else len(text)]
            if THREAT_CONTEXT.search(sentence):
                for k in run:
                    status[k] = "ok" if status[k] == "maybe" else status[k]
        run = [i] if i < len(matches) and status[i] in {"maybe", "ok"} else []
