"""Evidence about two articles, or an article and a story, that says they tell two events: what
a story's articles say together, and the contradictions checked pair by pair and story-wide."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import TypeVar

from veilleur.cluster.descriptors import descriptor
from veilleur.cluster.features import Features, compact, fold
from veilleur.cluster.lexicon import in_english
from veilleur.cluster.vocabulary import AFTERMATH, ENFORCEMENT, PLATFORMS, THEME
from veilleur.models.signals import Signal
from veilleur.models.signals import SignalCode as S

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


def victim_of_both(new: Features, old: Features, shared: frozenset[str]) -> frozenset[str]:
    """The victim words of two sides whose victims are not apart: those both recognised, else a
    first victim named on the other side too (recognised there as another name) — unless each
    headline says its own first victim and only one side names the other's: a name mentioned in
    passing ("DDoS on her interview with <candidate>" / "<candidate>'s campaign phished"), two events."""
    if shared:
        return shared
    one = (new.victim or new.victims) & (old.victims | old.mentioned)
    two = (old.victim or old.victims) & (new.victims | new.mentioned)
    if bool(one) != bool(two) and _headline_victim(new) and _headline_victim(old):
        return frozenset()
    return one or two


def _headline_victim(side: Features) -> frozenset[str]:
    """Its first victim's words that its headline says, places, sectors and platforms left out."""
    return frozenset(w for w in side.victim & side.title_words - PLATFORMS if not descriptor(w))


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


def beyond_descriptors(new: Features, old: Features) -> tuple[float, float]:
    """(names, headline words) Jaccard of two articles, places and sectors left out, 0.0 when what
    remains shared is only a platform's: what backs "one event" once the setting is set aside."""
    found = []
    for one, two in ((new.names, old.names), (new.event_words, old.event_words)):
        a = frozenset(w for w in one if not descriptor(w))
        b = frozenset(w for w in two if not descriptor(w))
        found.append(jaccard(a, b) if a & b - PLATFORMS else 0.0)
    return found[0], found[1]


def same_subject(new: Features, old: Features) -> bool:
    """Whether the two name one CVE id or one first victim (the headline's, not the recogniser's
    other guesses, which templated pages share): what dated follow-ups of one event share."""
    return bool(new.cves & old.cves or (new.victim or new.victims) & (old.victim or old.victims))


def same_story_subject(new: Features, known: StoryEvidence) -> bool:
    """`same_subject` against a whole story: a CVE id or a first victim of any of its articles."""
    return bool(new.cves & known.cves or (new.victim or new.victims) & known.first_victims)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


STEM = 5  # letters: "protection" / "protections", "adapt" / "adaptation", "automatic" / "automatiques"


def stems(words: frozenset[str]) -> frozenset[str]:
    """Folded words cut to their first `STEM` letters: one word's plural and a cognate of another
    language agree ("packages" / "package", "protections intégrées" / "protection"), where a
    French post and its English source share few headline words as written."""
    return frozenset(w[:STEM] for w in words)


def headline_overlap(new: Features, old: Features) -> tuple[float, float]:
    """(headline words, event words) shared, as Jaccard: of the words as written, or of their stems
    when the two headlines share at least `STEMS_SHARED` event stems that are not only a platform's
    (one shared stem — "serve", "brows", "chain" — is a theme's word in two languages, not the
    event); event words that are only a platform's share nothing."""
    titles = jaccard(new.title_words, old.title_words)
    event = jaccard(new.event_words, old.event_words)
    one, two = _event_stems(new), _event_stems(old)
    if len(one & two - _PLATFORM_STEMS) >= STEMS_SHARED:
        titles = max(titles, jaccard(_title_stems(new), _title_stems(old)))
        event = max(event, jaccard(one, two))
    elif new.event_words & old.event_words <= PLATFORMS:
        event = 0.0
    return titles, event


STEMS_SHARED = 2


def _title_stems(side: Features) -> frozenset[str]:
    """Stems of its headline words read in English (`lexicon`): "lecteurs de plaques" → "reade", "plate"."""
    return stems(in_english(side.title_words))


def _event_stems(side: Features) -> frozenset[str]:
    """Stems of its headline's event words read in English, a theme's left out ("rançongiciel")."""
    return stems(in_english(side.event_words) - THEME)


def translated_overlap(new: Features, old: Features) -> float:
    """The Jaccard of the two headlines' stems read in English (`lexicon`), when that reading is
    what makes them agree: a French post and its English source ("Lecteurs automatiques de
    plaques d'immatriculation" / "Automatic license plate readers"), which share no wording
    and few names as written. 0.0 unless at least `STEMS_SHARED` event stems agree so, one of
    them only once translated, neither a police action's (one week's sentencings share
    "sentenced … prison" whoever the convict)."""
    common = _PLATFORM_STEMS | _POLICE_STEMS
    shared = _event_stems(new) & _event_stems(old) - common
    written = stems(new.event_words) & stems(old.event_words) - common
    if len(shared) < STEMS_SHARED or len(shared) <= len(written):
        return 0.0
    return jaccard(_title_stems(new), _title_stems(old))


_PLATFORM_STEMS = stems(frozenset(PLATFORMS))
_POLICE_WORDS = frozenset(ENFORCEMENT | {"prison", "jail", "years"})
_POLICE_STEMS = stems(_POLICE_WORDS | in_english(_POLICE_WORDS))


def days_apart(dates: AbstractSet[T], other_dates: AbstractSet[T], other_stated: AbstractSet[T]) -> bool:
    """Whether a headline dated to `dates` (days of a daily page, or a monthly release's months)
    meets another side whose headline (`other_dates`) or lead (`other_stated`) names dates, none
    of them its own: one outlet's podcast of another day, a summary that says which day's
    episode it tells, a report whose lead dates the release to another month."""
    # Without building their union: `other_dates` and `other_stated` may be a whole story's.
    if not dates or not (other_dates or other_stated):
        return False
    return not (dates & other_dates or dates & other_stated)


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


def shared_actors(new: Features, old: Features) -> frozenset[str]:
    """Actors and malware families both articles name, however spelled ("Venom RAT" / "VenomRAT")."""
    other = {compact(actor) for actor in old.actors}
    return frozenset(actor for actor in new.actors if compact(actor) in other)


def thin_subjects(new: Features, old: Features) -> frozenset[str]:
    """The coined names (GodRAT, BlueNoroff, APT36) of a headline-only page's headline that the
    other article names too — not a platform's nor either side's vendor: for such a page the
    closest thing to its lead. Not an actor's plain name ("Scattered Spider", "Qilin"): a gang
    is in the news for many events at once. Empty when neither side is headline-only."""
    found: set[str] = set()
    for thin, other in ((new, old), (old, new)):
        if thin.headline_only and not other.headline_only:
            common = PLATFORMS | thin.vendor | other.vendor
            found.update(s for s in thin.coined - common if compact(s) in other.spellings)
            # A gang's or malware's name both headlines say is the subject of both, whichever
            # record recognised it ("Eagerbee backdoor targets…" / "New EAGERBEE variant…").
            found.update(headline_subjects(thin, other) - common)
            found.update(thin_vendor(thin, other))
    return frozenset(found)


def thin_vendor(thin: Features, other: Features) -> frozenset[str]:
    """The vendor both headlines name, read as the flaw's vendor by `other`'s record and by `thin`'s
    if it reads one ("APT linked to Acme zero-day attacks" reads none), for a headline-only `thin`
    ("Acme fixed three zero-days in targeted attacks"): all it says of its event. Not a platform's,
    nor when `thin` names what `other` never does ("zero-day in Acme OS" against Acme's firewall
    bugs) or `other`'s headline an actor or malware `thin` does not (two campaigns)."""
    both = set(thin.headline_tokens) & set(other.headline_tokens)
    vendor = other.vendor & both - PLATFORMS if thin.vendor <= other.vendor else frozenset()
    if not vendor or thin.headline_names - vendor - other.mentioned:
        return frozenset()
    return frozenset() if absent(other.named_subjects & other.actors, thin) else frozenset(vendor)


def headline_subjects(new: Features, old: Features) -> frozenset[str]:
    """The actor, malware family or coined name that both headlines name first among the subjects
    either side's headline names (`named_subjects`), written in one word or two, whichever record
    recognised it: empty when one headline names another subject first ("Nighthawk likely to
    become hackers' new tool after Cobalt Strike" is about Nighthawk)."""
    subjects = new.named_subjects | old.named_subjects
    one, two = _first_subject(new, subjects), _first_subject(old, subjects)
    return frozenset({one}) if one is not None and one == two else frozenset()


_BEFORE = AFTERMATH | {"than", "like", "replacing", "replaces", "successor", "comme", "remplacant", "wie"}


def _first_subject(side: Features, subjects: frozenset[str]) -> str | None:
    """Of `subjects`, the one `side`'s headline names first (its one or two words, or their
    compact spelling: "EAGERBEE", "Crazy Evil"), None when it names none — a name up to three words
    after "after", "than", "like" is what came before or what it is compared to, not the subject."""
    words = [compact(w) for w in side.headline_tokens]
    background = {i + k for i, w in enumerate(words) if w in _BEFORE for k in (1, 2, 3)}
    where: dict[str, int] = {}  # spelling → index of its first word in the headline
    for i, spelling in [*enumerate(words), *enumerate(map("".join, pairwise(words)))]:
        if i not in background:
            where[spelling] = min(i, where.get(spelling, i))
    found = [(where[compact(s)], s) for s in subjects if compact(s) in where]
    return min(found)[1] if found else None


# Signals that say two events: a difference, another subject, addition, reporter or product's
# flaw, one outlet's two pages.
_TWO_EVENTS = {
    S.DIFFERENT_VICTIMS, S.DIFFERENT_MONTHS, S.DIFFERENT_DAYS, S.DIFFERENT_CVES, S.DIFFERENT_ACTORS,
    S.DIFFERENT_COUNTRIES, S.DIFFERENT_COINED, S.DIFFERENT_KINDS, S.DIFFERENT_VENDORS, S.OTHER_SUBJECT,
    S.OTHER_ADDITION, S.OTHER_REPORTER, S.OTHER_PRODUCT_FLAW, S.SAME_OUTLET,
}  # fmt: skip


def thin_backing(new: Features, old: Features, signals: list[Signal]) -> frozenset[str]:
    """`thin_subjects`, unless a signal already says two events ("Chaos emerges after BlackSuit
    takedown": different kinds of event; other actors, coined names, vendors, a product's
    flaw) or both report police actions: one forum's or gang's arrests, charges and seizures
    come in series, each naming it (US charges against one member, French arrests of others)."""
    if new.maybe_enforcement and old.maybe_enforcement:
        return frozenset()
    if any(s.code in _TWO_EVENTS for s in signals[1:]):
        return frozenset()
    return thin_subjects(new, old)


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
    return absent(bare.named_subjects, listed)


def lookup_keys(article: Features) -> list[str]:
    """What the window's articles are looked up by besides their meaning: CVE ids, victim words and
    the subjects the headline names (its coined names, actors and malware families, `compact`ed:
    "StealC" / "Stealc"). A page that gave little but its headline is far, by embedding, from the
    full report naming its malware (cosine 0.29 for one such pair): without the subject as a key it
    is never compared with it."""
    subjects = (f"subject:{compact(s)}" for s in article.named_subjects)
    # A flaw's vendor (a headline-only page's names if it reads none): "Acme fixed a zero-day" is
    # far by embedding from the report of it (cosine 0.20-0.29), `thin_vendor` joins them.
    named = article.headline_names if article.headline_only and not article.vendor else frozenset()
    vendors = (f"vendor:{v}" for v in sorted((article.vendor | named) - PLATFORMS))
    return [*article.cves, *(f"victim:{v}" for v in article.victims), *subjects, *vendors]
