"""A faster-compiling pattern for a union of anchored alternatives, matching the same strings.

spaCy's French tokenizer (`spacy.lang.fr.tokenizer_exceptions.TOKEN_MATCH`) is one 1.45 MB pattern,
`(?iu)(?:^…$)|(?:^…$)|…`: 266 alternatives, nearly each with its own copy of two large Unicode
letter classes. Python's `re` compiles every copy under IGNORECASE, 2 to 4 s, once at import and
again when the model's tokenizer is read from disk: most of `veilleur post`'s start-up on a French
page. Union distributes over concatenation (`P·A·S | P·B·S` = `P·(A|B)·S`), so factoring the
alternatives' common leading and trailing atoms accepts exactly the same strings while each letter
class appears a few times; spaCy only tests `token_match(string)` for truth, so the set of strings
matched is all that counts (`tests/test_union_regex.py` checks both patterns agree).

`compiling_factored(min_chars)` is a context manager: inside it, `re.compile` of a pattern of that
form and size compiles its factored equivalent; every other pattern compiles as usual. A pattern
this module cannot read compiles unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

Atoms = tuple[str, ...]
_FLAGS = "(?iu)"
_QUANTIFIER = "?*+"


# One atom at a time: an escape, a class (a leading `]` or `^]` is a member), or a plain character.
_ATOM = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[^\\\[()|{}?*+]", re.S)


def _group_end(text: str, start: int) -> int:
    """The index just past the group opening at `start` (nested groups and classes skipped), or -1."""
    depth, i = 0, start
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            found = _ATOM.match(text, i)
            if found is None:
                return -1
            i = found.end()
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        i += 1
        if depth == 0:
            return i
    return -1


def atoms(alternative: str) -> Atoms | None:
    """The atoms of one alternative (a character, an escape, a class, a group; each with its
    quantifier), or None for something this reader does not handle (a top-level `|`, braces)."""
    out: list[str] = []
    i, size = 0, len(alternative)
    while i < size:
        char = alternative[i]
        if char in _QUANTIFIER:
            if not out or out[-1][-1] in _QUANTIFIER:  # a lazy or possessive marker: not handled
                return None
            out[-1] += char
            i += 1
            continue
        if char == "(":
            end = _group_end(alternative, i)
            if end < 0:
                return None
        else:
            found = _ATOM.match(alternative, i)
            if found is None:  # `|`, `{`, `}`, `)` or an unclosed class
                return None
            end = found.end()
        out.append(alternative[i:end])
        i = end
    return tuple(out)


def _common_prefix(seqs: Sequence[Atoms]) -> int:
    first, size = seqs[0], min(len(seq) for seq in seqs)
    n = 0
    while n < size and all(seq[n] == first[n] for seq in seqs):
        n += 1
    return n


def union(seqs: Sequence[Atoms]) -> str:
    """A pattern accepting exactly the union of the atom sequences, each atom written once per
    shared leading or trailing run."""
    unique = sorted(set(seqs))
    if len(unique) == 1:
        return "".join(unique[0])
    optional = () in unique
    rest = [seq for seq in unique if seq]
    if optional:
        return f"(?:{union(rest)})?" if rest else ""
    head = _common_prefix(rest)
    tail = _common_prefix([seq[head:][::-1] for seq in rest])
    if head or tail:
        middles = [seq[head : len(seq) - tail] for seq in rest]
        inner = union(middles)
        inner = inner if len(set(middles)) == 1 else f"(?:{inner})"
        return "".join(rest[0][:head]) + inner + "".join(rest[0][len(rest[0]) - tail :])
    groups: dict[str, list[Atoms]] = {}
    for seq in rest:  # no shared ends: one branch per last atom, each factored on its own
        groups.setdefault(seq[-1], []).append(seq)
    return "|".join(union(group) for group in groups.values())


def factored(pattern: str) -> str | None:
    """`(?iu)(?:^a$)|(?:^b$)|…` rewritten with shared atoms factored; None if not of that form."""
    if not pattern.startswith(_FLAGS + "(?:") or not pattern.endswith(")"):
        return None
    parts = pattern[len(_FLAGS) + 3 : -1].split(")|(?:")
    seqs = []
    for part in parts:
        seq = atoms(part)
        if seq is None or not seq or seq[0] != "^" or seq[-1] != "$":
            return None
        seqs.append(seq)
    return f"{_FLAGS}(?:{union(seqs)})"


@lru_cache(maxsize=4)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    rewritten = factored(pattern)
    compiled: re.Pattern[str] = _ORIGINAL(rewritten if rewritten is not None else pattern, flags)
    return compiled


_ORIGINAL: Callable[..., Any] = re.compile


@contextmanager
def compiling_factored(min_chars: int = 100_000) -> Iterator[None]:
    """Within the block, `re.compile` of a str pattern of at least `min_chars` characters compiles
    its factored equivalent (see the module's docstring)."""

    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and len(pattern) >= min_chars:
            return _compiled(pattern, flags)
        return _ORIGINAL(pattern, flags)

    saved = re.compile
    re.compile = compile_
    try:
        yield
    finally:
        re.compile = saved
