"""A day's run costs what the day brings, not what the store holds: identity checks read indexes
(built in place on an existing store), and a files source does not read again what it listed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import Connection, text

from veilleur.cli import main
from veilleur.collect import collect_source
from veilleur.collect.http import Fetcher
from veilleur.config import HttpConfig, LimitsConfig, load_settings
from veilleur.models import Entry, Source, SourceHealth, SourceKind
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store
from veilleur.store.migrations import head, version
from veilleur.store.schema import IDENTITY_INDEXES

NOW = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
TEXT = "URL: https://news.example/{n}\n\n# Ransomware hits Sigma Corp {n}\n\n" + (
    "Sigma Corp was hit by ransomware on Monday, the company said in a statement. " * 12
)


def _plan(store: Store, sql: str) -> str:
    with store.engine.connect() as conn:
        return _explain(conn, sql)


def _explain(conn: Connection, sql: str) -> str:
    return " | ".join(str(row[-1]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


def test_an_existing_store_gets_its_indexes_in_place(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store(url)
    store.entries.add(
        Entry(url="https://a.example/1", canonical_url="https://a.example/1", source="s"), date(2026, 3, 1)
    )
    with store.engine.begin() as conn:  # as a schema-5 store was: none of the new indexes
        for index in IDENTITY_INDEXES:
            conn.execute(text(f"DROP INDEX {index.name}"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
        before = _explain(conn, "SELECT entry_id FROM articles WHERE canonical_url = 'x'")
    store.close()
    assert "SCAN articles" in before
    upgraded = Store(url)
    assert upgraded.version == version(head())
    assert upgraded.entries.id_for_url("https://a.example/1") is not None  # the data is kept
    checks = {
        "SELECT entry_id FROM articles WHERE canonical_url = 'x'": "ix_articles_canonical_url",
        "SELECT id FROM entries WHERE url = 'x'": "ix_entries_url",
        "SELECT id FROM entries WHERE source = 's' AND guid = 'g' AND title = 't'": "ix_entries_source_guid",
        "SELECT id FROM entries WHERE fetch_state = 'pending' ORDER BY id": "ix_entries_fetch_state",
    }
    for sql, index in checks.items():
        assert index in _plan(upgraded, sql), sql


def _folder_source(folder: Path) -> Source:
    return Source(name="captures", kind=SourceKind.FILES, url=str(folder), tag="veille")


def test_a_files_source_does_not_read_again_what_it_listed(tmp_path: Path, http_config: HttpConfig) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.md").write_text(TEXT.format(n=n))
    known = {str((folder / "a0.md").resolve()), str((folder / "a1.md").resolve())}
    with Fetcher(http_config) as fetcher:
        collected = collect_source(_folder_source(folder), fetcher, SourceHealth(name="captures"), LimitsConfig(),
                                   NOW, known_files=known)  # fmt: skip
    assert [Path(entry.local_path).name for entry in collected.entries] == ["a2.md"]


def test_a_second_run_lists_only_new_files_and_keeps_its_results(tmp_path: Path) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "a0.md").write_text(TEXT.format(n=0))
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "sqlite:///{tmp_path / "store.db"}"\ncatalogue = false\n[publish]\n'
        f'out_dir = "{tmp_path / "site"}"\ngit_commit = false\n[[sources]]\nname = "captures"\n'
        f'kind = "files"\nurl = "{folder}"\ntag = "veille"\n'
    )
    settings = load_settings(config)
    store = Store(settings.store_url)
    sync_sources(store, settings)
    Pipeline(settings, store, now=lambda: NOW).collect()
    assert store.entries.listed_files("captures") == {str((folder / "a0.md").resolve())}
    # The known capture now names another URL: not read again, so no second entry for it.
    (folder / "a0.md").write_text(TEXT.format(n=9))
    (folder / "a1.md").write_text(TEXT.format(n=1))
    second = Pipeline(settings, store, now=lambda: NOW)
    second.collect()
    second.fetch()
    assert not second.fetcher.opened  # local files: no HTTP client, no TLS trust store read
    assert second.summary.sources["captures"].new == 1
    assert store.counts()["entries"] == 2
    assert store.entries.id_for_url("https://news.example/9") is None


def test_help_imports_none_of_the_pipelines_libraries() -> None:
    """`veilleur --help` (and any command's help) pays for the command line only."""
    import subprocess
    import sys

    probe = (
        "import sys\nfrom veilleur.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('sqlalchemy', 'datasketch', 'scipy', 'trafilatura', 'ioc_finder', 'spacy', 'veilleur.pipeline')\n"
        "print('loaded:', *[name for name in heavy if name in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "loaded:"


def test_each_galaxy_used_is_read_alone_and_is_the_one_all_galaxies_give() -> None:
    from pymispgalaxies.api import Clusters

    from veilleur.enrich.galaxies import _every_galaxy, galaxy
    from veilleur.enrich.threat_mentions import ACTOR_GALAXIES, MALWARE_GALAXIES

    everything = Clusters()
    for name in (*ACTOR_GALAXIES, *MALWARE_GALAXIES, "country", "ransomware"):
        alone, reference = galaxy(name), everything.get(name)
        assert alone is not None and reference is not None, name
        assert alone.type == reference.type == name
        # What veilleur reads of each value is what pymispgalaxies reads.
        assert alone.cluster_values.keys() == reference.cluster_values.keys(), name
        for key, value in reference.cluster_values.items():
            mine = alone.cluster_values[key]
            assert (mine.value, mine.uuid) == (value.value, value.uuid), (name, key)
            if value.meta is None:
                assert mine.meta is None, (name, key)
                continue
            assert mine.meta is not None, (name, key)
            assert set(mine.meta.synonyms) == value.meta.synonyms, (name, key)
            assert mine.meta.motive == value.meta.motive, (name, key)
            assert mine.meta.additional_properties == value.meta.additional_properties, (name, key)
    assert _every_galaxy.cache_info().currsize == 0  # none of them needed all 107 galaxies


def _stories(store: Store, count: int) -> None:
    from veilleur.models import Article, Source

    store.sources.save(Source(name="gazette", kind=SourceKind.FEED, url="https://g.example/f", tag="veille",
                               title="La Gazette"))  # fmt: skip
    for n in range(count):
        ids = []
        for outlet in ("gazette", "other"):
            url = f"https://{outlet}.example/{n}"
            entry = Entry(url=url, canonical_url=url, source=outlet, title=f"Attack {n} ({outlet})")
            entry_id = store.entries.add(entry, date(2026, 3, 9))
            assert entry_id is not None
            article = Article(url=url, canonical_url=url, title=f"Page {n}", text=f"text {n} {outlet} " * 50)
            store.articles.save(entry_id, article, f"{outlet}{n}")
            ids.append(entry_id)
        story = store.stories.start(ids[0], date(2026, 3, 9))
        store.stories.join(ids[1], story, date(2026, 3, 9), ids[0], 0.9, ["title"])


def test_stories_are_listed_with_a_fixed_number_of_queries(tmp_path: Path) -> None:
    from sqlalchemy import event

    from veilleur.store.listing import story_lines

    counts = {}
    for size in (2, 20):
        store = Store(f"sqlite:///{tmp_path / f'{size}.db'}")
        _stories(store, size)
        queries: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda *args, seen=queries: seen.append(args[2]))
        lines = story_lines(store.engine, date(2026, 3, 3))
        counts[size] = len(queries)
        assert len(lines) == size
        first = lines[-1]
        assert (first.articles, first.outlets, first.title) == (
            2,
            ["La Gazette", "other"],
            "Attack 0 (gazette)",
        )
        assert not any("text" in query.split("FROM")[0] for query in queries)  # no article text read
        store.close()
    assert counts[2] == counts[20]
    config = tmp_path / "veilleur.toml"
    config.write_text(f'store_url = "sqlite:///{tmp_path / "2.db"}"\ncatalogue = false\n')
    result = CliRunner().invoke(
        main, ["--config", str(config), "stories"], env={"VEILLEUR_NOW": "2026-03-10T07:00:00Z"}
    )
    assert result.exit_code == 0, result.output
    assert "Attack 1 (gazette)" in result.output and "La Gazette, other" in result.output


def test_a_batch_is_one_transaction_that_sees_its_own_writes(tmp_path: Path) -> None:
    import pytest

    from veilleur.models import Article

    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    ids = []
    for n in range(3):
        url = f"https://a.example/{n}"
        entry_id = store.entries.add(Entry(url=url, canonical_url=url, source="s"), date(2026, 3, 9))
        assert entry_id is not None
        ids.append(entry_id)
    same = Article(
        url="https://a.example/0", canonical_url="https://a.example/0", title="T", text="same text"
    )
    with store.batch():
        assert store.articles.save(ids[0], same, "hash-same") is None
        assert (
            store.articles.save(ids[1], same.model_copy(update={"url": "https://a.example/1"}), "hash-same")
            == ids[0]
        )
    assert store.counts()["articles"] == 2
    with pytest.raises(RuntimeError), store.batch():  # a crash inside: nothing of the batch is kept
        store.articles.save(ids[2], same, "hash-other")
        raise RuntimeError("killed")
    assert store.counts()["articles"] == 2 and store.articles.get(ids[2]) is None
