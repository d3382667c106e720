"""One story as the Story page shows it: briefing, guard report, each source's extracted text with
the sentences its facts came from, the merged intel, joining signals and the decisions taken."""

from __future__ import annotations

import json
from typing import Any

from veilleur.cluster.merge import merge_intel
from veilleur.models import Intel
from veilleur.store import Store


def facts_of(intel: Intel | None) -> list[dict[str, Any]]:
    """Each fact of an article's intel with the sentence it was read from: `{what, value, sentence}`."""
    if intel is None:
        return []
    facts: list[dict[str, Any]] = [{"what": "CVE", "value": c.id, "sentence": c.sentence} for c in intel.cves]
    facts += [
        {"what": "impact", "value": f"{i.kind} ({i.amount})" if i.amount else i.kind, "sentence": i.sentence}
        for i in intel.impacts
    ]
    for group in (intel.vulnerability, intel.attack, intel.law_enforcement):
        if group is None:
            continue
        for name, value in group:
            for fact in value if isinstance(value, list) else []:
                if hasattr(fact, "sentence"):
                    facts.append({"what": name, "value": fact.value, "sentence": fact.sentence})
    return [_effect_details(fact) for fact in facts]


def _effect_details(fact: dict[str, Any]) -> dict[str, Any]:
    """An effect's code and what its sentence says of it apart, each a code the page names:
    `code execution:remote,root` (enrich/vulnerability.py) → "code execution", ["remote", "root"]."""
    if fact["what"] != "effects":
        return fact
    code, _, details = fact["value"].partition(":")
    return {**fact, "value": code, "details": details.split(",") if details else []}


def story_view(store: Store, story_id: int) -> dict[str, Any] | None:
    """The Story page's data, or None when the story has no article."""
    items = store.stories.articles(story_id)
    if not items:
        return None
    records = [item.intel for item in items if item.intel is not None]
    intel = merge_intel(records) if records else None
    # One post per article: no briefing of the story, but each article's own; the first article
    # briefed stands for the story, as its post does.
    briefing = store.briefings.of_story(story_id) or next(
        (found for item in items if (found := store.briefings.of_article(item.stored.id)) is not None), None
    )
    # One post per article: the story's first article's own post stands for the story's.
    post = store.posts.of_story(story_id) or next(
        iter(store.posts.of_articles([story_id]).get(story_id, [])), None
    )
    decisions = [
        d
        for d in store.decisions.all()
        if story_id in {d["story_id"], d["detail"].get("from"), *d["detail"].get("merged", [])}
    ]
    report: dict[str, Any] = {}
    if briefing is not None:
        try:
            report = json.loads(briefing.record.get("report") or "{}")
        except ValueError:
            report = {}
    return {
        "id": story_id,
        "title": post.title if post else (items[0].stored.entry.title or items[0].article.title),
        "briefing": briefing.briefing.model_dump() if briefing else None,
        "briefing_status": briefing.record.get("status") if briefing else None,
        "briefing_backend": briefing.briefing.backend if briefing else None,
        "report": report,
        "post": {"path": post.path, "state": post.state} if post else None,
        "intel": intel.model_dump(mode="json") if intel else None,
        "articles": [
            {
                "entry_id": item.stored.id,
                "outlet": item.outlet,
                "url": item.stored.entry.link,
                "title": item.stored.entry.title or item.article.title,
                "text": item.article.text,
                "lang": item.article.lang,
                "joined_with": item.member.joined_with,
                "method": item.member.method,
                "signals": item.member.signals,
                "facts": facts_of(item.intel),
            }
            for item in items
        ],
        "decisions": decisions,
    }
