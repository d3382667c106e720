"""Slugs and front-matter titles exactly as the reference blog makes them (POST-FORMAT.md §2).

`slugify` reproduces all 6,613 real slugs: NFD then ASCII (characters without a decomposition
are dropped, not replaced), lower case, every other character deleted without a separator, and
runs of spaces, underscores and hyphens folded into one hyphen. No length cap.
"""

from __future__ import annotations

import re
import unicodedata


def slugify(title: str) -> str:
    text = unicodedata.normalize("NFD", title).encode("ascii", "ignore").decode("ascii")
    text = text.lower()
    text = re.sub(r"[^a-z0-9\s_-]", "", text)
    return re.sub(r"[\s_-]+", "-", text).strip("-")


def front_matter_title(title: str) -> str:
    """The title as it goes between single quotes: ASCII apostrophes deleted (which is what makes
    unescaped single quoting valid YAML), line breaks and control characters turned into spaces,
    everything else verbatim (typographic quotes, entities, double spaces)."""
    title = title.replace("'", "")
    return "".join(
        " " if (unicodedata.category(char) == "Cc" or char in "\u2028\u2029") else char for char in title
    )
