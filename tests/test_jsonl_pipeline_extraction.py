"""`veilleur intel --jsonl` and `veilleur stories --jsonl` run exactly the extraction the pipeline
runs, for a whole page given as `html`, `markdown` or `text`: the same page served on loopback (with
the matching content type) and run through `veilleur run`'s pipeline gives the same article (title,
text, language, usability) and the same Intel record as the batch line carrying its text.

Pages: a real HTML page of ../shared/corpus/extraction-dev, a real rendered page of news-dev
(Markdown, menus and teasers included) and a fictional plain-text page framed by a menu, other
stories' teasers and readers' comments. Nothing of ../shared is copied into the repository."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path
from test_pipeline import feed, run_once, settings_for
from test_stories_languages import MEERHOVEN
from webserver import Reply, WebServer

from veilleur.batch import intel_json
from veilleur.cli import main
from veilleur.config import HttpConfig
from veilleur.models import Source, SourceKind
from veilleur.store import Store

NOW = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
# The regreSSHion disclosure as THN's page was rendered (menus, teasers), in news-dev.
MARKDOWN_URL = "https://thehackernews.com/2024/07/new-openssh-vulnerability-could-lead-to.html"
TEXT_PAGE = """Outlet Two | Home | News | Ransomware | Subscribe

{title}

{body}

Related stories
- Fictional Gate VPN flaw CVE-2026-55555 exploited against Ostvik Cargo
- Ransomware gang hits Osterlo port operator

Comments
reader42: same thing happened to Norland Freight last year, CVE-2026-44444 again?

(c) Outlet Two. All rights reserved. Privacy - Cookies - Contact
"""


def _pages() -> dict[str, tuple[str, str, str]]:
    """format -> (title the feed gives, the page's text, content type)."""
    folder = shared_path("corpus", "extraction-dev", "html")
    html = ""
    for path in sorted(folder.glob("*.html.gz")):
        try:
            html = gzip.decompress(path.read_bytes()).decode("utf-8")
            break
        except UnicodeDecodeError:
            continue
    markdown = ""
    with gzip.open(shared_path("corpus", "news-dev.jsonl.gz"), "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["url"] == MARKDOWN_URL:
                markdown, markdown_title = record["markdown"], record["title"]
                break
    if not html or not markdown:
        pytest.skip("no UTF-8 page in extraction-dev or the THN page is not in news-dev")
    title, text = MEERHOVEN["en"]
    body = "\n\n".join(f"{sentence}." for sentence in (text + " ").split(". ") * 3 if sentence.strip())
    return {
        "html": ("A page of the extraction set", html, "text/html; charset=utf-8"),
        "markdown": (markdown_title, markdown, "text/markdown; charset=utf-8"),
        "text": (title, TEXT_PAGE.format(title=title, body=body), "text/plain; charset=utf-8"),
    }


def test_the_batch_extracts_each_format_as_the_pipeline_does(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = _pages()
    items, rows = [], []
    for kind, (title, text, content_type) in pages.items():
        path = f"/{kind}"
        web.routes[path] = Reply(text.encode("utf-8"), content_type=content_type)
        items.append((title, path))
        rows.append(
            {"id": kind, "url": web.url(path), "title": title, "published": NOW.isoformat(), kind: text}
        )
    web.routes["/feed.xml"] = feed(web, items, NOW)
    source = Source(
        name="outlet", kind=SourceKind.FEED, url=web.url("/feed.xml"), tag="outlet", title="Outlet"
    )
    settings = settings_for(tmp_path, [source], http_config)
    run_once(settings, NOW)

    monkeypatch.chdir(tmp_path)
    batch = tmp_path / "in.jsonl"
    batch.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(main, ["intel", "--jsonl", str(batch), str(tmp_path / "intel.jsonl")])
    assert done.exit_code == 0, done.output
    out = {row["id"]: row for row in map(json.loads, (tmp_path / "intel.jsonl").read_text().splitlines())}

    store = Store(settings.resolved_store_url())
    try:
        for kind, row in out.items():
            entry_id = store.entries.id_for_url(web.url(f"/{kind}"))
            assert entry_id is not None, kind
            article, intel = store.articles.get(entry_id), store.intel.get(entry_id)
            assert article is not None and article.usable and row["usable"], (kind, row["reason"])
            assert (row["title"], row["text"], row["lang"]) == (article.title, article.text, article.lang), (
                kind
            )
            assert intel is not None
            assert row["intel"] == json.loads(json.dumps(intel_json(intel), default=str)), kind
    finally:
        store.close()
    # The frame is not the article: nothing of the plain-text page's menu, teasers or comments.
    text = out["text"]["text"]
    assert "Related stories" not in text and "reader42" not in text and "Subscribe" not in text
    assert out["text"]["intel"]["cves"] == [] and "regresshion" in out["markdown"]["text"].casefold()

    # `stories --jsonl` reads the same lines through the same extraction: every page is placed.
    done = runner.invoke(main, ["stories", "--jsonl", str(batch), str(tmp_path / "stories.jsonl")])
    assert done.exit_code == 0, done.output
    placed = [json.loads(line) for line in (tmp_path / "stories.jsonl").read_text().splitlines()]
    assert sorted(row["id"] for row in placed) == sorted(pages)
