"""ioc-finder, imported once per process with its grammars built faster: the same grammars.

ioc-finder builds its pyparsing grammars when imported: 0.26 s, of which 0.20 s in pyparsing's
`one_of` for 15 lists of choices (1,499 top-level domains, 692 ATT&CK techniques, all caseless).
`one_of` first reorders the choices so that none is masked by an earlier prefix of it, comparing
every pair through functions that upper-case both strings at each comparison: quadratic calls.
`_one_of` runs the same loop, on the same list, with each string upper-cased once and without the
comparisons that cannot change anything (see `_reordered`), then builds
the same `Regex` (pattern, flags, name, parse action) as pyparsing 3.3.3 does. For any other
pyparsing version, a small list, or arguments it does not handle, pyparsing's own `one_of` runs.
`tests/test_ioc_grammars.py` checks every call ioc-finder makes gives pyparsing's result.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

PYPARSING = "3.3.3"  # the version whose one_of `_one_of` reproduces
SMALL = 50  # choices below which pyparsing's own one_of is as fast


def finder() -> ModuleType:
    """The `ioc_finder` module, its grammars built (once per process), its lists in a fixed order."""
    import importlib

    if "ioc_finder.ioc_grammars" not in sys.modules:
        with _faster_one_of():
            importlib.import_module("ioc_finder")  # builds its grammars
    module = importlib.import_module("ioc_finder")
    _keep_first_order(sys.modules["ioc_finder.ioc_finder"])
    return module


def first_order(values: Iterable[Any]) -> list[Any]:
    """`values` without repeats, each where it first came."""
    return list(dict.fromkeys(values))


def _keep_first_order(module: ModuleType) -> None:
    """ioc-finder 9.4.1 drops repeated URLs (and imphashes, authentihashes) with `list(set(…))`:
    their order then follows the process's string hash seed (PYTHONHASHSEED), so one page's
    indicators came out in another order at each run. Worse, `find_iocs` then blanks each URL's
    path out of the text in that order before reading domains and addresses, and one URL's path
    can hold another's: what it finds could change with the seed too. Its `_deduplicate` (looked
    up at each call) keeps the first of each value instead, in the order it was found."""
    if hasattr(module, "_deduplicate"):
        setattr(module, "_deduplicate", first_order)  # noqa: B010 (mypy knows no such attribute)


@contextmanager
def _faster_one_of() -> Iterator[None]:
    import pyparsing

    if pyparsing.__version__ != PYPARSING:
        yield
        return
    original = pyparsing.one_of

    def one_of(strs: Any, caseless: Any = False, use_regex: bool = True, as_keyword: bool = False,
               **kwargs: Any) -> Any:  # fmt: skip
        return _one_of(original, strs, caseless, use_regex, as_keyword, **kwargs)

    pyparsing.one_of = one_of
    try:
        yield
    finally:
        pyparsing.one_of = original


def _reordered(symbols: list[str], caseless: bool) -> list[str]:
    """pyparsing's reordering loop (duplicates dropped, a longer choice moved before a shorter one
    that is its prefix), each string's comparison key computed once. A choice whose key is neither
    repeated nor a proper prefix of another key anywhere in the list cannot match a later one: the
    loop moves past it without comparing; any other runs the loop's comparisons, in its order."""
    keys = [s.upper() for s in symbols] if caseless else list(symbols)
    count = Counter(keys)
    prefixes = Counter(key[:n] for key in keys for n in range(len(key)))
    i = 0
    while i < len(symbols) - 1:
        cur, cur_key = symbols[i], keys[i]
        if count[cur_key] == 1 and not prefixes[cur_key]:
            i += 1
            continue
        for j in range(i + 1, len(symbols)):
            other_key = keys[j]
            if other_key == cur_key:
                count[other_key] -= 1
                prefixes.subtract(other_key[:n] for n in range(len(other_key)))
                del symbols[j], keys[j]
                break
            if len(symbols[j]) > len(cur) and other_key.startswith(cur_key):
                symbols.insert(i, symbols.pop(j))
                keys.insert(i, keys.pop(j))
                break
        else:
            i += 1
    return symbols


def _one_of(original: Any, strs: Any, caseless: Any, use_regex: bool, as_keyword: bool, **kwargs: Any) -> Any:
    """`one_of(strs, caseless, use_regex, as_keyword)` as pyparsing 3.3.3 builds it."""
    from pyparsing import Regex

    fast = not kwargs and use_regex and isinstance(caseless, bool) and isinstance(strs, (str, Iterable))
    symbols = (strs.split() if isinstance(strs, str) else list(strs)) if fast else []
    if len(symbols) < SMALL or not all(isinstance(s, str) for s in symbols):
        return original(strs, caseless, use_regex, as_keyword, **kwargs)
    symbols = _reordered(symbols, caseless)
    if all(len(s) == 1 for s in symbols):
        return original(symbols, caseless, use_regex, as_keyword)  # a character class
    pattern = "|".join(re.escape(s) for s in symbols)
    if as_keyword:
        pattern = rf"\b(?:{pattern})\b"
    try:
        built = Regex(pattern, flags=re.IGNORECASE if caseless else 0)
    except re.error:
        return original(strs, caseless, use_regex, as_keyword)
    built.set_name(" | ".join(repr(s) for s in symbols))
    if caseless:
        # As pyparsing: the choice as given, not as the input's case wrote it.
        symbol_map = {s.lower(): s for s in symbols}
        built.add_parse_action(lambda s, loc, tokens: symbol_map[tokens[0].lower()])
    return built
