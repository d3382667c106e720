"""One briefing request for a whole story: its first article, plus what the others add.

The model (or the extractive backend) sees one text made of the first article and the paragraphs
of the other articles it does not already contain, so that a fact reported by any outlet can be
stated, and the guard checks every statement against all of them.
"""

from __future__ import annotations

import re

from veilleur.brief.backend import BriefRequest
from veilleur.cluster.merge import merge_intel
from veilleur.models import StoryArticle

_SPACE = re.compile(r"\s+")


def _key(paragraph: str) -> str:
    return _SPACE.sub(" ", paragraph).strip().casefold()


def story_request(items: list[StoryArticle]) -> BriefRequest:
    """The request for a story whose articles are `items`, first one first."""
    lead, others = items[0], items[1:]
    seen = {_key(p) for p in lead.article.text.split("\n") if p.strip()}
    parts = [lead.article.text]
    for item in others:
        fresh = [p for p in item.article.text.split("\n") if p.strip() and _key(p) not in seen]
        seen.update(_key(p) for p in fresh)
        if fresh:
            parts.append("\n".join(fresh))
    # A story is a brève (written from feed summaries) only while none of its pages was read.
    methods = {item.article.method for item in items}
    method = lead.article.method if len(methods) == 1 else "story"
    article = lead.article.model_copy(update={"text": "\n\n".join(parts), "method": method})
    records = [item.intel for item in items if item.intel is not None]
    also = tuple(dict.fromkeys((item.outlet, item.stored.entry.link) for item in others))
    return BriefRequest(
        article=article,
        intel=merge_intel(records),
        outlet=lead.outlet,
        url=lead.stored.entry.link,
        also=also,
        headlines=tuple(dict.fromkeys(item.article.title for item in others)),
    )
