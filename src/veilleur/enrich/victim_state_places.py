"""A US state or city whose own systems or data the article says were hit is a government victim.

"Rhode Island’s data from health benefits system leaked on the dark web", "Vermont’s systems were
breached": the place's possessive owns what was hit, so the place names its government (GUIDE.md §5: a
government named as a whole is a victim, a country alone is not). Every known place is vetoed as a
victim (`victim_admissible`: "known:place"), so such a state was never chosen, whatever its score.
Only the US places `geo.US_PLACES` lists (states and large towns, no country's name): "Ukraine’s
systems" stays a country, no victim.
"""

from __future__ import annotations

from veilleur.enrich.geo import US_PLACES
from veilleur.enrich.victim_features import Candidate

# What says the place's own things were hit: its possessive (`R1:possessive`) and a tie of its
# things to the attack (`victim_named_hit`'s "X's systems were encrypted", the relations' "stole X's data").
_OWN_THINGS_HIT = frozenset({"rel:asset_hit", "rel:asset"})


def us_place(name: str) -> bool:
    """Whether `name` is a US state or town `geo.US_PLACES` lists (its government, as a victim)."""
    return " ".join(name.split()).casefold() in US_PLACES


def state_hit(candidate: Candidate) -> bool:
    """Whether `candidate` is a US state or city whose own systems or data were hit."""
    return (
        "R1:possessive" in candidate.features
        and bool(candidate.features & _OWN_THINGS_HIT)
        and us_place(candidate.name)
    )
