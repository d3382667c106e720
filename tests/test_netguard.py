"""The fetcher connects only where it checked, within a deadline, and turns every bad URL into an
error of that URL. Real loopback servers; a resolver seam plays the attacker's DNS server."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import httpcore
import pytest
from test_pipeline import article, run_once, settings_for
from webserver import Reply, WebServer

from veilleur.collect import fetch_document
from veilleur.collect.http import Fetcher, FetchError
from veilleur.collect.netguard import refusal
from veilleur.config import HttpConfig
from veilleur.models import Entry, Source, SourceKind
from veilleur.pipeline import Pipeline, sync_sources
from veilleur.store import Store

PAGE = b"<html><body><p>inside</p></body></html>"
PUBLIC = "93.184.215.14"  # a public address: the test connector never really connects to it


def strict(config: HttpConfig, **changes: object) -> HttpConfig:
    return config.model_copy(update={"allow_private": False, "respect_robots": False, **changes})


class Network:
    """Records every connection the fetcher asks for; only loopback is really connected, so that
    no test sends a packet outside the machine."""

    def __init__(self) -> None:
        self.connected: list[tuple[str, int]] = []
        self._system = httpcore.SyncBackend()

    def connect(self, ip: str, port: int, timeout: float | None) -> httpcore.NetworkStream:
        self.connected.append((ip, port))
        if ip not in {"127.0.0.1", "::ffff:127.0.0.1", "::1"}:
            raise httpcore.ConnectError(f"test network: {ip} is unreachable")
        return self._system.connect_tcp(ip, port, timeout)


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "::127.0.0.1", "::ffff:127.0.0.1",
     "64:ff9b::7f00:1", "64:ff9b::a00:1", "2002:7f00:1::", "2002:a9fe:a9fe::1", "64:ff9b:1::808:808",
     "fe80::1", "fc00::1", "0.0.0.0", "100.64.0.1"],
)  # fmt: skip
def test_inside_addresses_are_refused_whatever_their_spelling(address: str) -> None:
    assert refusal(address) is not None


@pytest.mark.parametrize("address", [PUBLIC, "2606:4700::1111", "64:ff9b::808:808", "2002:808:808::1"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(address) is None


@pytest.mark.parametrize(
    "host", ["[::127.0.0.1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]", "[::ffff:127.0.0.1]"]
)
def test_ipv4_inside_ipv6_literals_is_refused(web: WebServer, http_config: HttpConfig, host: str) -> None:
    web.routes["/page"] = Reply(PAGE)
    port = web.server_address[1]
    with Fetcher(strict(http_config)) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(f"http://{host}:{port}/page")
    assert caught.value.permanent and "not a public address" in str(caught.value)
    assert web.requests == []


def test_a_name_answering_a_mapped_loopback_address_is_refused(
    web: WebServer, http_config: HttpConfig
) -> None:
    """The resolver's answer is what is connected to: allowed, it reaches the loopback server
    through its IPv4-mapped spelling; refused, it reaches nothing."""
    web.routes["/page"] = Reply(PAGE)
    url = f"http://inside.test:{web.server_address[1]}/page"

    def resolver(host: str, port: int) -> list[str]:
        return ["::ffff:127.0.0.1"]

    with Fetcher(strict(http_config), resolver=resolver) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(url)
    assert "not a public address" in str(caught.value) and "allow_private" in str(caught.value)
    assert web.requests == []
    with Fetcher(strict(http_config, allow_private=True), resolver=resolver) as fetcher:
        assert fetcher.get(url).content == PAGE
    assert web.requests[0][1]["Host"] == f"inside.test:{web.server_address[1]}"


def test_dns_rebinding_never_reaches_the_inside(web: WebServer, http_config: HttpConfig) -> None:
    """A name that answers a public address, then 127.0.0.1: each connection is made to the
    address its own check accepted, so the loopback server is never reached."""
    web.routes["/page"] = Reply(PAGE)
    web.routes["/robots.txt"] = Reply(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    answers: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        answers.append(PUBLIC if not answers else "127.0.0.1")
        return [answers[-1]]

    network = Network()
    config = strict(http_config, retries=1, respect_robots=True)
    with (
        Fetcher(config, resolver=rebinding, connect=network.connect) as fetcher,
        pytest.raises(FetchError) as caught,
    ):
        fetcher.get(f"http://rebind.test:{web.server_address[1]}/page")
    assert len(answers) >= 2 and "127.0.0.1" in answers  # the attacker did answer loopback
    assert all(ip == PUBLIC for ip, _ in network.connected)
    assert web.requests == []
    assert caught.value.permanent and "127.0.0.1 is not a public address" in str(caught.value)


def test_redirect_to_the_inside_is_refused_at_its_hop(web: WebServer, http_config: HttpConfig) -> None:
    inside = WebServer().start()
    try:
        inside.routes["/secret"] = Reply(b"secret")
        web.routes["/go"] = Reply(
            b"", 302, {"Location": f"http://inside.test:{inside.server_address[1]}/secret"}
        )

        def resolver(host: str, port: int) -> list[str]:
            return [PUBLIC] if host == "outside.test" else ["127.0.0.1"]

        class Forward(Network):
            def connect(self, ip: str, port: int, timeout: float | None) -> httpcore.NetworkStream:
                # The public host is played by the loopback server `web`.
                return super().connect("127.0.0.1" if ip == PUBLIC else ip, port, timeout)

        network = Forward()
        config = strict(http_config)
        with (
            Fetcher(config, resolver=resolver, connect=network.connect) as fetcher,
            pytest.raises(FetchError, match="not a public address"),
        ):
            fetcher.get(f"http://outside.test:{web.server_address[1]}/go")
        assert web.hits("/go") == 1 and inside.requests == []
    finally:
        inside.stop()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:99999/page",
        "http://news.example:8o80/page",
        "http://" + "a" * 70 + ".example/page",
        "http://exa mple.com/page",
        "http:///page",
        "javascript:alert(1)",
        "file:///etc/passwd",
    ],
)
def test_a_malformed_url_is_a_permanent_error_of_that_url(http_config: HttpConfig, url: str) -> None:
    entry = Entry(url=url, canonical_url=url, source="test")
    with Fetcher(http_config) as fetcher, pytest.raises(FetchError) as caught:
        fetch_document(entry, fetcher)
    assert caught.value.permanent


def test_a_trickling_server_is_cut_at_the_deadline(web: WebServer, http_config: HttpConfig) -> None:
    # Each byte comes well within the read timeout; only a total deadline stops this.
    web.routes["/trickle"] = Reply(b"x" * 200, trickle=0.05)
    config = http_config.model_copy(update={"deadline": 1.0, "timeout": 5.0, "retries": 2})
    with Fetcher(config) as fetcher, pytest.raises(FetchError, match="deadline"):
        fetcher.get(web.url("/trickle"))  # whole, the body takes 10 s: the deadline cut it
    assert web.hits("/trickle") == 1  # not retried within the run
    # Cut while the body was still coming, not read whole and then found late: the server could
    # not write its last bytes (its answer ends once the client has hung up).
    for _ in range(300):
        if web.trickled:
            break
        time.sleep(0.1)
    assert web.trickled == [("/trickle", False)]


def test_a_request_within_the_deadline_is_read(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/slowish"] = Reply(b"y" * 10, trickle=0.02)
    config = http_config.model_copy(update={"deadline": 5.0})
    with Fetcher(config) as fetcher:
        assert fetcher.get(web.url("/slowish")).content == b"y" * 10


def test_a_refused_source_says_which_setting_allows_it(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/feed.xml"] = Reply(b"<rss/>")
    with Fetcher(strict(http_config)) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(web.url("/feed.xml"))
    assert "127.0.0.1 is not a public address" in str(caught.value)
    assert "[http] allow_private = true" in str(caught.value)


def test_malformed_links_in_a_feed_fail_alone(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    now = fixed_now
    web.routes["/good"] = article(
        "Ransomware hits Lambda Corp", "Lambda Corp, a fictional firm, was hit by ransomware."
    )
    stamp = format_datetime(now)
    bad_port = "http://127.0.0.1:99999/port"
    long_label = "http://" + "b" * 70 + ".example/label"
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>{stamp}</pubDate></item>"
        for title, link in (
            ("Bad port", bad_port),
            ("Long label", long_label),
            ("Broken IPv6", "http://[::1/ipv6"),
            ("Not an address", "http://[zz]/x"),
            ("Lambda", web.url("/good")),
        )
    )
    web.routes["/f.xml"] = Reply(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode(),
        content_type="application/rss+xml",
    )
    settings = settings_for(
        tmp_path, [Source(name="f", kind=SourceKind.FEED, url=web.url("/f.xml"), tag="f")], http_config
    )
    summary = run_once(settings, now).summary
    assert [path.name[11:-3] for path in summary.published] == ["lambda"]
    errors = dict(summary.fetch_errors)
    assert "malformed URL" in errors[bad_port] and "malformed" in errors[long_label]
    warnings = summary.sources["f"].warnings
    for title in ("Broken IPv6", "Not an address"):  # not even URLs: skipped at collection
        assert any(title in warning and "skipped" in warning for warning in warnings), warnings


def test_a_watched_page_with_unsplittable_links_still_gives_its_articles() -> None:
    from veilleur.collect.pages import discover_links

    words = "Une cyberattaque paralyse la mairie fictive"
    html = (
        f'<a href="http://[::1/une-cyberattaque-paralyse-la-mairie">{words}</a>'
        f'<a href="http://[zz]/une-cyberattaque-paralyse-la-mairie">{words}</a>'
        f'<a href="https://u:p@news.example/une-cyberattaque-paralyse-la-mairie">{words}</a>'
    )
    source = Source(name="p", kind=SourceKind.PAGE, url="https://news.example/region/", tag="p")
    found = discover_links(html, "https://news.example/region/", source)
    assert [entry.url for entry in found] == ["https://news.example/une-cyberattaque-paralyse-la-mairie"]


def test_a_rebinding_link_in_a_feed_is_neither_fetched_nor_published(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    """The issue's attack end to end: a public feed links to a name that answers a public address,
    then 127.0.0.1, where an inside server holds an article. Nothing of it is fetched or published."""
    inside = WebServer().start()
    try:
        inside.routes["/secret"] = article(
            "Ransomware hits Inside Corp", "Inside Corp, a fictional firm, was hit."
        )
        feed_ip, elsewhere = PUBLIC, "93.184.215.15"  # both public; only the first is "served"
        link = f"http://rebind.test:{inside.server_address[1]}/secret"
        stamp = format_datetime(fixed_now)
        web.routes["/feed.xml"] = Reply(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Inside</title>'
            f"<link>{link}</link><pubDate>{stamp}</pubDate></item></channel></rss>".encode(),
            content_type="application/rss+xml",
        )
        answers: list[str] = []

        def resolver(host: str, port: int) -> list[str]:
            if host == "feeds.test":
                return [feed_ip]
            answers.append(elsewhere if not answers else "127.0.0.1")
            return [answers[-1]]

        class Forward(Network):
            def connect(self, ip: str, port: int, timeout: float | None) -> httpcore.NetworkStream:
                # The public feed host is played by the loopback server `web`.
                return super().connect("127.0.0.1" if ip == feed_ip else ip, port, timeout)

        config = strict(http_config, retries=1)
        source = Source(
            name="f", kind=SourceKind.FEED, url=f"http://feeds.test:{web.server_address[1]}/feed.xml", tag="f"
        )
        settings = settings_for(tmp_path, [source], config)
        fetcher = Fetcher(config, resolver=resolver, connect=Forward().connect)
        store = Store(settings.resolved_store_url())
        sync_sources(store, settings)
        pipeline = Pipeline(settings, store, fetcher=fetcher)
        try:
            summary = pipeline.run()
        finally:
            pipeline.close()
            store.close()
        assert web.hits("/feed.xml") == 1 and "127.0.0.1" in answers
        assert inside.requests == [] and summary.published == []
        assert "not a public address" in dict(summary.fetch_errors)[link]
    finally:
        inside.stop()


@pytest.fixture
def tls_web(tmp_path: Path) -> Iterator[tuple[WebServer, ssl.SSLContext, list[str]]]:
    """A loopback HTTPS server whose certificate names secure.test; yields it, a client context
    trusting that certificate, and the server names (SNI) clients sent."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=secure.test",
         "-addext", "subjectAltName=DNS:secure.test", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    names: list[str] = []
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    server_context.sni_callback = lambda _sock, name, _ctx: names.append(name or "") or None
    server = WebServer()
    server.socket = server_context.wrap_socket(server.socket, server_side=True)
    server.start()
    try:
        yield server, ssl.create_default_context(cafile=str(cert)), names
    finally:
        server.stop()


def test_tls_to_the_pinned_address_keeps_the_host_name(
    tls_web: tuple[WebServer, ssl.SSLContext, list[str]], http_config: HttpConfig
) -> None:
    server, trust, names = tls_web
    server.routes["/page"] = Reply(PAGE)
    port = server.server_address[1]
    looked_up: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        looked_up.append(host)
        return ["127.0.0.1"]

    with Fetcher(http_config, resolver=resolver, ssl_context=trust) as fetcher:
        assert fetcher.get(f"https://secure.test:{port}/page").content == PAGE
        # The certificate is checked against the name, not the address connected to.
        with pytest.raises(FetchError, match="network error"):
            fetcher.get(f"https://other.test:{port}/page")
    assert names[0] == "secure.test" and "other.test" in names
    assert server.requests[0][1]["Host"] == f"secure.test:{port}"
    # robots.txt and the page went through one pinned connection: one lookup for the name.
    assert looked_up.count("secure.test") == 1 and server.hits("/robots.txt") == 1


def test_a_link_with_spaces_in_its_path_is_fetched(web: WebServer, http_config: HttpConfig) -> None:
    web.routes["/a%20b"] = Reply(PAGE)
    with Fetcher(http_config) as fetcher:
        assert fetcher.get(web.url("/a b")).content == PAGE
