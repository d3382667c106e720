"""Pages nested deeper than the HTML parser goes, flattened before it reads them.

libxml2 (lxml's parser, and trafilatura's through it) stops building the tree 256 elements deep
and keeps nothing past that point: a page that opens 260 `<div>` or `<font>` before its article
(a hostile page, a broken template that never closes its tags) came out as "empty page: no text
found", the article lost. Such a page is read with the elements past `MAX_DEPTH` dropped (their
text kept), so that every word reaches the extraction. A page the parser reads whole is left as
it is, byte for byte.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

MAX_DEPTH = 200  # elements kept open at once; libxml2 gives up at 256
# Whether a parsed tree holds an element this deep: libxml2 may have stopped there.
_NEAR_LIMIT = lxml.etree.XPath("boolean(/" + "/".join(["*"] * 250) + ")")
# A start or end tag (a `>` inside a quoted attribute value ends it early: flattening then drops
# less, and drops tags, never text).
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr basefont frame "
    "isindex".split()
)


def _parser_gives_up(markup: str) -> bool:
    """Whether libxml2's HTML parser stops on the page's depth (its resource-limit error)."""
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return False
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


def _flattened(markup: str) -> str:
    """`markup` without the start tags opened past MAX_DEPTH and their end tags (each replaced by
    a space, so that words either side stay apart)."""
    stack: list[tuple[str, bool]] = []  # (name, dropped) of each element open
    pieces: list[str] = []
    last = 0
    for found in _TAG.finditer(markup):
        closing, name, self_closed = found.groups()
        name = name.lower()
        drop = False
        if closing:
            for index in range(len(stack) - 1, -1, -1):
                if stack[index][0] == name:
                    drop = stack[index][1]
                    del stack[index:]
                    break
        elif not self_closed and name not in _VOID:
            drop = len(stack) >= MAX_DEPTH
            stack.append((name, drop))
        if drop:
            pieces.append(markup[last : found.start()])
            pieces.append(" ")
            last = found.end()
    pieces.append(markup[last:])
    return "".join(pieces)


def shallow(markup: str, tree: Any) -> str | None:
    """`markup` flattened past MAX_DEPTH (`_flattened`) when `tree`, its parse, reaches the depth
    where libxml2 stops and the parser says it stopped there; None when it was read whole. The
    depth is looked up in C on the tree the extraction parses anyway (about 0.2 ms a page); only
    a page that deep is parsed again to ask."""
    if not _NEAR_LIMIT(tree) or not _parser_gives_up(markup):
        return None
    return _flattened(markup)
