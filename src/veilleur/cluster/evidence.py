"""Evidence about two articles, or an article and a story, that says they tell two events: what
a story's articles say together, and the contradictions checked pair by pair and story-wide."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from veilleur.cluster.features import Features

T = TypeVar("T")


@dataclass(frozen=True)
class StoryEvidence:
    """What a story's articles of the window say, together: checked whole against a newcomer."""

    first_day: date
    victims: frozenset[str] = frozenset()  # every victim word
    first_victims: frozenset[str] = frozenset()  # the words of each article's first victim
    cves: frozenset[str] = frozenset()
    months: frozenset[int] = frozenset()  # months its headlines are dated to
    stated_months: frozenset[int] = frozenset()  # months its leads state
    dates: frozenset[tuple[int, int]] = frozenset()  # (month, day) its headlines are dated to
    stated_days: frozenset[tuple[int, int]] = frozenset()  # (month, day) its leads state
    mentioned: frozenset[str] = frozenset()  # words of its articles' names and headlines

    def __or__(self, other: StoryEvidence | None) -> StoryEvidence:
        if other is None:
            return self
        return StoryEvidence(
            min(self.first_day, other.first_day),
            self.victims | other.victims,
            self.first_victims | other.first_victims,
            self.cves | other.cves,
            self.months | other.months,
            self.stated_months | other.stated_months,
            self.dates | other.dates,
            self.stated_days | other.stated_days,
            self.mentioned | other.mentioned,
        )


def victims_apart(
    first: frozenset[str], words: frozenset[str], other_first: frozenset[str], other_words: frozenset[str]
) -> bool:
    """Two sides that each name a victim, neither mentioning the other's first one — as a victim
    or anywhere in its names and headline (`words`): the first victim is what the article is
    about; the recogniser's other guesses (a product, a researcher, a malware family read as a
    victim) may be wrong, alike in look-alike texts, or the other side's subject under another role."""
    return bool(first and other_first) and not first & other_words and not other_first & words


def same_subject(new: Features, old: Features) -> bool:
    """Whether the two name one CVE id or one first victim (the headline's, not the recogniser's
    other guesses, which templated pages share): what dated follow-ups of one event share."""
    return bool(new.cves & old.cves or (new.victim or new.victims) & (old.victim or old.victims))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def days_apart(dates: frozenset[T], other_dates: frozenset[T], other_stated: frozenset[T]) -> bool:
    """Whether a headline dated to `dates` (days of a daily page, or a monthly release's months)
    meets another side whose headline (`other_dates`) or lead (`other_stated`) names dates, none
    of them its own: one outlet's podcast of another day, a summary that says which day's
    episode it tells, a report whose lead dates the release to another month."""
    named = other_dates | other_stated
    return bool(dates and named) and not dates & named
