"""Evidence about two articles, or an article and a story, that says they tell two events: what
a story's articles say together, and the contradictions checked pair by pair and story-wide
(victims, actors, headlines' subjects, dates, flaws apart). What says one event is `agreement`."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from veilleur.cluster.descriptors import descriptor
from veilleur.cluster.features import Features, compact, fold
from veilleur.cluster.vocabulary import PLATFORMS

T = TypeVar("T")


@dataclass
class StoryEvidence:
    """What a story's articles of the window say, together: checked whole against a newcomer.
    Kept up to date in place as articles join (`add`), so that a join costs the newcomer's
    evidence, not the story's: a story of one day's hundred reports is not copied at each."""

    first_day: date
    victims: set[str] = field(default_factory=set)  # every victim word
    first_victims: set[str] = field(default_factory=set)  # the words of each article's first victim
    cves: set[str] = field(default_factory=set)
    months: set[int] = field(default_factory=set)  # months its headlines are dated to
    stated_months: set[int] = field(default_factory=set)  # months its leads state
    dates: set[tuple[int, int]] = field(default_factory=set)  # (month, day) its headlines are dated to
    stated_days: set[tuple[int, int]] = field(default_factory=set)  # (month, day) its leads state
    mentioned: set[str] = field(default_factory=set)  # words of its articles' names and headlines
    named: set[str] = field(default_factory=set)  # victims | mentioned, kept as they grow

    @classmethod
    def of(cls, new: Features) -> StoryEvidence:
        """A story of one article."""
        return cls(new.day).add_article(new)

    def add_article(self, new: Features) -> StoryEvidence:
        """`new` joins the story (in place; returns the story's evidence)."""
        self.first_day = min(self.first_day, new.day)
        self.victims |= new.victims
        self.first_victims |= new.victim or new.victims
        self.cves |= new.cves
        self.months |= new.months
        self.stated_months |= new.stated_months
        self.dates |= new.dates
        self.stated_days |= new.stated_days
        self.mentioned |= new.mentioned
        self.named |= new.victims
        self.named |= new.mentioned
        return self

    def add(self, other: StoryEvidence | None) -> StoryEvidence:
        """Another story's evidence joins this one (in place; returns this one)."""
        if other is None or other is self:
            return self
        self.first_day = min(self.first_day, other.first_day)
        self.victims |= other.victims
        self.first_victims |= other.first_victims
        self.cves |= other.cves
        self.months |= other.months
        self.stated_months |= other.stated_months
        self.dates |= other.dates
        self.stated_days |= other.stated_days
        self.mentioned |= other.mentioned
        self.named |= other.named
        return self


def victims_apart(
    first: AbstractSet[str],
    words: AbstractSet[str],
    other_first: AbstractSet[str],
    other_words: AbstractSet[str],
) -> bool:
    """Two sides that each name a victim, neither mentioning the other's first one — as a victim
    or anywhere in its names and headline (`words`): the first victim is what the article is
    about; the recogniser's other guesses (a product, a researcher, a malware family read as a
    victim) may be wrong, alike in look-alike texts, or the other side's subject under another role."""
    return bool(first and other_first) and not first & other_words and not other_first & words


def unnamed_victim(named: Features, other: Features) -> bool:
    """Whether `named`'s headline names its first victim (the Latvian ministry a phishing wave
    hit) and `other` never mentions that victim — as a victim, nor among its names and headline
    words: read where the two share an actor, "same actor, other victim" when the other side's
    victim was not recognised (a campaign "against Ukrainian authorities"). The headline
    confirms the recogniser's guess: its other guesses in the lead are often wrong."""
    victim = named.victim or named.victims
    return bool(victim & named.title_words) and not victim & (other.mentioned | other.victims)


def unnamed_operation(named: Features, other: Features, shared: frozenset[str]) -> bool:
    """Whether `named`'s headline names actors or malware families (the Intel record's canonical
    names) besides the `shared` ones, none of which `other` mentions — among its names, headline
    words or actors ("CERT-UA discovers LAMEHUG malware linked to APT28" against the UK's sanctions
    on APT28 over another malware): read where the two share only an actor, "same actor, other
    operation". A page that gave little but its headline is left alone: it names nothing else."""
    if other.headline_only:
        return False
    common = {compact(actor) for actor in shared}
    words = {word for actor in shared for word in actor.split()}  # "kombat" of "mortal kombat"
    # Proper names only: a recogniser's guess at a common word ("cybercriminels") names nothing.
    # A version is part of a name ("Winos 4.0": the canonical "winos 4").
    capitals = {fold(w) for w in re.findall(r"[\w][\w'-]*", named.title) if w[0].isupper() or w[0].isdigit()}
    capitals |= named.coined
    subjects = [
        a
        for a in named.named_subjects & named.actors
        if compact(a) not in common and not set(a.split()) <= words and set(a.split()) <= capitals
    ]
    # All of them unnamed: "Mortal Kombat" named on the other side outweighs a stray "Kombat".
    return bool(subjects) and all(absent(frozenset({subject}), other) for subject in subjects)


def victim_unnamed_by(named: Features, other: Features) -> bool:
    """Whether `named`'s headline names its first victim by a proper name that is neither a
    place, a sector nor a platform ("collins" of "Collins Aerospace") and `other` never mentions
    that name: an attack on one victim, and a report on something else of its sector or region."""
    victim = {w for w in (named.victim or named.victims) - PLATFORMS if not descriptor(w)}
    return bool(victim & named.headline_names) and not victim & (other.mentioned | other.victims)


def days_apart(dates: AbstractSet[T], other_dates: AbstractSet[T], other_stated: AbstractSet[T]) -> bool:
    """Whether a headline dated to `dates` (days of a daily page, or a monthly release's months)
    meets another side whose headline (`other_dates`) or lead (`other_stated`) names dates, none
    of them its own: one outlet's podcast of another day, a summary that says which day's
    episode it tells, a report whose lead dates the release to another month."""
    # Without building their union: `other_dates` and `other_stated` may be a whole story's.
    if not dates or not (other_dates or other_stated):
        return False
    return not (dates & other_dates or dates & other_stated)


def shared_days(new: Features, old: Features) -> frozenset[tuple[int, int]]:
    """The (month, day) pairs one headline is dated to that the other headline or lead names too: a
    daily page ("ISC Stormcast For Tuesday, August 26th") and a summary of it, in another language,
    dated by its headline ("Bulletin ISC : le 26 août") or its lead ("l'épisode du 26 août")."""
    return (new.dates & (old.dates | old.stated_days)) | (old.dates & new.stated_days)


def absent(subjects: frozenset[str], other: Features) -> bool:
    """Whether a subject (one or more folded words) is named nowhere in `other`: not among its
    names and headline words, nor among its actors — written with or without its spaces and
    hyphens ("Venom RAT" / "VenomRAT", "Salty 2FA" / "Salty2FA": one name, two outlets' spellings)."""
    known = other.mentioned | other.actors | {w for a in other.actors for w in a.split()}
    return any(
        not set(subject.split()) <= known and compact(subject) not in other.spellings for subject in subjects
    )


def actors_apart(new: Features, old: Features) -> bool:
    """Actors or malware families on both sides, none of either record named by the other article:
    two gangs' operations. An actor one record recognises and the other page names (recognised
    there as nothing, or its record listing only the group's tools) is one subject read by two
    recognisers, not two."""
    return bool(new.actors and old.actors) and not actor_named(new, old) and not actor_named(old, new)


def actor_named(named: Features, other: Features) -> bool:
    """Whether an actor or malware family of `named`'s record is named by `other` — among its
    names or headline words, however spelled ("TIDRONE" recognised on one page, a name of the
    other's text, whose record lists only the group's tools)."""
    return any(not absent(frozenset({actor}), other) for actor in named.actors)


def coined_apart(new: Features, old: Features) -> bool:
    """Each headline names a subject (a coined name, an actor or malware family) the other
    article never mentions: among its names and headline words, nor among its actors."""
    return absent(new.named_subjects, old) and absent(old.named_subjects, new)


def headlines_apart(new: Features, old: Features) -> bool:
    """Each headline names a proper noun the other article never mentions."""
    return bool(new.headline_names - old.mentioned) and bool(old.headline_names - new.mentioned)


def lead_flaws_apart(new: Features, old: Features) -> bool:
    """Both leads name CVE ids and one side's lead lists several (a round-up, a catalogue
    addition), none of which the other article names: the flaws it is about are other flaws, and
    the id both name is an aside of it (last week's flaw recalled at the end of the round-up). A
    lead naming one flaw is left alone: two outlets' picks of one release differ that way."""

    def elsewhere(one: Features, other: Features) -> bool:
        return len(one.lead_cves) >= 2 and not one.lead_cves & other.cves

    return bool(new.lead_cves and old.lead_cves) and (elsewhere(new, old) or elsewhere(old, new))


def other_products_flaws(new: Features, old: Features, few: int) -> bool:
    """One side lists a few (at most `few`) CVE ids, the other none — a page cut short, a
    headline-only report — but its headline names a product the listing side never mentions:
    the flaw of another product ("CISA adds NetScaler flaw" against three other KEV additions)."""
    listed, bare = (new, old) if new.cves else (old, new)
    if bare.cves or not 0 < len(listed.cves) <= few:
        return False
    # Every subject unnamed: a headline naming a product line and its models ("Acme AG and vxAG
    # AcmeOS flaw") against a report naming the line and one model is the same product's flaw.
    return bool(bare.named_subjects) and all(absent(frozenset({s}), listed) for s in bare.named_subjects)
