"""Lines that a page's widgets, or an outlet's credits, print in and around its articles and that
no reader takes for the article: a media player's fallback ("Your browser does not support the
audio element", bracketed as a capture writes it), a site search box's help ("Auto-suggest helps
you quickly narrow down your search results…"), a podcast's credits ("Show notes and credits:")
and an outlet's sponsor slot ("This week's sponsor: …"). `extract.text` weighs a capture's lines:
a credits heading, a sponsor slot and a search box's help are boundaries that the article does not
cross; a player's fallback weighs nothing, and it and a newsletter prompt set between the article's
paragraphs ("Sign up to our free newsletter.") are left out of the text."""

from __future__ import annotations

import re

from veilleur.extract.capture_lines import Line

# The heading of a podcast's credits, which close its show notes: its theme tune, its music's
# licence. Whole lines only. On news-dev "Show notes and credits:" closes 11 pages of one outlet's
# podcast.
_CREDITS = re.compile(r"^(?:show notes and credits|(?:music|episode) credits)\s*:?\s*$", re.I)
# An outlet's sponsor slot printed above every article ("This week's sponsor: Browse privately with
# …", 57 pages of one outlet of news-dev): a pitch, not the article, whatever its length.
_SPONSOR_SLOT = re.compile(r"^this (?:week|month)['’]s sponsors?\s*:", re.I)
SPONSOR_SLOT_MAX_WORDS = 40
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# A site search box's help text (a community platform's "Auto-suggest helps you quickly narrow down
# your search results by suggesting possible matches as you type."): the page's widgets start here.
_SEARCH_BOX = re.compile(r"^auto-suggest helps you (?:quickly )?narrow down your search", re.I)
# A media player's fallback text ("Your browser does not support the audio element"), printed
# where the player sits, between a podcast page's paragraphs (75 pages of one outlet of news-dev).
_PLAYER_FALLBACK = re.compile(
    r"^\[?your browser does not support (?:the |this )?(?:html5 )?(?:audio|video)"
    r"(?: element| tag| player)?\W*$",
    re.I,
)


def widget_boundary(text: str, words: int) -> bool:
    """A podcast's credits heading, an outlet's sponsor slot or a search box's help: the article
    lies on one side of it, never across."""
    # (a word joiner or zero-width space a page prints before a widget does not hide it)
    text = text.lstrip(_INVISIBLE)
    if text[:1] not in "SsTtMmEeAa":
        return False
    if _CREDITS.match(text) or _SEARCH_BOX.match(text):
        return True
    return words <= SPONSOR_SLOT_MAX_WORDS and bool(_SPONSOR_SLOT.match(text))


# The headings of the sections that close a podcast's show notes: its sponsors' pitches, its call for
# support, its social accounts ("Sponsored by:", "Support the show:", "Follow us:", then "Thanks:" and
# the theme tune): 44 pages of one outlet's podcasts of news-dev kept them as the episode's text.
# Whole lines only, with their colon.
_SHOW_CLOSING = re.compile(r"^(?:sponsored by|support the show|follow us)\s*:$", re.I)


def closing_start(lines: list[Line], start: int, end: int) -> int:
    """The end of the show notes within the run `lines[start:end]`: the first heading of a podcast's
    closing sections, else `end`. The run is chosen with them, and only then cut: the sponsors'
    pitches weigh as prose and carry the episode's links above them (short lines, which cost), and
    these links are the notes."""
    for index in range(start + 1, end):
        text = lines[index].text
        if text[:1] in "SsFf" and len(text) <= 20 and _SHOW_CLOSING.match(text):
            return index
    return end


def first_closing(lines: list[Line]) -> int:
    """The index of the first heading of a podcast's closing sections, or len(lines). When the best
    run of lines starts below it, that run is the closing sections themselves (a call for support
    of 43 words outweighed an episode's three short paragraphs on 6 pages of one outlet of
    news-dev, and the run was then cut to that call): the show notes are the best run above it."""
    for index, line in enumerate(lines):
        text = line.text
        if text[:1] in "SsFf" and len(text) <= 20 and _SHOW_CLOSING.match(text):
            return index
    return len(lines)


def player_fallback(text: str) -> bool:
    """A media player's fallback text: no line of the article, wherever it sits."""
    return text[:1] in "Yy[" and bool(_PLAYER_FALLBACK.match(text))


# An outlet's newsletter prompt set between an article's paragraphs, as a link the capture broke
# over two lines ("[Sign up to our free newsletter." then "Security news, advice, and tips.](/…)"):
# 42 pages of one outlet of news-dev kept both halves, brackets and address included, in the middle
# of the article. Its words cost less than the paragraphs around them weigh, so the article is read
# across it; it is left out of the text. A prompt of a line's length only, whole, at its start.
_NEWSLETTER_PROMPT = re.compile(
    r"^\[?(?:sign up|subscribe|register) (?:for|to) (?:our|the) (?:free |weekly |daily )?newsletters?\b", re.I
)
PROMPT_MAX_WORDS = 10


def left_out(lines: list[Line], start: int, end: int) -> set[int]:
    """Indices of the lines of the run `lines[start:end]` that are kept out of the article's text:
    a player's fallback, a newsletter prompt, and the second half of a prompt's link broken over two
    lines (the line after an unclosed "[Sign up…" that closes it with "](address)")."""
    out: set[int] = set()
    for index in range(start, end):
        text = lines[index].text
        if player_fallback(text):
            out.add(index)
        elif len(text.split()) <= PROMPT_MAX_WORDS and _NEWSLETTER_PROMPT.match(text):
            out.add(index)
            tail = lines[index + 1].text if index + 1 < end else ""
            if text.startswith("[") and "]" not in text and "](" in tail and "[" not in tail:
                out.add(index + 1)
    return out


# The heading of a podcast's episode links: the stories the episode discusses, one linked headline a
# line ("Episode links:", then "* [Bank fined over leaked files](…) – The Courier."). Whole lines.
_EPISODE_LINKS = re.compile(
    r"^(?:episode links|links (?:from|in|for) (?:this|the) episode|stories (?:discussed|covered))\s*:?\s*$",
    re.I,
)


def episode_links(lines: list[Line]) -> list[int]:
    """The indices of the list items under a podcast's "Episode links:" heading. They are the show
    notes' content — the headlines of what the episode discusses —, but, links of a headline's
    length each, they weighed as a menu: on 28 of the 69 unlabelled news-dev pages of one outlet's
    podcasts that print them, every one was lost and the text held the episode's blurb alone."""
    found: list[int] = []
    under = False
    for index, line in enumerate(lines):
        if line.heading or not line.listed:
            under = bool(_EPISODE_LINKS.match(line.text))
            continue
        if under:
            found.append(index)
    return found


# A card: a link whose text runs over several lines of the capture — "[" alone on its line (its image
# already read away), the card's headline and summary, then "Read Now](https://…)" closing it. An
# outlet's teasers of its other articles and its sponsors' boxes ("[", "10 Steps to Microsoft 365
# Cyber Resilience", a pitch, "Read Now](…)") are printed so, between an article's paragraphs or
# under them: read line by line, the card's summary weighed as prose and was kept with the article
# (30 unlabelled pages of one outlet of news-dev, with another article's victim or CVE, or a pitch).
# No article's paragraph is the text of a link running over lines.
_CARD_CLOSE = re.compile(r"^[^\[]*\]\((?:https?://|/)[^()\s]*(?:\s+\"[^\"]*\")?\)\s*$")
CARD_MAX_LINES = 8


def card_lines(lines: list[Line]) -> set[int]:
    """Indices of the lines of cards (`_CARD_CLOSE`): from a line that is a lone "[" to the line,
    at most CARD_MAX_LINES below it, that closes its link; a bracket opened again before the close
    is not a card."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if line.text != "[" or line.code:
            continue
        for close in range(index + 1, min(len(lines), index + CARD_MAX_LINES + 1)):
            text = lines[close].text
            if _CARD_CLOSE.match(text):
                found.update(range(index, close + 1))
                break
            if "[" in text or "](" in text:
                break
    return found
