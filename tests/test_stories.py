"""Stories through the whole pipeline, on real loopback servers and a real SQLite store: one post
per story listing every outlet, updated when a later article joins it, per-article mode without
copies, the incident register, and merges and splits that hold on the next run."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CLOCKS
from postcheck import check_post
from sqlalchemy import text
from test_pipeline import feed, run_once, settings_for
from webserver import Reply, WebServer

from veilleur.cli import main
from veilleur.clock import collection_day
from veilleur.config import HttpConfig, Settings
from veilleur.demo import run_demo
from veilleur.models import Source, SourceKind
from veilleur.models.signals import SignalCode
from veilleur.store import Store
from veilleur.workers.scope import Scope, unbriefed_stories

PAGE = """<html><head><title>{title}</title></head><body><nav><a href="/">Accueil</a></nav><article>
<h1>{title}</h1>{paragraphs}</article><aside>Lire aussi : la météo de demain.</aside></body></html>"""

VALMONT_TITLE = "Le centre hospitalier de Valmont paralysé par un rançongiciel"
OTHER_TITLE = "La commune de Brisebourg visée par une attaque par déni de service"
VALMONT_FR = [
    "Le centre hospitalier de Valmont a été victime dimanche d'une attaque par rançongiciel qui a chiffré "
    "une partie de ses serveurs, a confirmé la direction de l'hôpital.",
    "Les urgences ont été déviées vers les hôpitaux voisins et les consultations non urgentes ont été "
    "reportées. Le personnel travaille avec des dossiers papier depuis la nuit de l'attaque.",
    "La direction a déposé plainte et prévenu le centre national de cybersécurité. Rien n'indique à ce "
    "stade que des données de patients aient été dérobées, selon l'établissement.",
    "Le retour à la normale prendra plusieurs jours ; le dossier patient informatisé sera rétabli en priorité.",
]
# The same attack told by another outlet two days later, with a fact the first one did not have.
VALMONT_FOLLOW_UP = [
    "Le groupe LockBit a revendiqué l'attaque par rançongiciel contre le centre hospitalier de Valmont, "
    "qui avait paralysé l'hôpital dimanche et forcé la déviation des urgences.",
    "Sur son site de fuite, LockBit affirme avoir dérobé des données et fixe un ultimatum à l'hôpital. "
    "La direction du centre hospitalier de Valmont dit analyser cette revendication avec les enquêteurs.",
    "Les consultations non urgentes restent reportées et le personnel travaille toujours avec des dossiers "
    "papier, a précisé l'hôpital, qui espère un retour à la normale dans les prochains jours.",
]
OTHER = [
    "La commune de Brisebourg a été victime d'une attaque par déni de service qui a rendu son site "
    "indisponible pendant toute la journée de lundi, a indiqué la mairie.",
    "Les démarches en ligne ont été suspendues et les habitants ont été invités à se rendre au guichet. "
    "Aucune donnée n'a été dérobée, selon la commune, qui a porté plainte auprès de la police.",
    "Le service informatique a filtré le trafic avec son hébergeur et le site était de nouveau accessible "
    "mardi matin. La mairie rappelle qu'une attaque de ce type vise à saturer un service.",
]


def page(title: str, paragraphs: list[str]) -> Reply:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return Reply(PAGE.format(title=title, paragraphs=body).encode())


def two_sources() -> list[Source]:
    return [
        Source(
            name="one", kind=SourceKind.FEED, url="/one.xml", tag="one", title="Le Veilleur Un", lang="fr"
        ),
        Source(name="two", kind=SourceKind.FEED, url="/two.xml", tag="two", title="Deux Infos", lang="fr"),
    ]


def serve_two_attacks(web: WebServer, when: datetime) -> None:
    """Outlet one reports the Valmont hospital attack and the Brisebourg DDoS; outlet two, nothing."""
    web.routes["/a"] = page(VALMONT_TITLE, VALMONT_FR)
    web.routes["/c"] = page(OTHER_TITLE, OTHER)
    web.routes["/one.xml"] = feed(web, [(VALMONT_TITLE, "/a"), (OTHER_TITLE, "/c")], when)
    web.routes["/two.xml"] = feed(web, [], when)


def site_settings(tmp_path: Path, web: WebServer, http: HttpConfig) -> Settings:
    sources = [s.model_copy(update={"url": web.url(s.url)}) for s in two_sources()]
    return settings_for(tmp_path, sources, http)


def posts(tmp_path: Path) -> dict[str, str]:
    return {
        p.name: p.read_text(encoding="utf-8") for p in sorted((tmp_path / "site" / "_posts").glob("*.md"))
    }


def source_links(text: str) -> list[str]:
    return re.findall(r"\[Source\]\(([^)]+)\)", text)


def test_demo_duplicate_across_feeds_is_one_post_with_two_sources(
    tmp_path: Path, fixed_now: datetime
) -> None:
    site = tmp_path / "site"
    run_demo(site, port=0)
    valmont = [text for name, text in posts(tmp_path).items() if "valmont" in name]
    assert len(valmont) == 1
    links = source_links(valmont[0])
    assert len(links) == 2
    assert {link.split("/")[3] for link in links} == {"guetteur", "harbor"}  # two outlets, two URLs
    assert valmont[0].count("[Source]") == 2 and "\nSources :\n*   [Source](" in valmont[0]


def test_a_later_article_updates_the_published_post(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, now: datetime
) -> None:
    day1 = now
    day3 = day1 + timedelta(days=2)
    serve_two_attacks(web, day1)
    settings = site_settings(tmp_path, web, http_config)
    run_once(settings, day1)
    before = posts(tmp_path)
    assert len(before) == 2
    (name,) = [n for n in before if "valmont" in n]
    assert "Mise à jour" not in before[name] and len(source_links(before[name])) == 1

    web.routes["/b"] = page("LockBit revendique l'attaque contre l'hôpital de Valmont", VALMONT_FOLLOW_UP)
    web.routes["/two.xml"] = feed(
        web, [("LockBit revendique l'attaque contre l'hôpital de Valmont", "/b")], day3
    )
    second = run_once(settings, day3)
    after = posts(tmp_path)
    assert set(after) == set(before)  # updated in place: no second post for the same event
    assert second.summary.published == [] and [p.name for p in second.summary.updated] == [name]
    text = after[name]
    assert source_links(text) == [web.url("/a"), web.url("/b")]
    day = collection_day(day3, "Pacific/Noumea", 12)
    months = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    written = (
        f"{'1er' if day.day == 1 else day.day} {months[day.month - 1]} {day.year}"  # "1er décembre 2026"
    )
    assert f"_Mise à jour du {written} : nouvelle source, Deux Infos ; synthèse complétée" in text
    assert "LockBit" in text  # the refreshed briefing states the new fact, from the new source
    assert check_post(text, name) == []
    # The other story is untouched, byte for byte.
    assert all(after[n] == before[n] for n in before if n != name)

    third = run_once(settings, day3 + timedelta(hours=1))
    assert third.summary.published == [] and third.summary.updated == [] and posts(tmp_path) == after


def test_per_article_mode_publishes_each_article_but_never_a_copy(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    day1 = fixed_now
    web.routes["/a"] = page("Le centre hospitalier de Valmont paralysé par un rançongiciel", VALMONT_FR)
    web.routes["/b"] = page("LockBit revendique l'attaque contre l'hôpital de Valmont", VALMONT_FOLLOW_UP)
    # A syndicated copy under another URL: the same article with a line of its own.
    web.routes["/copy"] = page(
        "Le centre hospitalier de Valmont paralysé par un rançongiciel",
        ["Article repris avec l'accord du Veilleur Un.", *VALMONT_FR],
    )
    web.routes["/one.xml"] = feed(
        web,
        [
            ("Le centre hospitalier de Valmont paralysé par un rançongiciel", "/a"),
            ("LockBit revendique l'attaque contre l'hôpital de Valmont", "/b"),
        ],
        day1,
    )
    web.routes["/two.xml"] = feed(web, [("Valmont : l'hôpital paralysé (reprise)", "/copy")], day1)
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.group = "article"
    run_once(settings, day1)
    published = posts(tmp_path)
    assert len(published) == 2  # the two articles; the copy is recognised and left out
    assert all(len(source_links(text)) == 1 for text in published.values())
    assert not any("reprise" in name for name in published)
    store = Store(settings.resolved_store_url())
    try:
        (copy,) = [
            m for s, *_ in store.stories.all() for m in store.stories.members(s) if m.near_duplicate_of
        ]
        assert any(signal.code == SignalCode.NEAR_DUPLICATE for signal in copy.signals)
        # One post per article is a policy over stories: what is left to brief is found through
        # the stories' members (a worker's job narrows it to its story), the copy never.
        assert unbriefed_stories(store, per_article=True) == [] and store.briefings.pending_articles() == []
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM story_briefings WHERE entry_id IS NOT NULL"))
        members = {
            s: [m.entry_id for m in store.stories.members(s) if not m.near_duplicate_of]
            for s, *_ in store.stories.all()
        }
        assert unbriefed_stories(store, per_article=True) == sorted(members)
        for story, own in members.items():
            scoped = Scope(store, stories=[story]).briefings.pending_articles()
            assert [stored.id for stored, _, _ in scoped] == own
        assert copy.entry_id not in {stored.id for stored, _, _ in store.briefings.pending_articles()}
    finally:
        store.close()


def write_config(tmp_path: Path, settings: Settings) -> Path:
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "{settings.store_url}"\ncatalogue = false\n\n[publish]\nout_dir = "{tmp_path / "site"}"\n'
        "git_commit = false\n",
        encoding="utf-8",
    )
    return config


def test_merge_and_split_hold_on_later_runs(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, now: datetime
) -> None:
    day1 = now
    serve_two_attacks(web, day1)
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.git_commit = False
    run_once(settings, day1)
    config = write_config(tmp_path, settings)
    runner = CliRunner()

    def story_ids() -> dict[str, int]:
        store = Store(settings.resolved_store_url())
        try:
            return {
                item.stored.entry.url.rsplit("/", 1)[1]: story
                for story, *_ in store.stories.all()
                for item in store.stories.articles(story)
            }
        finally:
            store.close()

    ids = story_ids()
    assert ids["a"] != ids["c"]
    merged = runner.invoke(main, ["--config", str(config), "stories", "merge", str(ids["a"]), str(ids["c"])])
    assert merged.exit_code == 0, merged.output
    assert story_ids() == {"a": ids["a"], "c": ids["a"]}
    (only,) = posts(tmp_path).values()
    assert len(source_links(only)) == 2

    # A later run (new feed items, nothing about these stories) leaves the decision alone.
    web.routes["/d"] = page("La commune de Brisebourg de nouveau attaquée", OTHER[:1] + VALMONT_FR[3:])
    run_once(settings, day1 + timedelta(hours=2))
    assert story_ids()["c"] == ids["a"]

    shown = runner.invoke(main, ["--config", str(config), "stories", "show", str(ids["a"])])
    assert shown.exit_code == 0 and "merge" in shown.output
    # The merged-in article led its former story; it does not lead this one: one first article.
    assert shown.output.count("first article") == 1, shown.output
    assert "moved here by merge, by hand" in shown.output
    store = Store(settings.resolved_store_url())
    try:
        entry_c = store.entries.id_for_url(web.url("/c"))
    finally:
        store.close()
    split = runner.invoke(main, ["--config", str(config), "stories", "split", str(ids["a"]), str(entry_c)])
    assert split.exit_code == 0, split.output
    # Said in the decision's terms: no run table, no "new source" for a post a source left.
    assert f"article {entry_c} moved out of story {ids['a']} into a new story" in split.output
    assert "new post: " in split.output and "post rewritten: " in split.output
    assert "veilleur run" not in split.output and "new source" not in split.output
    after_split = story_ids()
    assert after_split["a"] == ids["a"] and after_split["c"] not in {ids["a"], ids["c"]}
    published = posts(tmp_path)
    assert len(published) == 2 and all(len(source_links(t)) == 1 for t in published.values())
    assert all("Mise à jour" not in t for t in published.values())  # the departed source's line is gone

    run_once(settings, day1 + timedelta(hours=3))
    assert story_ids() == after_split
    refused = runner.invoke(main, ["--config", str(config), "stories", "split", str(ids["a"]), "999"])
    assert refused.exit_code != 0 and "not in story" in refused.output


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("demo") / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VEILLEUR_NOW", CLOCKS["2026-11-30T23:30Z"].isoformat())
        run_demo(site, port=0)
    return site


def test_incident_register_on_the_demo(demo_site: Path) -> None:
    config = demo_site / "veilleur.toml"
    runner = CliRunner()
    listed = runner.invoke(main, ["--config", str(config), "incidents", "list", "--sector", "healthcare"])
    assert listed.exit_code == 0, listed.output
    assert "Valmont" in listed.output and "Sainte" in listed.output and "Fictiveville" not in listed.output
    none = runner.invoke(main, ["--config", str(config), "incidents", "list", "--country", "BE"])
    assert none.exit_code == 0 and "0 incident(s)" in none.output

    exported = runner.invoke(main, ["--config", str(config), "incidents", "export"])
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    valmont = next(row for row in rows if "Valmont" in row["victim"])
    assert valmont["category"] == "ransomware" and valmont["sectors"] == "healthcare"
    assert "emergency_diverted" in valmont["impacts"] and len(valmont["sources"].split(" | ")) == 2
    assert valmont["post"].startswith("/posts/")

    data = json.loads((demo_site / "_data" / "incidents.json").read_text(encoding="utf-8"))
    assert {i["victim"] for i in data} == {row["victim"] for row in rows}
    page_text = (demo_site / "incidents.md").read_text(encoding="utf-8")
    assert "site.data.incidents" in page_text and page_text.startswith("---\nlayout: page\n")
    # Nothing about the phishing wave or the flaw: no named victim was attacked there.
    assert not any("NetGate" in i["victim"] or "Northbank" in i["victim"] for i in data)


def test_merge_and_split_act_on_the_site_given_with_out(
    tmp_path: Path,
    web: WebServer,
    http_config: HttpConfig,
    fixed_now: datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    serve_two_attacks(web, fixed_now)
    settings = site_settings(tmp_path, web, http_config)
    settings.publish.git_commit = False
    run_once(settings, fixed_now)  # as `veilleur run --out SITE`: the configuration names no site
    site = tmp_path / "site"
    config = tmp_path / "veilleur.toml"
    config.write_text(
        f'store_url = "{settings.store_url}"\ncatalogue = false\n[publish]\ngit_commit = false\n',
        encoding="utf-8",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    store = Store(settings.resolved_store_url())
    try:
        story = {
            item.stored.entry.url: s for s, *_ in store.stories.all() for item in store.stories.articles(s)
        }
        entry_c = store.entries.id_for_url(web.url("/c"))
    finally:
        store.close()
    a, c = story[web.url("/a")], story[web.url("/c")]
    runner = CliRunner()
    merged = runner.invoke(
        main, ["--config", str(config), "stories", "merge", "--out", str(site), str(a), str(c)]
    )
    assert merged.exit_code == 0, merged.output
    (only,) = posts(tmp_path).values()  # the site's posts followed: one post listing both sources
    assert len(source_links(only)) == 2
    assert list(elsewhere.iterdir()) == []  # nothing written into a default folder
    split = runner.invoke(
        main, ["--config", str(config), "stories", "split", "--out", str(site), str(a), str(entry_c)]
    )
    assert split.exit_code == 0, split.output
    assert sorted(len(source_links(t)) for t in posts(tmp_path).values()) == [1, 1]
    assert list(elsewhere.iterdir()) == []
