"""Sentences of an article that point its reader to another text ("See also …", "Vedi anche …"),
left out of the article's text by `extract.text`."""

from __future__ import annotations

import re

# A sentence pointing the reader to another text ("See also the code of conduct of the DarkSide
# gang.", "Vedi anche il codice di condotta del gruppo X"): what it names is that text's subject, not
# a fact of the article; read as the article's, a gang named only there was taken for an actor of
# the event. The sentence opens the line or follows another's end; it runs to its own end.
_CROSS_REFERENCE = re.compile(
    r"(?:^|(?<=[.!?)»”])\s)(?:see also|vedi anche|voir aussi|siehe auch|zie ook|lees ook)\b"
    r"[^.!?]*(?:[.!?]+|$)",
    re.I,
)


def without_cross_references(text: str) -> str:
    """A line of the article without its "see also" sentences (`_CROSS_REFERENCE`)."""
    folded = text.casefold()
    if not any(word in folded for word in ("also", "anche", "aussi", "auch", "ook")):
        return text
    return " ".join(_CROSS_REFERENCE.sub("", text).split())
