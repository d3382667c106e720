"""Whether a galaxy's name found in the text is a threat's there: "ok" for a threat's name, "maybe"
for a name that needs a threat word it lacks ("Hive" alone), "no" for an alias, a campaign, an
everyday word, a place or a firm that only looks like a threat's name. Read by `threat_mentions`
for each name of the MISP galaxies the text holds."""

from __future__ import annotations

import re

from veilleur.enrich.geo import is_place
from veilleur.enrich.threat_borrowed import borrowed_name, campaign_named
from veilleur.enrich.threat_brand_deeds import brand_at_work, is_ransomware_brand
from veilleur.enrich.threat_context import Covering
from veilleur.enrich.threat_handles import a_family_named
from veilleur.enrich.threat_kinds import (
    DEFENCE_AFTER,
    acronym_plural,
    attacker_deed_after,
    family_named_before,
    group_named_before,
)
from veilleur.enrich.threat_targets import in_target_list
from veilleur.enrich.threat_words import (
    COMPANY_FORM,
    DESCRIPTION,
    NEVER,
    NEXT_TO,
    THREAT_CONTEXT,
    VENDOR_SCHEME,
    _everyday_thing_after,
    acronym_at_work,
    all_words,
    capitals_heading,
    distinctive,
    has_context,
    inside_longer_name,
)

# A kind word that a galaxy's name may end with ("Agenda Ransomware"): the name without it is the same.
_KIND_AFTER = re.compile(r"\s(?:ransomware|malware|group|gang|team|crew)$", re.I)
_KIND_NEXT = re.compile(r"\s(?:ransomware|malware|group|gang|team|crew)\b", re.I)


def name_status(
    text: str,
    match: tuple[int, int, str],
    entry: tuple[str, str, tuple[str, ...]],
    aliases: Covering,
    lists: Covering,
    others: frozenset[str],
) -> str:
    """ "ok": a threat's name; "maybe": a name that needs a threat word it lacks ("Hive" alone);
    "no": an alias, a campaign, a word, a place ("Turkish entities") or a firm that only looks like a name."""
    start, end, written = match
    kind, canonical, synonyms = entry
    # ("Qilin, also called Agenda" makes "Agenda ransomware", wherever it stands, the alias too)
    # ("also referred to as A, Gwisin Gang": the alias with its kind word, where a galaxy lists "Gwisin")
    kind_next = _KIND_NEXT.match(text, end)
    if (
        aliases.covers(start, end)
        or _KIND_AFTER.sub("", written).casefold() in others
        or (kind_next is not None and f"{written}{kind_next.group(0)}".casefold() in others)
    ):
        return "no"
    letters = [c for c in written if c.isalpha()]
    exact_case = (
        written == written.upper()
        or (bool(letters) and letters[0].isupper())
        or any(c.isupper() for c in written[1:])  # "zgRAT"
    )
    listed = lists.covers(start, end)
    # A name in capitals is a threat's next to a gang's word or in a list of threats ("stealers like
    # AMOS, Vidar and Lumma"), elsewhere an acronym ("CPU").
    named_acronym = acronym_at_work(text, start, end, written) or (
        listed and written.isupper() and written.isalpha()
    )
    if (
        not exact_case
        or written.casefold().startswith("operation ")
        or written.casefold() in NEVER
        or canonical.casefold() in NEVER
        or (DESCRIPTION.search(written) and not named_acronym)
        or COMPANY_FORM.match(text, end)
        or DEFENCE_AFTER.match(text, end)
        or (is_place(written) and not (lists.covers(start, end) or NEXT_TO.search(text[end : end + 30])))
        or inside_longer_name(text, start, end, written)
        or acronym_plural(written, (canonical, *synonyms))
        or _everyday_thing_after().match(text, end) is not None
        or capitals_heading(text, start, end, written)
        or borrowed_name(text, start)  # "researcher Jo Rizzo", "impersonate brands like BlackRock"
        or in_target_list(text, start)  # "military systems such as DELTA, Teneta, and Kropyva"
        or (kind == "actor" and campaign_named(text, start, end))  # "the group behind the X attacks"
        or (
            kind == "actor" and a_family_named(text[max(0, start - 60) : start])
        )  # 'malware called "Group 13"'
    ):
        return "no"  # a campaign's name, not its actor's; or a word (or firm) that only looks like a name
    # "the exfiltration tool, dubbed X": a family's noun and a naming verb make even a word a family's name
    called = kind == "malware" and family_named_before(text[max(0, start - 60) : start])
    # "a hacking group referred to as Blackwood": a group's noun and a naming verb, for a group
    called = called or (kind == "actor" and group_named_before(text[max(0, start - 60) : start]))
    # "Bronze Starlight targets the gambling sector": the group's deed makes its name a group's
    called = called or (kind == "actor" and attacker_deed_after(text, end))
    # "Lynx claimed the attack", "Play, a RaaS operation": a ransomware brand of the galaxies (of either
    # kind) that the text presents as a gang at work, whatever English word its name is
    called = called or (is_ransomware_brand(written, canonical) and brand_at_work(text, start, end))
    if not (distinctive(written) or listed or called or has_context(text, start, end, written)):
        return "maybe"
    if (
        not (called or listed)
        and distinctive(written)
        and " " in written
        and all_words(written)
        and not VENDOR_SCHEME.search(written)
        and not THREAT_CONTEXT.search(text[max(0, start - 150) : end + 150])
    ):
        return "no"  # "George Orwell, Animal Farm": words that a galaxy also lists, far from any threat
    return "ok"
