"""Pages whose kind is `other` whatever event they name: a roundup, a look back over a year's stories, a
hoax or a denial, a podcast episode.

A look back over a year's stories: "The weirdest security stories of 2022", "4 over-hyped security
vulnerabilities of 2022", "Story of the Year: global IT outages and supply chain attacks". Such a page
lists many events, each of its own kind, as a roundup does, and the guide (bench/data/intel/GUIDE.md §4
and §13) files roundups as `other`, whatever kind of event their headline names first. A year's report
of one threat's trends or figures ("2022 in review: DDoS attack trends", "Top 25 most dangerous software
weaknesses of 2023") is no list of stories: it keeps its kind (a report, or the threat's kind).

A view rather than a report: an opinion piece, a comment, a column or an interview, marked by the kicker
its outlet puts before the article ("Opinion Nobody likes…", "Interview Scattered Spider and…",
"Kommentar", "Tribune"). The guide files opinion as `other` and talks on what governments should do as
`policy-regulation`. Such a lead is rhetoric: it opens on the news of the day to argue from it ("Here we
go again. Another major Microsoft attack…"), so a kind of event that only the lead or the weight of the
page's words names is the view's occasion, not the page's event (category.py reads neither for it). What
its headline names stays its subject, and an attack it names takes the kind its lead gives ("Iran most
likely to launch destructive cyber-attack – ex-analyst", whose lead is about states' operations); so do
the policy and research words of its lead: a view on a government's act or on a defensive practice is
filed under them.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from veilleur.enrich.category_shapes import HOAX, PODCAST_PATH
from veilleur.enrich.roundups import is_roundup

# The kicker of a view: the article's first word, then its first sentence, capitalised ("Opinion It's been a
# devastating few weeks", "comment Here we go again"): EN, FR, DE, NL. (French "Comment protéger…" asks how.)
_VIEW_KICKER = re.compile(
    r"\A\W{0,3}(?:opinion|comment|column|interview|op-?ed|tribune|point de vue|éditorial|chronique|entretien|"
    r"kommentar|meinung|gastbeitrag|opinie|commentaar)\s+(?=(?-i:[\"“'‘A-Z]))",
    re.I,
)
# The kicker of a podcast episode's page, at the article's start or right after its dateline ("… Sat 13 Jul
# 2024 // 15:04 UTC  Kettle For this week's Kettle episode…": The Register's weekly podcast): an episode,
# which the guide files as `other` whatever its first subject.
_PODCAST_KICKER = re.compile(r"(?:\A|//\s*\d{1,2}:\d{2}\s*UTC\s+)\W{0,3}(?:Kettle|Podcast)\s+(?=[\"“'‘A-Z])")
# how far into the text a dateline and its kicker may stand (a subtitle and a byline come first)
PODCAST_KICKER_CHARS = 400
# A product or feature stirring privacy or security worries ("Recall feature raises privacy and security
# concerns", "delays Recall release over privacy concerns"): a debate over a product, industry news
# (the guide: `other`), not a defensive tool or a security feature, when the headline names no kind of event.
_CONCERN = re.compile(
    r"(?<!\w)(?:raises?|raising|raised|over|amid|sparks?|sparked|draws?|drew|faces?|facing) (?:[\w'’-]+ ){0,2}"
    r"(?:privacy|security)(?: and (?:privacy|security))? (?:concerns?|fears|worries|backlash|criticism|outcry)\b",
    re.I,
)
# The year looked back on: a year, "the year", "the past year" (EN/FR/DE/NL).
_YEAR = r"(?:(?:the )?(?:past |last )?year\b|20\d\d\b|l['’]année\b|des jahres\b|het jaar\b)"
# The year's stories, or an opinion's list of its events ("weirdest", "over-hyped"): EN, FR, DE, NL.
YEAR_REVIEW = re.compile(
    rf"(?<!\w)(?:stor(?:y|ies)|headlines|moments|histoires|geschichten|verhalen) (?:of|de|des|van|aus) {_YEAR}|"
    r"(?<!\w)(?:weirdest|strangest|oddest|funniest|silliest|over-?hyped|overhyped|underrated|most memorable)\b"
    rf"[^.;:]{{0,60}}? (?:of|in) {_YEAR}",
    re.I,
)


def year_review(title: str) -> bool:
    """The headline looks back over a year's stories, or lists its events by an opinion of them."""
    return YEAR_REVIEW.search(title) is not None


def no_single_event(title: str, url: str) -> bool:
    """A roundup, a year's review, a hoax or a denial, a podcast episode's page (its address's section):
    the guide files each as `other`, whatever kind of event the headline names."""
    return (
        is_roundup(title)
        or year_review(title)
        or HOAX.search(title) is not None
        or PODCAST_PATH.search(urlsplit(url).path) is not None
    )


def podcast_kicker(text: str) -> bool:
    """The article opens, or goes on after its dateline, on its outlet's kicker for a podcast episode."""
    return _PODCAST_KICKER.search(text[:PODCAST_KICKER_CHARS]) is not None


def product_controversy(title: str) -> bool:
    """The headline tells of privacy or security worries stirred (see _CONCERN)."""
    return _CONCERN.search(title) is not None


def view_piece(text: str) -> bool:
    """The article opens on its outlet's kicker for an opinion, a comment, a column or an interview."""
    return _VIEW_KICKER.match(text) is not None
