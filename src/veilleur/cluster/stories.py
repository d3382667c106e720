"""Incremental same-story clustering.

Each new article is compared with every article of the window (the last `WINDOW` days on either
side): one matrix product gives the cosine of their multilingual embeddings and one comparison the
MinHash agreement of their wording. The closest few, and those sharing a CVE id or a victim, are
scored on the evidence; the article joins the story of its best match when the score reaches
`Weights.join`, else it starts a story; when nothing of the window takes it, an article 5 to 7
days away (`SPAN`) naming one of its victims may, on twice the evidence (`Weights.late_join`: a
breach's second week). Story ids are the id of the story's first article, so they
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

import numpy as np
from numpy.typing import NDArray

from veilleur.cluster import agreement as ag
from veilleur.cluster import evidence as ev
from veilleur.cluster.blas import one_blas_thread
from veilleur.cluster.embed import DIMENSIONS
from veilleur.cluster.features import Features
from veilleur.cluster.minhash import NUM_PERM, no_words
from veilleur.cluster.pair_score import score_pair
from veilleur.cluster.weights import Decision, Weights
from veilleur.models.signals import Signal, signal
from veilleur.models.signals import SignalCode as S

__all__ = ["NEAR_DUPLICATE", "SPAN", "WINDOW", "Clusterer", "Decision", "Weights"]

WINDOW = timedelta(days=4)  # labelled same-story groups span a few days
# A story takes no article dated more than this after its first one: follow-ups weeks later are
# other stories, and a story that could always take the next day's look-alike would drift from
# one event to the next ("next month's Patch Tuesday" through the articles between).
SPAN = timedelta(days=7)

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
        """(score, signals) of `new` against `old` (`pair_score.score_pair` with these weights)."""
        return score_pair(self.weights, new, old, cosine, text)

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
        agreement = _agreement(self._hashes[:n], new)
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

    def _late_candidates(self, new: Features) -> list[tuple[str, float, float]]:
        """(article, cosine, MinHash agreement) of the articles past the window but within `SPAN`
        that recognise a victim word of `new`: the only ones a late report may join."""
        index, today = self._position, new.day.toordinal()
        late = set()
        for word in sorted(new.victims):
            for article in self.by_key.get(f"victim:{word}", [])[-self.weights.key_candidates :]:
                i = index.get(article)
                if i is not None and WINDOW.days < abs(int(self._day_numbers[i]) - today) <= SPAN.days:
                    late.add(i)
        return [
            (
                self._ids[i],
                float(self._embeddings[i] @ new.embedding),
                float(_agreement(self._hashes[i : i + 1], new)[0]),
            )
            for i in sorted(late)
        ]

    def _scored(
        self, new: Features, candidates: list[tuple[str, float, float]], needed: float
    ) -> list[tuple[float, str, list[Signal], float]]:
        """(score, candidate, signals, MinHash agreement) of the candidates scoring `needed`, best
        first."""
        scored = []
        for candidate, cosine, text in candidates:
            score, signals = self.score(new, self.articles[candidate], cosine, text)
            if score >= needed:
                scored.append((score, candidate, signals, text))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return scored

    def add(self, new: Features) -> Decision:
        decision = self._placed(new, self._scored(new, self._candidates(new), self.weights.join))
        if decision.joined is None and new.victims:
            # Nothing of the window takes it: a report 5 to 7 days after another of the same
            # victim (a breach's second week) joins on that victim shared and on twice the
            # window's evidence; one theme's reports a week apart read as alike, and a CVE id, an
            # actor or a number shared a week apart is as often another event (a Patch Tuesday
            # listing last week's flaw, one gang's next victim).
            late = [
                one
                for one in self._scored(new, self._late_candidates(new), self.weights.late_join)
                if any(s.code == S.SHARED_VICTIM for s in one[2])
            ]
            placed = self._placed(new, late)
            decision = placed if placed.joined is not None else decision
        self._index(new, decision.story_id)
        return decision

    def _placed(self, new: Features, scored: list[tuple[float, str, list[Signal], float]]) -> Decision:
        """The story of the best match whose story takes `new` (`_story_conflict`), else a story
        of its own."""
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


def _agreement(hashes: NDArray[np.uint64], new: Features) -> NDArray[np.float64]:
    """MinHash agreement of each row of `hashes` with `new`'s; none when `new` has no content
    words. Every page with nothing to read (scripts only, a parse that found nothing, a bare
    error page) has the MinHash of the empty word: two such pages of `stories --jsonl`, which
    places every page, agreed fully and joined as near-duplicates of each other."""
    if np.array_equal(new.minhash, no_words()):
        return np.zeros(len(hashes))
    return np.asarray((hashes == new.minhash).mean(axis=1), dtype=np.float64)
