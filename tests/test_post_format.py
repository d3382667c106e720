"""Posts are byte-for-byte the reference blog's format; golden files (ours) pin the output."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from postcheck import check_post

from veilleur.models import Briefing, KeyPoint, Vulnerability
from veilleur.publish.jekyll import footer, render_post, render_titled, write_post

GOLDEN = Path(__file__).parent / "golden"

BRIEFING = Briefing(
    heading="Rançongiciel : l'hôpital fictif de Valmont à l'arrêt",
    summary="Le centre hospitalier de Valmont a été touché par un rançongiciel dans la nuit de samedi.",
    key_points=[
        KeyPoint(label="Impact", text="Les urgences ont été déviées vers les hôpitaux voisins."),
        KeyPoint(label="Rançon", text="Une demande de rançon a été découverte sur plusieurs serveurs."),
        KeyPoint(label="Enquête", text="La direction a déposé plainte."),
    ],
    vulnerabilities=[Vulnerability(cve="CVE-2026-31337", text="citée dans l'article.")],
    recommendations=[
        KeyPoint(label="Sauvegardes", text="Vérifier les sauvegardes hors ligne."),
        KeyPoint(label="Continuité", text="Tenir à jour un plan de continuité."),
    ],
    sources=["https://news.example/valmont"],
    backend="test",
)
TITLE = "Valmont hospital hit by ransomware: 'critical' services down"


@pytest.mark.parametrize("style", ["current", "old"])
def test_golden_posts(style: str) -> None:
    post = render_post(
        BRIEFING, TITLE, date(2026, 11, 21), "bleepingcomp", ["https://news.example/valmont"], style
    )
    golden = (GOLDEN / f"post-{style}.md").read_text(encoding="utf-8")
    assert post.text == golden
    assert post.filename == "2026-11-21-valmont-hospital-hit-by-ransomware-critical-services-down.md"
    assert check_post(post.text, post.filename, style) == []


def test_front_matter_parses_and_keeps_the_blog_rules() -> None:
    post = render_post(BRIEFING, TITLE, date(2026, 11, 21), "hackernews", ["https://news.example/v"])
    head = post.text.split("---\n")[1]
    meta = yaml.safe_load(head)
    assert list(meta) == ["title", "date", "permalink", "tags"]
    assert meta["title"] == "Valmont hospital hit by ransomware: critical services down"
    assert meta["date"] == date(2026, 11, 21)
    assert meta["tags"] == ["veille-cyber", "hackernews"]
    # The first body line comes right after the closing ---, with no blank line.
    assert "---\n### Rançongiciel" in post.text
    assert post.text.endswith('\n\n---\n[Source](https://news.example/v){:target="_blank"}\n')


def test_no_vulnerability_sentence_when_there_is_no_cve() -> None:
    briefing = BRIEFING.model_copy(update={"vulnerabilities": []})
    post = render_post(briefing, TITLE, date(2026, 11, 21), "krebs", ["https://news.example/v"])
    assert "**Vulnérabilités :**\nAucune CVE n'est mentionnée dans l'article.\n" in post.text
    assert check_post(post.text, post.filename) == []


def test_several_sources_make_a_valid_list_footer() -> None:
    text = footer(["https://a.example/1", "https://b.example/2 (x)"])
    assert text == (
        'Sources :\n*   [Source](https://a.example/1){:target="_blank"}\n'
        '*   [Source](https://b.example/2%20%28x%29){:target="_blank"}'
    )


def test_write_is_atomic_and_creates_posts_folder(tmp_path: Path) -> None:
    post = render_post(BRIEFING, TITLE, date(2026, 11, 21), "krebs", ["https://news.example/v"])
    path = write_post(tmp_path / "site", post)
    assert path.parent.name == "_posts" and path.read_text(encoding="utf-8") == post.text
    assert [p.name for p in path.parent.iterdir()] == [post.filename]


def test_empty_slug_is_refused() -> None:
    with pytest.raises(ValueError, match="empty slug"):
        render_post(BRIEFING, "’’ – ②", date(2026, 11, 21), "krebs", ["https://news.example/v"])


def test_an_item_with_no_headline_is_titled_with_its_briefings_heading() -> None:
    """An empty feed title and page title gave the title ' veille 20', with a leading space."""
    for empty in ["", "   \n"]:
        post = render_titled(
            BRIEFING, empty, date(2026, 11, 21), "harbor", ["https://news.example/v"], "current", 20
        )
        meta = yaml.safe_load(post.text.split("---\n")[1])
        assert meta["title"] == "Rançongiciel : l’hôpital fictif de Valmont à l’arrêt"
        assert post.slug == "rancongiciel-lhopital-fictif-de-valmont-a-larret"
        assert check_post(post.text, post.filename, "current") == []


def test_a_title_without_latin_letters_keeps_a_stable_slug_and_no_leading_space() -> None:
    post = render_titled(
        BRIEFING, "ニュース", date(2026, 11, 21), "harbor", ["https://news.example/v"], "current", 20
    )
    assert post.title == "ニュース veille 20"
    assert post.slug == "veille-20"
    headless = BRIEFING.model_copy(update={"heading": "ニュース"})
    post = render_titled(
        headless, "", date(2026, 11, 21), "harbor", ["https://news.example/v"], "current", 20
    )
    assert post.title == "ニュース veille 20"
