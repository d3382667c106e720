"""A model's answer is written by others: a JSON escape of a lone surrogate ("\\ud800") gave a
briefing no store could save (PydanticSerializationError: surrogates not allowed), so the accepted
briefing was lost at its save, run after run; an answer nested 100,000 deep raised RecursionError,
reported as "model unavailable" (a backend failure) rather than an unreadable answer. A real
OpenAI-compatible server on loopback answers; a real SQLite store keeps the briefing."""

from __future__ import annotations

import json
from pathlib import Path

from test_llm_protocol import GOOD, completion, config, scripted, write
from webserver import WebServer

from veilleur.store import Store


def test_a_lone_surrogate_in_the_answer_is_a_replacement_character(web: WebServer, tmp_path: Path) -> None:
    answer = {**GOOD, "summary": GOOD["summary"] + " \ud800"}
    content = json.dumps(answer)
    assert "\\ud800" in content  # as the server sends it: an escape in valid JSON
    scripted(web, [completion(content)])
    outcome = write(config(web, retries=0))
    assert outcome.status == "model" and outcome.briefing is not None
    assert outcome.briefing.summary.endswith(" \ufffd")
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        store.briefing_cache.save("key", outcome.briefing, outcome.report)
        found = store.briefing_cache.get("key")
        assert found is not None and found[0] is not None and found[0].summary == outcome.briefing.summary
    finally:
        store.close()


def test_an_answer_nested_too_deep_is_an_unreadable_answer(web: WebServer) -> None:
    # (15,000 deep: within draft.ANSWER_CHARS, a longer answer is refused unread)
    scripted(web, [completion("[" * 15_000 + "]" * 15_000)])
    outcome = write(config(web, retries=0))
    assert outcome.status == "fallback" and outcome.briefing is not None
    assert outcome.error.startswith("invalid answer: pas de JSON lisible"), outcome.error
