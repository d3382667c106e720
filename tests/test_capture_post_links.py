"""A capture's post links to the address the capture is known by, and a copy of a posted page from
the same outlet is no "nouvelle source".

A saved page with no record of where it was read (no `saved from url=` mark, no `URL:` line) gives
only its own canonical link. When extraction refuses that address (the site's root) or the store's
judge sets the capture apart from the article that holds it (another text), the address is not the
capture's: its post linked there all the same — a phishing page's post to a hospital breach's
article. And a copy of the breach's page saved again into the same folder, a day later, added
"Mise à jour … : nouvelle source, captures, sans fait nouveau" to the breach's post, though it is
the outlet the post already cites. Real capture folder, real SQLite file, the real runner, a fixed
clock; the pages are our own."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from test_canonical_trust import EVENTS, page_html
from test_pipeline import run_once, settings_for

from veilleur.config import HttpConfig
from veilleur.models import Source, SourceKind
from veilleur.publish.updates import update_line

SITE = "https://news.example"
BREACH = f"{SITE}/2026/12/gamma-hospital"
MARK = f"<!-- saved from url=(0041){BREACH} -->\n"


def _posts(tmp_path: Path) -> dict[str, str]:
    return {p.name[11:-3]: p.read_text("utf-8") for p in (tmp_path / "site" / "_posts").glob("*.md")}


def test_a_capture_links_only_to_an_address_that_is_its_own(
    tmp_path: Path, http_config: HttpConfig, fixed_now: datetime
) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    canonical = f'<link rel="canonical" href="{BREACH}">'
    (folder / "gamma.html").write_text(MARK + page_html(EVENTS["gamma"], canonical), "utf-8")
    # Another event naming the breach's address as its own: set apart by the judge.
    (folder / "alpha.html").write_text(page_html(EVENTS["alpha"], canonical), "utf-8")
    # Another event naming the site's root: refused at extraction.
    root = f'<link rel="canonical" href="{SITE}/">'
    (folder / "beta.html").write_text(page_html(EVENTS["beta"], root), "utf-8")
    source = Source(name="captures", kind=SourceKind.FILES, url=str(folder), tag="captures")
    settings = settings_for(tmp_path, [source], http_config)
    assert len(run_once(settings, fixed_now).summary.published) == 3
    posts = _posts(tmp_path)
    gamma, alpha, beta = (next(text for slug, text in posts.items() if key in slug) for key in EVENTS_KEYS)
    assert f"[Source]({BREACH})" in gamma
    for text in (alpha, beta):
        assert BREACH not in text and f"({SITE}/)" not in text and "file:" not in text
        assert "Source : captures" in text

    # A day later, the breach's page saved again without its mark, a line more: a copy of the
    # posted page, from the outlet the post already cites.
    copy = page_html(EVENTS["gamma"], canonical, "<p>Saved again from the newsletter.</p>")
    (folder / "gamma-again.html").write_text(copy, "utf-8")
    second = run_once(settings, fixed_now + timedelta(days=1))
    assert second.summary.published == [] or all("gamma" in p.name for p in second.summary.published)
    gamma_after = next(text for slug, text in _posts(tmp_path).items() if "gamma" in slug)
    assert "nouvelle source" not in gamma_after and "Mise à jour" not in gamma_after
    assert f"[Source]({BREACH})" in gamma_after


EVENTS_KEYS = ("gamma", "alpha", "beta")


def test_an_update_names_as_new_only_the_outlets_the_post_did_not_cite() -> None:
    update = {"date": "2026-12-02", "outlets": ["Le Monde", "BBC"], "refreshed": False}
    assert update_line(update, cited={"BBC"}) == (
        "Mise à jour du 2 décembre 2026 : nouvelle source, Le Monde, sans fait nouveau."
    )
    # The same outlet again, bringing facts: a new article of it, not a new source.
    again = {"date": "2026-12-02", "outlets": ["BBC"], "refreshed": True}
    assert update_line(again, cited={"BBC"}) == (
        "Mise à jour du 2 décembre 2026 : nouvel article de BBC ; synthèse complétée avec les faits qu'il apporte."
    )
    # The same outlet again with nothing new: nothing to tell the reader.
    assert update_line({**again, "refreshed": False}, cited={"BBC"}) is None
    assert update_line({**again, "refreshed": False}) == (
        "Mise à jour du 2 décembre 2026 : nouvelle source, BBC, sans fait nouveau."
    )


def test_the_same_outlet_spelt_two_ways_is_no_new_source() -> None:
    # Two sources of one outlet, titled apart by whoever configured them.
    again = {"date": "2026-12-02", "outlets": ["Bleeping Computer"], "refreshed": True}
    assert update_line(again, cited={"BleepingComputer"}) == (
        "Mise à jour du 2 décembre 2026 : nouvel article de Bleeping Computer ; synthèse complétée avec les faits qu'il apporte."
    )
    assert update_line({**again, "outlets": ["le monde "], "refreshed": False}, cited={"Le Monde"}) is None
    both = {"date": "2026-12-02", "outlets": ["Le Monde", "le monde", "BBC"], "refreshed": False}
    assert update_line(both, cited=()) == (
        "Mise à jour du 2 décembre 2026 : nouvelles sources, Le Monde et BBC, sans fait nouveau."
    )
    assert update_line({**again, "outlets": ["Les Échos"]}, cited={"Les Echos"}) == (
        "Mise à jour du 2 décembre 2026 : nouvel article de Les Échos ; synthèse complétée avec les faits qu'il apporte."
    )


def test_a_post_already_published_drops_the_address_its_capture_lost(
    tmp_path: Path, http_config: HttpConfig, fixed_now: datetime
) -> None:
    # Day one: a phishing capture with no mark names the breach's address as its own, and nothing
    # contradicts it yet: its post links there. Day two: the breach's page, saved with its mark,
    # says otherwise; the judge sets the phishing capture apart, and its post, already written,
    # must be rewritten without the breach's link.
    folder = tmp_path / "captures"
    folder.mkdir()
    canonical = f'<link rel="canonical" href="{BREACH}">'
    (folder / "alpha.html").write_text(page_html(EVENTS["alpha"], canonical), "utf-8")
    source = Source(name="captures", kind=SourceKind.FILES, url=str(folder), tag="captures")
    settings = settings_for(tmp_path, [source], http_config)
    run_once(settings, fixed_now)
    (folder / "gamma.html").write_text(MARK + page_html(EVENTS["gamma"], canonical), "utf-8")
    run_once(settings, fixed_now + timedelta(days=1))
    posts = _posts(tmp_path)
    alpha = next(text for slug, text in posts.items() if "alpha" in slug)
    gamma = next(text for slug, text in posts.items() if "gamma" in slug)
    assert f"[Source]({BREACH})" in gamma
    assert BREACH not in alpha and "file:" not in alpha and "Source : captures" in alpha
