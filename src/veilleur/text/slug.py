"""Slugs and front-matter titles exactly as the reference blog makes them (POST-FORMAT.md §2).

`slugify` reproduces all 6,613 real slugs: NFD then ASCII (characters without a decomposition
are dropped, not replaced), lower case, every other character deleted without a separator, and
runs of spaces, underscores and hyphens folded into one hyphen. The blog has no length cap (its
longest slug has 221 characters); ours caps the slug at SLUG_MAX_BYTES, cut after a whole word, so
that `YYYY-MM-DD-<slug>-N.md` stays under the 255-byte file-name limit of common file systems
(ext4, XFS, Btrfs, APFS, NTFS) even with a collision suffix.
"""

from __future__ import annotations

import re
import unicodedata

SLUG_MAX_BYTES = 230

# A French elision ("d'une", "l'hôpital", "qu'il", "jusqu'au"): deleting its apostrophe, as the
# blog does for its English titles ("Thats"), would glue two French words ("dune", "lhôpital").
# It becomes the typographic apostrophe, which the blog's titles carry verbatim and the slug drops,
# so the slug is the blog's. English contractions ("Don't", "It's") keep the blog's rule.
_ELISION = re.compile(r"(?i)\b(c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=\w)")


def slugify(title: str, max_bytes: int = SLUG_MAX_BYTES) -> str:
    """The blog's slug of `title`, at most `max_bytes` long (ASCII: bytes are characters)."""
    text = unicodedata.normalize("NFD", title).encode("ascii", "ignore").decode("ascii")
    text = text.lower()
    text = re.sub(r"[^a-z0-9\s_-]", "", text)
    slug = re.sub(r"[\s_-]+", "-", text).strip("-")
    if len(slug) <= max_bytes:
        return slug
    cut = slug[: max_bytes + 1]
    # After a whole word when one ends in the last half; a single huge "word" is cut where it must.
    cut = cut.rsplit("-", 1)[0] if "-" in cut[max_bytes // 2 :] else cut[:max_bytes]
    return cut.strip("-")


def without_apostrophes(title: str) -> str:
    """`title` without ASCII apostrophes (which is what makes unescaped single quoting valid
    YAML): a French elision's becomes `’`, every other one is deleted."""
    return _ELISION.sub(r"\1’", title).replace("'", "")


def front_matter_title(title: str) -> str:
    """The title as it goes between single quotes: ASCII apostrophes deleted or, in a French
    elision, typographic (`without_apostrophes`), line breaks and control characters turned into
    spaces, everything else verbatim (typographic quotes, entities, double spaces)."""
    title = without_apostrophes(title)
    return "".join(
        " " if (unicodedata.category(char) == "Cc" or char in "\u2028\u2029") else char for char in title
    )
