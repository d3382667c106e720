"""A worker's clustering passes keep their window (`cluster_window.Window`) on a real PostgreSQL:
the second pass reads only the members placed since, the stories are those of passes that read
the whole window each time, and a member moved to another story (a merge) makes the next pass
read the whole window again."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_kill9 import victim
from test_workers import _own_database

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'veilleur[postgres]')")

VICTIMS = 6


def _captures(folder: Path) -> None:
    """Two differently worded reports of each victim's attack: stories of two articles."""
    folder.mkdir(parents=True)
    for n in range(VICTIMS):
        name = victim(n)
        first = (f"{name} was hit by a ransomware attack on Monday that encrypted {n + 2} of its servers, "
                 "the company said in a statement. ") * 10  # fmt: skip
        second = (f"Ransomware struck {name} this week: attackers encrypted {n + 2} servers and demanded "
                  f"a ransom, {name} told customers. ") * 10  # fmt: skip
        (folder / f"{n}a.md").write_text(
            f"URL: https://news.example/{n}a\n\n# Ransomware hits {name}\n\n{first}"
        )
        (folder / f"{n}b.md").write_text(f"URL: https://other.example/{n}b\n\n# {name} attacked\n\n{second}")


def _passes(tmp_path: Path, url: str, keep: bool) -> tuple[dict[int, int], object]:
    """Three clustering passes, a third of the entries enriched before each; (story of each
    entry, by its file's order; the Window or None)."""
    from veilleur.cluster_window import Window
    from veilleur.config import load_settings
    from veilleur.pipeline import sync_sources
    from veilleur.workers.steps import Steps
    from veilleur.workers.worker import open_store

    folder = tmp_path / "captures"
    if not folder.exists():
        _captures(folder)
    config = tmp_path / f"{keep}.toml"
    config.write_text(
        f'store_url = "{url}"\ncatalogue = false\n[[sources]]\nname = "captures"\nkind = "files"\nurl = "{folder}"\n'
    )
    settings = load_settings(config)
    store = open_store(url)
    try:
        sync_sources(store, settings)
        steps = Steps(settings, store)
        window = Window() if keep else None
        steps.window = window
        ids = sorted(steps.collect_source("captures"))
        order = sorted(ids, key=lambda n: store.entries.get(n).entry.local_path or "")  # type: ignore[union-attr]
        for part in (order[0::3], order[1::3], order[2::3]):
            steps.derived().process_entries(part)
            steps.derived().cluster()
        stories = {i: store.stories.of(n) for i, n in enumerate(order)}
        assert all(story is not None for story in stories.values())
        if window is not None:
            first = window.reads
            # A merge: an article moved to another story. The kept window no longer matches.
            from sqlalchemy import text

            with store.engine.begin() as conn:
                conn.execute(text("UPDATE story_members SET story_id = :s WHERE entry_id = :e"),
                             {"s": store.stories.of(order[0]), "e": order[2]})  # fmt: skip
            extra = tmp_path / "captures" / "zz.md"
            extra.write_text(f"URL: https://news.example/zz\n\n# Ransomware hits {victim(40)}\n\n"
                             + f"{victim(40)} was hit by a ransomware attack on Monday, it said. " * 10)  # fmt: skip
            [late] = steps.collect_source("captures")
            steps.derived().process_entries([late])
            steps.derived().cluster()
            assert store.stories.of(late) is not None
            return {k: int(v) for k, v in stories.items() if v is not None}, (first, window.reads)
        return {k: int(v) for k, v in stories.items() if v is not None}, None
    finally:
        store.close()


def _grouping(stories: dict[int, int]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for article, story in sorted(stories.items()):
        groups.setdefault(story, []).append(article)
    return sorted(groups.values())


def test_passes_keeping_the_window_read_it_once_and_group_as_passes_reading_it(
    tmp_path: Path, postgres_url: str
) -> None:
    read, _ = _passes(tmp_path / "read", _own_database(postgres_url, "veilleur_window_read"), keep=False)
    kept, reads = _passes(tmp_path / "kept", _own_database(postgres_url, "veilleur_window_kept"), keep=True)
    assert _grouping(kept) == _grouping(read)
    assert len(_grouping(read)) < 2 * VICTIMS  # some articles joined: the window mattered
    assert reads == (1, 2)  # read whole at the first pass only, then again after the merge
