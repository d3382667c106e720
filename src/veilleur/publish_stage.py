"""The publish stage of the pipeline: each story's post (or, with `group = "article"`, each of
its articles' own: a publish policy over the same stories, planned and written by the same steps)
planned then written, the incident register, the feeds, the site's commit and the alerts, each
item in its own error boundary. Mixed into `Pipeline`, which provides the store, the
settings, the summary, the clock and the failure records (`_boundary`, `_failed`, `_succeeded`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from veilleur.boundary import describe
from veilleur.clock import collection_day
from veilleur.config import Settings
from veilleur.models import PostState, StoryArticle, StoryBriefing, StoryPost, Tlp
from veilleur.publish.feeds import write_feeds
from veilleur.publish.jekyll import is_git_repository, remove_stale_temporaries
from veilleur.publish.register import write_register
from veilleur.publish.site_config import published_own_files
from veilleur.publish.tlp import public, story_label
from veilleur.publishing.outbound import published_stories
from veilleur.publishing.register import register_json
from veilleur.publishing.site_commit import commit_site
from veilleur.publishing.story_posts import publish_story
from veilleur.stage_host import StageHost
from veilleur.store import Store
from veilleur.store.console import ConsoleStore
from veilleur.store.lock import lock_path

if TYPE_CHECKING:
    from veilleur.summary import RunSummary


class PublishStage(StageHost):
    settings: Settings
    store: Store
    summary: RunSummary
    now: Callable[[], datetime]
    register_paths: list[Path]
    feed_paths: list[Path]
    _tlp_labels: dict[str, Tlp]
    _known_failures: dict[str, set[str]]

    if TYPE_CHECKING:  # provided by Pipeline

        def _outlets(self) -> dict[str, str]: ...

    def publish(self) -> None:
        site = self.settings.publish.out_dir
        remove_stale_temporaries(site)
        self._warn_published_own_files(site)
        given_up = self._boundary("publish")
        self._publish_posts(site, given_up)
        if self.settings.publish.incidents:
            # Rebuilt whole at every run: tried every time, whatever failed before.
            self._known_failures["register"] = self.store.failures.items("register")
            try:
                self.register_paths = write_register(site, register_json(self.store))
            except Exception as exc:  # the register's failure leaves the posts
                self._failed("register", "incidents", "_data/incidents.json", describe(exc))
            else:
                self._succeeded("register", "incidents")
        if self.settings.publish.feeds:
            self._write_feeds(site)
        if self.settings.publish.git_commit and is_git_repository(site):
            self._commit(site)

    def _warn_published_own_files(self, site: Path) -> None:
        """A note when the SQLite store (its lock, write-ahead log) or the digests' folder lies
        inside the site where Jekyll would publish it: the store holds every article, failure and
        story, whatever its TLP. The demo's site excludes them (`site_config.OWN_FILES`); a user's
        own `_config.yml` is theirs to change, so veilleur says what to add and touches nothing."""
        own: list[Path] = [self.settings.publish.out_dir / "veilleur.toml", self.settings.digest.out_dir]
        lock = lock_path(self.settings.resolved_store_url())  # store_url is "" for the default store
        if lock is not None:
            database = lock.with_name(lock.name.removesuffix(".lock"))
            own += [database, lock, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))]
        exposed = published_own_files(site, own)
        if exposed:
            listed = ", ".join(str(path) for path in exposed)
            self.summary.site_notes.append(
                f"warning: Jekyll would publish veilleur's own files in {site}: {listed}; "
                "list them under `exclude:` in the site's _config.yml (or keep them out of the site)"
            )

    def alert(self) -> None:
        """Announce the stories due on the configured channels (publish/alerts.py); a failing
        channel is recorded and tried again at the next run."""
        if not self.settings.alerts.urls:
            return
        from veilleur.publishing.alerts import send_alerts  # its French labels: babel's CLDR data

        given_up = self._boundary("alert")
        today = collection_day(
            self.now(), self.settings.publish.timezone, self.settings.publish.day_rollover_hour
        )
        try:
            report = send_alerts(
                self.store,
                self.settings,
                today,
                given_up,
                failed=lambda item, label, reason: self._failed("alert", item, label, reason),
                succeeded=lambda item: self._succeeded("alert", item),
            )
        except Exception as exc:  # the stories could not be read: the run's posts stand
            self._failed("alert", "alerts", "alerts", describe(exc))
            return
        self.summary.alerts_sent += report.sent

    def _write_feeds(self, site: Path) -> None:
        """feed.xml and feed.json, rebuilt whole at every run; a failure leaves the posts."""
        self._known_failures["feeds"] = self.store.failures.items("feeds")
        try:
            limit = self.settings.publish.max_public_tlp
            stories = published_stories(
                self.store,
                self.settings,
                max_tlp=limit,
                posted_only=True,
                newest=self.settings.publish.feed_items,
            )
            self.feed_paths = write_feeds(site, stories, self.settings, self.now())
        except Exception as exc:
            self._failed("feeds", "feeds", "feed.xml", describe(exc))
        else:
            self._succeeded("feeds", "feeds")

    def _public(self, sources: list[str]) -> bool:
        """False for a story or article whose TLP may not leave by the site (max_public_tlp)."""
        return public(story_label(sources, self._tlp_labels), self.settings)

    def _due_posts(self) -> list[tuple[str, int, StoryBriefing, StoryPost | None, list[StoryArticle]]]:
        """The posts to plan or write, as (failure key, story, briefing, post, its articles if
        read already): each story's (`group = "story"`), or each of its articles' own."""
        if self.settings.publish.group == "article":
            return [
                (f"entry:{item.stored.id}", item.member.story_id, briefing, post, [item])
                for item, briefing, post in self.store.posts.pending_articles()
            ]
        return [
            (f"story:{s}", s, briefing, post, []) for s, briefing, post in self.store.posts.pending_stories()
        ]

    def _publish_posts(self, site: Path, given_up: set[str]) -> None:
        """Plan then write each due post (publishing.story_posts), under either publish policy."""
        style = self.settings.publish.style
        # With review on, a story waits for an analyst's approval (veilleur web) before its post
        # (each article's own post, for the stories it belongs to).
        approved = ConsoleStore(self.store.engine).approved() if self.settings.publish.review else None
        for key, story_id, briefing, post, read in self._due_posts():
            if key in given_up:
                continue
            if approved is not None and story_id not in approved:
                self.summary.awaiting_review += 1
                continue
            items: list[StoryArticle] = read
            try:
                items = items or self.store.stories.articles(story_id)
                if not self._public([item.stored.entry.source for item in items]):
                    continue  # its TLP keeps it off the public site (a later source may too)
                path = publish_story(self.store, site, style, items, briefing, post) if items else None
            except Exception as exc:  # one post's failure
                lead = items[0].stored.entry if items else None
                label = lead.url if lead else f"story {story_id}"
                self._failed("publish", key, label, describe(exc), lead.source if lead else None)
                continue
            self._succeeded("publish", key)
            if not items:
                continue
            updated = post is not None and post.state != PostState.PLANNED
            if path is None:  # its first article's text is already published under another entry
                self.summary.duplicates += 1
                continue
            if updated:
                self.summary.updated.append(path)
            else:
                self.summary.published.append(path)
                self.summary.report(items[0].stored.entry.source).published += 1

    def _commit(self, site: Path) -> None:
        """Commit what is not committed yet in the site (see publishing.site_commit)."""
        today = collection_day(
            self.now(), self.settings.publish.timezone, self.settings.publish.day_rollover_hour
        )
        done = commit_site(self.store, site, today, push=self.settings.publish.git_push)
        self.summary.commits += done.commits
        self.summary.commit_error = done.error
        self.summary.site_notes.extend(done.notes)
