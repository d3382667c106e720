"""A model server's answer is read only when it can hold a briefing: the guard keeps a briefing under
MAX_WORDS (600) words, a few thousand characters, and json_repair's reading of some long answers
costs about 0.1 ms a character (a million '{' took the briefing past its 300 s limit, and the
thread, which cannot be stopped, kept the CPU after it). A real HTTP server on loopback answers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_llm_protocol import GOOD, completion, config, scripted, write
from webserver import WebServer

from veilleur.brief import draft


@pytest.fixture
def repaired(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of every text handed to json_repair (the real one is called)."""
    lengths: list[int] = []
    real = draft.repair_json

    def recording(text: str, *args: Any, **kwargs: Any) -> Any:
        lengths.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(draft, "repair_json", recording)
    return lengths


@pytest.mark.parametrize(
    "answer",
    ["{" * 1_000_000, '{"a": "' * 150_000, '{"a": 1} ' * 120_000, "x" * 1_000_000],
    ids=["braces", "open-strings", "objects", "letters"],
)
def test_an_answer_longer_than_any_briefing_is_refused_unread(
    web: WebServer, repaired: list[int], answer: str
) -> None:
    scripted(web, [completion(answer)])
    outcome = write(config(web))
    assert outcome.status == "fallback"
    assert "réponse trop longue" in outcome.error
    assert all(length <= draft.ANSWER_CHARS for length in repaired)


def test_an_answer_of_a_briefing_s_length_is_still_repaired(web: WebServer, repaired: list[int]) -> None:
    fenced = "Voilà :\n```json\n" + json.dumps(GOOD)[:-1] + ",}\n```"
    scripted(web, [completion(fenced + " " * (draft.ANSWER_CHARS - len(fenced) - 10))])
    outcome = write(config(web))
    assert outcome.status == "model", outcome.error
    assert repaired  # the trailing comma needed the repair


def test_an_answer_padded_with_whitespace_is_measured_without_it(web: WebServer, repaired: list[int]) -> None:
    scripted(web, [completion(json.dumps(GOOD) + "\n" * 200_000)])
    outcome = write(config(web))
    assert outcome.status == "model", outcome.error


@pytest.mark.parametrize(
    "answer",
    ["{" * 20_000, '{"heading": ' + "9" * 5_000 + "}"],
    ids=["nested-past-json-repair", "integer-of-5000-digits"],
)
def test_an_unreadable_answer_is_an_invalid_answer_not_an_unavailable_model(
    web: WebServer, answer: str
) -> None:
    """json_repair raises ValueError ('Input nesting exceeds the supported parser recursion
    depth'), json.loads ValueError ('Exceeds the limit (4300 digits)'): read as 'model
    unavailable', the article was deferred and counted toward the breaker that stops asking the
    model for the rest of the run, though the model had answered."""
    scripted(web, [completion(answer)])
    outcome = write(config(web, retries=0))
    assert outcome.status == "fallback" and outcome.briefing is not None
    assert outcome.error.startswith("invalid answer: "), outcome.error


USAGES = [  # (the server's usage, the counts read from it)
    ({"prompt_tokens": "a", "completion_tokens": None}, (0, 0)),
    ([1], (0, 0)),
    ({"prompt_tokens": -(10**30), "completion_tokens": 5}, (0, 5)),
]


@pytest.mark.parametrize(("usage", "counted"), USAGES, ids=["strings", "a-list", "negative"])
def test_a_usage_of_the_wrong_kind_does_not_lose_the_answer_nor_the_budget(
    web: WebServer, usage: Any, counted: tuple[int, int]
) -> None:
    """'usage' is the server's accounting: strings (TypeError) or a list (AttributeError) lost a
    good answer as 'model unavailable'; a negative count would let a run's token budget be spent
    without end. A count that is no non-negative integer counts as nothing."""
    scripted(web, [completion(json.dumps(GOOD), usage)])
    outcome = write(config(web))
    assert outcome.status == "model", outcome.error
    assert (outcome.usage.prompt_tokens, outcome.usage.completion_tokens) == counted


@pytest.mark.parametrize("content", [GOOD, 5, [GOOD]], ids=["object", "number", "list"])
def test_a_content_that_is_no_text_is_read_as_its_json(web: WebServer, content: Any) -> None:
    """A content that is a JSON value, not its text, is read as its JSON (AttributeError: 'dict'
    object has no attribute 'strip' made it 'model unavailable'): an object or a list holding the
    briefing gives it, a number is an invalid answer."""
    scripted(web, [completion(content, None)])
    outcome = write(config(web, retries=0))
    if not isinstance(content, int):
        assert outcome.status == "model", outcome.error
    else:
        assert outcome.error.startswith("invalid answer: "), outcome.error
