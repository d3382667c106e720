"""One group under several vendors' names, given respectively: "intrusion sets tracked by Microsoft,
Cisco Talos, and Check Point as Storm-0861, ShroudedSnooper, and Scarred Manticore" is one group
with three names (guide §6: a group's other names are its aliases), not three groups."""

from __future__ import annotations

import re

from veilleur.models import Named

_ITEM = r"[A-Z][\w.$-]*(?:\s[A-Z][\w.$-]*){0,2}(?:\s\([^()]{0,40}\))?"
_LIST = rf"{_ITEM}(?:(?:,\s(?:and\s)?|\sand\s){_ITEM}){{1,5}}"
_RESPECTIVE = re.compile(rf"\b(?:tracked|known|named|called)\sby\s({_LIST})\s(?:as|under)\s({_LIST})")
_SPLIT = re.compile(r",\s(?:and\s)?|\sand\s")
_BRACKETS = re.compile(r"\s\([^()]*\)")


def _items(written: str) -> list[str]:
    return [_BRACKETS.sub("", item).strip() for item in _SPLIT.split(written)]


def respective_names(text: str) -> list[list[str]]:
    """The names given to one group by as many vendors as are listed before them."""
    out = []
    for match in _RESPECTIVE.finditer(text):
        vendors, names = _items(match.group(1)), _items(match.group(2))
        if len(vendors) == len(names):
            out.append(names)
    return out


def merged_respective(actors: list[Named], text: str) -> list[Named]:
    """The actors with the names a text gives respectively to one group as one actor: the first
    named, with the others among its aliases."""
    for names in respective_names(text):
        keys = {n.casefold() for n in names}
        order = [n.casefold() for n in names]
        # (under the name written first: the list's order, not the order of the actors found)
        same = sorted(
            (a for a in actors if a.name.casefold() in keys), key=lambda a: order.index(a.name.casefold())
        )
        if len(same) < 2:
            continue
        first = same[0]
        aliases = list(dict.fromkeys([*first.aliases, *(n for a in same[1:] for n in (a.name, *a.aliases))]))
        merged = Named(name=first.name, canonical=first.canonical, aliases=aliases)
        actors = [merged if a is first else a for a in actors if a is first or a not in same]
    return actors
