"""The HTTP client against a real loopback server: every failure gives a clear, typed error."""

from __future__ import annotations

import gzip

import pytest
from webserver import Reply, WebServer

from veilleur.collect import fetch_document
from veilleur.collect.http import Fetcher, FetchError
from veilleur.config import HttpConfig
from veilleur.extract import extract_article
from veilleur.models import Entry

ARTICLE = "<html><body><article><h1>Titre</h1><p>Texte de l'article.</p></article></body></html>"


def entry(url: str) -> Entry:
    return Entry(url=url, canonical_url=url, source="test")


def test_ok_sends_a_real_user_agent(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/page"] = Reply(ARTICLE.encode())
    with Fetcher(http_config) as fetcher:
        response = fetcher.get(web.url("/page"))
    assert response.status == 200
    assert response.content == ARTICLE.encode()
    headers = dict(web.requests[-1][1])
    assert headers["User-Agent"].startswith("veilleur/")


@pytest.mark.parametrize("status", [403, 404, 410])
def test_client_errors_are_permanent_and_not_retried(
    web: WebServer, http_config: HttpConfig, status: int
) -> None:
    web.routes["/gone"] = Reply(b"no", status)
    with Fetcher(http_config) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(web.url("/gone"))
    assert caught.value.permanent and caught.value.status == status
    assert f"HTTP {status}" in str(caught.value)
    assert web.hits("/gone") == 1


def test_server_errors_are_retried_then_reported_as_transient(
    web: WebServer, http_config: HttpConfig
) -> None:
    web.routes["/flaky"] = Reply(b"oops", 500)
    with Fetcher(http_config) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(web.url("/flaky"))
    assert not caught.value.permanent and caught.value.status == 500
    assert web.hits("/flaky") == http_config.retries + 1


def test_429_honours_retry_after_within_the_cap(web: WebServer, http_config: HttpConfig) -> None:
    calls = []

    def limited(_handler: object) -> Reply:
        calls.append(1)
        if len(calls) == 1:
            return Reply(b"slow down", 429, {"Retry-After": "120"})
        return Reply(ARTICLE.encode())

    web.routes["/limited"] = limited
    slept: list[float] = []
    with Fetcher(http_config, sleep=slept.append) as fetcher:
        response = fetcher.get(web.url("/limited"))
    assert response.status == 200
    # Retry-After said 120 s; the configured ceiling wins so a run never stalls for minutes.
    assert slept == [http_config.max_retry_after]


def test_timeout_is_an_error_not_a_hang(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/slow"] = Reply(ARTICLE.encode(), delay=1.5)
    config = http_config.model_copy(update={"timeout": 0.3, "retries": 0})
    with Fetcher(config) as fetcher, pytest.raises(FetchError, match="timed out"):
        fetcher.get(web.url("/slow"))


def test_body_over_the_cap_is_refused_by_length_header(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/huge"] = Reply(b"x" * 200_000)
    config = http_config.model_copy(update={"max_bytes": 100_000})
    with Fetcher(config) as fetcher, pytest.raises(FetchError, match="cap"):
        fetcher.get(web.url("/huge"))


def test_body_over_the_cap_is_refused_while_streaming(web: WebServer, http_config: HttpConfig) -> None:
    # No Content-Length: the size is only known while reading.
    web.routes["/stream"] = Reply(b"x" * 300_000, headers={"Content-Length": "", "Connection": "close"})
    config = http_config.model_copy(update={"max_bytes": 100_000})
    with Fetcher(config) as fetcher, pytest.raises(FetchError, match="exceeds"):
        fetcher.get(web.url("/stream"))


def test_redirect_loop_is_detected(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/a"] = Reply(b"", 302, {"Location": "/b"})
    web.routes["/b"] = Reply(b"", 301, {"Location": "/a"})
    with Fetcher(http_config) as fetcher, pytest.raises(FetchError, match="redirect loop"):
        fetcher.get(web.url("/a"))


def test_redirects_are_followed_and_bounded(web: WebServer, http_config: HttpConfig) -> None:
    for index in range(10):
        web.routes[f"/r{index}"] = Reply(b"", 302, {"Location": f"/r{index + 1}"})
    web.routes["/r2"] = Reply(ARTICLE.encode())
    with Fetcher(http_config) as fetcher:
        assert fetcher.get(web.url("/r0")).final_url.endswith("/r2")
    web.routes["/r2"] = Reply(b"", 302, {"Location": "/r3"})
    with Fetcher(http_config) as fetcher, pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(web.url("/r0"))


def test_truncated_gzip_is_a_clear_error(web: WebServer, http_config: HttpConfig) -> None:
    packed = gzip.compress(ARTICLE.encode() * 50)
    web.routes["/gz"] = Reply(packed[: len(packed) // 2], headers={"Content-Encoding": "gzip"})
    with Fetcher(http_config) as fetcher, pytest.raises(FetchError, match="compressed"):
        fetcher.get(web.url("/gz"))


def test_conditional_get_uses_validators(web: WebServer, http_config: HttpConfig) -> None:
    def conditional(handler: object) -> Reply:
        if handler.headers.get("If-None-Match") == '"v1"':  # type: ignore[attr-defined]
            return Reply(b"", 304, {"ETag": '"v1"'})
        return Reply(b"<rss/>", headers={"ETag": '"v1"'})

    web.routes["/feed"] = conditional
    with Fetcher(http_config) as fetcher:
        first = fetcher.get(web.url("/feed"))
        second = fetcher.get(web.url("/feed"), etag=first.headers["etag"])
    assert not first.not_modified and second.not_modified


def test_robots_txt_is_respected(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.routes["/private/page"] = Reply(ARTICLE.encode())
    with Fetcher(http_config) as fetcher, pytest.raises(FetchError, match=r"robots\.txt"):
        fetcher.get(web.url("/private/page"))
    assert web.hits("/private/page") == 0
    ignoring = http_config.model_copy(update={"respect_robots": False})
    with Fetcher(ignoring) as fetcher:
        assert fetcher.get(web.url("/private/page")).status == 200


def test_private_addresses_are_refused_unless_allowed(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/page"] = Reply(ARTICLE.encode())
    strict = http_config.model_copy(update={"allow_private": False})
    with Fetcher(strict) as fetcher, pytest.raises(FetchError, match="not a public address"):
        fetcher.get(web.url("/page"))
    assert web.requests == []


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (
            "<html><head></head><body><p>Vulnérabilité été</p></body></html>".encode("latin-1"),
            "text/html; charset=utf-8",
        ),
        ("<html><body><p>Vulnérabilité été</p></body></html>".encode(), "text/html; charset=iso-8859-1"),
        (
            '<html><head><meta charset="windows-1252"></head><body><p>Vulnérabilité été</p></body></html>'.encode(
                "cp1252"
            ),
            "text/html",
        ),
        ("<html><body><p>Vulnérabilité été</p></body></html>".encode("latin-1"), "text/html"),
    ],
    ids=["header-lies-utf8", "header-lies-latin1", "meta-only", "nothing-declared"],
)
def test_wrong_or_missing_charset_still_decodes(
    web: WebServer, http_config: HttpConfig, body: bytes, content_type: str
) -> None:
    web.routes["/cs"] = Reply(body, content_type=content_type)
    with Fetcher(http_config) as fetcher:
        document = fetch_document(entry(web.url("/cs")), fetcher)
    assert "Vulnérabilité été" in document.text


def test_binary_and_empty_pages_are_recorded_as_unusable(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/img"] = Reply(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), content_type="image/png")
    web.routes["/empty"] = Reply(b"")
    with Fetcher(http_config) as fetcher:
        image = fetch_document(entry(web.url("/img")), fetcher)
        empty = fetch_document(entry(web.url("/empty")), fetcher)
    image_article = extract_article(image, entry(web.url("/img")))
    empty_article = extract_article(empty, entry(web.url("/empty")))
    assert not image_article.usable and "binary" in image_article.reason
    assert not empty_article.usable and "empty" in empty_article.reason
