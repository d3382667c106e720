"""Is the page's purpose to promote a vendor, product, event or person rather than to report?

Vendor marketing, analyst rankings ("named a Leader in the Forrester Wave"), awards, webinar and
event invitations, sponsored and partner content, speaking schedules: such pages are never briefed,
whatever their topic (bench/data/intel/GUIDE.md §2). Outlets mark them in a few stable ways — a
label opening the article ("Sponsored Post", "Partner content", "Webinar"), a closing note ("a
contributed piece from one of our valued partners"), the headline or the address's slug — and
those marks are what we read. Threat research by a vendor is not promotional, so product words
alone ("our platform blocks this") never decide.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# The article opens with the outlet's own label for paid or partner content.
_LEAD_LABEL = re.compile(
    r"^\W{0,3}(?:sponsored(?: post| feature| content| article)?|partner content|paid content|advertorial|"
    r"webinar|contenu sponsorisé|publi-?rédactionnel|publireportage|gesponsord|anzeige|advertentie)\b",
    re.I,
)
# Notes the outlets append or prepend to contributed and sponsored pieces.
_NOTE = re.compile(
    r"contributed piece from one of our (?:valued )?partners|this article is (?:written and )?contributed by|"
    r"thanks to [^.]{2,60} for sponsoring|(?:is|was) sponsored by|(?:this|our) feed sponsor|"
    r"\(register here\)|register (?:now|here|today) (?:for|to)|save your (?:seat|spot)|reserve your (?:seat|spot)|"
    r"(?:live|on-demand|upcoming|free) webinar|webinar (?:gratuit|en direct)|inscrivez-vous (?:dès maintenant|ici)",
    re.I,
)
_TITLE = re.compile(
    r"\bwebinar\b|\bwebinaire\b|named (?:a|as a) leader|recogni[sz]ed as a leader|magic quadrant|forrester wave|"
    r"\bidc marketscape\b|upcoming speaking engagements|feed sponsor|\bsponsored\b|partner content|"
    r"is now (?:generally )?available|now generally available|\bintroducing\b|award winners|"
    r"excellence awards|\bwins? (?:the )?\d{4} [\w ]{0,30}award|customer (?:story|success)|"
    r"training courses?\b|join us at|see us at|meet us at|visit us at|"
    r"\b(?:live|on-demand) (?:demo|event)\b|free trial|\bdelivers? \d+% roi\b|^what[’']?s new in\b|"
    r"\bg2 (?:comparison|grid|report)|gartner peer insights|\bultimate guide to\b|"
    r"\bthe right (?:edr|xdr|mdr|siem|soar|sase|casb|dlp|solution|platform|vendor)\b",
    re.I,
)
# Vendor listicles and buyer's guides: "6 Steps to 24/7 In-House SOC Success", "Top 10 Trends to
# Expect", "4 things to look for in a ... solution", "How to set up ... in <product>".
_LISTICLE = re.compile(
    r"^(?:top \d+\b|\d+ (?:steps|ways|things|trends|reasons|best practices|key|must-have|questions|actionable|"
    r"overlooked|essential|critical steps)\b|"
    r"how to (?:set up|build|choose|get started|select|evaluate)\b)|\bwhat (?:enterprises|cisos|security teams|"
    r"organi[sz]ations) (?:must|need to|should) know\b",
    re.I,
)
# The address's slug says what the page is even when the stored page holds only menus.
_SLUG = re.compile(
    r"(?:recogni[sz]ed|named)-(?:as-)?a-leader|magic-quadrant|forrester-wave|marketscape|-awards?(?:-winners)?\b|"
    r"\bwebinar|sponsored|partner-content|generally-available|now-available|new-features?-in-|"
    r"announces-the-|digital-event|delivers-\d+-roi|upcoming-speaking-engagements|/customer-stor",
    re.I,
)
# A vendor's own site whose headline has the vendor announce, launch or support something of its own
# ("Microsoft shifts to a comprehensive SaaS security solution" on microsoft.com); the same words
# in a news outlet's headline about a vendor are reporting.
_OWN_NEWS = re.compile(
    r"\b(?:announces?|launch(?:es|ed)?|unveils?|introduc(?:es|ing)|expands?|shifts? to|delivers?|"
    r"now available|general availability|new (?:features?|capabilities)|solutions?|platforms?|suite|"
    r"supports)\b",
    re.I,
)
_BRAND = re.compile(r"[A-Za-z]{4,}")
# Outlets that publish vendors' thought-leadership under a house byline, with no other mark on the
# page once extracted (the guide, §13: The Hacker News articles bylined "The Hacker News"). Their
# reporters attribute what they write ("said", "told The Hacker News", "according to"): on the
# labelled pages every news article has at least 0.29 attributions per 100 words, every house piece
# at most 0.26 (23 of 23 under 0.27, 22 under 0.20). A long article that attributes nothing there is
# a house piece.
_HOUSE_BYLINE_OUTLETS = ("thehackernews.com",)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|stated|noted|reported|disclosed|revealed|warned|explained)\b", re.I
)
HOUSE_MIN_WORDS = 300
HOUSE_MAX_ATTRIBUTIONS = 0.2  # per 100 words
# How far into the article text the outlets' labels and notes are looked for.
_LEAD_CHARS = 200


def promotional_reason(title: str, text: str, url: str = "", lang: str = "en") -> str:
    """Why the page is promotional ("" when it is not): which mark was found. `lang` is the text's
    language: the house-byline test counts English attributions, so it reads English text only (a
    French summary of such an outlet's news attributes in French)."""
    if headline := _TITLE.search(title):
        return f"promotional headline: {headline.group(0)!r}"
    if _LISTICLE.search(title):
        return f"promotional listicle headline: {title[:60]!r}"
    if _LEAD_LABEL.search(text[:_LEAD_CHARS]):
        return "article labelled as sponsored or partner content"
    note = _NOTE.search(text)
    if note:
        return f"promotional note: {note.group(0)!r}"
    brand = _BRAND.match(title.strip())
    host = (urlsplit(url).hostname or "").casefold()
    if brand and brand.group(0).casefold() in host.split(".") and _OWN_NEWS.search(title):
        return f"the vendor's own announcement on its site: {brand.group(0)!r}"
    if host.endswith(_HOUSE_BYLINE_OUTLETS) and lang.startswith("en"):
        words = len(text.split())
        said = len(_ATTRIBUTION.findall(text))
        if words >= HOUSE_MIN_WORDS and 100 * said / words < HOUSE_MAX_ATTRIBUTIONS:
            return f"house-byline piece: {said} attributed statements in {words} words"
    slug = _SLUG.search(urlsplit(url).path)
    if slug:
        return f"promotional address: {slug.group(0)!r}"
    return ""
