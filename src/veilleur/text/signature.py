"""Where an article's own first paragraph starts, after the signature lines a capture keeps above it.

Some outlets print a standfirst, then the author's name, the day and the hour on lines of their own
before the article ("You really think someone would do that? …", "Jane Roe", "Wed 19 Oct 2022 //",
"01:20 UTC"), others the day and the author ("Posted: November 1, 2024", "by Jane Roe"), and a
comment count's link may come first ("[35", "](https://forums.example.com/… "View comments")").
Read as sentences, the standfirst and those lines took the lead's few sentences: the first sentence
of the article, which says what happened and who did it, was never read (a quip about stolen crypto
read as the lead of a page on a state's spies).

`signature_end` finds such a run of lines near the top; it needs a day or an hour among them, so
that a short heading or a question ("What is 3AM?") is never taken for one.
"""

from __future__ import annotations

import re

# How far into the text the signature lines may end (a standfirst and a comment count come first).
SIGNATURE_CHARS = 900
# A line of a signature has at most this many words.
SIGNATURE_WORDS = 7
# The signature opens within the first lines: a standfirst and a comment count's two lines come first.
SIGNATURE_FIRST_LINE = 3
# A standfirst is one short paragraph (a reader's comment, longer, is no standfirst).
STANDFIRST_CHARS = 300
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?"
# A day ("Wed 19 Oct 2022 //", "November 1, 2024", "2024-11-01"), maybe after "Posted:" or "Updated".
_DATE_LINE = re.compile(
    rf"^(?:(?:posted|published|updated|last updated)(?: on)?:? )?{_DAY}"
    rf"(?:\d{{1,2}} {_MONTH} \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?(?: ?//)?$",
    re.I,
)
# An hour with its zone on a line of its own ("01:20 UTC").
_HOUR_LINE = re.compile(r"^(?://\s*)?\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: (?:UTC|GMT|[A-Z]{2,4}))?$")
# An author's line: "by Jane Roe", or a name alone (no word opening in lower case but a particle).
_BY_LINE = re.compile(r"^(?:by|par|von|door|di) \S.*$", re.I)
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:de|van|von|der|da|di|le|la|du|al|bin)\b)[a-zà-ÿ]")
# A comment count's link, which the capture cuts over two lines ("[35", "](https://… "View comments")").
_COUNT_LINK = re.compile(r"^(?:\[\d+|\]\(https?://\S+(?: \"[^\"\n]*\")?\)|\[\d+\]\(https?://\S+\))$")


# A section label an outlet prints before the article's first sentence, on its line ("Feature The infosec
# industry…", "Updated A miscreant claims…", "Infosec in brief A computer intrusion…"): a page's filing, not
# its words (a feature is no research tool). Views' kickers ("Opinion", "Interview") are left: they say
# what the page is.
_KICKER = re.compile(
    r"\A\W{0,3}(?:Feature|Analysis|Updated|Exclusive|Breaking|Special report|"
    r"(?:[A-Z][a-z]+ )?[Ii]n [Bb]rief)\s+(?=[\"“'‘A-Z])"
)


def _dated(line: str) -> bool:
    return bool(_DATE_LINE.match(line) or _HOUR_LINE.match(line))


def _signature(line: str) -> bool:
    """Whether one line is an author's, a day's, an hour's or a comment count's."""
    if _dated(line) or _COUNT_LINK.match(line):
        return True
    words = line.split()
    if not 0 < len(words) <= SIGNATURE_WORDS:
        return False
    return bool(_BY_LINE.match(line)) or not _LOWER_WORD.search(line)


def signature_end(text: str) -> int:
    """The offset in `text` where the article starts after its signature lines (0 when it opens on no
    such run): the last run of signature lines that holds a day or an hour, within SIGNATURE_CHARS."""
    end = 0
    run_dated = in_run = False
    offset = index = 0
    for raw in text[:SIGNATURE_CHARS].split("\n"):
        line = raw.strip()
        after = offset + len(raw) + 1
        offset = after
        if not line:
            continue
        index += 1
        if _signature(line) and (in_run or index - 1 <= SIGNATURE_FIRST_LINE):
            in_run = True
            run_dated = run_dated or _dated(line)
            if run_dated:
                end = min(after, len(text))
        elif end or index - 1 >= SIGNATURE_FIRST_LINE or len(line) > STANDFIRST_CHARS:
            break  # the article's first paragraph after the signature, or no signature near the top
        else:
            run_dated = in_run = False
    return end


def article_start(text: str) -> str:
    """`text` from the article's first paragraph: its standfirst and signature lines left out."""
    return text[signature_end(text) :].lstrip()


def kicker_removed(text: str) -> str:
    """`text` without the section label its outlet prints before the first sentence (see _KICKER)."""
    return _KICKER.sub("", text, count=1)
