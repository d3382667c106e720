"""The article's short opening sentences, just above the run of lines `extract.text` keeps.

A capture's lines are weighed so that a menu of short lines costs and a paragraph of prose gains;
a paragraph shorter than a sentence's worth of words (PROSE_MIN_WORDS) costs as a menu item does.
Inside the article that costs nothing — the prose around it carries it —, but at its start the best
run begins after it: a blog's opening "Don't miss our webinar on EDR vs. MDR!" and a short post's
"I think I'm done. The new release is here: <address>." were lost (4 of 56 pages of a sample of
news-dev, seed 3030; a one-line lead naming the victim would be lost the same way). A short line
right above the run that is a sentence of the article's — it ends as a sentence does, is written in
sentence case and is no menu item, link, list item, heading, date, label or section marker — is
taken back with the run. Below the run, lines of the same shape were sign-offs, links' labels and
a vendor's detection names as often as the article's last words ("X detects it as
Android/Trojan.Banker.Y.", which the recognisers read as the names of threats): the run's end is
left as it is."""

from __future__ import annotations

import re

from veilleur.extract.capture_lines import Line
from veilleur.extract.comments import DATE_LINE

# A sentence's end: a full stop, "!" or "?" after a word, a bracket, a quote or an address's closing
# "/>" (never after another stop: "…and so on..."), then at most a closing quote or bracket.
_ENDS_SENTENCE = re.compile(r"[\w)\]>/%’'\"”][.!?]['\"”’)\]]?$")
# A sponsor's credit above a paid piece ("Sponsored by Zorblax."): the outlet's label, not a
# sentence of the article, though it reads as one.
_CREDIT = re.compile(r"^(?:sponsored|presented|brought to you|paid for|promoted) by\b", re.I)
# A label of a word or two opening the line ("Further reading: X report (PDF).", "Source: X.",
# "Update:"): a reference or a note's heading, whose name is no subject of the article's.
_LABEL = re.compile(r"^\S+(?: \S+)?:(?:\s|$)")
# A sentence has a few words; two ("Stay safe!", "Thanks, Jane.") are a sign-off or a credit.
EDGE_MIN_WORDS = 3
# Lines taken back: a short opening paragraph or two, not a block.
EDGE_MAX_LINES = 2


def _edge_sentence(line: Line, weight: float, short_cost: float) -> bool:
    """A short line that reads as a sentence of the article's: weighed as a short line (no marker,
    teaser or link line), no heading or list item, ending as a sentence ends, written in sentence
    case (most of its words in lower case: menus and credits are in Title Case), no dateline, no
    label or sponsor's credit."""
    if weight != -short_cost or line.heading or line.listed or line.link_only or line.cells or line.code:
        return False
    words = line.text.split()
    if len(words) < EDGE_MIN_WORDS or not _ENDS_SENTENCE.search(line.text):
        return False
    if _CREDIT.match(line.text) or _LABEL.match(line.text) or DATE_LINE.search(line.text):
        return False
    lower = sum(1 for word in words[1:] if word[:1].islower())
    return lower * 2 >= len(words) - 1


def widen_to_opening_sentences(
    lines: list[Line], weights: list[float], start: int, end: int, short_cost: float
) -> int:
    """The start of the run [start, end) with the short sentences just above it taken back
    (`_edge_sentence`), up to EDGE_MAX_LINES. An empty run stays empty."""
    if end <= start:
        return start
    for _ in range(EDGE_MAX_LINES):
        if start > 0 and _edge_sentence(lines[start - 1], weights[start - 1], short_cost):
            start -= 1
    return start
