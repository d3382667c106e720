"""A story's post: planned once, then rewritten in place whenever the story changes — a new
source (with its dated *Mise à jour* line), a rewritten briefing, or a source split off. Under the
one-post-per-article policy each article of a story is such a post's one item, with its own
briefing: the same steps plan and write it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from veilleur.models import PostState, StoryArticle, StoryBriefing, StoryPost
from veilleur.publish.jekyll import relocate, render_post, render_titled, write_post
from veilleur.publish.updates import update_lines
from veilleur.store import Store


def _updates(items: list[StoryArticle], briefing: StoryBriefing, post: StoryPost) -> list[dict[str, Any]]:
    """The post's update records: the old ones whose articles are still in the story, plus one
    for the articles it does not list yet."""
    outlet_of = {item.stored.id: item.outlet for item in items}
    updates = []
    for update in post.updates:
        # An update whose articles were all split off the story no longer happened.
        kept = [entry for entry in update.get("entries", []) if entry in outlet_of]
        if kept:
            updates.append({**update, "entries": kept, "outlets": [outlet_of[e] for e in kept]})
    fresh = [item for item in items if item.stored.id not in post.members]
    if post.state != PostState.PLANNED and fresh:
        updates.append(
            {
                "date": max(item.stored.post_date for item in fresh).isoformat(),
                "entries": [item.stored.id for item in fresh],
                "outlets": [item.outlet for item in fresh],
                # Rewritten since the post was: the new articles brought facts.
                "refreshed": briefing.record["revision"] > post.revision,
            }
        )
    return updates


def _plan(
    store: Store, story_id: int | None, lead: StoryArticle, path: str, title: str, day: date
) -> StoryPost | None:
    """The post reserved for the story (`story_id` None: for `lead` alone); None when its
    content is published elsewhere. When the story's first article already has a post of its own
    (the one-post-per-article policy, or a store from before stories), the story adopts that post,
    so that it is updated, not published twice."""
    post = store.posts.plan(story_id, lead, path, title, day)
    if post is None and story_id is not None:
        post = store.posts.adopt(story_id, lead.stored.id)
    return post


def publish_story(
    store: Store,
    site: Path,
    style: str,
    items: list[StoryArticle],
    briefing: StoryBriefing,
    post: StoryPost | None,
) -> Path | None:
    """Write the story's post (or, for an article's own briefing, that article's: `items` is
    it); None when its first article's text is published elsewhere."""
    alone = briefing.entry_id is not None  # the one-post-per-article policy
    story_id = None if alone else briefing.story_id
    urls = list(dict.fromkeys(item.stored.entry.link for item in items))
    names = {item.stored.entry.link: item.outlet for item in items}  # for captures without a URL
    updates: list[dict[str, Any]] = []
    if post is None:
        lead = items[0]
        title = lead.stored.entry.title.strip() or lead.article.title.strip()
        day, tag = lead.stored.post_date, lead.tag
        rendered = render_titled(briefing.briefing, title, day, tag, urls, style, lead.stored.id, names)
        base_slug, suffix = rendered.slug, 2
        while store.posts.path_taken(f"_posts/{rendered.filename}"):
            rendered = relocate(rendered, f"{base_slug}-{suffix}")
            suffix += 1
        post = _plan(store, story_id, lead, f"_posts/{rendered.filename}", rendered.title, rendered.date)
        if post is None:
            return None
    else:
        updates = _updates(items, briefing, post)
        updated = {entry for update in updates for entry in update.get("entries", [])}
        cited = [i.outlet for i in items if i.stored.id in post.members and i.stored.id not in updated]
        lines = update_lines(updates, cited)
        rendered = render_post(
            briefing.briefing, post.title, post.post_date, post.tag, urls, style, lines, names
        )
    # The path was fixed when the post was planned: a later title or slug rule never moves it.
    if rendered.slug != post.slug:
        rendered = relocate(rendered, post.slug)
    path = write_post(site, rendered)
    members = [] if alone else [item.stored.id for item in items]  # what the story's post lists
    store.posts.record_written(post.id, members, updates, briefing.record["revision"])
    return path
