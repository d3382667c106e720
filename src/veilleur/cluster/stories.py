"""Incremental same-story clustering.

Each new article is compared with every article of the window (the last `WINDOW` days on either
side): one matrix product gives the cosine of their multilingual embeddings and one comparison the
MinHash agreement of their wording. The closest few, and those sharing a CVE id or a victim, are
scored on the evidence; the article joins the story of its best match when the score reaches
`Weights.join`, else it starts a story. Story ids are the id of the story's first article, so they
never change as stories grow. What keeps look-alikes apart: first victims neither article names in
the other ("same gang, other victim", "two hospitals the same week"), a few CVE ids each and none
shared ("same vendor, other flaw"), headlines dated to two months ("next month's Patch Tuesday"), or
to two days when they share no CVE id or victim (one outlet's daily podcast), coined names of two
headlines neither article shares (GodRAT / PipeMagic), one outlet's templated headlines naming two
subjects, a templated page whose victim was missed and never names the other's, closeness of meaning
with nothing to back it (no shared name, headline word, wording, CVE id, victim or number — an actor
shared is no backing: "same gang, other event", nor names and headline words that are only a
platform's, registry's, big vendor's or agency's: "ChatGPT", "GitHub", "PyPI", "Europol"), a police
action against an attack's report (the arrest weeks later, a takedown), one actor with a victim
one headline names and the other never does, an attack's setting (places, sectors: `descriptors`)
shared with its sector's news, two catalogue additions or two teams' findings (`identity`,
`reporters`), one actor under two vendors' names, the window, and an outlet's own vocabulary.
Victims, CVE ids, headline months and days and the story's first day (`SPAN`) are checked against
the whole story, so that no article bridges two stories.

Cost per article is bounded by the window's size, not the history: old articles leave once a day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import date, timedelta
from heapq import nsmallest

import numpy as np

from veilleur.cluster import agreement as ag
from veilleur.cluster import evidence as ev
from veilleur.cluster.blas import one_blas_thread
from veilleur.cluster.embed import DIMENSIONS
from veilleur.cluster.features import Features
from veilleur.cluster.identity import additions_apart, aliases_apart
from veilleur.cluster.minhash import NUM_PERM
from veilleur.cluster.reporters import reporters_apart
from veilleur.cluster.vocabulary import PLATFORMS
from veilleur.cluster.weights import Decision, Weights
from veilleur.models.signals import Signal, signal
from veilleur.models.signals import SignalCode as S

__all__ = ["NEAR_DUPLICATE", "SPAN", "WINDOW", "Clusterer", "Decision", "Weights"]

WINDOW = timedelta(days=4)  # labelled same-story groups span a few days
# A story takes no article dated more than this after its first one: follow-ups weeks later are
# other stories, and a story that could always take the next day's look-alike would drift from
# one event to the next ("next month's Patch Tuesday" through the articles between).
SPAN = timedelta(days=7)


# Signals that back closeness of meaning (`Clusterer._corroborated`).
BACKING = {S.SHARED_CVE, S.SHARED_VICTIM, S.SHARED_NUMBERS, S.SHARED_SUBJECT}
SIGNAL_CVES = 20  # CVE ids a signal lists, the first in order (a Patch Tuesday shares a hundred)
# Text this similar is the same article (a syndicated copy, an updated version), not a retelling.
NEAR_DUPLICATE = 0.8


class Clusterer:
    def __init__(self, weights: Weights | None = None) -> None:
        self.weights = weights or Weights()
        self.articles: dict[str, Features] = {}
        self.story_of: dict[str, str] = {}
        self.by_key: dict[str, list[str]] = defaultdict(list)  # CVE ids and victim words
        self._ids: list[str] = []
        self._days: list[int] = []
        self._embeddings = np.zeros((256, DIMENSIONS), dtype=np.float32)
        self._hashes = np.zeros((256, NUM_PERM), dtype=np.uint64)
        self._day_numbers = np.zeros(256, dtype=np.int64)  # `_days` as an array, for the masks
        self._position: dict[str, int] = {}  # article id → its row in the matrices
        self._pruned_until: date | None = None
        # Per story of the window: (first day, victim words, CVE ids) of its articles.
        self._stories: dict[str, ev.StoryEvidence] = {}
        self._one_thread = False  # inside `one_thread()`: BLAS limited once for many articles

    @contextmanager
    def one_thread(self) -> Iterator[None]:
        """Place many articles with BLAS limited to one thread once (limiting it at each article
        costs about 0.1 ms, a fifth of placing one in a window of 2,000)."""
        with one_blas_thread():
            self._one_thread = True
            try:
                yield
            finally:
                self._one_thread = False

    def score(self, new: Features, old: Features, cosine: float, text: float) -> tuple[float, list[Signal]]:
        w = self.weights
        names = ag.jaccard(new.names, old.names)
        titles, event = ag.headline_overlap(new, old)
        score = w.cosine * max(0.0, cosine - w.cosine_floor) + w.text * text + w.names * names
        score += w.titles * titles + w.translated * ag.translated_overlap(new, old)
        signals = [signal(S.SCORES, f"{cosine:.2f}", f"{text:.2f}", f"{names:.2f}", f"{titles:.2f}")]
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
                return 0.0, [*signals, signal(S.DIFFERENT_VICTIMS)]
            both = ag.victim_of_both(new, old, shared)
            if both <= PLATFORMS:  # DeepSeek, GitHub: the victim of many events at once
                signals.append(signal(S.PLATFORM_VICTIM if both else S.VICTIMS_CROSSED, *sorted(both)))
            else:
                score += w.shared_victim
                signals.append(signal(S.SHARED_VICTIM, *sorted(both)))
                victim_shared = bool(both)
        elif (new.victims or old.victims) and text >= w.template:
            named, other = (new, old) if new.victims else (old, new)
            victim = named.victim or named.victims
            if victim & named.title_words and not victim & other.mentioned:
                # Templated pages (one gang's leak-site posts, one outlet's breach notices) share
                # their wording whoever the victim: when one headline names its victim and the
                # other page, whose victim was missed, never names it, they are two attacks.
                return 0.0, [*signals, signal(S.VICTIM_NOT_NAMED)]
        if new.months and old.months and not new.months & old.months:
            # Two headlines dated to two months: this month's release is not last month's.
            return 0.0, [*signals, signal(S.DIFFERENT_MONTHS)]
        stated_months = ev.days_apart(new.months, old.months, old.stated_months) or ev.days_apart(
            old.months, new.months, new.stated_months
        )
        if stated_months and not ag.same_subject(new, old):
            # A headline's month against the months the other lead dates its event to (a lead
            # also recalls earlier months: a shared CVE id or victim says it is a follow-up).
            return 0.0, [*signals, signal(S.DIFFERENT_MONTHS)]
        dated_apart = ev.days_apart(new.dates, old.dates, old.stated_days) or ev.days_apart(
            old.dates, new.dates, new.stated_days
        )
        if dated_apart and not ag.same_subject(new, old):
            # Two headlines dated to two days: one outlet's daily pages (a podcast, a bulletin)
            # are alike every day, and one day's is not the next day's. Dated follow-ups of one
            # incident or flaw ("update of 3 March", "4 March statement") name its CVE id or victim.
            return 0.0, [*signals, signal(S.DIFFERENT_DAYS)]
        same_source = bool(new.source) and new.source == old.source
        if same_source and titles >= w.template and ev.headlines_apart(new, old):
            # One outlet's templated headlines ("CISA adds <product> flaw to its catalog"):
            # the template is shared, the subject each names is absent from the other.
            return 0.0, [*signals, signal(S.OTHER_SUBJECT)]
        if additions_apart(new, old):
            # Two additions to an agency's catalogue of exploited flaws naming other products (one
            # vendor's flaws added on two days), or an addition and another event of its product.
            return 0.0, [*signals, signal(S.OTHER_ADDITION)]
        if reporters_apart(new, old):
            # Two teams credited, neither named by the other side: two findings on one subject.
            return 0.0, [*signals, signal(S.OTHER_REPORTER)]
        cves = new.cves & old.cves
        if cves and ev.lead_flaws_apart(new, old):
            # The id both name is an aside of one side: its lead's flaws are other flaws.
            return 0.0, [*signals, signal(S.DIFFERENT_CVES)]
        if cves:
            score += w.shared_cve
            signals.append(signal(S.SHARED_CVE, *nsmallest(SIGNAL_CVES, cves)))
        elif new.cves and old.cves and min(len(new.cves), len(old.cves)) <= w.few_cves:
            # A few flaws each, none the same: another disclosure ("same vendor, other flaw").
            # Two long lists (two outlets' picks of one Patch Tuesday) may well not overlap.
            return 0.0, [*signals, signal(S.DIFFERENT_CVES)]
        elif ev.other_products_flaws(new, old, w.few_cves):
            score -= w.other_coined
            signals.append(signal(S.OTHER_PRODUCT_FLAW))
        actors = ag.shared_actors(new, old)
        numbers = new.numbers & old.numbers
        # A victim recognised on both sides, or one side's first victim the other names: not alone.
        alone = actors and not (cves or numbers or victim_shared)
        if alone and (ev.unnamed_victim(new, old) or ev.unnamed_victim(old, new)):
            # One actor, and only it: a headline's victim the other never names is another of
            # its operations ("Latvia says Russian hackers phished its ministry").
            return 0.0, [*signals, signal(S.OTHER_VICTIM)]
        if alone and aliases_apart(new, old, actors):
            # One actor under two vendors' names, neither named by the other side: two reports.
            return 0.0, [*signals, signal(S.OTHER_VENDOR_NAME)]
        operation = alone and (
            ev.unnamed_operation(new, old, actors) or ev.unnamed_operation(old, new, actors)
        )
        if operation and cosine < w.other_operation:
            # Only an actor shared, meanings apart, a malware only one side names: two operations.
            return 0.0, [*signals, signal(S.OTHER_OPERATION)]
        if actors:
            score += w.shared_actor
            signals.append(signal(S.SHARED_ACTOR, *sorted(actors)))
        elif ev.actors_apart(new, old):
            score -= w.other_actors
            signals.append(signal(S.DIFFERENT_ACTORS))
        if numbers:
            score += w.shared_number * min(3, len(numbers))
            signals.append(signal(S.SHARED_NUMBERS, *sorted(numbers)[:3]))
        if new.countries and old.countries and not new.countries & old.countries:
            score -= w.other_countries
            signals.append(signal(S.DIFFERENT_COUNTRIES))
        if ev.coined_apart(new, old):
            # Each headline names a coined name (GodRAT, PipeMagic, DCHSpy, BugSleep) or a
            # malware family or actor (Perfctl / SRBMiner on one target) that the other article
            # never mentions: two malware families, two flaws, two operations.
            score -= w.other_coined
            signals.append(signal(S.DIFFERENT_COINED))
        if (new.enforcement and not old.maybe_enforcement) or (old.enforcement and not new.maybe_enforcement):
            # An arrest, a charge or a takedown against an attack's or a campaign's report: the
            # names are shared (the gang, the victim), the event is another one, often weeks later.
            score -= w.other_kind
            signals.append(signal(S.DIFFERENT_KINDS))
        if new.vendor and old.vendor and not new.vendor & old.mentioned and not old.vendor & new.mentioned:
            # Two vendors' flaws, neither named by the other article: two disclosures, whatever
            # the day ("SAP's and Microsoft's August fixes") or the kind of product they share.
            score -= w.other_vendor
            signals.append(signal(S.DIFFERENT_VENDORS))
        if new.source and new.source == old.source:
            # An outlet names its own researchers and products everywhere, and rarely tells the
            # same story twice in a few days.
            score -= w.same_source
            signals.append(signal(S.SAME_OUTLET))
        if subjects := ag.thin_backing(new, old, signals):
            # A page with little but its headline (cut short, its body not captured) has no lead
            # to compare: its headline's subject, named by the other article, stands for it.
            score += w.thin_subject
            signals.append(signal(S.SHARED_SUBJECT, *sorted(subjects)))
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
        if cosine < lone and not self._corroborated(names, event, text, signals):
            # Nothing but closeness of meaning: two stories of one theme the same week (two
            # Chinese accusations, two AI essays, a French post and another flaw's report).
            return 0.0, [*signals, signal(S.EMBEDDING_ALONE)]
        return score, signals

    def _corroborated(self, names: float, titles: float, text: float, signals: list[Signal]) -> bool:
        """Whether anything but closeness of meaning says the two articles tell one event: names,
        headline words (Jaccard, theme words left out: `titles`) or wording, a CVE id, a victim or
        a number shared. A shared actor is no corroboration: "same gang, other victim" shares it
        too; nor is a theme ("new malware campaign", "nouvelle campagne de phishing"), nor a
        platform (`PLATFORMS`: the caller zeroes names and headline words that are only that)."""
        w = self.weights
        return (
            names >= w.lone_overlap
            or titles >= w.lone_titles
            or text >= w.lone_text
            or any(s.code in BACKING for s in signals[1:])
        )

    def _story_conflict(self, new: Features, story: str) -> str | None:
        """Why `new` cannot join `story` whatever its best match there says, or None: the story is
        older than `SPAN`, or its articles name victims (or a few CVE ids, or date their headlines
        to months) none of which `new` names. Checked against the whole story, not only the
        matched article, so that an article naming no victim does not bridge two attacks on two
        victims, nor an undated headline two months' releases."""
        known = self._stories[story]
        if new.day - known.first_day > SPAN:
            return "story too old"
        if new.victims and ev.victims_apart(
            new.victim or new.victims,
            new.victims | new.mentioned,
            known.first_victims or known.victims,
            known.named,
        ):
            return "different victims"
        cves = known.cves
        if new.cves and cves and not new.cves & cves and len(new.cves) <= self.weights.few_cves:
            return "different CVE ids"
        if new.months and known.months and not new.months & known.months:
            return "different months"
        stated_months = ev.days_apart(new.months, known.months, known.stated_months) or ev.days_apart(
            known.months, new.months, new.stated_months
        )
        if stated_months and not ag.same_story_subject(new, known):
            return "different months"
        dated_apart = ev.days_apart(new.dates, known.dates, known.stated_days) or ev.days_apart(
            known.dates, new.dates, new.stated_days
        )
        if dated_apart and not ag.same_story_subject(new, known):
            return "different days"
        return None

    def _candidates(self, new: Features) -> list[tuple[str, float, float]]:
        """(article, cosine, MinHash agreement) of the window's articles worth a full score."""
        n = len(self._ids)
        if not n:
            return []
        near = np.abs(self._day_numbers[:n] - new.day.toordinal()) <= WINDOW.days
        with nullcontext() if self._one_thread else one_blas_thread():
            cosines = self._embeddings[:n] @ new.embedding
        agreement = (self._hashes[:n] == new.minhash).mean(axis=1)
        rank = np.where(near, np.maximum(cosines, agreement * 2), -1.0)
        chosen = set(np.argsort(-rank)[: self.weights.candidates].tolist())
        chosen = {i for i in chosen if rank[i] >= self.weights.candidate_cosine}
        index = self._position
        for key in ag.lookup_keys(new):
            if len(chosen) >= self.weights.candidates + self.weights.key_candidates:
                break  # enough (the copies of a page naming 10,000 CVE ids share all of them)
            latest = self.by_key.get(key, [])[-self.weights.key_candidates :]
            chosen.update(index[a] for a in latest if a in index and near[index[a]])
        return [(self._ids[i], float(cosines[i]), float(agreement[i])) for i in chosen]

    def add(self, new: Features) -> Decision:
        scored = []
        for candidate, cosine, text in self._candidates(new):
            score, signals = self.score(new, self.articles[candidate], cosine, text)
            if score >= self.weights.join:
                scored.append((score, candidate, signals, text))
        scored.sort(key=lambda item: (-item[0], item[1]))
        decision = Decision(new.id, None, round(scored[0][0], 3) if scored else 0.0, [])
        for score, match, signals, text in scored:
            story = self.story_of[match]
            if self._story_conflict(new, story) is not None:
                continue
            copy = text >= NEAR_DUPLICATE
            if copy:
                signals = [*signals, signal(S.NEAR_DUPLICATE, match)]
            decision = Decision(story, match, round(score, 3), signals, near_duplicate=copy)
            break
        self._index(new, decision.story_id)
        return decision

    def remember(self, features: Features, story: str, first_day: date | None = None) -> None:
        """Index an article already placed in `story` (rebuilding the index from the store);
        `first_day`: the day of the story's first article, when it is older than the window."""
        self._index(features, story)
        if first_day is not None:
            known = self._stories[story]
            known.first_day = min(known.first_day, first_day)

    def rename(self, article_id: str, story: str) -> None:
        """Give the story just started by `article_id` (its only article) the store's id."""
        old = self.story_of[article_id]
        self.story_of[article_id] = story
        if old != story and old in self._stories:
            self._stories[story] = self._stories.pop(old).add(self._stories.get(story))

    def _index(self, new: Features, story: str) -> None:
        self.story_of[new.id] = story
        known = self._stories.get(story)
        if known is None:
            self._stories[story] = ev.StoryEvidence.of(new)
        else:
            known.add_article(new)  # in place: a join costs the article's words, not the story's
        if new.id not in self.articles:
            n = len(self._ids)
            if n == len(self._embeddings):
                self._embeddings = np.concatenate([self._embeddings, np.zeros_like(self._embeddings)])
                self._hashes = np.concatenate([self._hashes, np.zeros_like(self._hashes)])
                self._day_numbers = np.concatenate([self._day_numbers, np.zeros_like(self._day_numbers)])
            self._embeddings[n] = new.embedding
            self._hashes[n] = new.minhash
            self._day_numbers[n] = new.day.toordinal()
            self._position[new.id] = n
            self._ids.append(new.id)
            self._days.append(new.day.toordinal())
            for key in ag.lookup_keys(new):
                self.by_key[key].append(new.id)
        self.articles[new.id] = new
        horizon = new.day - WINDOW - WINDOW
        if self._pruned_until is None or horizon > self._pruned_until:
            self._forget(horizon)
            self._pruned_until = horizon

    def _forget(self, before: date) -> None:
        """Drop articles older than the window from the matrices and postings, once per day of
        input, so the cost of adding an article does not grow with the history (story ids are
        kept; the store holds them anyway)."""
        keep = [i for i, day in enumerate(self._days) if day >= before.toordinal()]
        if len(keep) == len(self._ids):
            return
        gone = {self._ids[i] for i in range(len(self._ids))} - {self._ids[i] for i in keep}
        n = len(keep)
        self._embeddings[:n] = self._embeddings[keep]
        self._hashes[:n] = self._hashes[keep]
        self._day_numbers[:n] = self._day_numbers[keep]
        self._ids = [self._ids[i] for i in keep]
        self._days = [self._days[i] for i in keep]
        self._position = {article_id: i for i, article_id in enumerate(self._ids)}
        for key in list(self.by_key):
            recent = [i for i in self.by_key[key] if i not in gone]
            if recent:
                self.by_key[key] = recent
            else:
                del self.by_key[key]
        for article_id in gone:
            self.articles.pop(article_id, None)
            self.story_of.pop(article_id, None)
        # Stories whose articles all left the window are forgotten (their first day stays: a
        # story's age counts from its first article even when that article has left).
        live = set(self.story_of.values())
        for story in [s for s in self._stories if s not in live]:
            del self._stories[story]
