"""A case-insensitive pattern rewritten to run, case-sensitively, on the folded text.

Python's `re` under IGNORECASE compares each character through its lower case and cannot skip an
alternative on its first character; the lexicons' long alternations (`(?<!\\w)(?:ransomware|…)`)
then try every alternative at every word of a page. The same pattern with its characters folded,
matched case-sensitively on `fold(text)` (`veilleur.text.prefilter.fold`), finds the same spans
about a third faster. Used where only the spans or their number count (a term's occurrences).

Why the spans are the same: `fold` maps every character to exactly one character (so positions
agree), and keeps `\\w`, `\\d` and `\\s` as they are (`tests/test_folded.py` checks both over every
code point). Under IGNORECASE a pattern character `p` matches `c` when their simple lower cases are
equal, or through `re`'s extra equivalences (ı with i, ſ with s, µ with μ); `fold` lowers and maps
ı, İ and ſ, so `fold(c) == fold(p)` says the same, except for the characters of other extra
equivalences and the Greek sigmas, which are not rewritten. Every other step of the pattern
(repeats, alternatives, lookarounds, boundaries) is unchanged. A pattern with anything else — a
range of cased characters, scoped flags, a group reference — is not rewritten (None).
"""

from __future__ import annotations

import re
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from typing import Any

from veilleur.text.regex_cache import build, program_of, remembered

# Characters whose case-insensitive matches `fold` does not describe: those of re's extra
# equivalences other than i and s (folded with ı and ſ), and the sigmas (lower-cased by context).
_UNFOLDABLE = frozenset(
    chr(code)
    for key, others in _casefix._EXTRA_CASES.items()
    for code in (key, *others)
    if chr(key) not in "iısſ"
) | frozenset("Σσς")
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}
_CATEGORIES = {
    C.CATEGORY_WORD, C.CATEGORY_NOT_WORD, C.CATEGORY_DIGIT, C.CATEGORY_NOT_DIGIT, C.CATEGORY_SPACE,
    C.CATEGORY_NOT_SPACE,
}  # fmt: skip


def _folded_char(code: int) -> int | None:
    char = chr(code)
    if char in _UNFOLDABLE or char.lower() in _UNFOLDABLE:
        return None
    from veilleur.text.prefilter import fold

    folded = fold(char)
    return ord(folded) if len(folded) == 1 else None


def _cased(low: int, high: int) -> bool:
    return any(chr(c).lower() != chr(c) or chr(c).upper() != chr(c) for c in range(low, high + 1))


def _rewrite(items: Any) -> bool:
    """Folds the characters of a parsed pattern in place; False when it cannot."""
    data = items.data if hasattr(items, "data") else items
    for i, (op, av) in enumerate(data):
        if op in (C.LITERAL, C.NOT_LITERAL):
            code = _folded_char(av)
            if code is None:
                return False
            data[i] = (op, code)
        elif op is C.IN:
            out = []
            for item_op, item in av:
                if item_op is C.LITERAL:
                    code = _folded_char(item)
                    if code is None:
                        return False
                    out.append((item_op, code))
                elif (
                    item_op is C.NEGATE
                    or (item_op is C.CATEGORY and item in _CATEGORIES)
                    or (item_op is C.RANGE and not _cased(*item))
                ):
                    out.append((item_op, item))
                else:
                    return False
            data[i] = (op, out)
        elif op in (C.ANY, C.AT):
            continue
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if not _rewrite(av[1]):
                return False
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags or not _rewrite(sub):
                return False
        elif op is C.BRANCH:
            if not all(_rewrite(alternative) for alternative in av[1]):
                return False
        elif op in _REPEATS:
            if not _rewrite(av[2]):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _rewrite(av):
                return False
        else:
            return False
    return True


def folded_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern (which ignores case) as a case-sensitive one whose matches on `fold(text)` have
    the spans of its own on `text`; None when it cannot be rewritten so."""
    if not pattern.flags & re.IGNORECASE:
        return None
    return folded_source(pattern.pattern, pattern.flags)


def folded_source(source: str, flags: int) -> re.Pattern[str] | None:
    """`folded_pattern(re.compile(source, flags))` without compiling the case-insensitive pattern
    first (a large one, such as the places' gazetteer, costs tens of milliseconds to compile). The
    rewriting's program is kept between processes (`regex_cache.remembered`) by a run."""
    program = remembered("folded", f"{int(flags)}:{source}", lambda: _folded_program(source, flags))
    if program is None:
        return None
    try:
        compiled: re.Pattern[str] | None = build(program)
    except Exception:  # a program the engine refuses (TypeError, OverflowError…): rewritten again
        program = _folded_program(source, flags)
        compiled = build(program) if program is not None else None
    return compiled


def _folded_program(source: str, flags: int) -> list[Any] | None:
    try:
        parsed = _parser.parse(source, flags)
    except Exception:  # a pattern this reader does not know: not rewritten
        return None
    # The pattern's own flags, as `re.compile` gives them: with those written inside it and
    # re.UNICODE, which a str pattern implies (without it, \w would be ASCII only).
    if not parsed.state.flags & re.IGNORECASE:
        return None
    if not _rewrite(parsed):
        return None
    flags = parsed.state.flags & ~re.IGNORECASE
    parsed.state.flags = flags
    try:
        return program_of(parsed, flags)  # what `_compiler.compile(parsed, flags)` compiles
    except Exception:  # a Python whose compiler has other internals: not rewritten
        return None
