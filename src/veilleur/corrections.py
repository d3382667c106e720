"""Corrections of a story's victims, category or actors by an analyst (the console).

A correction is recorded as a decision (`story_decisions`, action "correct") and written into the
intel of every article of the story, which is then briefed again and its post rewritten. Articles
that join the story later get the same correction (`apply_corrections`, run after clustering), so
it holds on every later run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from veilleur.models import Category, Intel, Named, Victim
from veilleur.store.console import CorrectionQueries

if TYPE_CHECKING:
    from veilleur.store import Store

FIELDS = ("victims", "category", "actors")


def corrected(intel: Intel, fixes: dict[str, object]) -> Intel:
    """`intel` with the corrected fields: victims and actors are lists of names (a victim already
    known keeps its sectors and countries), category one of the categories."""
    update: dict[str, object] = {}
    kind = Category.parse(str(fixes["category"])) if "category" in fixes else None
    if kind is not None:  # model_copy does not validate; a decision of a former release reads too
        update["category"] = kind
    if "victims" in fixes:
        known = {victim.name.casefold(): victim for victim in intel.victims}
        names = [str(name) for name in fixes["victims"]] if isinstance(fixes["victims"], list) else []
        update["victims"] = [known.get(name.casefold(), Victim(name=name)) for name in names]
    if "actors" in fixes:
        known_actors = {actor.canonical.casefold(): actor for actor in intel.threat_actors}
        names = [str(name) for name in fixes["actors"]] if isinstance(fixes["actors"], list) else []
        update["threat_actors"] = [known_actors.get(n.casefold(), Named(name=n, canonical=n)) for n in names]
    return intel.model_copy(update=update)


def correct_story(store: Store, story_id: int, field: str, value: object, by_user: str) -> None:
    """Record a correction and apply it. ValueError for an unknown field, category or story."""
    if field not in FIELDS:
        raise ValueError(f"a correction is one of {', '.join(FIELDS)}")
    if field == "category":
        kind = Category.parse(str(value))  # any case, a former name too
        if kind is None:
            raise ValueError(f"unknown category {value!r}")
        value = kind.value
    else:
        if not isinstance(value, list):
            raise ValueError(f"{field} is a list of names")
        value = [name.strip() for name in value if isinstance(name, str) and name.strip()]
    if not store.stories.members(story_id):
        raise ValueError(f"no story {story_id}")
    queries = CorrectionQueries(store.engine)
    queries.record(story_id, field, value, by_user)
    apply_corrections(store, [story_id])


def apply_corrections(store: Store, only: list[int] | None = None) -> int:
    """Write every story's corrections into the intel of its articles that do not carry them yet
    (articles that joined since); return how many articles changed."""
    queries = CorrectionQueries(store.engine)
    changed_total = 0
    for story_id, fixes in queries.latest().items():
        if only is not None and story_id not in only:
            continue
        changed: dict[int, Intel] = {}
        for item in store.stories.articles(story_id):
            if item.intel is None:
                continue
            fixed = corrected(item.intel, fixes)
            if fixed != item.intel:
                changed[item.stored.id] = fixed
        if changed:
            queries.rewrite_intel(story_id, changed)
            changed_total += len(changed)
    return changed_total
