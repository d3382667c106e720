"""The writer never touches the store (issue 14): its caller looks the model cache up before the
call (`Writer.cache_key`) and saves the outcome's `to_cache`. A real OpenAI-compatible server on
loopback answers; a real SQLite store keeps the cache."""

from __future__ import annotations

import json
from pathlib import Path

from test_llm_protocol import ARTICLE, GOOD, completion, config, scripted, sent
from webserver import WebServer

from veilleur.brief.backend import BriefRequest
from veilleur.brief.writer import Writer
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.extract import content_hash
from veilleur.store import Store

REQUEST = BriefRequest(article=ARTICLE, intel=enrich(ARTICLE), outlet="News", url=ARTICLE.url)
DIGEST = content_hash(ARTICLE.text)


def brief_twice(writer: Writer, store: Store) -> tuple[str, str, str]:
    """Brief the article twice as the brief stage does; the statuses and the second's error."""
    statuses = []
    error = ""
    for _ in range(2):
        key = writer.cache_key(DIGEST)
        assert key is not None
        outcome = writer.write(REQUEST, DIGEST, store.briefing_cache.get(key))
        if outcome.to_cache is not None:
            assert outcome.to_cache.key == key
            store.briefing_cache.save(
                outcome.to_cache.key, outcome.to_cache.briefing, outcome.to_cache.report
            )
        statuses.append(outcome.status)
        error = outcome.error
    return statuses[0], statuses[1], error


def test_an_accepted_answer_is_cached_by_the_caller(web: WebServer, tmp_path: Path) -> None:
    scripted(web, [completion(json.dumps(GOOD))])
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        first, second, _ = brief_twice(Writer(config(web, retries=0)), store)
    finally:
        store.close()
    assert (first, second) == ("model", "cached")
    assert len(sent(web)) == 1  # the cached answer cost no call


def test_an_answer_refused_twice_is_cached_as_none(web: WebServer, tmp_path: Path) -> None:
    scripted(web, [completion("not json at all")])
    brief = config(web, retries=0).model_copy(update={"on_failure": "pending"})
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        first, second, error = brief_twice(Writer(brief), store)
        key = Writer(brief).cache_key(DIGEST)
        assert key is not None
        saved = store.briefing_cache.get(key)
    finally:
        store.close()
    assert (first, second) == ("pending", "pending")
    assert error == "rejected by the guard (cached)"
    assert saved is not None and saved[0] is None
    assert len(sent(web)) == 2  # asked twice the first time, never again


def test_no_key_without_a_model() -> None:
    assert Writer(BriefConfig(backend="facts")).cache_key(DIGEST) is None
