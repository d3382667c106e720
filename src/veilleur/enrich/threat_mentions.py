"""Where the text names a threat the MISP galaxies know (pymispgalaxies ships them): the
galaxies' index of names and aliases, each mention with its canonical name, in lists and aliases."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from veilleur.enrich.galaxies import clusters
from veilleur.enrich.geo import is_place
from veilleur.enrich.new_threats import (
    FILE_NAME,
    threat_before,
    title_name,
    trim,
    unknown_actors,
    unknown_names,
)
from veilleur.enrich.threat_account_groups import account_group
from veilleur.enrich.threat_alias_subjects import subject_of_cue
from veilleur.enrich.threat_context import (
    ALIASES_IN_BRACKETS,
    Covering,
    _owned_aliases,
    alias_names,
    campaign_names,
    link_spans,
    plain_word,
    undashed,
)
from veilleur.enrich.threat_cut_names import cut_off, cut_words, part_of_known
from veilleur.enrich.threat_derived import based_on, written_as_family
from veilleur.enrich.threat_described import named_as_service
from veilleur.enrich.threat_family_names import families_without_kind, spaced_families
from veilleur.enrich.threat_fronted import fronted_names
from veilleur.enrich.threat_handles import handles, names_a_family
from veilleur.enrich.threat_joined import joined_families
from veilleur.enrich.threat_kinds import DEFENCE_AFTER, GROUP_WORD_AFTER
from veilleur.enrich.threat_lists import accept_list_neighbours
from veilleur.enrich.threat_modifiers import as_the_body_writes, kept_whole, without_modifiers
from veilleur.enrich.threat_numbers import inside_number, number_no_name
from veilleur.enrich.threat_places import names_no_group
from veilleur.enrich.threat_slashed import slashed_names
from veilleur.enrich.threat_status import name_status
from veilleur.enrich.threat_words import (
    ATTACKER,
    COMMON,
    DESCRIPTION,
    NEVER,
    _linked,
    coined,
)
from veilleur.text.openings import opened

ACTOR_GALAXIES = ("threat-actor", "mitre-intrusion-set", "microsoft-activity-group", "360net-threat-actor")
MALWARE_GALAXIES = (
    "ransomware", "malpedia", "mitre-malware", "rat", "botnet", "stealer", "backdoor", "banker", "android",
    "tool", "mitre-tool",
)  # fmt: skip
# Kind words that are part of a family's name ("Remcos RAT", "Lumma Stealer", "Hijack Loader").
_NAME_SUFFIX = re.compile(r"\s(RAT|Stealer|stealer|Loader|loader)\b")
_WORD = re.compile(r"[\w][\w.'’/-]*[\w]|[\w]")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
_POSSESSIVE = frozenset({"'s", "’s"})
_SUFFIX = re.compile(r"\(\d{1,4}\)")
# Longest galaxy name looked up, in words: hacktivist groups name themselves in long phrases ("Cyber
# Army of Russia Reborn", "People's Cyber Army of Russia", "Cyber fighters of Izz Ad-Din Al Qassam").
# (The lookup stops at the first word that begins no name: a longer limit costs nothing elsewhere.)
MAX_NAME_WORDS = 7


@dataclass(frozen=True)
class _Entry:
    canonical: str
    aliases: tuple[str, ...]
    kind: str  # actor | malware


@lru_cache(maxsize=1)
def _index() -> dict[str, _Entry]:
    """Every galaxy name and synonym (case-folded, spaces collapsed) → its entry. Built once per
    process: loading the galaxies takes a second or two."""
    galaxies = clusters()
    index: dict[str, _Entry] = {}
    for kind, galaxy_names in (("actor", ACTOR_GALAXIES), ("malware", MALWARE_GALAXIES)):
        for galaxy in galaxy_names:
            cluster = galaxies.get(galaxy)
            if cluster is None:
                continue
            for value in cluster.cluster_values.values():
                meta = getattr(value, "meta", None)
                synonyms = [s for s in (getattr(meta, "synonyms", None) or []) if isinstance(s, str)]
                canonical = value.value
                entry = _Entry(canonical, tuple(dict.fromkeys(s for s in synonyms if s != canonical)), kind)
                for written in (canonical, *synonyms):
                    key = " ".join(written.split()).casefold()
                    if len(key) < 3 or key in index:
                        continue
                    index[key] = entry
    return families_without_kind(index) | spaced_families(index) | index


# Lists of threats introduced as such: "groups such as Transparent Tribe, Patchwork (aka Hangover)
# and DoNot Team", "families like LockBit, BlackCat, BianLian, and Hive".
_LIST_CONTEXT = opened(
    r"\b(?:groups?|gangs?|actors?|families|family|strains?|operations?|malware|ransomware|backdoors?|"
    r"stealers?|loaders?|botnets?|crews?|payloads?|implants?|malwares|maliciels|logiciels malveillants|rançongiciels|groupes|"
    r"outils|web\sshells?)\b[^.;:]{0,30}?\b(?:such as|including|like|namely|e\.g\.|include|consist of|tel(?:le)?s? que|"
    r"comme|incluant|notamment|dont|y compris|wie|zoals|waaronder)\s"
    r"[^.;:]{0,200}",
    re.I,
)


@dataclass(frozen=True)
class Mention:
    kind: str  # actor | malware
    written: str
    canonical: str
    aliases: tuple[str, ...] = ()
    in_galaxies: bool = True  # False: a name the text introduces, or a handle


def _stem(written: str, index: dict[str, _Entry]) -> str:
    """ "Sofacy group" is written "Sofacy" when the galaxies know the bare name too."""
    base, _, last = written.rpartition(" ")
    if (
        base
        and last.casefold() in {"group", "gang", "team", "crew", "ransomware"}
        and base.casefold() in index
    ):
        return base
    # "LockBit 3.0" is LockBit: the version is not part of the family's name.
    if base and re.fullmatch(r"v?\d+(?:\.\d+)*", last) and base.casefold() in index:
        return base
    return written


def _starts(names: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the first space-free chunk of each name, every prefix of those chunks)."""
    chunks = frozenset(name.split(" ", 1)[0] for name in names)
    return chunks, frozenset(chunk[:k] for chunk in chunks for k in range(1, len(chunk) + 1))


@lru_cache(maxsize=1)
def _index_starts() -> tuple[frozenset[str], frozenset[str]]:
    return _starts(_index())


@lru_cache(maxsize=1)
def _index_prefixes() -> frozenset[str]:
    return _prefixes(_index())


def _prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Every beginning of every key (strings: "laz", "lazarus g")."""
    return frozenset(key[:k] for key in keys for k in range(1, len(key) + 1))


def _galaxy_matches(text: str, index: dict[str, _Entry]) -> list[tuple[int, int, str, _Entry]]:
    """(start, end, written, entry) of galaxy names in the text, longest first at each word.
    Word n-grams are looked up in the index: a dictionary lookup per n-gram, where one regular
    expression of ten thousand alternatives would cost milliseconds per article."""
    # The words and what separates them, alternately ("", "Lazarus", " ", "Group", "."), and
    # where each piece ends: the words' places without a match object per word.
    pieces = _WORD_SPLIT.split(text)
    ends = list(itertools.accumulate(map(len, pieces)))
    count = len(pieces) // 2
    words = pieces[1::2]
    folded = "\0".join(words).casefold().split("\0")  # no word holds NUL, nor folds to one
    # An n-gram's key begins with its first chunk without spaces, case-folded (character by
    # character): the first word followed by a space (or alone) must be a name's first chunk,
    # else at least begin one. Words that cannot begin a name are not looked up at all.
    chunks, prefixes = _index_starts() if index is _index() else _starts(index)
    # The n-grams of a word grow one word at a time, each key beginning with the one before (the
    # words end on a letter or digit): once a key begins no name, no longer one is a name, nor
    # its possessive's. "The" is looked up with "The company", not with four n-grams.
    beginnings = _index_prefixes() if index is _index() else _prefixes(index)
    opening = {w for w in set(folded) if w in prefixes or w[-2:] in _POSSESSIVE}
    found = []
    position = 0
    for at in itertools.compress(range(count), map(opening.__contains__, folded)):
        if at < position:
            continue  # inside the name found before
        first, first_start, first_end = folded[at], ends[2 * at], ends[2 * at + 1]
        alone = first_end == len(text) or text[first_end].isspace()
        if first not in (chunks if alone else prefixes) and not (
            first[-2:] in _POSSESSIVE and first[:-2] in chunks
        ):
            continue
        best: tuple[int, int, str, str, _Entry] | None = None  # the longest n-gram that is a name
        for size in range(1, min(MAX_NAME_WORDS, count - at) + 1):
            end = ends[2 * (at + size - 1) + 1]
            written = text[first_start:end]
            key = " ".join(written.split()).casefold()
            entry = index.get(key)
            if entry is not None:
                best = (size, end, written, key, entry)
            elif key[-2:] in _POSSESSIVE and (entry := index.get(key[:-2])) is not None:
                # "Kimsuky's use of ClickFix": the possessive is not part of the name.
                best = (size, end - 2, written[:-2], key, entry)
            if key not in beginnings:
                break
        if best is None:
            continue
        size, end, written, key, entry = best
        if inside_number(text, first_start, end):
            continue  # "418,777 records": a group's number ("777") read inside a count
        # A name with a bracketed suffix the words leave out: "NoName057(16)".
        suffix = _SUFFIX.match(text, end)
        if suffix and (longer := index.get(f"{key}{suffix.group(0)}")) is not None:
            end, written, entry = suffix.end(), text[first_start : suffix.end()], longer
        found.append((first_start, end, written, entry))
        position = at + size
    return found


def threat_mentions(text: str) -> list[Mention]:
    """Every mention of an actor or a malware family, in order, as written."""
    return list(_mentions_of(text))


# Relevance and category read the same headline and lead several times per article.
@lru_cache(maxsize=256)
def _mentions_of(text: str) -> tuple[Mention, ...]:
    return tuple(_find_mentions(text))


def _find_mentions(text: str) -> list[Mention]:
    index = _index()
    found: list[Mention] = []
    lists = Covering(m.span() for m in _LIST_CONTEXT.finditer(text))
    aliases = Covering((m.start(), m.end()) for m in ALIASES_IN_BRACKETS.finditer(text))
    matches = _galaxy_matches(text, index)
    # Other names of a group already named, and campaigns: never listed as threats of their own.
    spans = [(start, end, entry.kind) for start, end, _, entry in matches]
    # ("another Chinese hacking group tracked as Earth Minotaur": a nationality before the group's
    # word names no group, so the name the vendor gives after it is no alias of one)
    spans += [(*m.span(), "actor") for m in unknown_actors(text) if not names_no_group(m)]
    campaigns = campaign_names(text)
    others = _owned_aliases(text, spans) | (campaigns - written_as_family(campaigns, text))
    links = link_spans(text)  # a name in an address is none: "…+pushing+IcedID+Bokbot/29344"
    status = [
        name_status(
            text, (start, end, written), (entry.kind, entry.canonical, entry.aliases), aliases, lists, others
        )
        if not links.covers(start, end)
        else "no"
        for start, end, written, entry in matches
    ]
    accept_list_neighbours(text, matches, status)
    fronts = fronted_names(text, {start: written for start, _, written, _ in matches})
    for (start, end, written, entry), state in zip(matches, status, strict=True):
        front = fronts.get(start) if entry.kind == "actor" else None
        alias = aliases.covers(start, end) or written.casefold() in others
        if front is not None and front.keeps(state, alias):
            found.append(
                Mention("actor", front.name, entry.canonical, front.with_names(entry.aliases, written))
            )
            continue
        if state != "ok":
            continue
        name, extra = _stem(written, index), tuple[str, ...]()
        suffix = _NAME_SUFFIX.match(text, end)
        if entry.kind == "malware" and suffix and " " not in name:
            # "Remcos RAT" as written; "Remcos" stays one of its names.
            name, extra = f"{name} {suffix.group(1)}", (name,)
        elif re.search(r"\s(?:RAT|Stealer|Loader)$", name, re.I):
            extra = (name.rsplit(" ", 1)[0],)  # "RedLine stealer" is RedLine
        elif entry.kind == "actor" and (spelled := GROUP_WORD_AFTER.match(text, end)) is not None:
            extra = (f"{name}{spelled.group(0)}",)  # "the Play Group": the article's spelling, a name too
        found.append(
            Mention(entry.kind, name, entry.canonical, tuple(dict.fromkeys((*entry.aliases, *extra))))
        )
    for written, joined, extra in slashed_names(text, index):
        # "ALPHV/Black Cat" one threat, "Radar/Dispossessor" two: one word to the lookup above
        if all(m.canonical != joined.canonical for m in found):
            found.append(Mention(joined.kind, written, joined.canonical, (*joined.aliases, *extra)))
    for base in based_on(text):
        # "the Mirai-based Gayfemboy botnet": the family it is built on (one word to the lookup above)
        family = index.get(base.casefold())
        if family and family.kind == "malware" and all(m.canonical != family.canonical for m in found):
            found.append(Mention("malware", base, family.canonical, family.aliases))
    for linked in _linked().finditer(text):
        # "The ShinyHunters-linked": the two words ("Salt Typhoon-linked"), else the last one.
        for written in dict.fromkeys((linked.group(1), linked.group(1).split()[-1])):
            group = index.get(written.casefold())
            if group is not None and group.kind == "actor":
                if all(m.canonical != group.canonical for m in found):
                    found.append(Mention("actor", written, group.canonical, group.aliases))
                break
    known = {m.written.casefold() for m in found} | {a.casefold() for m in found for a in m.aliases}
    cut = cut_words(text)
    for kind, raw, mode in unknown_names(text):
        raw = raw.split("\n", 1)[0].rstrip(".,;:")  # a line ends a name: "dubbed PapaCreep\nAn APT group"
        written = as_the_body_writes(kept_whole(raw, trim(raw), text), text) if mode == "headline" else raw
        if kind == "malware":
            written = without_modifiers(written)  # "ChatGPT-Written", "Deploying RomCom RAT"
        key = written.casefold()
        if not written or FILE_NAME.search(written):
            continue
        # "A Syrian threat actor named EVLF", "EVLF, the threat actor behind…" (not "a DPRK threat actor")
        named = mode == "explicit" or (mode == "described" and f"{written}, the " in text)
        acronym = named and kind == "actor" and re.fullmatch(r"[A-Z]{3,4}", written) is not None
        if (
            (key in COMMON and mode not in {"explicit", "introduced", "facilitator"})  # "stealers like X"
            or key in NEVER
            or account_group(text, written)  # "an Active Directory group named ESX Admins"
            or re.fullmatch(ATTACKER, written) is not None  # "Hacktivist group X": the kind, not X
            or key in index
            or key in known
            # ("APT-36" after "Transparent Tribe (aka APT36)": a designation's hyphen makes no other group)
            or (undashed(key) in index and index[undashed(key)].canonical in {m.canonical for m in found})
            or is_place(written)  # "A Syrian threat actor named EVLF": a nationality, no group
            or key in others
            # ("the Scavenger malware" after "Scavenger Loader"; "Scattered LAPSUS$" of a longer name)
            or part_of_known(text, written, known, mode == "the-kind")
            or (DESCRIPTION.search(written) and not acronym)
            or DEFENCE_AFTER.match(text, text.find(written) + len(written))
            or not (
                coined(written)
                or mode in {"scheme", "introduced", "facilitator"}  # "Silent Werewolf", a seized "Cracked"
                or (mode in {"explicit", "described", "group-name"} and title_name(written))
                or (mode == "described" and named_as_service(text, written))  # "Hacking Service ‘X’"
                or (
                    # "the Fickle stealer": a sentence's capital before the kind (THE_NAMED_KIND)
                    mode == "the-kind"
                    and not plain_word(written.split()[0], frozenset())
                    and not any(t.casefold() in NEVER for t in written.split())
                )
                or (
                    # (nationalities and platforms are no group's name: "the North Korean threat group")
                    mode == "named-group"
                    and not plain_word(written.split()[0], frozenset())
                    and not any(t.casefold() in NEVER or t.casefold() in COMMON for t in written.split())
                )
            )
            # A list of groups is a list of threats only near a threat's word ("advocacy groups such as").
            or (mode == "explicit" and kind == "actor" and not threat_before(text, written))
            # ("READINSTALLSESSIONS" among permissions; "a malware called TOUGHPROGRESS" is a family's name)
            or (written.isupper() and len(written) > 12 and " " not in written and mode != "introduced")
            or cut_off(text, written, cut)  # "a threat actor known as Night…": the page was cut mid-name
        ):
            continue
        known.add(key)
        found.append(Mention(kind, written, written, in_galaxies=False))
        if mode == "group-name":  # "Dark Pink", not the galaxies' "Pink" found inside it
            found = [m for m in found if not (m.in_galaxies and m.written.casefold() in key.split())]
    found = _without_aliases_of_new(text, found, spans, others)
    for handle, owner, second in handles(text):
        if handle.casefold() not in known and handle.casefold() not in others:
            known.add(handle.casefold())
            # "gave the strain the moniker X": the name of a family, not a criminal's handle.
            at = max(0, text.find(handle))
            kind = "malware" if names_a_family(text[max(0, at - 80) : at]) else "actor"
            name, also = (owner, (handle, *second)) if owner and kind == "actor" else (handle, second)
            if name == handle or name.casefold() not in known:
                known.add(name.casefold())
                found.append(Mention(kind, name, name, also, in_galaxies=False))
        elif second:  # a handle found already: the second handle given with it is another of its names
            found = [replace(m, aliases=(*m.aliases, *second)) if m.written == handle else m for m in found]
    families = [n for m in found if m.kind == "malware" for n in (m.written, *m.aliases)]
    beside = joined_families(text, families, known | others, index)  # "Mimikatz and QuillDrop"
    found += [Mention("malware", n, n, in_galaxies=False) for n in beside]
    return [m for m in found if not number_no_name(m.written, text)]


def _without_aliases_of_new(
    text: str, found: list[Mention], spans: list[tuple[int, int, str]], others: frozenset[str]
) -> list[Mention]:
    """`found` less the names the text gives as another name of a threat the galaxies do not know,
    named just before ("BO Team (also known as Black Owl)", "X, which is also known by the monikers
    A and B"): one threat, listed once under the name used (guide §6). The galaxies' names were
    matched against the aliases of galaxy names only; the new names are known only now."""
    new = [m for m in found if not m.in_galaxies]
    cues = [cue for cue, _, just_before in alias_names(text) if just_before] if new else []
    # (a page of thousands of names and cues is no article giving a group's other names: it is not read)
    if not cues or len(cues) * len(new) > _MOST_PAIRS:
        return found
    new_spans = []
    for mention in new:  # the new name's writing that ends right before a cue, if any
        for cue in cues:
            # ("X … It is also known as A": the sentence's subject is the name before, farther back)
            reach = 300 if subject_of_cue(text, cue) else 60
            at = text.rfind(mention.written, max(0, cue - reach - len(mention.written)), cue)
            if at >= 0:
                new_spans.append((at, at + len(mention.written), mention.kind))
    owned = _owned_aliases(text, spans + new_spans) - others
    kept = {m.kind for m in found if m.written.casefold() not in owned}
    # (a kind whose every name would go keeps them: "A (aka B) … B (aka A)" still names one threat)
    return [m for m in found if m.written.casefold() not in owned or m.kind not in kept]


# How many (new name, alias cue) pairs are looked at, at most.
_MOST_PAIRS = 2000
