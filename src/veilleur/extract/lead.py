"""Where a capture's article starts: the headline, the header's short lines under it (byline,
dateline, sharing buttons), then the lead. `extract.text` weighs a capture's lines; these read the
header around the lead, where a capture cut short or a writer's "…" misled the weights."""

from __future__ import annotations

from veilleur.extract.capture_lines import PROSE_MIN_WORDS, TRUNCATED, Line, is_prose, line_size, listing

# The lines an article's header prints between its headline and its first paragraph: byline, date,
# the lead image (`cut_in_lead`).
HEADER_LINES = 3
HEADER_LINE_MAX_WORDS = 8
# Links of a few words (sharing buttons, a language switch) the header may hold besides.
SHARING_LINES = 5


def cut_in_lead(lines: list[Line]) -> bool:
    """Whether the cut fell in the article's first paragraph: the last line is a paragraph's start
    of a sentence's length at least (PROSE_MIN_WORDS, cut mark aside) and the lines above it are the
    article's header — its headline (the page's first level-1 heading, or a heading repeating it),
    then at most HEADER_LINES short lines (byline, date, the lead image's remains). A capture capped
    at a few thousand characters of a page whose menus fill them ends there: on one outlet of
    news-dev the lead cut under the headline was all that was left of the article on 900 of its
    1,950 pages (with 12 words or more on 294), and, weighed as a teaser, the text was empty. A lead
    cut within its first words says too little to be read. A summary cut under a teaser's own
    headline follows no repetition of the page's headline, and stays a teaser."""
    cut = TRUNCATED.sub("", lines[-1].text).rstrip()
    if line_size(cut) < PROSE_MIN_WORDS or listing(cut):
        return False
    main = next((line.text for line in lines if line.heading == 1), None)
    header = 0
    for above in range(len(lines) - 2, max(-1, len(lines) - 3 - HEADER_LINES - SHARING_LINES), -1):
        line = lines[above]
        if line.heading and line.text == main:
            return True
        if line.heading or line_size(line.text) > HEADER_LINE_MAX_WORDS:
            return False
        # Sharing buttons ("Share on Twitter", "Copy link") and a language switch ("Español") are
        # links of a word or three between the headline and the lead: they are no header line of
        # their own. One outlet prints three of them and a "Share It" label there, and its leads
        # cut under them (the whole article within the stored page) were read as teasers.
        header += not line.link_only
        if header > HEADER_LINES:
            return False
    return False


def ellipsis_leads(lines: list[Line], weights: list[float]) -> list[int]:
    """An article's first paragraph ending in "…" that its next paragraph follows is the writer's
    own ellipsis ("…and watch out when hailing a cab in Dublin…", then "All this and more is
    discussed in this week's episode."), not a teaser: a teaser's summary is followed by another
    teaser's headline or link, a "Read more" or another cut summary, never straight by a paragraph
    of prose. Weighed as a teaser, such a lead split the article from its headline and was lost — a
    podcast's whole description on one outlet. Only the first paragraph under a level-1 headline:
    further down, readers' comments end lines with "…" too, and joined they outweighed the
    article. The indices of these lines, among the lines `weights` weighs below zero."""
    headline, found = -1, []
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if line.heading == 1:
            headline = index
            continue
        if headline < 0 or weights[index] >= 0 or line.listed or line.link_only or line.heading:
            continue
        lead = all(weight <= 0 for weight in weights[headline + 1 : index])
        if not lead or not TRUNCATED.search(line.text):
            continue
        if following.heading or following.listed or following.link_only or TRUNCATED.search(following.text):
            continue
        if is_prose(following.text, line_size(following.text)):
            found.append(index)
    return found
