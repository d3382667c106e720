"""A published story as the other consumers see it (feeds, digest, alerts): its post, French
briefing, sources, merged intel and TLP (`publishing/outbound.py` reads them from the store)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from veilleur.cluster.merge import merge_intel
from veilleur.config import Settings
from veilleur.models import Category, Intel, PublishedRow, PublishedStory, StoredEntry, StorySource, Tlp
from veilleur.publish.tlp import story_label


def permalink(path: str, post_date: date) -> str:
    """`_posts/2026-11-29-some-slug.md` → `/posts/2026/11/29/some-slug/` (the blog's permalinks)."""
    slug = Path(path).stem.removeprefix(f"{post_date.isoformat()}-")
    return f"/posts/{post_date:%Y/%m/%d}/{slug}/"


def absolute(settings: Settings, link: str) -> str:
    """A site-relative link on the configured public address ("" for no link)."""
    if not link:
        return ""
    return settings.publish.site_url.rstrip("/") + link


def published_story(
    row: PublishedRow, items: list[tuple[StoredEntry, str, Intel | None]], labels: dict[str, Tlp]
) -> PublishedStory | None:
    """A published story from its stored row and articles (stored entry, outlet, intel): for an
    article's own post (`row.entry_id`), that article alone. None for a story a split emptied."""
    if not items:
        return None  # emptied by a split: its post is gone with its articles
    records = [intel for _entry, _outlet, intel in items if intel is not None]
    intel = merge_intel(records) if records else None
    sources = [
        StorySource(outlet=outlet, url=stored.entry.link, source=stored.entry.source, date=stored.post_date)
        for stored, outlet, _intel in items
    ]
    return PublishedStory(
        story_id=row.story_id,
        title=row.briefing.heading.strip() or row.title or items[0][0].entry.title,
        post_title=row.title,
        briefing=row.briefing,
        post_date=row.post_date,
        published=row.created,
        updated=row.updated,
        permalink=permalink(row.path, row.post_date) if row.path else "",
        sources=list({s.url: s for s in sources}.values()),
        category=intel.category if intel else Category.OTHER,
        priority=intel.priority if intel else 0,
        priority_reasons=intel.priority_reasons if intel else [],
        watchlist=intel.watchlist if intel else [],
        victims=[victim.name for victim in intel.victims] if intel else [],
        cves=intel.cve_ids if intel else [],
        exploited=any(
            r.vulnerability is not None and (bool(r.vulnerability.exploited) or r.vulnerability.in_kev)
            for r in records
        ),
        tlp=story_label([s.source for s in sources], labels),
        entry_id=row.entry_id,
    )


__all__ = ["Tlp", "absolute", "permalink", "published_story"]
