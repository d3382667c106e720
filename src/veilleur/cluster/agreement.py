"""Evidence about two articles, or an article and a story, that says they tell one event: the
subject, victim or actor both name, how much their headlines share (as written, as stems, read in
English), the subject a headline-only page shares, and the keys the window is looked up by. What
says two events is `evidence`."""

from __future__ import annotations

from itertools import pairwise

from veilleur.cluster.descriptors import descriptor
from veilleur.cluster.evidence import StoryEvidence, absent
from veilleur.cluster.features import Features, compact
from veilleur.cluster.identity import headline_actors
from veilleur.cluster.lexicon import in_english
from veilleur.cluster.vocabulary import AFTERMATH, ENFORCEMENT, PLATFORMS, THEME
from veilleur.models.signals import Signal
from veilleur.models.signals import SignalCode as S


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
            # A coined name, or a gang's or malware's name both headlines say first: the subject
            # of both, whichever record recognised it ("Eagerbee backdoor targets…" / "New
            # EAGERBEE variant…") — unless the thin headline also names what the other never
            # does: one actor's other operation ("Emerald Sleet targets a ministry with new
            # Quillbane backdoor", "Lamehug malware linked to APT28" / APT28's other malware).
            for subjects in (
                frozenset(s for s in thin.coined - common if compact(s) in other.spellings),
                headline_subjects(thin, other) - common,
            ):
                if not absent(thin.named_subjects - subjects, other):
                    found.update(subjects)
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


_KIND = {"hacker", "hackers", "hacking", "threat", "ransomware", "cybercrime", "apt", "spy", "espionage"}
_BEFORE = AFTERMATH | {"than", "like", "replacing", "replaces", "successor", "comme", "remplacant", "wie"}


def _first_subject(side: Features, subjects: frozenset[str]) -> str | None:
    """Of `subjects`, the one `side`'s headline names first (its one or two words, or their
    compact spelling: "EAGERBEE", "Crazy Evil"), None when it names none — a name up to three words
    after "after", "than", "like" is what came before or what it is compared to, not the subject."""
    words = [compact(w) for w in side.headline_tokens]
    background = {i + k for i, w in enumerate(words) if w in _BEFORE for k in (1, 2, 3)}
    where: dict[str, int] = {}  # spelling → index of its first word in the headline
    # A gang's two words may frame its kind: "XE Hacker Group" names "XE Group".
    framed = [(i, words[i] + words[i + 2]) for i in range(len(words) - 2) if words[i + 1] in _KIND]
    for i, spelling in [*enumerate(words), *enumerate(map("".join, pairwise(words))), *framed]:
        if i not in background:
            where[spelling] = min(i, where.get(spelling, i))
    # An actor named by one vendor's name ("Secret Blizzard") is named under its canonical one
    # ("turla") too: another outlet's headline may say the other name of the same actor.
    for canonical, written in headline_actors(side.title):
        if written in where:
            where.setdefault(compact(canonical), where[written])
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
    flaw) or both report police actions of two kinds: one forum's or gang's arrests, charges and
    seizures come in series, each naming it (US charges against one member, French arrests of
    others); two headlines counting one operation's arrests tell one action."""
    if new.maybe_enforcement and old.maybe_enforcement and not _same_police_action(new, old):
        return frozenset()
    if any(s.code in _TWO_EVENTS for s in signals[1:]):
        return frozenset()
    return thin_subjects(new, old)


def _same_police_action(new: Features, old: Features) -> bool:
    """Whether the two headlines name one kind of police action (a word of one stem: "arrests" /
    "arrested"): one operation's results told twice. Another kind is the series' next step (one
    member indicted, then others arrested)."""
    return bool(stems(new.police_words[0]) & stems(old.police_words[0]))


def lookup_keys(article: Features) -> list[str]:
    """What the window's articles are looked up by besides their meaning: CVE ids, victim words and
    the subjects the headline names (its coined names, actors and malware families, `compact`ed:
    "StealC" / "Stealc"). A page that gave little but its headline is far, by embedding, from the
    full report naming its malware (cosine 0.29 for one such pair): without the subject as a key it
    is never compared with it. Each kind in alphabetical order: the keys are read in turn until
    enough candidates are found, and a set's order follows the process's hash seed: two runs
    could compare one page with different articles."""
    subjects = (f"subject:{compact(s)}" for s in sorted(article.named_subjects))
    # A flaw's vendor (a headline-only page's names if it reads none): "Acme fixed a zero-day" is
    # far by embedding from the report of it (cosine 0.20-0.29), `thin_vendor` joins them.
    named = article.headline_names if article.headline_only and not article.vendor else frozenset()
    vendors = (f"vendor:{v}" for v in sorted((article.vendor | named) - PLATFORMS))
    return [*sorted(article.cves), *(f"victim:{v}" for v in sorted(article.victims)), *subjects, *vendors]
