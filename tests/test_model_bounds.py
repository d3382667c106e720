"""The model is bounded: whatever a backend raises or a server answers, the briefing falls back;
a briefing has a time limit, a run a model time budget, and a dead backend is not asked again
for the rest of the run. The summary, `veilleur post` and `brief --explain` say what happened.
A real HTTP server on loopback plays the OpenAI-compatible server."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console
from test_llm_protocol import ARTICLE, GOOD, completion, config, scripted, write
from webserver import Reply, WebServer

from veilleur.brief.backend import BriefRequest
from veilleur.brief.writer import Writer
from veilleur.cli import main
from veilleur.demo import DemoServer, demo_settings
from veilleur.enrich import enrich
from veilleur.extract import content_hash
from veilleur.models import Article
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.report import print_summary
from veilleur.store import Store


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (Reply(b"", 200, content_type="application/json"), "not JSON"),
        (Reply(b"<html><body><h1>502 Bad Gateway</h1></body></html>", 200), "an HTML page"),
        (Reply(b"", 200, content_type="text/html"), "instead of a chat completion"),
    ],
    ids=["empty-json", "html", "empty-html"],
)
def test_a_200_without_a_completion_falls_back(web: WebServer, reply: Reply, said: str) -> None:
    scripted(web, [reply])
    outcome = write(config(web, retries=0))
    assert outcome.status == "fallback" and outcome.briefing is not None
    assert outcome.error.startswith("model unavailable") and said in outcome.error
    assert "(fallback: model unavailable" in outcome.written_by  # written without the model, and why
    assert not outcome.written_by.startswith("openai")
    assert "Gateway" not in outcome.briefing.model_dump_json()


class Exploding:
    """A plugin model whose client fails in a way no one foresaw."""

    name = "exploding"
    model_id = "exploding:test"

    def complete(self, chat: list[dict[str, str]], schema: dict[str, Any]) -> Any:
        raise KeyError("choices")


def request_for(n: int) -> tuple[BriefRequest, str]:
    article = ARTICLE.model_copy(update={"url": f"{ARTICLE.url}/{n}", "text": f"{ARTICLE.text} Case {n}."})
    request = BriefRequest(article=article, intel=enrich(article), outlet="News", url=article.url)
    return request, content_hash(article.text)


def test_any_backend_exception_means_unavailable() -> None:
    writer = Writer(config_without_server())
    writer.backend = Exploding()
    outcome = writer.write(*request_for(1))
    assert outcome.status == "fallback" and outcome.error == "model unavailable: KeyError: 'choices'"


def config_without_server() -> Any:
    from veilleur.config import BriefConfig

    brief = BriefConfig(backend="openai")
    brief.openai = brief.openai.model_copy(update={"base_url": "http://127.0.0.1:9/v1", "retries": 0})
    return brief


def test_a_briefing_gets_its_time_limit_and_no_more(web: WebServer) -> None:
    released, done = threading.Event(), threading.Event()
    answered: list[bool] = []  # each answer: was it sent once the briefing had returned?

    def held(_handler: object) -> Reply:
        released.wait(20)  # a good briefing, once the test has its outcome (else after 20 s)
        answered.append(released.is_set())
        done.set()
        return Reply(completion(json.dumps(GOOD)).body, content_type="application/json")

    web.routes["/v1/chat/completions"] = held
    brief = config(web, retries=0, timeout=30.0).model_copy(update={"time_limit": 0.5})
    outcome = write(brief)
    released.set()
    assert outcome.status == "fallback" and "time limit of 0.5 s per briefing reached" in outcome.error
    # Cut by the limit while the server still held its answer: a writer that waited for the answer
    # (and then found its limit passed, with the same error) returned only after the server gave up.
    assert done.wait(30) and answered == [True]


def test_after_consecutive_failures_the_run_stops_asking_the_model(web: WebServer) -> None:
    scripted(web, [Reply(b'{"error": {"message": "overloaded"}}', 503, content_type="application/json")])
    writer = Writer(config(web, retries=0).model_copy(update={"breaker": 2}))
    outcomes = [writer.write(*request_for(n)) for n in range(5)]
    assert web.hits("/v1/chat/completions") == 2  # the third briefing on fell back at once
    assert all(o.status == "fallback" for o in outcomes)
    assert all("model not asked for the rest of the run after 2 failures" in o.error for o in outcomes[2:])
    assert "overloaded" in outcomes[4].error  # the last real failure is named


def test_an_answer_resets_the_breaker(web: WebServer) -> None:
    down = Reply(b'{"error": {"message": "overloaded"}}', 503, content_type="application/json")
    scripted(web, [down, completion(json.dumps(GOOD)), down, down])
    writer = Writer(config(web, retries=0).model_copy(update={"breaker": 2}))
    first, second, third = (writer.write(*request_for(n)) for n in range(3))
    assert first.status == "fallback" and second.status == "model" and third.status == "fallback"
    assert "model not asked" not in third.error  # one failure in a row after the answer


def test_the_run_model_time_budget_is_honoured(web: WebServer) -> None:
    # An answer the guard rejects (it speaks of another article), slowly: two calls, 0.4 s each.
    scripted(web, [Reply(completion(json.dumps(GOOD)).body, content_type="application/json", delay=0.4)])
    writer = Writer(config(web, retries=0).model_copy(update={"time_budget": 0.5}))
    other = Article(
        url="https://news.example/b",
        canonical_url="https://news.example/b",
        title="Phishing wave targets the fictional Northbank",
        lang="en",
        text="A phishing wave impersonating the fictional Northbank sent 4,000 messages to customers. " * 3,
    )
    request = BriefRequest(article=other, intel=enrich(other), outlet="News", url=other.url)
    first = writer.write(request, content_hash(other.text))
    assert first.status == "fallback" and "rejected by the guard" in first.error
    second = writer.write(*request_for(7))
    assert web.hits("/v1/chat/completions") == 2
    assert second.status == "fallback" and "model time budget of 0.5 s spent" in second.error


MORE = (
    "Hospital staff moved to paper records while the information technology team restored the "
    "affected servers from offline backups kept at a second site. The regional health authority "
    "said that planned surgeries were postponed for two days and that patients were informed by "
    "telephone. The national cybersecurity centre sent experts to help with the investigation, "
    "and the hospital said it would not pay the ransom demanded by the attackers."
)


def test_summary_post_and_explain_say_who_wrote_each_briefing(
    web: WebServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixed_now: datetime
) -> None:
    scripted(web, [completion(json.dumps(GOOD))])  # never grounded in the demo's articles
    with DemoServer() as demo:
        settings = demo_settings(tmp_path / "site", demo.base)
        settings.brief = config(web, retries=0).model_copy(update={"on_failure": "pending"})
        store = Store(settings.resolved_store_url())
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store)
        summary = pipeline.run()
        pipeline.close()
    # Rejected twice by the guard: a failure of each story's briefing, not a silent "pending".
    failed = [f for f in summary.failures if f.stage == "brief"]
    assert failed and all("rejected by the guard" in f.reason for f in failed)
    printed = StringIO()
    print_summary(summary, Console(file=printed, width=300))
    assert "failed items" in printed.getvalue() and "rejected by the guard" in printed.getvalue()

    monkeypatch.setenv("VEILLEUR_STORE_URL", settings.resolved_store_url())
    monkeypatch.setenv("COLUMNS", "300")
    entry = store.entries.id_for_url(failed[0].label)
    assert entry is not None
    explained = CliRunner().invoke(main, ["brief", "--explain", str(entry)])
    assert explained.exit_code == 0, explained.output
    assert "briefing failed" in explained.output and "rejected:" in explained.output
    assert "checked against the sources" in explained.output
    assert "[yellow]" not in explained.output and "[red]" not in explained.output

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ransomware hits the fictional Valmont hospital</title></head><body><article>"
        + f"<p>{ARTICLE.text}</p><p>{MORE}</p>"
        + "</article></body></html>",
        encoding="utf-8",
    )
    monkeypatch.setenv("VEILLEUR_BRIEF__BACKEND", "openai")
    monkeypatch.setenv("VEILLEUR_BRIEF__OPENAI__BASE_URL", "http://127.0.0.1:9/v1")  # nothing there
    posted = CliRunner().invoke(main, ["post", str(page)])
    assert posted.exit_code == 0, posted.output
    assert "(fallback: model unavailable" in posted.stderr and "briefing written by" in posted.stderr
    assert "briefing written by" not in posted.stdout  # the post alone on standard output


def test_a_model_down_says_why_in_the_summary_and_in_explain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixed_now: datetime
) -> None:
    """With `on_failure = "pending"` and no server, the summary said "model not asked" (it was asked)
    and `brief --explain ID` said only "no briefing for '1'", as for an unknown id."""
    with DemoServer() as demo:
        settings = demo_settings(tmp_path / "site", demo.base)
        settings.brief = config_without_server().model_copy(update={"on_failure": "pending"})
        store = Store(settings.resolved_store_url())
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store)
        summary = pipeline.run()
        pipeline.close()
    assert summary.brief_errors and all("model unavailable" in why for _, why in summary.brief_errors)
    printed = StringIO()
    print_summary(summary, Console(file=printed, width=300))
    assert "briefing not written (model unavailable or budget spent; retried next run)" in printed.getvalue()

    monkeypatch.setenv("VEILLEUR_STORE_URL", settings.resolved_store_url())
    entry = store.entries.id_for_url(summary.brief_errors[0][0])
    assert entry is not None
    waiting = CliRunner().invoke(main, ["brief", "--explain", str(entry)])
    assert waiting.exit_code == 1 and "waiting for the model" in waiting.output, waiting.output
    unknown = CliRunner().invoke(main, ["brief", "--explain", "99999"])
    assert unknown.exit_code == 1 and "no article '99999'" in unknown.output, unknown.output
