"""Pages whose kind is `other` whatever event they name: a roundup, a look back over a year's stories, a
hoax or a denial, a podcast episode.

A look back over a year's stories: "The weirdest security stories of 2022", "4 over-hyped security
vulnerabilities of 2022", "Story of the Year: global IT outages and supply chain attacks". Such a page
lists many events, each of its own kind, as a roundup does, and the guide (bench/data/intel/GUIDE.md §4
and §13) files roundups as `other`, whatever kind of event their headline names first. A year's report
of one threat's trends or figures ("2022 in review: DDoS attack trends", "Top 25 most dangerous software
weaknesses of 2023") is no list of stories: it keeps its kind (a report, or the threat's kind).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from veilleur.enrich.category_shapes import HOAX, PODCAST_PATH
from veilleur.enrich.roundups import is_roundup

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
