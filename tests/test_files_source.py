"""Local capture folders: nothing outside the folder is read, and a capture's own article URL is
what the entry (hence the post) points to; without one, no post links to `file://`."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from veilleur.collect import CollectError, collect_source, fetch_document
from veilleur.collect.files import capture_url, list_files
from veilleur.collect.http import Fetcher
from veilleur.config import HttpConfig, LimitsConfig
from veilleur.models import Entry, Source, SourceHealth, SourceKind

TEXT = "Ransomware hits the fictional Sigma Corp\n\nSigma Corp was hit by ransomware on Monday.\n"


def folder_source(folder: Path) -> Source:
    return Source(name="captures", kind=SourceKind.FILES, url=str(folder), tag="captures")


def test_a_symlink_leaving_the_folder_is_not_read(tmp_path: Path, http_config: HttpConfig) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("root:x:0:0 secret outside the folder\n")
    (outside / "deep").mkdir()
    (outside / "deep" / "other.txt").write_text("another secret\n")
    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT)
    (folder / "inner.txt").symlink_to(folder / "good.txt")  # stays inside: read
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    (folder / "linked-dir").symlink_to(outside / "deep", target_is_directory=True)
    with Fetcher(http_config) as fetcher:
        collected = collect_source(
            folder_source(folder), fetcher, SourceHealth(name="captures"), LimitsConfig()
        )
    paths = sorted(Path(entry.local_path).name for entry in collected.entries)
    assert paths == ["good.txt", "good.txt"]  # inner.txt is read, as the file it points to
    assert all(str(outside) not in entry.local_path for entry in collected.entries)
    assert any("leak.txt" in warning for warning in collected.warnings)
    assert any("linked-dir" in warning for warning in collected.warnings)


def test_a_file_swapped_for_a_symlink_after_listing_is_not_read(
    tmp_path: Path, http_config: HttpConfig
) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT)
    (tmp_path / "secret.txt").write_text("secret outside the folder\n")
    [entry] = list_files(folder_source(folder))
    os.remove(folder / "a.txt")
    (folder / "a.txt").symlink_to(tmp_path / "secret.txt")
    with Fetcher(http_config) as fetcher, pytest.raises(OSError, match="symlink"):
        fetch_document(entry, fetcher)


def test_a_capture_carries_its_article_url(tmp_path: Path, http_config: HttpConfig) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "line.txt").write_text("URL: https://news.example/sigma?utm_source=x\n" + TEXT)
    (folder / "page.html").write_text(
        '<html><head><link rel="canonical" href="https://news.example/page"></head><body><p>x</p></body></html>'
    )
    (folder / "saved.html").write_text(
        "<!-- saved from url=(0031)https://news.example/saved -->\n<html><body><p>x</p></body></html>"
    )
    (folder / "hostile.html").write_text(
        '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>x</p></body></html>'
    )
    (folder / "plain.txt").write_text(TEXT)
    entries = {Path(entry.local_path).name: entry for entry in list_files(folder_source(folder))}
    assert entries["line.txt"].url == "https://news.example/sigma?utm_source=x"
    assert entries["line.txt"].canonical_url == "https://news.example/sigma"  # meets the feed's copy
    assert entries["page.html"].url == "https://news.example/page"
    assert entries["saved.html"].url == "https://news.example/saved"
    assert entries["hostile.html"].url.startswith("file://")
    assert entries["plain.txt"].url.startswith("file://")
    with Fetcher(http_config) as fetcher:
        document = fetch_document(entries["line.txt"], fetcher)
    assert document.final_url == "https://news.example/sigma?utm_source=x"
    assert "URL:" not in document.text and document.text.startswith("Ransomware hits")


@pytest.mark.parametrize(
    ("text", "content_type", "url"),
    [
        ("\n\nURL: <https://a.example/x>\nTitle\n", "text/markdown", "https://a.example/x"),
        ("url:https://user:pw@a.example/x\nTitle\n", "text/plain", "https://a.example/x"),
        ("Title\nURL: https://a.example/x\n", "text/plain", ""),  # only the first line says it
        ("URL: file:///etc/passwd\n", "text/plain", ""),
        ("URL: https://a.example:99999/\n", "text/plain", ""),
        (
            '<meta property="og:url" content="https://a.example/og"><p>x</p>',
            "text/html",
            "https://a.example/og",
        ),
    ],
)
def test_capture_url_shapes(text: str, content_type: str, url: str) -> None:
    assert capture_url(text, content_type)[0] == url


def test_a_missing_folder_is_an_error_of_the_source(tmp_path: Path, http_config: HttpConfig) -> None:
    with Fetcher(http_config) as fetcher, pytest.raises(CollectError, match="no such file"):
        collect_source(folder_source(tmp_path / "nowhere"), fetcher, SourceHealth(name="c"), LimitsConfig())


def test_an_entry_for_a_file_source_reads_from_disk(tmp_path: Path, http_config: HttpConfig) -> None:
    (tmp_path / "a.md").write_text(TEXT)
    entry = Entry(url="x", canonical_url="x", source="s", local_path=str((tmp_path / "a.md").resolve()))
    with Fetcher(http_config) as fetcher:
        assert "Sigma Corp" in fetch_document(entry, fetcher).text


def test_posts_from_captures_never_link_to_file(
    tmp_path: Path, http_config: HttpConfig, fixed_now: datetime
) -> None:
    from postcheck import check_post
    from test_pipeline import ARTICLE, run_once, settings_for

    folder = tmp_path / "captures"
    folder.mkdir()
    page = ARTICLE.format(
        title="Ransomware hits Sigma Corp", lead="Sigma Corp, a fictional firm, was hit by ransomware."
    )
    canonical = '<link rel="canonical" href="https://news.example/sigma">'
    (folder / "sigma.html").write_text(page.replace("<head>", f"<head>{canonical}"))
    demo = Path(__file__).parents[1] / "src" / "veilleur" / "demo" / "site" / "captures"
    (folder / "clinique.txt").write_text((demo / "clinique-sainte-aurore.txt").read_text(encoding="utf-8"))
    source = Source(
        name="captures", kind=SourceKind.FILES, url=str(folder), tag="captures", title="Captures Nord"
    )
    settings = settings_for(tmp_path, [source], http_config)
    summary = run_once(settings, fixed_now).summary
    posts = {path.name[11:-3]: path.read_text(encoding="utf-8") for path in summary.published}
    assert len(posts) == 2, summary
    sigma = next(text for slug, text in posts.items() if "sigma" in slug)
    clinique = next(text for slug, text in posts.items() if "clinique" in slug)
    assert sigma.endswith('[Source](https://news.example/sigma){:target="_blank"}\n')
    assert clinique.endswith("---\nSource : Captures Nord\n")
    for path in summary.published:
        assert check_post(path.read_text(encoding="utf-8"), path.name) == []
    site = tmp_path / "site"
    for path in site.rglob("*"):
        if path.is_file() and ".git" not in path.parts:
            assert "file:" not in path.read_text(encoding="utf-8", errors="replace"), path


def test_a_file_name_that_is_not_utf8_is_skipped_with_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT)
    with open(os.path.join(os.fsencode(folder), b"bad-\xff.txt"), "w") as handle:
        handle.write(TEXT)
    notes: list[str] = []
    entries = list_files(folder_source(folder), notes)
    assert [Path(entry.local_path).name for entry in entries] == ["good.txt"]
    assert any("not UTF-8" in note for note in notes)
