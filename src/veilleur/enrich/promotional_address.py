"""The address's slug as a promotional mark (promotional.py reads it last, as the weakest one).

The slug says what the page is even when the stored page holds only menus: an analyst ranking
("…-named-a-leader-…", "…-magic-quadrant-…"), an award, a webinar, sponsored or partner content, a
launch, a buyer's guide, a job offer, a funding round (GUIDE.md §2).

An award is the vendor's only when it is a prize: a court's or an arbitrator's award of money is
a judgment ("bungie-wins-4-3-million-award-against-cheat-seller", "…-vacates-47m-damages-award"),
and "awards" before a sum is the verb ("google-awards-250000-for-chrome-bugs": a bug bounty paid).
"""

from __future__ import annotations

import re

from veilleur.text.prefilter import screened

# (the lookbehinds: a sum or a court's word before "award" — "13-5m-award", "4-3-million-award",
# "damages-award", "jury-award"; the lookahead: "awards" followed by a sum is the verb, by a year
# the prize's edition: "security-excellence-awards-2024")
_AWARD = (
    r"(?<!\dm)(?<!\dk)(?<!\dbn)(?<!million)(?<!billion)(?<!damages)(?<!jury)(?<!court)(?<!arbitration)"
    r"-awards?(?:-winners)?\b(?!-(?:(?!(?:19|20)\d\d\b)\d|\$|usd|eur|gbp|over|more|up-to))"
)
SLUG = screened(
    rf"(?:recogni[sz]ed|named)-(?:as-)?a-leader|magic-quadrant|forrester-wave|marketscape|{_AWARD}|"
    r"\bwebinar|sponsored|feed-sponsor|partner-content|generally-available|now-available|new-features?-in-|"
    r"announces-the-|digital-event|delivers-\d+-roi|upcoming-speaking-engagements|/customer-stor|"
    r"practical-guide-to|buyers?-guide|how-to-choose|comment-choisir|guide-d-achat|we-re-hiring|"
    r"offre-d-emploi|vacature|stellenangebot|series-[a-f]-funding|levee-de-fonds",
    re.I,
)
