"""Influence operations named as such: "a Russian influence operation called Doppelganger",
"“Doppelganger,” a disinformation network", "the Spamouflage influence campaign", "l'opération
d'influence baptisée X", "die Desinformationskampagne „X“", "de desinformatiecampagne X". The
network behind fake news sites and troll accounts is the actor the article names (guide §6, like
a hacktivist group); an attack campaign's name stays a campaign (`threat_context.campaign_names`)."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.geo import is_place
from veilleur.enrich.threat_naming import NAMING_VERB
from veilleur.enrich.threat_words import coined
from veilleur.text.prefilter import fold
from veilleur.text.screened_union import ScreenedUnion, branches

# What the operation is: influence, disinformation or propaganda, as an operation, a network or a
# campaign ("influence operation", "disinformation network", "propaganda campaign", "troll farm").
KIND = (
    r"(?:(?i:influence|disinformation|misinformation|propaganda)\s(?:operations?|networks?|campaigns?|ops)|"
    r"troll\s(?:farms?|factory|networks?))"
)
# (up to three words: "the Internet Research Agency"; a dot only inside a word: "Kenya. These" is none)
_NAME = r"((?:The\s)?[A-Z][\w$-]{1,30}(?:\.[\w$-]+)*(?:[^\S\n][A-Z][\w$-]{1,20}){0,2})"
_NAMING = rf"(?:{NAMING_VERB}|tracked\sas|nicknamed)"


@lru_cache(maxsize=1)
def influence_union() -> ScreenedUnion:
    """The shapes in the module's docstring, read branch by branch: a page that names an influence
    operation's kind rarely writes all the words of the seven (`veilleur.text.screened_union`: the
    same matches). Compiled at first use, not at import."""
    return ScreenedUnion("", branches(_influence_source()))


def _influence_source() -> str:
    french = (
        r"(?i:opérations?\sd['’]influence|campagnes?\sde\s(?:désinformation|propagande)|réseaux?\sde\s"
        r"(?:désinformation|propagande))"
    )
    germanic = (
        r"(?i:Desinformationskampagne|Einflussoperation|Propagandakampagne|Desinformationsnetzwerk|"
        r"desinformatiecampagne|beïnvloedingsoperatie|beïnvloedingscampagne|desinformatienetwerk)"
    )
    return (
        # the kind, then the name: "an influence operation called X", "the influence campaign “X”"
        rf"\b{KIND}(?:,)?\s(?:{_NAMING}\s)?[\"“‘']{_NAME}|\b{KIND}(?:,)?\s{_NAMING}\s{_NAME}|"
        # the name, then the kind in its apposition: "“X,” a disinformation network", "X, a pro-Russian
        # influence operation"
        rf"(?<![\w'’])[\"“‘']?{_NAME}(?:[.]?[\"”’']?,|,[\"”’'])\s(?:a|an|the)\s(?:[\w'’-]+\s){{0,3}}?{KIND}\b|"
        # the name as the kind's modifier, in quotes or coined: "the “X” influence operation"
        rf"[\"“‘']{_NAME}[\"”’']\s{KIND}\b|"
        rf"\b{french}\s(?:(?i:baptisée?|appelée?|nommée?|dite?|surnommée?)\s)?[«\"“]\s?{_NAME}|"
        rf"\b{french}\s(?i:baptisée?|appelée?|nommée?|dite?|surnommée?)\s{_NAME}|"
        rf"\b{germanic}\s[„\"“]?{_NAME}"
    )


# A coined name as the kind's modifier, unquoted: "the Spamouflage influence operation" (a word
# there is the text's own: "the Chinese influence operation", "a large disinformation campaign").
_MODIFIER = re.compile(rf"\b{_NAME}\s{KIND}\b")


_DESCRIBED = re.compile(r"-[a-z]+(?:ed|ing)$|^(?:These|Those|This|That|Such|Its|Their)$")


def influence_operations(text: str) -> list[str]:
    """Names of influence operations, in order."""
    folded = fold(text)
    if not any(
        w in folded for w in ("influence", "informati", "propagand", "troll", "einfluss", "beinvloed")
    ):
        return []
    out: list[str] = []
    found = [next(g for g in m.groups() if g) for m in influence_union().finditer(text)]
    found += [m.group(1) for m in _MODIFIER.finditer(text) if coined(m.group(1))]
    for name in found:
        name = re.sub(r"^The\s", "", name).rstrip(".")
        if _DESCRIBED.search(name) or is_place(name):  # ("the Chinese influence operation")
            continue  # "a Russian-government backed, AI-enabled propaganda campaign": words, no name
        if name not in out:
            out.append(name)
    return out
