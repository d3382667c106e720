"""Where the page says a victim is based in the sentence after it names it, calling it by its kind
or by its name's last word: "Lehigh Valley Health Network said … The Network is made up of 13
hospitals and is based in Pennsylvania", "The Examplecare Group, which runs 100 hospitals, shut its
network. The organization, which is Swiss-owned, said …". Not the attackers' group ("the group is
based in Russia" speaks of the gang): "group", "gang" and "team" are no kinds here."""

from __future__ import annotations

import re

from veilleur.enrich.geo import country_positions, demonym_positions

# The kinds a definite description gives a victim (not "group": a gang's word as much as a firm's).
_KINDS = (
    r"company|firm|business|biz|organi[sz]ation|hospital|health system|clinic|practice|insurer|provider|"
    r"network|bank|carrier|airline|operator|retailer|chain|manufacturer|maker|giant|university|college|"
    r"school|council|agency|charity|institution|centre|center"
)
# "The Network … is based in Pennsylvania", "The company, headquartered in Ohio,", "The organization,
# which is Swiss-owned": the description, its clause (no full stop between), the place's verb.
_BASED = re.compile(
    r"(?:(?:is|was)\s(?:also\s)?|,\s|\sand\s(?:is\s)?)(?:based|headquartered|located)\s(?:in|out\sof)\s(?:the\s)?"
    r"(?P<place>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})|"
    r"(?:is|was|,)\s(?:a\s)?(?P<owned>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)-(?:owned|based|headquartered)\b"
)
_WINDOW = 400  # characters after a mention where the next sentences still speak of it
_CLAUSE = 160  # characters from the description to the place


def _description(name: str) -> re.Pattern[str]:
    """The definite descriptions of the victim: "the company", "The Network" (its name's last word,
    but a gang's: "Group", "Team")."""
    last = name.split()[-1] if name.split() else ""
    own = (
        rf"|{re.escape(last)}" if last.isalpha() and last.casefold() not in {"group", "team", "gang"} else ""
    )
    return re.compile(rf"(?<![\w-])[Tt]he\s(?:{_KINDS}{own})\b(?![\w-])")


def anaphora_countries(name: str, text: str) -> list[str]:
    """The country where the sentences right after a mention of `name` say "the company" (or "The
    Network" of "… Health Network") is based; [] when they say none."""
    if not name:
        return []
    description = _description(name)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        for found in description.finditer(text, end, min(len(text), end + _WINDOW)):
            clause = text[found.end() : found.end() + _CLAUSE]
            clause = re.split(r"(?<=[a-z])\.(?=\s)|[;\n]", clause, maxsplit=1)[0]
            based = _BASED.search(clause)
            if based is None:
                continue
            place = based.group("place") or based.group("owned")
            codes = [
                code for code, start in [*country_positions(place), *demonym_positions(place)] if start == 0
            ]
            if codes:
                return codes[:1]
        at = text.find(name, end)
    return []
