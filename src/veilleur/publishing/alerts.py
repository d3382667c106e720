"""Alerts due, sent on every channel, and recorded in the store so that each is sent once (the
publish stage's step; `publish/alerts.py` composes and delivers them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from veilleur.config import Settings
from veilleur.models import Channel
from veilleur.publish.alerts import compose, news, notify, qualifies, state_of
from veilleur.publishing.outbound import published_stories
from veilleur.store import Store
from veilleur.store.alerts import record_alert, sent_alerts, subject


@dataclass
class AlertReport:
    sent: int = 0
    failed: int = 0
    stories: list[int] = field(default_factory=list)  # announced in this run
    posts: list[str] = field(default_factory=list)  # what was announced: `story:12`, `entry:340`


def send_alerts(
    store: Store,
    settings: Settings,
    today: date,
    skip: set[str] | None = None,
    failed: Callable[[str, str, str], None] | None = None,
    succeeded: Callable[[str], None] | None = None,
) -> AlertReport:
    """Announce what is due on every channel. `skip`: failure items given up (not retried);
    `failed(item, label, reason)` and `succeeded(item)` record each channel's outcome, the item
    being `story:<id>:<channel key>` (`entry:<id>:<channel key>` for an article's own post, under
    the one-post-per-article policy)."""
    config = settings.alerts
    report = AlertReport()
    if not config.urls:
        return report
    channels = [Channel(url) for url in dict.fromkeys(config.urls)]
    since = today - timedelta(days=config.max_age_days)
    stories = [
        s
        for s in published_stories(
            store, settings, since=since, max_tlp=config.max_tlp, approved_only=settings.publish.review
        )
        if qualifies(s, settings)
    ]
    sent = sent_alerts(store.engine)
    for story in sorted(stories, key=lambda s: (s.post_date, *s.key)):
        about = subject(story.story_id, story.entry_id)  # one post: a story's, or an article's own
        for channel in channels:
            item = f"{about}:{channel.key}"
            new = news(story, sent.get((about, channel.key)))
            if new is None or item in (skip or set()):
                continue
            title, body = compose(story, settings, new)
            try:
                notify(channel, title, body)
            except Exception as exc:  # one channel's failure: the others go on, retried next run
                report.failed += 1
                if failed is not None:
                    failed(item, f"{title} → {channel.label}", str(exc))
                continue
            record_alert(store.engine, story.story_id, channel.key, state_of(story), story.entry_id)
            report.sent += 1
            if story.story_id not in report.stories:
                report.stories.append(story.story_id)
            if about not in report.posts:
                report.posts.append(about)
            if succeeded is not None:
                succeeded(item)
    return report
