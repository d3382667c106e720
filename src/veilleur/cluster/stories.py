"""Incremental same-story clustering.

Each new article is compared with the articles of recent stories that share something with it —
a MinHash LSH bucket, a CVE id or a rare name — and joins the story of its best match when the
combined evidence is strong enough; otherwise it starts a story. Story ids are the id of the
story's first article, so they never change as stories grow. What keeps look-alikes apart:
different CVE ids ("same vendor, different vulnerability"), the time window ("next month's Patch
Tuesday"), and names that must overlap beyond the actor ("same actor, different victim").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from datasketch import MinHashLSH

from veilleur.cluster.features import NUM_PERM, Features

WINDOW = timedelta(days=4)  # labelled same-story groups span at most 3 days
LSH_THRESHOLD = 0.2
JOIN_SCORE = 0.3  # tuned on same-story-dev: F1 0.98 there, between 0.26 (0.99) and 0.36 (0.95)
# A name shared by more recent articles than this says little ("Microsoft", "Google").
COMMON_NAME = 25
SAME_SOURCE = 0.2
MIN_TEXT = 0.1
# Text this similar is the same article (a syndicated copy, an updated version), not a retelling.
NEAR_DUPLICATE = 0.8


@dataclass
class Decision:
    story_id: str
    joined: str | None  # the article it was matched with, None for a new story
    score: float
    signals: list[str] = field(default_factory=list)
    near_duplicate: bool = False


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class Clusterer:
    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.articles: dict[str, Features] = {}
        self.story_of: dict[str, str] = {}
        self.by_cve: dict[str, list[str]] = defaultdict(list)
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self._pruned_until: date | None = None
        self._in_lsh: list[tuple[date, str]] = []

    def score(self, new: Features, old: Features) -> tuple[float, list[str]]:
        signals: list[str] = []
        text = new.minhash.jaccard(old.minhash)
        names = _jaccard(new.names, old.names)
        titles = _jaccard(new.title_words, old.title_words)
        score = 0.3 * text + 0.7 * names + 0.6 * titles
        signals.append(f"text {text:.2f}, names {names:.2f}, titles {titles:.2f}")
        if new.victims and old.victims and not new.victims & old.victims:
            # However alike the wording (templated reports, one gang's leak-site posts), two
            # named victims with nothing in common are two attacks.
            return 0.0, [*signals, "different victims"]
        if new.source and new.source == old.source:
            # An outlet names its own researchers and products everywhere, and rarely tells the
            # same story twice in a few days without new words in the title.
            score -= SAME_SOURCE
            signals.append("same outlet")
        shared = new.cves & old.cves
        if not shared and titles == 0 and text < MIN_TEXT:
            # Shared names alone (an outlet's own lab, a vendor) do not make the same event:
            # a retelling shares some title word, some wording, or the CVE.
            return 0.0, [*signals, "names only"]
        if shared:
            score += 0.2
            signals.append(f"shared CVE {', '.join(sorted(shared))}")
        elif new.cves and old.cves:
            score -= 0.5
            signals.append("different CVE ids")
        return score, signals

    def _candidates(self, new: Features) -> set[str]:
        found = set(self.lsh.query(new.minhash))
        for cve in new.cves:
            found.update(self.by_cve.get(cve, []))
        for name in new.names:
            posting = self.by_name.get(name, [])
            if len(posting) <= COMMON_NAME:
                found.update(posting)
        return {i for i in found if abs((self.articles[i].day - new.day).days) <= WINDOW.days}

    def add(self, new: Features) -> Decision:
        best: tuple[float, str | None, list[str]] = (0.0, None, [])
        for candidate in self._candidates(new):
            score, signals = self.score(new, self.articles[candidate])
            if score > best[0]:
                best = (score, candidate, signals)
        score, match, signals = best
        if match is not None and score >= JOIN_SCORE:
            story = self.story_of[match]
            copy = new.minhash.jaccard(self.articles[match].minhash) >= NEAR_DUPLICATE
            if copy:
                signals = [*signals, f"near-duplicate of {match}"]
            decision = Decision(story, match, round(score, 3), signals, near_duplicate=copy)
        else:
            story = new.id
            decision = Decision(story, None, round(score, 3), [])
        self._index(new, story)
        return decision

    def remember(self, features: Features, story: str) -> None:
        """Index an article already placed in `story` (rebuilding the index from the store)."""
        self._index(features, story)

    def rename(self, article_id: str, story: str) -> None:
        """Give the story just started by `article_id` (its only article) the store's id."""
        self.story_of[article_id] = story

    def _index(self, new: Features, story: str) -> None:
        self.articles[new.id] = new
        self.story_of[new.id] = story
        if new.id not in self.lsh:
            self.lsh.insert(new.id, new.minhash)
            self._in_lsh.append((new.day, new.id))
        for cve in new.cves:
            self.by_cve[cve].append(new.id)
        for name in new.names:
            self.by_name[name].append(new.id)
        horizon = new.day - WINDOW - WINDOW
        if self._pruned_until is None or horizon > self._pruned_until:
            self._forget(horizon)
            self._pruned_until = horizon

    def _forget(self, before: date) -> None:
        """Drop articles older than the window from the indexes, once per day of input, so the
        cost of adding an article does not grow with the history (stories and ids are kept)."""
        kept = []
        for day, article_id in self._in_lsh:
            if day < before:
                self.lsh.remove(article_id)
            else:
                kept.append((day, article_id))
        self._in_lsh = kept
        for postings in (self.by_cve, self.by_name):
            for key in list(postings):
                recent = [i for i in postings[key] if self.articles[i].day >= before]
                if recent:
                    postings[key] = recent
                else:
                    del postings[key]
        # Nothing refers to older features any more; keeping them would make memory grow with
        # the history instead of with the window.
        for article_id in [i for i, f in self.articles.items() if f.day < before]:
            del self.articles[article_id]
