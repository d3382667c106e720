"""How the OpenAI-compatible backend copes with what servers send back: overload, refused
response formats, invalid JSON. A real HTTP server on loopback plays the server's part with
fixed answers, so each case is exact (the model's own behaviour is tested in test_llm.py)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from webserver import Reply, WebServer

from veilleur.brief.backend import BriefRequest
from veilleur.brief.writer import Writer
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.extract import content_hash
from veilleur.models import Article

ARTICLE = Article(
    url="https://news.example/a",
    canonical_url="https://news.example/a",
    title="Ransomware hits the fictional Valmont hospital",
    lang="en",
    text=(
        "The fictional Valmont hospital was hit by ransomware on Sunday night, its director said. "
        "The emergency department was diverted to nearby hospitals and twelve patients were transferred. "
        "Attackers encrypted servers and demanded a ransom. The hospital filed a complaint with the police."
    ),
)
GOOD = {
    "heading": "Rançongiciel : l'hôpital de Valmont paralysé",
    "summary": "L'hôpital fictif de Valmont a été touché par un rançongiciel dans la nuit de dimanche, selon "
    "son directeur. Les urgences ont été déviées vers des hôpitaux voisins.",
    "key_points": [
        {"label": "Impact", "text": "Douze patients ont été transférés vers d'autres établissements."},
        {"label": "Attaque", "text": "Les attaquants ont chiffré des serveurs et réclamé une rançon."},
        {"label": "Enquête", "text": "L'hôpital a déposé plainte auprès de la police."},
    ],
    "vulnerabilities": [],
    "no_vulnerability_text": "Aucune CVE n'est mentionnée dans l'article.",
    "recommendations": [
        {"label": "Sauvegardes", "text": "Vérifier que des sauvegardes hors ligne existent et sont testées."},
        {"label": "Continuité", "text": "Préparer un fonctionnement en mode dégradé des services critiques."},
    ],
}


USAGE = {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150}


def completion(content: Any, usage: Any = USAGE) -> Reply:
    """A chat completion answering `content` (a text, or any JSON value a server might send), with
    `usage` as the server's accounting."""
    body = {
        "id": "x", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": usage,
    }  # fmt: skip
    return Reply(json.dumps(body).encode(), content_type="application/json")


def scripted(web: WebServer, replies: list[Reply]) -> None:
    queue = list(replies)
    web.routes["/v1/chat/completions"] = lambda _handler: queue.pop(0) if len(queue) > 1 else queue[0]


def config(web: WebServer, **openai: Any) -> BriefConfig:
    brief = BriefConfig(backend="openai")
    brief.openai = brief.openai.model_copy(update={"base_url": web.url("/v1"), "retries": 2, **openai})
    return brief


def write(brief: BriefConfig) -> Any:
    request = BriefRequest(article=ARTICLE, intel=enrich(ARTICLE), outlet="News", url=ARTICLE.url)
    return Writer(brief).write(request, content_hash(ARTICLE.text))


def sent(web: WebServer) -> list[dict[str, Any]]:
    return [json.loads(body) for path, body in web.bodies if path.endswith("/chat/completions")]


def test_a_faithful_answer_is_accepted(web: WebServer) -> None:
    scripted(web, [completion(json.dumps(GOOD))])
    outcome = write(config(web))
    assert outcome.status == "model" and outcome.report.accepted
    assert outcome.briefing.heading == GOOD["heading"]
    assert outcome.usage.calls == 1 and outcome.usage.total == 150
    request = sent(web)[0]
    assert request["response_format"]["type"] == "json_schema" and request["temperature"] == 0.2


def test_overload_is_retried_honouring_retry_after(web: WebServer) -> None:
    busy = Reply(
        b'{"error": {"message": "overloaded"}}', 503, {"Retry-After": "0"}, content_type="application/json"
    )
    scripted(web, [busy, busy, completion(json.dumps(GOOD))])
    outcome = write(config(web))
    assert outcome.status == "model" and len(sent(web)) == 3


def test_refused_response_format_falls_back_to_the_next_mode(web: WebServer) -> None:
    refused = Reply(
        b'{"error": {"message": "response_format json_schema unsupported"}}',
        400,
        content_type="application/json",
    )
    scripted(web, [refused, completion(json.dumps(GOOD))])
    outcome = write(config(web))
    assert outcome.status == "model"
    assert [r["response_format"]["type"] for r in sent(web)] == ["json_schema", "json_object"]


def test_invalid_json_is_repaired_when_possible(web: WebServer) -> None:
    fenced = "Voilà :\n```json\n" + json.dumps(GOOD)[:-1] + ",}\n```"  # fences, prose, trailing comma
    scripted(web, [completion(fenced)])
    outcome = write(config(web))
    assert outcome.status == "model" and outcome.usage.calls == 1


def test_schema_error_is_sent_back_once_then_accepted(web: WebServer) -> None:
    scripted(web, [completion('{"heading": "Titre seul"}'), completion(json.dumps(GOOD))])
    outcome = write(config(web))
    assert outcome.status == "model" and outcome.usage.calls == 2
    retry = sent(web)[1]["messages"][1]["content"]
    assert "refusée" in retry and "key_points" in retry  # the validation error, fed back


def test_invented_facts_are_retried_with_the_reasons_then_fall_back(web: WebServer) -> None:
    invented = dict(
        GOOD,
        summary="Le groupe Qilin a volé 3 millions de dossiers à l'hôpital de Valmont, "
        "selon son directeur, via la faille CVE-2026-4242.",
    )
    scripted(web, [completion(json.dumps(invented))])
    outcome = write(config(web))
    assert outcome.status == "fallback" and outcome.usage.calls == 2
    retry = sent(web)[1]["messages"][1]["content"]
    assert "Qilin" in retry and "CVE-2026-4242" in retry
    published = outcome.briefing.model_dump_json()
    assert "Qilin" not in published and "CVE-2026-4242" not in published and "3 millions" not in published


def test_server_error_never_becomes_a_briefing(web: WebServer) -> None:
    scripted(
        web,
        [
            Reply(
                b'{"error": {"code": 503, "message": "UNAVAILABLE high demand"}}',
                503,
                content_type="application/json",
            )
        ],
    )
    pending = write(config(web, retries=0).model_copy(update={"on_failure": "pending"}))
    assert pending.status == "pending" and pending.briefing is None and "unavailable" in pending.error
    fallback = write(config(web, retries=0))
    assert fallback.status == "fallback" and "UNAVAILABLE" not in fallback.briefing.model_dump_json()


def test_api_key_comes_from_the_named_environment_variable(web: WebServer, monkeypatch: Any) -> None:
    monkeypatch.setenv("VEILLEUR_TEST_KEY", "sk-test-123")
    scripted(web, [completion(json.dumps(GOOD))])
    write(config(web, api_key_env="VEILLEUR_TEST_KEY"))
    headers = {key.lower(): value for key, value in web.requests[-1][1].items()}
    assert headers["authorization"] == "Bearer sk-test-123"
    monkeypatch.delenv("VEILLEUR_TEST_KEY")
    missing = write(config(web, api_key_env="VEILLEUR_TEST_KEY"))
    assert missing.status == "fallback" and "VEILLEUR_TEST_KEY" in missing.error


def test_token_budget_and_max_briefs_bound_a_run(web: WebServer, tmp_path: Any, fixed_now: datetime) -> None:
    from veilleur.demo import DemoServer, demo_settings
    from veilleur.pipeline import Pipeline, sync_sources
    from veilleur.store import Store

    scripted(web, [completion(json.dumps(GOOD))])  # never grounded in the demo's articles
    with DemoServer() as demo:
        settings = demo_settings(tmp_path / "site", demo.base)
        settings.brief = config(web, concurrency=1).model_copy(update={"token_budget": 300})
        store = Store(settings.resolved_store_url())
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store)
        pipeline.run()
        pipeline.close()
        stats = pipeline.summary.briefing
        # The first article spends 2 × 150 tokens (answer + retry); the budget stops the others.
        assert stats.usage.total == 300 and stats.by_status == {"fallback": 1, "pending": 5}
        assert sum("token budget" in why for _, why in pipeline.summary.brief_errors) == 5
        settings.brief = settings.brief.model_copy(update={"token_budget": 0, "on_failure": "pending"})
        limited = Pipeline(settings, store)
        limited.cluster_then_brief(max_briefs=2)
        limited.close()
        assert sum(limited.summary.briefing.by_status.values()) == 2
