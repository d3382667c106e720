"""Which post a story gets is the publish step's choice, not the store's: `store.posts.plan` only
reports that a key is taken (None, nothing written), and `publishing.story_posts.publish_story`
then adopts the story's first article's own post (the one-post-per-article policy, or a store from
before stories), so that the story's post rewrites that file instead of publishing it twice."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from veilleur.models import Article, Briefing, Entry, Intel, Source, SourceKind
from veilleur.publishing.story_posts import publish_story
from veilleur.store import Store

DAY = date(2026, 3, 2)


def _story(tmp_path: Path) -> tuple[Store, int, list[int]]:
    """A store with a story of two relevant articles of one outlet."""
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    feed = Source(name="gazette", kind=SourceKind.FEED, url="https://gazette.example/f", tag="veille")
    store.sources.save(feed)
    ids = []
    for k in range(2):
        url = f"https://gazette.example/{k}"
        entry = Entry(url=url, canonical_url=url, source="gazette", title=f"Attaque {k}")
        entry_id = store.entries.add(entry, DAY, datetime(2026, 3, 2, 8, k, tzinfo=UTC))
        assert entry_id is not None
        store.articles.save(
            entry_id, Article(url=url, canonical_url=url, title=f"Attaque {k}", text="t " * 80), f"h{k}"
        )
        store.intel.save(entry_id, Intel(relevant=True, relevance_score=0.9))
        ids.append(entry_id)
    story = store.stories.start(ids[0], DAY)
    store.stories.join(ids[1], story, DAY, ids[0], 0.9, ["title"])
    return store, story, ids


def test_the_store_reports_a_taken_post_and_adopts_nothing(tmp_path: Path) -> None:
    store, story, ids = _story(tmp_path)
    lead = store.stories.articles(story)[0]
    own = store.posts.plan(None, lead, "_posts/2026-03-02-a.md", "A", DAY)
    assert own is not None and own.story_id is None and own.entry_id == ids[0]
    # The story's post led by the same article: its key is taken, nothing is written.
    assert store.posts.plan(story, lead, "_posts/2026-03-02-b.md", "B", DAY) is None
    assert store.posts.of_story(story) is None and store.posts.of_article(ids[0]) == own
    assert not store.posts.path_taken("_posts/2026-03-02-b.md")
    # Another article's own post with the lead's text (its content hash): taken too.
    assert store.posts.plan(None, lead, "_posts/2026-03-02-c.md", "C", DAY) is None
    store.close()


def test_publishing_a_story_adopts_its_first_article_s_own_post(tmp_path: Path) -> None:
    store, story, ids = _story(tmp_path)
    lead = store.stories.articles(story)[0]
    own = store.posts.plan(None, lead, "_posts/2026-03-02-a.md", "A", DAY)
    assert own is not None
    store.briefings.save_story(story, ids, Briefing(heading="Attaque", summary="Résumé."), "facts", "{}")
    briefing = store.briefings.of_story(story)
    assert briefing is not None
    site = tmp_path / "site"
    path = publish_story(store, site, "current", store.stories.articles(story), briefing, None)
    post = store.posts.of_story(story)
    assert post is not None and post.id == own.id  # the same post, now the story's
    assert path == site / "_posts" / "2026-03-02-a.md" and path.is_file()
    assert post.members == ids and store.posts.of_article(ids[0]) is None
    assert [row.id for row in store.posts.all()] == [own.id]  # not published twice
    store.close()
