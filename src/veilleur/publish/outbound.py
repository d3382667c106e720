"""The published stories as the other consumers see them (feeds, digest, alerts): each story's
post, French briefing, sources, merged intel and TLP, in three queries whatever their number."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from veilleur.cluster.merge import merge_intel
from veilleur.config import Settings
from veilleur.models import Intel, PublishedStory, StorySource, Tlp
from veilleur.publish.tlp import source_labels, story_label
from veilleur.store import Store
from veilleur.store.published import PublishedRow, members_of, published_rows
from veilleur.store.rows import StoredEntry


def permalink(path: str, post_date: date) -> str:
    """`_posts/2026-11-29-some-slug.md` → `/posts/2026/11/29/some-slug/` (the blog's permalinks)."""
    slug = Path(path).stem.removeprefix(f"{post_date.isoformat()}-")
    return f"/posts/{post_date:%Y/%m/%d}/{slug}/"


def absolute(settings: Settings, link: str) -> str:
    """A site-relative link on the configured public address ("" for no link)."""
    if not link:
        return ""
    return settings.publish.site_url.rstrip("/") + link


def published_stories(
    store: Store,
    settings: Settings,
    since: date | None = None,
    max_tlp: Tlp | None = None,
    posted_only: bool = False,
    newest: int = 0,
    approved_only: bool = False,
) -> list[PublishedStory]:
    """Briefed stories, newest post date first, with their post when the site has one.
    `max_tlp` keeps the stories whose TLP is at most that (a public channel passes
    `[publish] max_public_tlp`); `posted_only` keeps the stories the site carries. Otherwise
    stories held back from the site are included (with an empty permalink), for the internal
    channels (digest, alerts, internal exports). `newest` > 0 keeps at most that many stories, the
    last updated first (a feed): their articles only are read. `approved_only` keeps the stories
    an analyst approved (the digest and alerts pass `[publish] review`: what waits for review
    leaves by no channel)."""
    labels = source_labels(settings)
    rows = published_rows(store.engine, since)
    if approved_only:
        from veilleur.store.console import ConsoleStore

        approved = ConsoleStore(store.engine).approved()
        rows = [row for row in rows if row.story_id in approved]
    if posted_only:
        rows = [row for row in rows if row.path]
    if newest > 0:
        rows.sort(key=lambda r: (r.updated, r.story_id), reverse=True)
    # Read in chunks: a feed reads the articles of about its `newest` stories, not of the history.
    chunk = max(newest, 50) if newest > 0 else max(len(rows), 1)
    out: list[PublishedStory] = []
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        members = members_of(store.engine, [row.story_id for row in part])
        for row in part:
            story = _story(row, members.get(row.story_id, []), labels)
            if story is not None and (max_tlp is None or story.tlp.allows(max_tlp)):
                out.append(story)
        if newest > 0 and len(out) >= newest:
            return out[:newest]
    return out


def _story(
    row: PublishedRow, items: list[tuple[StoredEntry, str, Intel | None]], labels: dict[str, Tlp]
) -> PublishedStory | None:
    if not items:
        return None  # emptied by a split: its post is gone with its articles
    records = [intel for _entry, _outlet, intel in items if intel is not None]
    intel = merge_intel(records) if records else None
    sources = [
        StorySource(outlet=outlet, url=stored.entry.url, source=stored.entry.source, date=stored.post_date)
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
        category=intel.category if intel else "other",
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
    )


__all__ = ["Tlp", "absolute", "permalink", "published_stories"]
