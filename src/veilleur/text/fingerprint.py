"""An article's identity by its words, and the method name of an article written from its feed's
summary: what the runner, the briefs and the run report need of extraction without importing the
extractors (lxml, numpy, the language model: 0.2 s)."""

from __future__ import annotations

import hashlib
import re

# The method of an article written from the feed's own summary because its page could not be read:
# briefed as a *brève*, and said to be one.
BREVE_METHOD = "feed-summary"


def content_hash(text: str) -> str:
    """Hash of the words of an article, blind to spacing, case and punctuation, so that the same
    text served by two URLs or re-fetched with different markup hashes the same."""
    words = re.findall(r"\w+", text.lower())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()
