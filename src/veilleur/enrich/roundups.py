"""The items of a roundup: weekly recaps, newsletters and podcast pages whose article is a list of
other stories' headlines ("A week in security": "* LockBit ransomware attacks Essendant", "*
Rubrik is latest victim of…"; a podcast's "Episode links:", each "Headline – Outlet.").

Each item is a headline of its own: victims are read in each the way they are in a page's headline
(`veilleur.enrich._victims`), since the roundup's own headline and lead name none of them.
"""

from __future__ import annotations

import re

from veilleur.text import HEADLINE_CHARS

# Roundups (podcasts, weekly recaps, newsletters) report many events: none is the main one.
_ROUNDUP = re.compile(
    r"podcast|week in security|weekly (?:recap|roundup|round-up)|\brecap\b|newsletter|\bround \d+|"
    r"last week on|this week in|infosec in brief|stormcast|the ai fix|aperçu hebdomadaire|revue de la semaine|"
    r"threatsday|weekly update|in brief\b|un aperçu des|tour d['’]horizon|en bref\b|wochenrückblick|"
    r"weekoverzicht|"
    # a conference's or a week's wrap-up ("RSAC wrap: …", "Week wrap-up")
    r"\bwrap(?:-?up)?:|\bwrap-up\b|"
    # a show's episode code ("(Lock and Code S06E04)") and a blog's birthday recap of its year
    r"\bs\d{1,2} ?e\d{1,3}\b|happy \d+(?:st|nd|rd|th) (?:birthday|anniversary)",
    re.I,
)
# A page whose headline does not say it is a roundup is one when its list holds most of its words.
LIST_SHARE = 0.6

# A list of headlines is at least this long; two short lines in a row are a byline and a date.
MIN_ITEMS = 3
# A headline's length in words: below, a menu item or a label; above, a paragraph.
ITEM_MIN_WORDS = 3
ITEM_MAX_WORDS = 28
# Items read at most (a long newsletter's first ones; each costs a headline's reading).
MAX_ITEMS = 30

_MARKER = re.compile(r"^\s*(?:[*+•·–-]|\d{1,2}[.)])\s+")
# "Norton LifeLock says … breached – TechCrunch.": the outlet that published the item.
# After a dash, a short source ("– Trail of Bits.", "– Zoom knowledgebase article."); after a hyphen,
# capitalised words only ("- Wired").
_ATTRIBUTION = re.compile(
    r"\s(?:[–—]\s[A-Z0-9][^–—]{0,40}?|-\s[A-Z][\w.&'’]*(?:\s[A-Z][\w.&'’]*){0,3})\.?\s*$"
)
# A sentence of prose ends so; a headline ends without a full stop, or with "!" or "?".
_PROSE_END = re.compile(r"[.;,:]\s*$")
# A brand's camel case opening a line: one to five lower-case letters, then a capital ("iPhone", "eBay").
_CAMEL_OPENING = re.compile(r"[a-z]{1,5}[A-Z]")


def is_roundup(title: str) -> bool:
    """The headline is a roundup's: a podcast episode, a weekly recap, a newsletter, "in brief"."""
    return bool(_ROUNDUP.search(title))


def _headline(line: str) -> str:
    """The line as a headline, or "" when it reads like prose, a label or a menu."""
    if len(line) > HEADLINE_CHARS:
        # No headline is this long (a page's own is read for HEADLINE_CHARS at most): a hostile
        # page's "words" of 200,000 letters would each go through every headline rule.
        return ""
    line = _ATTRIBUTION.sub("", _MARKER.sub("", line)).strip()
    words = line.split()
    if not ITEM_MIN_WORDS <= len(words) <= ITEM_MAX_WORDS or _PROSE_END.search(line):
        return ""
    # A headline starts with a capital, a digit or a quote ("“Just awful” experiment…"), or with a
    # brand written from a lower-case letter ("iPhone users warned…", "eBay fined…"): such a line
    # in the middle of a recap's list would end the run and lose the items before it.
    if not (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'" or _CAMEL_OPENING.match(line)):
        return ""
    return line


def roundup_items(text: str) -> list[str]:
    """Headlines listed one per line, in runs of at least MIN_ITEMS in a row (the roundup's list),
    in order, at most MAX_ITEMS. A paragraph of prose, a label ("Host:") or a line too short or
    too long ends a run. [] for an article of prose."""
    if text.count("\n") < MIN_ITEMS:
        return []
    out: list[str] = []
    run: list[str] = []
    for raw in [*text.split("\n"), ""]:
        if not raw.strip() or raw.strip() == "---":
            continue  # blank lines separate a capture's paragraphs
        item = _headline(raw)
        if item:
            run.append(item)
            continue
        if len(run) >= MIN_ITEMS:
            out += run
        run = []
    if len(run) >= MIN_ITEMS:
        out += run
    return list(dict.fromkeys(out))[:MAX_ITEMS]


def roundup_headlines(title: str, text: str) -> list[str]:
    """The items of the page's roundup list (`roundup_items`) when the page is a roundup: its
    headline says so, or the list holds most of its words (a recap headed by a date). [] for an
    article whose lists are its steps, versions or findings."""
    items = roundup_items(text)
    if not items or is_roundup(title):
        return items
    listed = sum(len(item.split()) for item in items)
    return items if listed >= LIST_SHARE * len(text.split()) else []
