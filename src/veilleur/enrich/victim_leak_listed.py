"""Wordings that name a victim without a verb of the attack next to it: a gang's leak site listing
the name ("SafePay posted X on its leak site", "X was added to the gang's leak blog") and a headline
that drops the copula ("X latest victim of Salesloft Drift attacks", "X newest target of …").

The relations of `victim_relations` read "X is the latest victim" and "victims include X"; these
shorter or indirect wordings left the name untied (`doc:untied`, the victim model's strongest weight
against). The features set are the model's existing `rel:object` (what a gang's leak site lists, as
"victims include X") and `rel:passive` (what the headline calls a victim), read by
`victim_relation_clauses.clause_ties`."""

from __future__ import annotations

import re
from functools import lru_cache

# What a gang publishes its victims on: "its leak site", "the group's dark web leak blog", "the
# extortion portal", "its data leak site" (FR "son site de fuite", NL "zijn leksite", DE "Leak-Seite").
_LEAK_SITE = (
    r"(?:(?:its|their|the|a)\s(?:[\w'’-]+\s){0,3}?(?:leak|extortion|shame|shaming|victim)\s?(?:site|blog|"
    r"portal|page|website)s?|(?:son|leur)\s(?:site|blog)\s(?:de\s)?(?:fuite|revendication)s?|"
    r"(?:zijn|haar|hun|de)\s(?:lek|leak)[- ]?(?:site|pagina)|(?:seiner|ihrer|der)\s(?:Leak|Datenleck)[- ]?Seite)"
)
# "posted X on its leak site", "listed X on the gang's leak blog", "added X to its leak site".
_LISTED_LEFT = r"(?i:\b(?:posted|posts|listed|lists|added|adds|named|names|put|puts|published|publishes)\s$)"
_LISTED_RIGHT = rf"(?i:^(?:['’]s?)?\s(?:(?:to|on|onto|in)\s){_LEAK_SITE})"
# "X was added to the leak site", "X appeared on the gang's leak site", "X a été ajoutée à son site".
_APPEARED_RIGHT = (
    rf"(?i:^(?:['’]s?)?(?:,\s[^,.;]{{2,70}},)?\s(?:(?:was|has been|were|have been|is)\s(?:added|listed|posted|named)\s"
    rf"(?:to|on)|(?:appeared|appears|showed up|popped up)\s(?:on|in))\s{_LEAK_SITE})"
)
# A headline without its copula: "X latest victim of …", "X newest target in …", "X next victim".
_HEADLINE_VICTIM = (
    r"^(?:['’]s)?\s(?:(?:is|becomes|became)\s)?(?:the\s)?(?i:latest|newest|most recent|next)\s(?:[\w-]+\s){0,2}?"
    r"(?i:victim|target)s?\s(?i:of|in|to)\b"
)


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in (_LISTED_LEFT, _LISTED_RIGHT, _APPEARED_RIGHT, _HEADLINE_VICTIM))


def leak_listed(passage: str, start: int, end: int) -> set[str]:
    """`rel:object` when a gang's leak site lists passage[start:end], `rel:passive` when the
    sentence calls it the latest victim without a copula."""
    listed_left, listed_right, appeared, headline = _compiled()
    right = passage[end : end + 160]
    out: set[str] = set()
    # (the right side first: anchored at the name, it fails at once on nearly every mention)
    if (
        listed_right.match(right) and listed_left.search(passage[max(0, start - 30) : start])
    ) or appeared.match(right):
        out.add("rel:object")
    if headline.match(right):
        out.add("rel:passive")
    return out
