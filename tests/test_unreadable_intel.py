"""One stored Intel record this release cannot read — a category it does not know (written by a
later release, or by hand), a record cut short — is one article's loss, logged with its entry.
Before, reading it raised out of every listing that held it: the register, the feeds and the
story's briefing failed on every run, and the STIX and MISP exports of every story with them.
A real pipeline on captures of the shared corpus and a real SQLite file."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import text
from test_run_pool import _captures, _pipeline

from veilleur.pipeline import Pipeline
from veilleur.publish.misp import build_event
from veilleur.publish.stix import build_bundle, bundle_json
from veilleur.publishing.exported import export_stories
from veilleur.publishing.register import register_json


def test_an_unreadable_intel_record_is_one_articles_loss(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pipeline = _pipeline(tmp_path, _captures(tmp_path, 8), 1)
    pipeline.run()
    store = pipeline.store
    exported = export_stories(store, {})
    assert exported, "the captures gave no briefed story: nothing to check"
    with store.engine.begin() as conn:
        story_of = dict(conn.execute(text("SELECT entry_id, story_id FROM story_members ORDER BY 1")).all())
        assert len(story_of) >= 2
        unknown, cut = sorted(story_of)[:2]
        conn.execute(
            text("""UPDATE intel SET data = replace(data, '"category":"', '"category":"later-kind-') """
                 "WHERE entry_id = :id"),
            {"id": unknown},
        )  # fmt: skip
        conn.execute(text("UPDATE intel SET data = substr(data, 1, 40) WHERE entry_id = :id"), {"id": cut})
        # Everything to do again: brief every story, rebuild the register and the feeds.
        conn.execute(text("UPDATE story_members SET covered = false"))
        conn.execute(text("DELETE FROM register_cache"))

    again = Pipeline(pipeline.settings, store, now=pipeline.now)
    with caplog.at_level(logging.WARNING, logger="veilleur.store.rows"):
        again.run()
    assert [(f.stage, f.label, f.reason) for f in again.summary.failures] == []
    logged = caplog.text
    assert f"stored intel of entry {unknown} is unreadable" in logged and "later-kind-" in logged
    assert f"stored intel of entry {cut} is unreadable" in logged
    site = Path(pipeline.settings.publish.out_dir)
    assert (site / "feed.xml").is_file()
    assert isinstance(json.loads(register_json(store)), list)  # the incident register builds

    stories = export_stories(store, {})
    # Every story is still exported, but one whose articles all lost their record (no intel left).
    lost = {story_of[unknown], story_of[cut]} - {story_of[n] for n in story_of if n not in (unknown, cut)}
    assert [s.story_id for s in stories] == [s.story_id for s in exported if s.story_id not in lost]
    assert stories
    assert all(story.intel is not None for story in stories)
    objects = bundle_json(build_bundle(stories))["objects"]
    assert sum(o["type"] == "report" for o in objects) == len(stories)
    assert all(build_event(story, "veilleur").info for story in stories)
