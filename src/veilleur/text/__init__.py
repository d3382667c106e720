"""Text helpers shared by the stages (they import nothing of the pipeline)."""

import re

# A headline is read for at most this many characters. Real ones are under 300; a hostile page's
# <title> of 200,000 characters would otherwise go whole through every headline rule, some of them
# quadratic on one long run of letters or digits (minutes of CPU for one article).
HEADLINE_CHARS = 1000
# An article is read for at most this many characters. The longest real reports (an APT write-up,
# an advisory) are under 150,000; enrichment costs about 3.5 s a million characters and a page may
# hold 8 MB, so a hostile page would cost half a minute and 600 MB of one worker's memory.
ARTICLE_CHARS = 500_000
# A word of a name, in the patterns that read a run of words before or around a name, holds at
# most this many characters (the longest German compounds hold about 60). Unbounded, such a
# pattern searched across a run of letters with no space read the rest of the run from each of
# its letters: the square of the run (a 32,000-letter run before "(AAP)" cost 10 s, the 500,000
# characters read of an article some 40 minutes).
WORD_CHARS = 64

# What no store can keep in text: NUL (PostgreSQL refuses it) and lone surrogates, which UTF-8
# cannot encode (neither SQLite nor PostgreSQL takes them). Python decodes some into a string: a
# page declared UTF-7 ("+2AA-"), a feed's character reference `&#xD800;`, a JSON escape "\ud800".
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` as a store keeps it: NUL removed, each lone surrogate replaced by U+FFFD (the
    replacement character), the rest unchanged. One character of a page or a feed item must not
    lose it all (the record refused by the database)."""
    return _UNSTORABLE.sub(lambda found: "" if found.group() == "\x00" else "\ufffd", text)
