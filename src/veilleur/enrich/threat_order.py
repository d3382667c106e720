"""Which actor a page is about: the one the event is attributed to comes first, not one the article
cites only for comparison ("similar to X", "like X before it", "X's former affiliates"). The
briefing's heading takes the first actor: a page on a new gang compared to LockBit was headed by
LockBit. Every actor stays listed (the guide labels groups of background paragraphs too)."""

from __future__ import annotations

import re
from itertools import islice

from veilleur.models import Named
from veilleur.text.whole_names import name_spans

# Words before a name that cite it to compare, not to attribute: "similar to X", "unlike X",
# "reminiscent of X", "à l'instar de X", "former X affiliates".
_COMPARED_BEFORE = re.compile(
    r"\b(?:similar(?:ly)? to|(?:just\s)?like|unlike|reminiscent of|resembl(?:es|ing|ed|e)|compared (?:to|with)|"
    r"inspired by|modell?ed (?:on|after)|copycat of|mimick?(?:s|ing|ed)|in the (?:style|footsteps) of|"
    r"former|ex-|à l['’]instar de|comme|semblable à|rappelant|anciens? affiliés de|zoals|ähnlich wie)"
    r"\s(?:the\s|le\s|la\s|les\s|de\s)?(?:[\w-]+\s){0,2}?$",
    re.I,
)
# Words after a name that make it another group's: "X's former affiliates", "like X before it",
# "ex-X members", "X did before".
_COMPARED_AFTER = re.compile(
    r"(?:['’]s)?\s(?:former|ex-|old|previous|onetime)\s?(?:affiliates?|members?|operators?|developers?|partners?)"
    r"|\s(?:before (?:it|them|him|her)|did before|once did|used to)\b"
    r"|\s(?:affiliates?|members?|operators?)\s(?:who|that)\s(?:left|defected|moved|joined)\b",
    re.I,
)
# Mentions read per name: a page naming a group a thousand times is decided by its first ones.
_MENTIONS = 20


def _compared_only(actor: Named, text: str) -> bool:
    """Whether every mention of the actor (any of its names) cites it for comparison."""
    names = dict.fromkeys(n for n in (actor.name, *actor.aliases) if n.strip())
    # The first mentions in the text, whichever name they use: past _MENTIONS the mentions read
    # first decide, and reading one name's before another's (a set's order, which follows the
    # process's hash seed) gave one page two answers on two runs.
    found = [span for name in names for span in islice(name_spans(text, name), _MENTIONS + 1)]
    found.sort(key=lambda span: (span[0], -span[1]))
    for seen, (start, end) in enumerate(found):
        if seen >= _MENTIONS:
            return True
        before = text[max(0, start - 40) : start]
        if not (_COMPARED_BEFORE.search(before) or _COMPARED_AFTER.match(text, end)):
            return False
    return bool(found)


def attributed_first(actors: list[Named], text: str) -> list[Named]:
    """The actors in order, those the text cites only for comparison last (each list's order kept)."""
    compared = [_compared_only(actor, text) for actor in actors]
    return [a for a, c in zip(actors, compared, strict=True) if not c] + [
        a for a, c in zip(actors, compared, strict=True) if c
    ]
