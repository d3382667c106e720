"""One page's post through the library (`veilleur.batch.page_post`), the steps `veilleur post`
prints: the CLI only loads the page and prints, the pipeline of one page is the library's."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from conftest import shared_path

from veilleur.batch import NoPost, page_post
from veilleur.collect.files import read_file
from veilleur.config import Settings
from veilleur.models import Document, Entry

CLI = Path(__file__).resolve().parent.parent / "src" / "veilleur" / "cli"
DAY = date(2026, 3, 14)


def _entry(url: str) -> Entry:
    return Entry(url=url, canonical_url=url, source="cli")


def test_the_seed_page_gives_its_post_dated_by_the_given_day() -> None:
    document = read_file(shared_path("seeds", "000_2c8f3f87bf6db0f0.txt"))
    text, written_by = page_post(document, _entry(document.final_url), Settings(), DAY, "veille")
    lines = text.split("\n")
    assert lines[0] == "---"
    assert lines[1] == "title: 'La clinique André Renard victime d’une cyber-attaque'"
    assert lines[2] == "date: 2026-03-14"  # the day given, not the clock's
    assert "\n- veille\n---\n" in text  # the tag given
    assert "Les urgences ont été déviées vers d'autres hôpitaux" in text
    assert written_by == "facts"


def test_a_page_without_article_gives_no_post_and_says_why() -> None:
    html = "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"
    url = "https://example.org/missing"
    document = Document(url=url, final_url=url, status=200, content_type="text/html", text=html)
    with pytest.raises(NoPost) as caught:
        page_post(document, _entry(url), Settings(), DAY, "veille")
    assert str(caught.value)  # the extractor's reason, for the user


def test_a_page_not_about_security_gives_no_post() -> None:
    body = "".join(
        f"<p>Le gratin dauphinois du chef numéro {n} se prépare avec des pommes de terre fermes, "
        "de la crème fraîche, une gousse d'ail et une pincée de muscade, puis cuit une heure au four.</p>"
        for n in range(12)
    )
    url = "https://example.org/recettes/gratin"
    html = f"<html><head><title>Le vrai gratin dauphinois</title></head><body><article>{body}</article></body></html>"
    document = Document(url=url, final_url=url, status=200, content_type="text/html", text=html)
    with pytest.raises(NoPost, match="not about cybersecurity"):
        page_post(document, _entry(url), Settings(), DAY, "veille")


def test_a_failed_fetch_gives_no_post() -> None:
    with pytest.raises(NoPost):
        page_post(None, _entry("https://example.org/gone"), Settings(), DAY, "veille")


def test_no_cli_command_runs_the_briefing_or_renders_a_post_itself() -> None:
    """A pipeline in the CLI (extract → enrich → brief → render) is the library's, not a
    command's: no CLI module imports the briefing writer or the post renderer."""
    stages = {"veilleur.brief.writer", "veilleur.publish.jekyll"}
    found = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in stages:
                found.append(f"{path.name}: {node.module}")
    assert found == []
