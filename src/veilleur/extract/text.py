"""Plain-text (and Markdown) captures of whole pages → the article alone.

A capture is what a reader gets by saving or copying a page: the date and weather header, menus,
the article, then "recommended" teasers of unrelated articles, each ending in "…" and "Lire plus".
We score every line — prose gains, menus and teasers cost, section markers such as
"Recommandations" or "Read more" cost so much that nothing crosses them — and keep the run of
lines with the best total (a maximum-sum segment). The title is the headline just above it.
Short lines of the article's own lists — indicators, CVE ids, affected versions, announced steps —
weigh a little instead of costing, so that a list closing an article stays with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from veilleur.extract.capture_lines import (
    PROSE_MIN_WORDS,
    TRUNCATED,
    Line,
    is_prose,
    line_size,
    listing,
    markdown_lines,
)
from veilleur.extract.comments import DATE_LINE, closes_post, comment_byline, comment_notice, opens_comments
from veilleur.extract.edges import widen_to_opening_sentences
from veilleur.extract.lead import cut_in_lead, ellipsis_leads
from veilleur.extract.references import without_cross_references
from veilleur.extract.trailers import bio_box, sharing_call, trailer_start
from veilleur.extract.widgets import (
    card_lines,
    closing_start,
    episode_links,
    first_closing,
    left_out,
    player_fallback,
    widget_boundary,
)

# A copyright notice: "Copyright", then ©, "(c)" or a year ("Copyright © 2001-2025 X. All Rights
# Reserved.", "Copyright 2024 X"), or a notice of rights within a short line ("Copyright X Ltd. All
# rights reserved"), or the word alone. Any line opening with the word was read as one: piracy and
# digital-rights outlets open headings and paragraphs with it ("Copyright Infringement Claims",
# "Copyright holders have sent billions of takedown requests…"), and as a boundary such a line cut
# the article there, its lead and first sections lost (30 of the 7,877 unlabelled pages of news-dev,
# two outlets).
_COPYRIGHT = r"copyright(?:\s*(?:©|\(c\)|\d{4}).*|\s.{0,80}\brights reserved.*)?"
# Markers that open a block of other articles, comments or sharing widgets. Checked on whole
# lines only, so an article sentence that contains "lire plus" is not a marker.
_BOUNDARY = re.compile(
    r"^(recommandations?|lire plus|lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|"
    r"sur le même sujet|dans la même rubrique|nos autres articles|les plus lus|articles? similaires?|"
    r"read more|related( articles| stories| posts| content)?|more (stories|news|from .{1,40})|"
    r"you (may|might) also (like|be interested in)|recommended( for you| stories)?|most (read|popular)|"
    r"trending( now)?|popular( posts| stories)?|latest( news| stories| posts)?|also read|see also|"
    r"lees ook|meer nieuws|gerelateerde artikels?|meest gelezen|"
    r"auch interessant|das könnte sie auch interessieren|mehr zum thema|meistgelesen|weitere artikel|"
    r"\d*\s*(comments?|commentaires?|commenti|comentarios|reacties|kommentare)|leave a (reply|comment)|"
    r"laisser un commentaire|"
    r"réagir|partager( cet article| sur .{1,30})?|share( this( article| story)?| on .{1,30})?|"
    r"newsletter|inscrivez-vous.{0,60}|sign up.{0,60}|subscribe.{0,60}|tags?\s*:.*|contenu|advertisement|"
    r"publicité|annonce|advertentie|anzeige|sponsored|footer|menu|navigation|cookies?.{0,80}|"
    rf"© .*|{_COPYRIGHT}|all rights reserved.*|tous droits réservés.*)[\s:.!]*$",
    re.I,
)
# The subset of markers that close an article (comments, related articles, recommendations).
_END_OF_ARTICLE = re.compile(
    r"^(recommandations?|lire aussi|à lire aussi|sur le même sujet|read more|related.{0,20}|"
    r"you (may|might) also.{0,30}|more (stories|news).{0,30}|lees ook|meer nieuws|auch interessant|"
    r"mehr zum thema|\d*\s*(comments?|commentaires?|commenti|comentarios|reacties|kommentare)|"
    r"leave a (reply|comment)|"
    r"laisser un commentaire|posted in .{0,80}|filed under.{0,80})[\s:.!|]*$",
    re.I,
)
# A Markdown link cut before its closing bracket, at the end of a capture cut short.
_CUT_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*$")
# …or in its text ("…how employers are [monitor…", "[**Retail…": 48 unlabelled news-dev pages).
_CUT_LINK_TEXT = re.compile(r"\[[*_]*([^\[\]]*)$")

# What the lines of an article's own lists carry: indicators (defanged or not), CVE ids, hashes,
# versions and builds (not dates: "29.01.2026").
_TECHNICAL = re.compile(
    r"\bCVE-\d{4}-\d{4,7}\b|\[\.\]|\(\.\)|\bhxxps?\b|\b(?:\d{1,3}\.){3}\d{1,3}\b|\b[0-9a-f]{32,64}\b|"
    r"\b(?!\d{1,2}\.\d{1,2}\.\d{2,4}\b|\d{4}\.\d{1,2}\.\d{1,2}\b)\d+\.\d+\.\d+|"
    r"\b(?:versions?|v|build|firmware|release)\s?\d|\b(?:sha-?(?:1|256|512)|md5)\b",
    re.I,
)
# Line weights, in words. A prose line is worth its words (`is_prose`); a short line (menu item,
# byline, dateline, subheading) costs a little, so that a subheading between two paragraphs is kept
# but a menu of thirty items is not; a truncated teaser costs as much as a paragraph.
SHORT_LINE_COST = 3.0
LINK_LINE_COST = 6.0
TEASER_COST = 25.0
BOUNDARY_COST = 1000.0
# A short line of a list the article gives (IOCs, CVE ids, affected versions, steps) is content:
# it weighs a little, so a list that closes an article is kept with it.
LIST_ITEM_WEIGHT = 2.0
ANNOUNCING_MIN_WORDS = 4
# A table row none of whose cells is a sentence (`_weight`).
TABLE_ROW_WEIGHT = 0.0
# An article is at least this long before we believe a "Comments" marker closes it.
ARTICLE_BEFORE_END_WORDS = 60.0
# A "Comments" heading or a comment's permalink closes an article of one sentence already (a
# blog's one-line post above a long discussion): what follows is never the article.
ARTICLE_BEFORE_COMMENTS_WORDS = float(PROSE_MIN_WORDS)
AFTER_END_FACTOR = 0.3
# The lines of a section's head (subheadings, a short label) that may stand between the article's
# prose and the paragraph the capture's cut fell in (`_cut_in_prose`).
CUT_SECTION_HEAD_LINES = 3


@dataclass
class Cleaned:
    title: str
    text: str
    published_hint: str = ""  # a date found in the page header, if any


def _weight(line: Line, previous: str, following: str) -> float:
    if line.code:
        # A script or a log the article shows: it neither breaks the article's prose around it (a
        # diary's script between its explanation and its conclusion) nor makes an article alone.
        return 0.0
    text = line.text
    words = line_size(text)
    if _BOUNDARY.match(text) or comment_byline(text, following) or comment_notice(text, words):
        return -BOUNDARY_COST
    if widget_boundary(text, words):
        return -BOUNDARY_COST
    if player_fallback(text):
        return 0.0  # where a player sits between paragraphs: it neither breaks nor joins them
    if ("..." in text or "…" in text) and TRUNCATED.search(text) and words >= 5:
        return -TEASER_COST  # "… Lire plus" teaser summaries
    if text in (following, previous):
        return -TEASER_COST  # teaser titles are printed twice (image alt text, then headline)
    if line.link_only:
        return -LINK_LINE_COST
    if line.cells and not any(is_prose(cell, line_size(cell)) for cell in line.cells):
        # A table row is prose only if one of its cells is: "Web Apps, APIs and Microservices |
        # Denver | Oct 4th - Oct 9th 2025", a course table beside every diary of an outlet, is not.
        # It weighs nothing: a table inside an article neither breaks it nor makes one alone.
        return TABLE_ROW_WEIGHT
    if is_prose(text, words):
        return float(words)
    return -SHORT_LINE_COST


def _read_the_cut(lines: list[Line], weights: list[float]) -> None:
    """A capture cut short ends on a line ending in "…" (a saved page's limit, a corpus capped at
    a few thousand characters): that line is the article's paragraph where the cut fell, not a
    teaser, when the article's prose runs up to it (`_cut_in_prose`) or the line carries what an
    article's own lists carry (a CVE id, an indicator, a version: the cut fell in a table of
    flaws). Weighed as a teaser, it was dropped with what it states (the CVE id, the victim named
    in the last paragraph visible). In place: the last weight becomes the line's own — a paragraph
    the cut fell in weighs its words, as prose does —, and the last line's text loses its cut
    link's target and ends on one "…"."""
    if len(lines) < 2 or weights[-1] != -TEASER_COST:
        return
    last = lines[-1]
    in_lead = not _cut_in_prose(lines, weights) and cut_in_lead(lines)
    in_prose = in_lead or _cut_in_prose(lines, weights)
    if not (in_prose or _TECHNICAL.search(last.text)):
        return
    # A link the cut fell into keeps its text ("[deadlock](https://exa…" → "deadlock").
    text = _CUT_LINK.sub(r"\1", TRUNCATED.sub("", last.text).rstrip()).rstrip()
    text = _CUT_LINK_TEXT.sub(r"\1", text).rstrip()
    if in_lead:
        # The lead is all there is of the article: its last word, most often a stump of one
        # ("…a Chinese national arrested at M…"), is not read as a name.
        text = text.rsplit(" ", 1)[0].rstrip(" ,;:-–—(")
    if text and not ("..." in text[-4:] or "…" in text[-2:]):
        lines[-1] = replace(last, text=text + "…")
        weights[-1] = _weight(replace(last, text=text), lines[-2].text, "")
        # Not in readers' comments: a comment cut short is no paragraph of the article.
        in_comments = any(
            opens_comments(line) or comment_byline(line.text, lines[index + 1].text)
            for index, line in enumerate(lines[:-1])
        )
        if in_prose and not listing(text) and not sharing_call(text) and not in_comments:
            # Cut mid-sentence, the paragraph lost its full stop and often most of its words:
            # "Police named the suspect, a man (41) of Varnholt, who was…" is prose however short.
            weights[-1] = max(weights[-1], float(line_size(text)))


def _cut_in_prose(lines: list[Line], weights: list[float]) -> bool:
    """Whether the article's prose runs up to the last line: the line above is prose, or the last
    line is a paragraph's length and only a section's head stands between it and the prose above —
    up to CUT_SECTION_HEAD_LINES subheadings or short lines ("## Fixes"; "## Integrate with X",
    "### Why is it important?"; "#### Input checks", "@mandatory:"), then the section's first
    paragraph, where the cut fell. A section opened by a heading and its sub-heading lost its
    paragraph at the cut on 3 of 56 pages of a sample of news-dev (seed 3030), one heading only
    being allowed."""
    if weights[-2] > 0:
        return True
    if line_size(lines[-1].text) < PROSE_MIN_WORDS:
        return False
    for above in range(len(lines) - 2, max(-1, len(lines) - 2 - CUT_SECTION_HEAD_LINES - 1), -1):
        if weights[above] > 0:
            # at least one of the lines between is a subheading — a heading, or a line all in bold
            # ("**Conclusion**", as 24 unlabelled pages of news-dev, most of one blog platform,
            # head the section the cut fell in: 18 lost its paragraph): short lines alone under
            # prose are a menu or teasers' labels as often as a section's head
            return any(
                lines[index].heading >= 2 or lines[index].label for index in range(above + 1, len(lines) - 1)
            )
        line = lines[above]
        if line.heading == 1 or weights[above] < -LINK_LINE_COST:
            return False  # the headline, a boundary, a teaser
        if not line.text.strip("-*_ "):
            return False  # a thematic break: what follows it is an outlet's trailer as often
        if not line.heading and (line.link_only or line.listed or weights[above] != -SHORT_LINE_COST):
            return False
    return False


def _credit_lists(lines: list[Line], weights: list[float]) -> None:
    """Short lines that belong to a list the article gives gain LIST_ITEM_WEIGHT: a line carrying
    an indicator, a CVE id or a version; an item of a list that a sentence announces ("The fixed
    flaws are:", then "- …" items: steps, affected products), and a roundup's linked items of a
    headline's length ("Last week on the blog:", then "* [X confirms breach](…)"). Menus (links of
    a word or two), teasers (truncated, repeated), headline lists nothing announces and section
    markers keep their cost."""
    announced = by_prose = False
    for index, line in enumerate(lines):
        if not line.listed:
            # "…the following steps:" announces the list items below it.
            long_enough = len(line.text.split()) >= ANNOUNCING_MIN_WORDS
            announced = line.text.endswith(":") and long_enough and weights[index] > -TEASER_COST
            # A sentence of the article announcing them ("attacks rely on unpatched versions of the
            # following plugins:"): its items are its content whatever their case or length.
            by_prose = announced and len(line.text.split()) >= PROSE_MIN_WORDS
        if by_prose and line.listed and weights[index] == -SHORT_LINE_COST:
            weights[index] = LIST_ITEM_WEIGHT
            continue
        if line.heading == 1:
            # The page's headline (or its site's name) is left out of the text: credited for its
            # version ("Wireshark 4.4.2 Released"), it tied with a one-sentence post's line below it
            # and, first, was the run kept — an empty text (7 unlabelled diaries of news-dev lost
            # their post and its CVE ids).
            continue
        words = line.text.split()
        # Title Case Items are headlines of other articles, even right after a list; but an item
        # whose names fill its words between two items in sentence case is one of the same list
        # ("Fake Microsoft Teams for Mac delivers Atomic Stealer" among a roundup's own items).
        item = (
            announced
            and line.listed
            and len(words) >= 2
            and (_sentence_case_item(line) or _between_sentence_case_items(lines, index))
        )
        if weights[index] == -LINK_LINE_COST:
            # A roundup's own items are links to its stories ("Last week on the blog:", then "* [X
            # confirms breach](…)"): a headline's worth of words in an announced list is the
            # article, a menu's one or two words are not.
            if item and len(words) >= ANNOUNCING_MIN_WORDS:
                weights[index] = LIST_ITEM_WEIGHT
            continue
        # A table's rows too: a row of a CVE id, a version, an indicator is the article's list.
        if weights[index] != -SHORT_LINE_COST and not (line.cells and weights[index] == TABLE_ROW_WEIGHT):
            continue
        if item or _TECHNICAL.search(line.text):
            weights[index] = LIST_ITEM_WEIGHT


def _lower_case(words: list[str]) -> bool:
    return sum(1 for word in words if word[:1].isupper()) <= len(words) / 2


def _sentence_case_item(line: Line) -> bool:
    """A list item of two words or more written in sentence case (its words after the first)."""
    words = line.text.split()
    return line.listed and len(words) >= 2 and _lower_case(words[1:])


def _between_sentence_case_items(lines: list[Line], index: int) -> bool:
    """Whether the list items just above and below `index` are both in sentence case."""
    if index == 0 or index + 1 >= len(lines):
        return False
    return _sentence_case_item(lines[index - 1]) and _sentence_case_item(lines[index + 1])


def _discount_after_article_end(lines: list[Line], weights: list[float]) -> None:
    """Once an article has been read, what follows a comments or related-articles marker is
    comments and teasers, however long: it keeps a fraction of its weight only, so a long
    discussion cannot outweigh the article above it. A "Comments" heading, a comment's permalink
    or a blog post's signature after one sentence of prose already ends the article: nothing after
    it is."""
    prose_seen = 0.0
    for index, line in enumerate(lines):
        if weights[index] > 0:
            prose_seen += weights[index]
        elif prose_seen >= ARTICLE_BEFORE_COMMENTS_WORDS and (
            opens_comments(line) or closes_post(lines, index)
        ):
            for later in range(index + 1, len(weights)):
                weights[later] = min(weights[later], 0.0)
            return
        elif prose_seen >= ARTICLE_BEFORE_END_WORDS and (
            _END_OF_ARTICLE.match(line.text)
            or comment_byline(line.text, lines[index + 1].text if index + 1 < len(lines) else "")
        ):
            for later in range(index + 1, len(weights)):
                if weights[later] > 0:
                    weights[later] *= AFTER_END_FACTOR
            return


def _best_segment(weights: list[float]) -> tuple[int, int]:
    """Indices [start, end) of the maximum-sum run (Kadane's algorithm)."""
    best, best_range = 0.0, (0, 0)
    total, start = 0.0, 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, index
        total += weight
        if total > best:
            best, best_range = total, (start, index + 1)
    return best_range


def _title(lines: list[Line], start: int) -> str:
    """The headline: the nearest Markdown heading above the article — a level-1 one of 4 words or
    more before a lower one ("# Headline", then "## its standfirst" just above the text) —, else
    the nearest line above it that reads like a headline (several words, not a date, not a repeated
    widget label)."""
    window = lines[max(0, start - 8) : start]
    headings = [line for line in window if line.heading and len(line.text.split()) >= 2]
    if headings:
        # A level-1 heading of 4 words or more is a headline; a shorter one is the site's name.
        first = (
            line.text for line in reversed(headings) if line.heading == 1 and len(line.text.split()) >= 4
        )
        return next(first, headings[-1].text)
    for line in reversed(window):
        words = line.text.split()
        if len(words) < 3 or len(line.text) > 250 or DATE_LINE.search(line.text):
            continue
        if _BOUNDARY.match(line.text) or line.link_only or len(set(words)) < len(words) / 2:
            continue
        return line.text
    return next((line.text for line in lines if line.heading == 1), "")


def _date_hint(lines: list[Line], start: int) -> str:
    for line in lines[:start]:
        match = re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", line.text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return date(year, month, day).isoformat()  # day-first, as in French and Dutch pages
            except ValueError:
                continue
    return ""


def clean_capture(text: str) -> Cleaned:
    """Return the article title and body of a plain-text or Markdown page capture."""
    lines = markdown_lines(text)
    if not lines:
        return Cleaned("", "")
    weights = [
        _weight(line, lines[i - 1].text if i else "", lines[i + 1].text if i + 1 < len(lines) else "")
        for i, line in enumerate(lines)
    ]
    for index in bio_box(lines):
        weights[index] = -SHORT_LINE_COST  # an author's box, no part of the article
    cards = card_lines(lines)
    for index in cards:
        weights[index] = -LINK_LINE_COST  # a link's text, whatever its length: a teaser or a box
    _read_the_cut(lines, weights)
    for index in ellipsis_leads(lines, weights):
        if weights[index] == -TEASER_COST:
            weights[index] = float(line_size(lines[index].text))  # the writer's "…", no teaser
    _credit_lists(lines, weights)
    for index in episode_links(lines):
        weights[index] = max(weights[index], float(line_size(lines[index].text)))
    _discount_after_article_end(lines, weights)
    start, end = _best_segment(weights)
    closing = first_closing(lines)
    if closing < start:
        # the run lies within a podcast's closing sections: the show notes are above them
        above = _best_segment(weights[:closing])
        if above[1] > above[0]:
            start, end = above
    end = closing_start(lines, start, trailer_start(lines, weights, start, end))
    if end == start:
        return Cleaned(_title(lines, len(lines)), "")
    # Short lines at the edges of the run cost nothing to drop: the run starts and ends on prose;
    # the article's own short sentences just above it are taken back.
    start = widen_to_opening_sentences(lines, weights, start, end, SHORT_LINE_COST)
    dropped = left_out(lines, start, end) | cards
    kept = (
        without_cross_references(line.text)
        for index, line in enumerate(lines[start:end], start)
        if line.heading != 1 and not sharing_call(line.text) and index not in dropped
    )
    body = [text for text in kept if text]
    return Cleaned(_title(lines, start), "\n\n".join(body), _date_hint(lines, start))
