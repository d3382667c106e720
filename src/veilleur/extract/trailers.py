"""The trailer an outlet prints under its articles, after a thematic break ("---"): its product
pitch ("Keep threats off your devices by downloading X today", "Get a free business trial
below"), its author's bio ("Jane Doe" on a line, then "Jane Doe is an award-winning …"), an
editor's note; and an author's box anywhere on the page (`bio_box`). `extract.text` keeps the
best run of a capture's lines; a trailer's sentences weigh as prose and join that run, so the run
is cut at the break when nothing after it but such notes is prose. A break inside an article
(between two of its sections) has the article's prose after it, and stays."""

from __future__ import annotations

import re

from veilleur.extract.capture_lines import Line

# Markdown's thematic break, as captures write it ("---", "***", "___", "* * *"); the capture reader
# has read "***" and "* * *" as emphasis and list marks, leaving some of their stars.
_BREAK = re.compile(r"^(?:-{3,}|[*_][* _]*)$")
# A product pitch addressing the reader: an offer, a trial, a demo, a download, a sign-up.
_PITCH = re.compile(
    r"\b(?:(?:free|\d+[- ]day) (?:business |free )?trial|by downloading \w+(?: \w+)? today|"
    r"exclusive offer|how we can help (?:protect )?you|(?:book|request|get) a (?:free )?demo|"
    r"(?:sign up|subscribe) (?:for|to) our (?:free )?newsletter|"
    # a vendor's card under a partner's articles ("Learn more about how X's portfolio of solutions can
    # benefit your business", 10 pages of one outlet of news-dev, after its editor's note)
    r"learn more about how [^.]{0,60} can (?:benefit|help|protect) your "
    r"(?:business|organi[sz]ation|company)|"
    # an outlet's own product offered to the reader's devices, data or accounts ("Keep threats off
    # your devices by downloading X for iOS today", "Protect your social media accounts by using X
    # Identity Theft Protection", "Clean up your data using X Personal Data Remover"): 10 unlabelled
    # pages of one outlet of news-dev closed on such a box, after a week's roundup's own pitch
    r"(?:protect|keep|clean up|secure|safeguard)\b[^.]{0,80}\byour\b[^.]{0,80}?\b"
    r"(?:by using|by downloading|using) \w)",
    re.I,
)
# A pitch is a call of a sentence or two; a paragraph of the article that mentions a trial is longer.
PITCH_MAX_WORDS = 40
_EDITORS_NOTE = re.compile(r"^(?:editor['’]s note\b|the (?:views|opinions) expressed (?:in|here))", re.I)
# A sharing widget's call closing an outlet's articles or its author's bio ("Found this article
# interesting? Follow us on …", "Follow Jane Doe on …", "Follow him on …"): the last line of 1,282 of
# 2,285 pages of one outlet of news-dev, kept with the article it closes. Anchored at the line's
# start and capped in length, so a sentence of the article about following or sharing stays prose.
# The outlet's call under a partner's article puts its note between the question and the call
# ("Found this article interesting? This article is a contributed piece from one of our valued
# partners. Follow us on …": 110 of 2,270 unlabelled pages of that outlet of news-dev kept it): one
# sentence of a line's length may stand there.
_SHARING_CALL = re.compile(
    r"(?:[Ff]ound this (?:article|story|post) (?:interesting|useful)\?\s*(?:[A-Z][^.?!]{0,100}[.!]\s+)?)?"
    r"(?:(?:[Ff]ollow|[Ss]uivez|[Vv]olg|[Ff]olgen)\s+"
    r"(?:us|me|him|her|them|nous|ons|Sie uns|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)\s+(?:on|sur|op|auf)\s"
    r"|(?:[Ss]hare|[Pp]artager)\s+(?:this|on|sur|cet)\b)"
)
SHARING_CALL_MAX_WORDS = 30
# Opened by the question, with the partner's note, the call runs to 31 words on that outlet.
ASKED_CALL_MAX_WORDS = 45


def sharing_call(text: str) -> bool:
    """A sharing widget's line: left out of the article's text, though it still joins the article's
    paragraphs around it as any line of prose does (a blog's article and its closing lines)."""
    if text[:1] not in "FfSsVvPp":
        return False
    limit = ASKED_CALL_MAX_WORDS if text[:10].casefold() == "found this" else SHARING_CALL_MAX_WORDS
    return len(text.split()) <= limit and bool(_SHARING_CALL.match(text))


# A bio opens on its author's name, printed alone on the line above ("Jane Doe", then "Jane Doe is
# a reporter …"): two to four words.
BIO_NAME_WORDS = (2, 4)
_BIO_VERB = re.compile(r"\s+(?:is|was|has|writes|covers|leads|serves)\b")


def trailer_start(lines: list[Line], weights: list[float], start: int, end: int) -> int:
    """The end of the article within the run `lines[start:end]`: the run's first thematic break
    after which every line that weighs as prose is a trailer's note; else `end`."""
    breaks = {index for index in range(start, end) if _BREAK.match(lines[index].text)}
    # The first break after which nothing is prose but trailers' notes: an outlet may print two
    # boxes, each after its own break (a roundup's pitch for its business products, then the
    # outlet's pitch for its consumer ones); cut at the last break only, the first box stayed.
    cut = end
    for index in reversed(range(start, end)):
        if index in breaks:
            cut = index
        elif weights[index] > 0 and not _trailer_note(lines, index):
            break
    return cut


def _trailer_note(lines: list[Line], index: int) -> bool:
    """A pitch, an editor's note, a sharing call, or an author's bio opening on the name of the line
    above."""
    text = lines[index].text
    pitch = len(text.split()) <= PITCH_MAX_WORDS and bool(_PITCH.search(text))
    if pitch or _EDITORS_NOTE.match(text) or sharing_call(text):
        return True
    name = lines[index - 1].text
    low, high = BIO_NAME_WORDS
    if not low <= len(name.split()) <= high or not text.startswith(name):
        return False
    return bool(_BIO_VERB.match(text, len(name)))


# An author's box beside or under the article: a heading "About <the author's name>" or "About the
# author", then the bio ("I am a …", "Jane Doe is a …"). On a blog whose posts may be a line long,
# the box's paragraph outweighed the post and was kept as the page's text (27 of 279 unlabelled pages
# of one blog of news-dev, all its one-line posts). The bio is the box's first paragraph, under the
# heading or under the author's photo.
_BIO_BOX = re.compile(
    r"^[Aa]bout (?:[Tt]he [Aa]uthor|(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}))\s*:?$"
)
_FIRST_PERSON_BIO = re.compile(
    r"^(?:I am|I['’]m|I have been|I['’]ve been|(?:He|She|They) (?:is|are|was|has)) "
)
BIO_BOX_LINES = 2
_OPENING_NAME = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}")


def bio_box(lines: list[Line]) -> set[int]:
    """Indices of the lines of an author's box: its heading and its bio, which is no article's
    prose. A heading "About X" whose next lines hold no bio ("About the flaw", a section of the
    article) is not one."""
    box: set[int] = set()
    for index, line in enumerate(lines):
        if (
            not line.heading
            or line.text[:6].casefold() != "about "
            or not (heading := _BIO_BOX.match(line.text))
        ):
            continue
        name = heading.group("name") or ""
        for below in range(index + 1, min(len(lines), index + 1 + BIO_BOX_LINES)):
            text = lines[below].text
            # "About the author" names no one: the bio opens on a name of two to four words.
            opening = name or (named.group(0) if (named := _OPENING_NAME.match(text)) else "")
            by_name = bool(opening) and text.startswith(opening) and bool(_BIO_VERB.match(text, len(opening)))
            if by_name or _FIRST_PERSON_BIO.match(text):
                box.update((index, below))
                break
    return box
