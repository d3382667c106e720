"""The evidence score of one pair of articles (`Clusterer.score`).

`score_pair` adds the weighted closeness of two articles (embedding cosine, MinHash agreement,
shared names, headline words, translated headline words) and the evidence of their Intel records
(a victim, CVE ids, an actor, numbers shared), subtracts what sets them apart (other countries,
coined names, kinds of event, vendors, one outlet), and gives 0.0 with the signal that says why when
one fact alone keeps them apart (two first victims, two months or days, two subjects of one
template, two catalogue additions or teams' findings, two flaws, one actor's two operations, or
nothing but closeness of meaning). The steps run in that order and each appends its signals, so a
decision's signals read in the order the evidence was weighed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from heapq import nsmallest

from veilleur.cluster import agreement as ag
from veilleur.cluster import evidence as ev
from veilleur.cluster.features import Features
from veilleur.cluster.identity import additions_apart, aliases_apart
from veilleur.cluster.reporters import reporters_apart
from veilleur.cluster.vocabulary import PLATFORMS
from veilleur.cluster.weights import Weights
from veilleur.models.signals import Signal, SignalCode, signal
from veilleur.models.signals import SignalCode as S

__all__ = ["BACKING", "SIGNAL_CVES", "score_pair"]

# Signals that back closeness of meaning (`_corroborated`).
BACKING = {S.SHARED_CVE, S.SHARED_VICTIM, S.SHARED_NUMBERS, S.SHARED_SUBJECT}
SIGNAL_CVES = 20  # CVE ids a signal lists, the first in order (a Patch Tuesday shares a hundred)


@dataclass
class _Tally:
    """The running score of a pair and the signals that explain it, in the order weighed."""

    score: float
    signals: list[Signal] = field(default_factory=list)

    def add(self, weight: float, code: SignalCode, *args: str) -> None:
        self.score += weight
        self.signals.append(signal(code, *args))


def score_pair(
    w: Weights, new: Features, old: Features, cosine: float, text: float
) -> tuple[float, list[Signal]]:
    """(score, signals) of `new` against `old`: `cosine` of their embeddings and `text` their MinHash
    agreement (both in [0, 1]); the score is compared with `w.join` by the caller, 0.0 when a fact
    keeps the two apart (the last signal says which)."""
    names = ag.jaccard(new.names, old.names)
    titles, event = ag.headline_overlap(new, old)
    tally = _Tally(w.cosine * max(0.0, cosine - w.cosine_floor) + w.text * text + w.names * names)
    tally.score += w.titles * titles + w.translated * ag.translated_overlap(new, old)
    tally.signals.append(signal(S.SCORES, f"{cosine:.2f}", f"{text:.2f}", f"{names:.2f}", f"{titles:.2f}"))
    victim_shared, apart = _victims(w, new, old, text, tally)
    apart = apart or _dated_apart(new, old) or _subjects_apart(w, new, old, titles)
    cves = new.cves & old.cves
    apart = apart or _flaws(w, new, old, cves, tally)
    if apart is not None:
        return 0.0, [*tally.signals, signal(apart)]
    actors = ag.shared_actors(new, old)
    numbers = new.numbers & old.numbers
    # A victim recognised on both sides, or one side's first victim the other names: not alone.
    alone = bool(actors) and not (cves or numbers or victim_shared)
    apart = _one_actor_apart(w, new, old, cosine, actors) if alone else None
    if apart is not None:
        return 0.0, [*tally.signals, signal(apart)]
    _shared_and_apart(w, new, old, actors, numbers, tally)
    # Names or headline words that are only a platform's, a registry's, a big vendor's or an
    # agency's ("ChatGPT", "GitHub", "PyPI", "Europol") are shared by many events: no backing
    # (`headline_overlap` zeroes `event` so).
    if new.names & old.names <= PLATFORMS:
        names = 0.0
    if cosine < w.lone_cosine and (ev.victim_unnamed_by(new, old) or ev.victim_unnamed_by(old, new)):
        # An attack on a named victim, and a report on its sector or region that never names
        # it ("Collins Aerospace" / "European aerospace sector"): the setting is no backing.
        names, event = ag.beyond_descriptors(new, old)
    lone = w.thin_lone_cosine if new.headline_only != old.headline_only and not actors else w.lone_cosine
    if cosine < lone and not _corroborated(w, names, event, text, tally.signals):
        # Nothing but closeness of meaning: two stories of one theme the same week (two
        # Chinese accusations, two AI essays, a French post and another flaw's report).
        return 0.0, [*tally.signals, signal(S.EMBEDDING_ALONE)]
    return tally.score, tally.signals


def _victims(
    w: Weights, new: Features, old: Features, text: float, tally: _Tally
) -> tuple[bool, SignalCode | None]:
    """(a victim shared, the code that keeps the pair apart or None), adding the shared victim."""
    victim_shared = bool(new.victims & old.victims)
    if new.victims and old.victims:
        shared = new.victims & old.victims
        if ev.victims_apart(
            new.victim or new.victims,
            new.victims | new.mentioned,
            old.victim or old.victims,
            old.victims | old.mentioned,
        ):
            # However alike the wording (templated reports, one gang's leak-site posts), two
            # articles whose first victims the other does not name are two attacks.
            return victim_shared, S.DIFFERENT_VICTIMS
        both = ag.victim_of_both(new, old, shared)
        if both <= PLATFORMS:  # DeepSeek, GitHub: the victim of many events at once
            tally.add(0.0, S.PLATFORM_VICTIM if both else S.VICTIMS_CROSSED, *sorted(both))
        else:
            tally.add(w.shared_victim, S.SHARED_VICTIM, *sorted(both))
            victim_shared = bool(both)
    elif (new.victims or old.victims) and text >= w.template:
        named, other = (new, old) if new.victims else (old, new)
        victim = named.victim or named.victims
        if victim & named.title_words and not victim & other.mentioned:
            # Templated pages (one gang's leak-site posts, one outlet's breach notices) share
            # their wording whoever the victim: when one headline names its victim and the
            # other page, whose victim was missed, never names it, they are two attacks.
            return victim_shared, S.VICTIM_NOT_NAMED
    return victim_shared, None


def _dated_apart(new: Features, old: Features) -> SignalCode | None:
    """Two months or two days the headlines (or the leads' stated dates) set apart, or None."""
    if new.months and old.months and not new.months & old.months:
        # Two headlines dated to two months: this month's release is not last month's.
        return S.DIFFERENT_MONTHS
    stated_months = ev.days_apart(new.months, old.months, old.stated_months) or ev.days_apart(
        old.months, new.months, new.stated_months
    )
    if stated_months and not ag.same_subject(new, old):
        # A headline's month against the months the other lead dates its event to (a lead
        # also recalls earlier months: a shared CVE id or victim says it is a follow-up).
        return S.DIFFERENT_MONTHS
    dated_apart = ev.days_apart(new.dates, old.dates, old.stated_days) or ev.days_apart(
        old.dates, new.dates, new.stated_days
    )
    if dated_apart and not ag.same_subject(new, old):
        # Two headlines dated to two days: one outlet's daily pages (a podcast, a bulletin)
        # are alike every day, and one day's is not the next day's. Dated follow-ups of one
        # incident or flaw ("update of 3 March", "4 March statement") name its CVE id or victim.
        return S.DIFFERENT_DAYS
    return None


def _subjects_apart(w: Weights, new: Features, old: Features, titles: float) -> SignalCode | None:
    """Two subjects of one template, two catalogue additions or two teams' findings, or None."""
    same_source = bool(new.source) and new.source == old.source
    if same_source and titles >= w.template and ev.headlines_apart(new, old):
        # One outlet's templated headlines ("CISA adds <product> flaw to its catalog"):
        # the template is shared, the subject each names is absent from the other.
        return S.OTHER_SUBJECT
    if additions_apart(new, old):
        # Two additions to an agency's catalogue of exploited flaws naming other products (one
        # vendor's flaws added on two days), or an addition and another event of its product.
        return S.OTHER_ADDITION
    if reporters_apart(new, old):
        # Two teams credited, neither named by the other side: two findings on one subject.
        return S.OTHER_REPORTER
    return None


def _flaws(
    w: Weights, new: Features, old: Features, cves: frozenset[str], tally: _Tally
) -> SignalCode | None:
    """Weigh the CVE ids (`cves`: those both name): shared, a few each and none shared (apart), or
    two products' flaws."""
    if cves and ev.lead_flaws_apart(new, old):
        # The id both name is an aside of one side: its lead's flaws are other flaws.
        return S.DIFFERENT_CVES
    if cves:
        tally.add(w.shared_cve, S.SHARED_CVE, *nsmallest(SIGNAL_CVES, cves))
    elif new.cves and old.cves and min(len(new.cves), len(old.cves)) <= w.few_cves:
        # A few flaws each, none the same: another disclosure ("same vendor, other flaw").
        # Two long lists (two outlets' picks of one Patch Tuesday) may well not overlap.
        return S.DIFFERENT_CVES
    elif ev.other_products_flaws(new, old, w.few_cves):
        tally.add(-w.other_coined, S.OTHER_PRODUCT_FLAW)
    return None


def _one_actor_apart(
    w: Weights, new: Features, old: Features, cosine: float, actors: frozenset[str]
) -> SignalCode | None:
    """When one actor is all the pair shares: another of its victims, another vendor's name for it,
    or another of its operations keeps the two apart."""
    if ev.unnamed_victim(new, old) or ev.unnamed_victim(old, new):
        # One actor, and only it: a headline's victim the other never names is another of
        # its operations ("Latvia says Russian hackers phished its ministry").
        return S.OTHER_VICTIM
    if aliases_apart(new, old, actors):
        # One actor under two vendors' names, neither named by the other side: two reports.
        return S.OTHER_VENDOR_NAME
    operation = ev.unnamed_operation(new, old, actors) or ev.unnamed_operation(old, new, actors)
    if operation and cosine < w.other_operation:
        # Only an actor shared, meanings apart, a malware only one side names: two operations.
        return S.OTHER_OPERATION
    return None


def _shared_and_apart(
    w: Weights, new: Features, old: Features, actors: frozenset[str], numbers: frozenset[str], tally: _Tally
) -> None:
    """Add the actors and numbers shared, subtract what sets the two apart without deciding alone."""
    if actors:
        tally.add(w.shared_actor, S.SHARED_ACTOR, *sorted(actors))
    elif ev.actors_apart(new, old):
        tally.add(-w.other_actors, S.DIFFERENT_ACTORS)
    if numbers:
        tally.add(w.shared_number * min(3, len(numbers)), S.SHARED_NUMBERS, *sorted(numbers)[:3])
    if days := ev.shared_days(new, old):
        # A daily page and its summary, which shares few words with it: one day's episode. No
        # backing of its own (`BACKING`): one day's pages of two outlets are as often two events.
        tally.add(w.shared_day, S.SHARED_DAY, *(f"{m:02d}-{d:02d}" for m, d in sorted(days)))
    if new.countries and old.countries and not new.countries & old.countries:
        tally.add(-w.other_countries, S.DIFFERENT_COUNTRIES)
    if ev.coined_apart(new, old):
        # Each headline names a coined name (GodRAT, PipeMagic, DCHSpy, BugSleep) or a
        # malware family or actor (Perfctl / SRBMiner on one target) that the other article
        # never mentions: two malware families, two flaws, two operations.
        tally.add(-w.other_coined, S.DIFFERENT_COINED)
    if (new.enforcement and not old.maybe_enforcement) or (old.enforcement and not new.maybe_enforcement):
        # An arrest, a charge or a takedown against an attack's or a campaign's report: the
        # names are shared (the gang, the victim), the event is another one, often weeks later.
        tally.add(-w.other_kind, S.DIFFERENT_KINDS)
    if new.vendor and old.vendor and not new.vendor & old.mentioned and not old.vendor & new.mentioned:
        # Two vendors' flaws, neither named by the other article: two disclosures, whatever
        # the day ("SAP's and Microsoft's August fixes") or the kind of product they share.
        tally.add(-w.other_vendor, S.DIFFERENT_VENDORS)
    if new.source and new.source == old.source:
        # An outlet names its own researchers and products everywhere, and rarely tells the
        # same story twice in a few days.
        tally.add(-w.same_source, S.SAME_OUTLET)
    if subjects := ag.thin_backing(new, old, tally.signals):
        # A page with little but its headline (cut short, its body not captured) has no lead
        # to compare: its headline's subject, named by the other article, stands for it.
        tally.add(w.thin_subject, S.SHARED_SUBJECT, *sorted(subjects))


def _corroborated(w: Weights, names: float, titles: float, text: float, signals: list[Signal]) -> bool:
    """Whether anything but closeness of meaning says the two articles tell one event: names,
    headline words (Jaccard, theme words left out: `titles`) or wording, a CVE id, a victim or
    a number shared. A shared actor is no corroboration: "same gang, other victim" shares it
    too; nor is a theme ("new malware campaign", "nouvelle campagne de phishing"), nor a
    platform (`PLATFORMS`: the caller zeroes names and headline words that are only that)."""
    return (
        names >= w.lone_overlap
        or titles >= w.lone_titles
        or text >= w.lone_text
        or any(s.code in BACKING for s in signals[1:])
    )
