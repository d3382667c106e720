"""Threat actors and malware: the names `threat_mentions` finds in the text, normalised to the MISP
galaxies' canonical names with their aliases, plus names the galaxies do not know yet, caught by
how articles introduce them ("the X ransomware", "le groupe X", "APT41", "UNC3944"); which of them
are state actors or ransomware brands."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from veilleur.enrich.galaxies import clusters
from veilleur.enrich.new_threats import NAMED_GROUP, UNKNOWN_ACTOR
from veilleur.enrich.threat_brand_deeds import ransomware_names as _ransomware_names
from veilleur.enrich.threat_brand_deeds import squash as _squash
from veilleur.enrich.threat_brand_kinds import brand_kind
from veilleur.enrich.threat_context import SCHEMES, brand_is_group
from veilleur.enrich.threat_described import described_union, may_describe_actor
from veilleur.enrich.threat_family_groups import family_not_group
from veilleur.enrich.threat_family_names import kind_spelling
from veilleur.enrich.threat_gang_named import named_as_gang as gang_named
from veilleur.enrich.threat_mentions import Mention, threat_mentions
from veilleur.enrich.threat_naming import FOREIGN_NAMING_VERB, NAMING_VERB
from veilleur.enrich.threat_other_kinds import OTHER_KIND_SUFFIX, group_alias_only
from veilleur.enrich.threat_respective import merged_respective
from veilleur.models import Named
from veilleur.text.lookalikes import latin_twins
from veilleur.text.whole_names import name_spans, occurrences

_RANSOMWARE_WORD = re.compile(r"\b(?:ransomware|rançongiciel|ransom gang|extortion gang)\b", re.I)
_HACKTIVIST_WORD = re.compile(r"\bhacktivis(?:ts?|m)\b", re.I)
# "X ransomware", "X's affiliates" right after a malware's name: a brand. (Compiled once and read
# after each place of the name: a pattern per name cost more than the reading.)
_BRAND_KIND_AFTER = re.compile(r"(?:['’]s)?\s(?:ransomware|gang|affiliates?|crew)")


def _tracked_group(*names: str | tuple[str, ...]) -> bool:
    """Whether a galaxy's group is one a state is said to run or a vendor tracks by its scheme
    (APT28, Diamond Sleet, Labyrinth Chollima) under any of its names."""
    flat = [n for name in names for n in ((name,) if isinstance(name, str) else name)]
    states = state_actor_names()
    return any(n.casefold() in states or UNKNOWN_ACTOR.fullmatch(n) is not None for n in flat)


def _same_threat(named: Named, known: dict[str, Named]) -> bool:
    """A name already listed under another galaxy's entry: "LockBit" (LockBit) and "LockBit 3.0"
    (LockBit 3.0 - S1202), "Lazarus" (Diamond Sleet) next to "Lazarus Group" — its name or
    canonical name is one of a listed entry's names, or the other way round."""
    own = {named.name.casefold(), named.canonical.casefold()}
    every = own | {a.casefold() for a in named.aliases}
    for other in known.values():
        theirs = {other.name.casefold(), other.canonical.casefold()}
        if own & (theirs | {a.casefold() for a in other.aliases}) or theirs & every:
            return True
    return False


def _first_spelling(named: Named, text: str) -> Named:
    """The threat under the first spelling the article uses (guide §6): "Black Byte" when it writes
    "Black Byte" before "BlackByte"; the other spelling stays one of its names."""
    parts = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", named.name)
    if len(parts) < 2 or "".join(parts) != named.name:
        return named
    first = re.search(r"\b" + r"[\s-]?".join(map(re.escape, parts)) + r"\b", text)
    if first is None or first.group(0) == named.name:
        return named
    return Named(name=first.group(0), canonical=named.canonical, aliases=[*named.aliases, named.name])


_DESIGNATION = re.compile(SCHEMES)


# Words that give a designation as another name of a group already named: "other vendors track as
# TAG-100", "tracking the activity under the name DEV-0832", "overlaps with clusters such as UNC3944".
_ANOTHER_NAME = re.compile(
    r"\b(?:track\w*|names?|monikers?|overlap\w*|known|aka|a\.k\.a|alias\w*|also|dubbed|called|referred|"
    r"designat\w*|label\w*|such as|including)\b",
    re.I,
)


def _designation(written: str, listed: Named | None, text: str) -> bool:
    """A vendor's designation of a cluster ("UAC-0113", "APT-Q-12") written apart from the group
    the galaxies fold it into, which the article already named otherwise, and not given as that
    group's other name: the article tracks it as a cluster of its own ("another activity group
    (UAC-0113) with ties to the Sandworm actor")."""
    if listed is None or listed.name.casefold() == written.casefold():
        return False
    if any(_ANOTHER_GROUP_BEFORE.search(text, max(0, at - 80), at) for at, _ in name_spans(text, written)):
        # "Space Pirates … shares overlaps with another hacking group called Webworm": the galaxy
        # folds the two into one entry, the article tells them apart (guide §6: as named there)
        return True
    if not _DESIGNATION.fullmatch(written):
        written = listed.name  # "a group (UAC-0113) with ties to Sandworm": the designation came first
        if not _DESIGNATION.fullmatch(written):
            return False
    if written.casefold() == listed.canonical.casefold():
        # "APT28, or Fancy Bear, a Russian threat actor linked to the GRU": the galaxies' own main
        # name of the group is that group, never a vendor's cluster they fold into another one
        return False
    if _joined_as_two(listed.name, written, text):
        return True  # "clusters tracked as Storm-1811 and STAC5777": two vendors' clusters, listed
    # (in the words of its own sentence before it: a list of aliases can be long)
    sentences = [
        (
            re.split(r"[.!?]\s|\n", text[max(0, m.start() - 400) : m.start()])[-1],
            re.split(r"[.!?]\s|\n", text[m.end() : m.end() + 400])[0],
        )
        for m in re.finditer(re.escape(written), text)
    ]
    # Apart only when the article ties it to the group as another one ("another group (UAC-0113)
    # with ties to Sandworm", "un groupe lié à"): named again without a tie ("APT28 … Sofacy
    # deployed"), a vendor's name of a cluster is one more name of the same group.
    return not any(_ANOTHER_NAME.search(before) for before, _ in sentences) and any(
        _TIED.search(before + " " + after) for before, after in sentences
    )


# A name introduced as a group apart from the one just named: "another hacking group called X", "a
# separate cluster tracked as X", "another North Korean threat activity cluster dubbed X" (up to four
# words between), "un autre groupe nommé X" (not "a sub-group": one group, guide §6).
_ANOTHER_GROUP_BEFORE = re.compile(
    r"\b(?:another|other|a separate|a different|a distinct|un autre|une autre|eine andere|een andere)\s"
    r"(?:[\w-]+\s){0,4}?(?:group|actor|cluster|crew|gang|outfit|intrusion set|groupe|gruppe|groep)s?,?\s"
    rf"(?:(?:{NAMING_VERB}|tracked\sas|{FOREIGN_NAMING_VERB})\s)?[\"“‘']?$",
    re.I,
)


def _joined_as_two(first: str, second: str, text: str) -> bool:
    """Whether the text joins the two names by "and", as two items of a list ("tracked as A and
    B"): an alias is given by "aka", "or" or brackets, never by "and" (the labels count two)."""
    # (plain string search: a pattern per pair of names would be compiled per article)
    for a, b in ((first, second), (second, first)):
        for joiner in _AND_JOINERS:
            pair = f"{a}{joiner}{b}"
            at = text.find(pair)
            while at >= 0:
                end = at + len(pair)
                if not _NAME_CHAR.match(text[at - 1 : at]) and not _NAME_CHAR.match(text[end : end + 1]):
                    return True
                at = text.find(pair, at + 1)
    return False


_AND_JOINERS = (" and ", ", and ", " & ", " et ", " und ", " en ")
_NAME_CHAR = re.compile(r"[\w-]")


_TIED = re.compile(
    r"\b(?:ties|tied|linked|links|associated|affiliated|connected|connections?|related|another|other|"
    r"sub-?groups?|clusters?|sous-groupes?|untergruppe\w*|subgroep\w*|"
    r"lié\w*|liens?|associé\w*|autre|verbunden|verknüpft|gelinkt|verbonden|andere)\b",
    re.I,
)


# A real article names a few threats, a year's roundup a few dozen; each name costs passes over the
# text below, so a page naming thousands (a generated list: "the Zork1 … Zork9999 ransomware gang")
# was quadratic. The first MAX_THREAT_NAMES names as written are read.
MAX_THREAT_NAMES = 200


def _resolved(mention: Mention, text: str) -> tuple[Mention, Named]:
    """The mention as the text tells it (a galaxy's group the text calls a family is that family)
    and the threat under the name the article first writes, with its other spellings."""
    if (
        mention.kind == "actor"
        and mention.in_galaxies
        # (never a group the galaxy attributes to a state, nor one a vendor's scheme names under
        # any of its names: "the Lazarus malware" (Diamond Sleet), "the Volt Typhoon botnet")
        and not _tracked_group(mention.written, mention.canonical, mention.aliases)
        and family_not_group(text, mention.written)
    ):
        # "New Gorilla Botnet", "a botnet family called Gorilla": the family the text speaks
        # of, not the galaxy's group of that name
        mention = replace(mention, kind="malware", canonical=mention.written, aliases=(), in_galaxies=False)
    # ("AllaKore" in a headline, "AllaKore RAT" in the body: that spelling is one of its names)
    spelled = kind_spelling(text, mention.written, mention.kind, mention.aliases)
    named = _first_spelling(
        Named(name=mention.written, canonical=mention.canonical, aliases=[*mention.aliases, *spelled]),
        text,
    )
    return mention, named


def find_threats(text: str) -> tuple[list[Named], list[Named]]:
    """(threat actors, malware) named in the text, each once (by canonical name, and once across
    the galaxies' entries that share a name), in order. A ransomware brand is both: the gang that
    attacks and the malware it deploys."""
    text = latin_twins(text)  # "LоckBit" with a Cyrillic "о" is LockBit
    groups: dict[str, dict[str, Named]] = {"actor": {}, "malware": {}}
    brands = _ransomware_names()
    # Each answer below reads the whole text for one name: asked once per name, not once per
    # mention (a page repeating a brand 10,000 times made it quadratic: minutes for 100 kB).
    is_group: dict[str, bool] = {}
    brand_word: dict[str, bool] = {}
    named_as_gang: dict[str, bool] = {}
    ransomware_word = bool(_RANSOMWARE_WORD.search(text))
    hacktivists_only = not ransomware_word and _HACKTIVIST_WORD.search(text) is not None

    described: set[str] | None = None

    def described_groups() -> set[str]:
        """Names the text calls a group of attackers, case-folded (read once, when first asked)."""
        nonlocal described
        if described is None:
            matches = [*NAMED_GROUP.finditer(text)]
            if may_describe_actor(text):
                matches += described_union().finditer(text)
            described = {g.casefold() for m in matches for g in m.groups() if g}
        return described

    def group_at_work(written: str) -> bool:
        if written not in is_group:
            is_group[written] = brand_is_group(text, [written])
        return is_group[written]

    actor_groups: dict[str, str] | None = None

    def others_named(written: str, canonical: str) -> bool:
        """Whether a sentence naming the brand names before it an actor of the galaxies other than
        this one, not a brand: "Storm-2603 deployed X" (the payload's deployer)."""
        nonlocal actor_groups
        if actor_groups is None:
            actor_groups = {
                m.written: m.canonical
                for m in threat_mentions(text)
                if m.kind == "actor" and not {_squash(m.written), _squash(m.canonical)} & brands
            }
        others = [w for w, c in actor_groups.items() if c != canonical]
        return any(
            any(w in re.split(r"[.!?]\s|\n", text[max(0, at - 300) : at])[-1] for w in others)
            for at in occurrences(text, written)
        )

    read: set[str] = set()
    # A mention repeated is read once: each reading below scans the whole text (a page repeating
    # one claim 4,300 times made it quadratic, 30 s of CPU for 290 kB).
    resolved: dict[Mention, tuple[Mention, Named]] = {}
    for mention in threat_mentions(text):
        if mention.written not in read:
            if len(read) >= MAX_THREAT_NAMES:
                continue
            read.add(mention.written)
        if mention not in resolved:
            resolved[mention] = _resolved(mention, text)
        mention, first = resolved[mention]
        named = Named(name=first.name, canonical=first.canonical, aliases=list(first.aliases))
        kinds = [mention.kind]
        keys = {_squash(mention.written), _squash(mention.canonical)}
        galaxy_name = mention.in_galaxies
        written = mention.written
        if mention.kind == "malware" and ransomware_word and written not in brand_word:
            brand_word[written] = any(
                _BRAND_KIND_AFTER.match(text, at + len(written)) for at in occurrences(text, written)
            )
        if (
            galaxy_name
            and keys & brands
            and hacktivists_only
            and (mention.kind == "actor" or written.casefold() in described_groups())
        ):
            # a group (of the actors' galaxies, or one the text calls a threat actor) on a page of
            # hacktivists that never speaks of ransomware: the hacktivists of that name, not the
            # ransomware family a galaxy also lists under it (a gang's page that names no kind, "X
            # group claims the theft of data", keeps the guide's default: the brand is both)
            kinds = ["actor"]
        elif galaxy_name and keys & brands and OTHER_KIND_SUFFIX.search(written):
            # "Chaos RAT", "Styx Stealer": the family of that kind, not the ransomware brand (nor
            # its gang) a galaxy lists under the first word
            kinds = ["malware"]
        elif galaxy_name and keys & brands and (one := brand_kind(written, text)):
            kinds = [one]  # a wiper; a crew named after a known group (threat_brand_kinds)
        elif galaxy_name and keys & brands and group_alias_only(mention, text, brands):
            # "Silent Ransom Group" (Luna Moth's other name): a group the actors' galaxy lists, whose
            # brand-like alias the text never gives a ransomware word
            kinds = ["actor"]
        elif (galaxy_name and keys & brands) or (
            mention.kind == "malware" and brand_word.get(written, False)
        ):
            # A brand is the malware always, the group when the text presents it at work (guide §13);
            # one the actors' galaxies list stays a group unless another actor is named to deploy it
            # ("Storm-2603 deployed X"; a "threat actor" unnamed that deploys it is no other group)
            at_work = group_at_work(written) or (
                mention.kind == "actor" and not others_named(written, mention.canonical)
            )
            kinds = ["actor", "malware"] if at_work else ["malware"]
        elif mention.kind == "malware" and galaxy_name and written.casefold() in described_groups():
            # "the cybercrime group Icarus", "le groupe « Icarus »": the text calls it a group of
            # attackers; a malware family of the galaxies under that name is another thing.
            kinds = ["actor"]
        if mention.kind == "actor" and "malware" not in kinds:
            if written not in named_as_gang:
                named_as_gang[written] = gang_named(written, text)
            if named_as_gang[written]:
                # "a new ransomware group called Dire Wolf": a brand, both; "Storm-2603 dropped the
                # Dire Wolf ransomware": the payload of another actor (guide §13)
                at_work = group_at_work(written) or not others_named(written, mention.canonical)
                kinds = ["actor", "malware"] if at_work else ["malware"]
        for kind in kinds:
            key = mention.canonical
            if kind == "actor" and _designation(mention.written, groups[kind].get(key), text):
                key = f"as written: {mention.written}"  # "another group (UAC-0113) with ties to Sandworm"
            elif key in groups[kind] or _same_threat(named, groups[kind]):
                continue
            groups[kind].setdefault(key, named)
    # ("tracked by Microsoft and Cisco Talos as Storm-0861 and ShroudedSnooper": one group's names)
    return merged_respective(list(groups["actor"].values()), text), list(groups["malware"].values())


# "the Acme hackers", "the Acme attackers", "Acme ransomware crew demands $125k": those who attacked
# Acme, not a group (nor a ransomware family) named after it.
_ATTACKERS_AFTER = re.compile(
    r"[\"”’']?\s(?:hackers?|attackers?|intruders?|(?:ransomware|extortion)\s(?:crew|gang|group)s?|crew|gang)\b",
    re.I,
)


def attackers_of_victims(actors: list[Named], victims: list[str], text: str) -> list[Named]:
    """The actors but for a name no galaxy knows that is one of the page's victims and that the text
    writes before an attacker's word ("the Acme hackers" called someone at Acme): the people who
    attacked the victim, not a group of that name. A gang breached itself keeps its gang's words
    ("the X gang was hacked"), which make it no victim (`victim_written_as.written_as_gang`)."""
    names = {v.casefold() for v in victims}
    return [
        actor
        for actor in actors
        if actor.aliases or actor.name.casefold() not in names or not _before_attackers(actor.name, text)
    ]


def _before_attackers(name: str, text: str) -> bool:
    at = text.find(name)
    while at >= 0:
        if _ATTACKERS_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _state_attributed(meta: object) -> bool:
    extra = getattr(meta, "additional_properties", None) or {}
    incidents = str(extra.get("cfr-type-of-incident") or "") + str(getattr(meta, "motive", None) or "")
    return bool(extra.get("cfr-suspected-state-sponsor")) or bool(
        re.search(r"espionage|sabotage", incidents, re.I)
    )


@lru_cache(maxsize=1)
def state_actor_names() -> frozenset[str]:
    """Case-folded canonical names of the threat-actor galaxy's groups that it attributes to a
    state (a suspected state sponsor) or to espionage or sabotage: ScarCruft (APT37), Lazarus."""
    cluster = clusters().get("threat-actor")
    names: set[str] = set()
    if cluster is not None:
        for value in cluster.cluster_values.values():
            meta = getattr(value, "meta", None)
            if meta is not None and _state_attributed(meta):
                names.add(value.value.casefold())
    return frozenset(names)


def state_actor_at(text: str) -> int:
    """Where the first group attributed to a state is named in the text (-1: none)."""
    states = state_actor_names()
    for mention in threat_mentions(text):
        if mention.kind == "actor" and mention.canonical.casefold() in states:
            return max(0, text.find(mention.written))
    return -1


def ransomware_brand_at(text: str) -> int:
    """Where the first ransomware brand of the galaxies is named in the text (-1: none), with the
    same context rules as every threat name ("DragonForce group claims…")."""
    brands = _ransomware_names()
    for mention in threat_mentions(text):
        if {_squash(mention.written), _squash(mention.canonical)} & brands:
            return max(0, text.find(mention.written))
    return -1
