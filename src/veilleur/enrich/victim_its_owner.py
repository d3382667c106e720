"""The owner of what an attack hit, written as "its" ("Harrods … confirm an attempted cyberattack on
its systems"): a candidate of `victim_model` the trigger rules did not read, marked `rule:its`."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.victim_admissible import admissible
from veilleur.enrich.victim_features import Candidate


@lru_cache(maxsize=1)
def _its_pattern() -> re.Pattern[str]:
    """An attack on what belongs to "its"/"their" owner, compiled on first use."""
    return re.compile(
        r"(?i)\b(?:(?:cyber[- ]?attacks?|attacks?|breach(?:es)?|intrusions?|hacks?|ransomware attacks?)\s"
        r"(?:on|of|against|affecting|targeting|into)\s(?:(?:one|some|all|parts?) of\s)?(?:its|their)\s"
        r"|(?:hacked|breached|compromised|deleted|encrypted|infiltrated|disrupted|crippled)\s"
        r"(?:(?:one|some|all|parts?) of\s)?(?:its|their)\s"
        # (not what a court or a promise speaks of: "claims that the bank breached its contract",
        # "compromised its ability to": a duty broken, no system attacked)
        r"(?!(?:\w+\s)?(?:contracts?|agreements?|duty|duties|obligations?|terms|promises?|ability)\b)"
        r"|\b(?:its|their)\s(?:\w+\s){0,2}?(?:systems?|networks?|servers?|databases?|infrastructure)\s"
        r"(?:were|was|had been|have been|has been)\s(?:\w+\s)?(?:hacked|breached|compromised|encrypted|"
        r"attacked|disrupted))"
    )


# A relative clause of an apposition ("X, the health authority that runs hospitals around Y, said its
# systems…", "X, which runs clinics in Y, says"): what it names is not the sentence's subject, the
# owner "its" speaks of.
_APPOSITION = re.compile(r",\s(?:the\s|a\s|an\s)?[^,.;]{0,60}?\b(?:that|which|who)\s[^,.;]{1,100},")

# Passages of the headline and lead where "its" is read: the headline and the first sentences, and the
# first sentence of the article (a subtitle, byline and date may come before it: The Register's pages).
_ITS_PASSAGES = 3
_SENTENCE_WORDS = 15


def _its_owner(found: dict[str, Candidate], passages: list[tuple[int, str]]) -> None:
    """The organisation an attack on "its" systems belongs to ("Harrods … confirm an attempted
    cyberattack on its systems", "an attacker deleted its GitHub and AWS resources"): the last
    name written before the attack in the same sentence that is no person's name of several words
    (one word the recogniser calls a person is most often a firm: "Kellbrook said … its network"),
    marked `rule:its`."""
    first = next((p for p in passages[1:] if len(p[1].split()) >= _SENTENCE_WORDS), None)
    for index, passage in passages[:_ITS_PASSAGES] + ([first] if first and first[0] >= _ITS_PASSAGES else []):
        match = _its_pattern().search(passage)
        if match is None:
            continue
        # (blanked, not cut: where each name is written stays where it was)
        before = _APPOSITION.sub(lambda m: " " * len(m.group(0)), passage[: match.start()])
        owners = [
            (before.rfind(c.name), c)
            for c in found.values()
            # (no person's: "its" is an organisation's; the recogniser calls one-word firms people)
            if (c.label not in {"PERSON", "PER"} or " " not in c.name)
            and before.rfind(c.name) >= 0
            and admissible(c)
        ]
        if owners:
            owner = max(owners, key=lambda o: (o[0], len(o[1].name)))[1]
            owner.features.add("rule:its")
            owner.rules_read_in.add(index)
