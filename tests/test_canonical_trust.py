"""A page's canonical link is its own word, trusted only where it is plausible. Page A naming page B's
address as its own (a hostile site, a CMS's mistake) made B — another event — be stored as A's
duplicate: B had no post. A CMS writing the site's home as every page's canonical lost every
article but the first. The same article under two addresses (a tracking variant, its AMP page)
that names one of them is still one article. Real loopback server, real SQLite, the real runner."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_pipeline import feed, run_once, settings_for
from test_workers import _own_database
from webserver import Reply, WebServer

from veilleur.config import HttpConfig
from veilleur.extract import untrusted_canonical
from veilleur.models import Source, SourceKind
from veilleur.store import Store

PAGE = """<html><head><title>{title}</title>{canonical}</head><body><nav><a href="/">Home</a></nav>
<article><h1>{title}</h1>
<p>{lead} The attack was detected early on Monday by the security team of {name}.</p>
<p>Attackers deployed ransomware on {servers} servers of {name} and demanded a ransom of {ransom} dollars,
{name} said in a statement on {day}. Systems were shut down as a precaution and operations at {name}
were moved to manual procedures for {days} days.</p>
<p>The incident has been reported to the national cybersecurity centre of {country} and to the police,
who are investigating. {name} says it has backups and expects to restore its services within {days} days.</p>
{extra}</article></body></html>"""

EVENTS = {
    "alpha": ("Ransomware hits Alpha Corp", "Alpha Corp", "Belgium", "Tuesday", 12, 40, 3),
    "beta": ("Ransomware cripples Beta Logistics", "Beta Logistics", "Canada", "Friday", 80, 900, 9),
    "gamma": ("Gamma Hospital hit by ransomware", "Gamma Hospital", "Norway", "Sunday", 5, 70, 2),
}


def page_html(event: tuple[str, str, str, str, int, int, int], head: str, extra: str = "") -> str:
    title, name, country, day, servers, ransom, days = event
    lead = f"{name}, a fictional company, was hit by ransomware."
    return PAGE.format(
        title=title, canonical=head, lead=lead, name=name, country=country, day=day,
        servers=servers, ransom=ransom * 1000, days=days, extra=extra,
    )  # fmt: skip


def page(web: WebServer, event: str, canonical: str | None, extra: str = "") -> Reply:
    link = f'<link rel="canonical" href="{web.url(canonical)}">' if canonical is not None else ""
    return Reply(page_html(EVENTS[event], link, extra).encode())


def run(
    tmp_path: Path, web: WebServer, http: HttpConfig, now: datetime, items: list[tuple[str, str]]
) -> Path:
    web.routes["/feed.xml"] = feed(web, items, now)
    source = Source(name="news", kind=SourceKind.FEED, url=web.url("/feed.xml"), tag="news")
    settings = settings_for(tmp_path, [source], http)
    run_once(settings, now)
    return tmp_path / "site" / "_posts"


def stored_articles(tmp_path: Path, store_url: str = "") -> list[tuple[str, str, int | None]]:
    """(fetched URL's path, canonical URL's path, duplicate_of) of every stored article."""
    store = Store(store_url or f"sqlite:///{tmp_path / 'store.db'}")
    try:
        with store.db.reader.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT e.url, a.canonical_url, a.duplicate_of FROM articles a JOIN entries e ON e.id = a.entry_id"
                " ORDER BY e.id"
            ).all()
    finally:
        store.close()
    return [(row[0].split("/", 3)[3], row[1].split("/", 3)[3], row[2]) for row in rows]


def test_a_page_naming_another_articles_address_does_not_hide_it(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    web.routes["/news/alpha"] = page(web, "alpha", "/news/beta")  # A claims B's address
    web.routes["/news/beta"] = page(web, "beta", "/news/beta")
    items = [(EVENTS["alpha"][0], "/news/alpha"), (EVENTS["beta"][0], "/news/beta")]
    posts = run(tmp_path, web, http_config, fixed_now, items)
    names = sorted(p.name for p in posts.glob("*.md"))
    assert len(names) == 2, names
    assert any("alpha" in n for n in names) and any("beta" in n for n in names), names
    assert [dup for _, _, dup in stored_articles(tmp_path)] == [None, None]


@pytest.mark.parametrize("shared", ["/", "/news"])
def test_every_page_naming_one_address_keeps_every_article(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime, shared: str
) -> None:
    """The site's root is refused at extraction; another address every page names ("/news", no
    section above the pages) is met in the store, where texts that differ stay apart."""
    for event in EVENTS:
        web.routes[f"/2026/12/{event}"] = page(web, event, shared)
    posts = run(tmp_path, web, http_config, fixed_now, [(EVENTS[e][0], f"/2026/12/{e}") for e in EVENTS])
    assert len(list(posts.glob("*.md"))) == 3
    stored = stored_articles(tmp_path)
    assert [dup for _, _, dup in stored] == [None, None, None]
    if shared == "/":  # each keeps the address it was fetched at
        assert stored == [(f"2026/12/{e}", f"2026/12/{e}", None) for e in EVENTS]


def test_the_same_article_under_two_addresses_naming_one_is_one_article(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime
) -> None:
    web.routes["/news/gamma"] = page(web, "gamma", "/news/gamma")
    # Its AMP page and a tracking variant the cleaner does not know, each with a line of its own
    # (another text, another content hash): only their canonical link says they are that page.
    web.routes["/news/gamma/amp/"] = page(web, "gamma", "/news/gamma", "<p>Read the full version.</p>")
    web.routes["/news/gamma?origin=newsletter"] = page(
        web, "gamma", "/news/gamma", "<p>You are reading this from our newsletter.</p>"
    )
    title = EVENTS["gamma"][0]
    items = [(title, "/news/gamma"), (title, "/news/gamma/amp/"), (title, "/news/gamma?origin=newsletter")]
    posts = run(tmp_path, web, http_config, fixed_now, items)
    assert len(list(posts.glob("*.md"))) == 1
    stored = stored_articles(tmp_path)
    assert [canonical for _, canonical, _ in stored] == ["news/gamma"] * 3
    assert [dup is None for _, _, dup in stored] == [True, False, False]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_address_an_earlier_run_published_is_given_back_with_its_article(
    tmp_path: Path, web: WebServer, http_config: HttpConfig, fixed_now: datetime, backend: str,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    """Day 1: A names B's address and is published under it (B not in the feed yet). Day 2: B
    itself, another text: the store keeps them apart and A takes back its own address, but A's
    post kept B's as its key, so B found its address taken and had no post (failed before)."""
    web.routes["/news/alpha"] = page(web, "alpha", "/news/beta")
    web.routes["/news/beta"] = page(web, "beta", "/news/beta")
    source = Source(name="news", kind=SourceKind.FEED, url=web.url("/feed.xml"), tag="news")
    settings = settings_for(tmp_path, [source], http_config)
    if backend == "postgresql":
        settings.store_url = _own_database(request.getfixturevalue("postgres_url"), "veilleur_canonical")
    alpha, beta = (EVENTS["alpha"][0], "/news/alpha"), (EVENTS["beta"][0], "/news/beta")
    web.routes["/feed.xml"] = feed(web, [alpha], fixed_now)
    assert len(run_once(settings, fixed_now).summary.published) == 1
    day2 = fixed_now + timedelta(days=1)
    web.routes["/feed.xml"] = feed(web, [alpha, beta], day2)
    second = run_once(settings, day2)
    assert len(second.summary.published) == 1 and second.summary.duplicates == 0
    names = sorted(p.name for p in (tmp_path / "site" / "_posts").glob("*.md"))
    assert len(names) == 2 and "alpha" in names[0] and "beta" in names[1], names
    stored = stored_articles(tmp_path, settings.resolved_store_url())
    assert stored == [("news/alpha", "news/alpha", None), ("news/beta", "news/beta", None)]


def test_captures_naming_one_address_go_through_the_same_test_and_judge(
    tmp_path: Path, http_config: HttpConfig, fixed_now: datetime
) -> None:
    """A saved page's canonical link or og:url was the capture's identity when the folder was
    listed, taken untested: a capture naming another's address, or two naming the site's root,
    were "already collected" and lost unread (failed before). Now each capture is collected, its
    declared address is tested as a fetched page's is, and the store's judge meets the rest: a
    copy of the same page with a line of its own is still one story."""
    site = "https://news.example"
    delta = ("Delta Bank hit by ransomware", "Delta Bank", "Chile", "Monday", 30, 250, 5)
    folder = tmp_path / "captures"
    folder.mkdir()

    def capture(
        name: str, event: tuple[str, str, str, str, int, int, int], head: str, extra: str = ""
    ) -> None:
        (folder / name).write_text(page_html(event, head, extra), encoding="utf-8")

    capture("gamma.html", EVENTS["gamma"], f'<link rel="canonical" href="{site}/2026/12/gamma">')
    capture("gamma-copy.html", EVENTS["gamma"], f'<meta property="og:url" content="{site}/2026/12/gamma">',
            "<p>Saved from the newsletter edition.</p>")  # fmt: skip
    capture("alpha.html", EVENTS["alpha"], f'<link rel="canonical" href="{site}/2026/12/gamma">')
    capture("beta.html", EVENTS["beta"], f'<link rel="canonical" href="{site}/">')
    capture("delta.html", delta, f'<meta property="og:url" content="{site}/">')
    source = Source(name="captures", kind=SourceKind.FILES, url=str(folder), tag="captures")
    summary = run_once(settings_for(tmp_path, [source], http_config), fixed_now).summary
    # Gamma and its copy are one story (clustering's near-duplicate): one post each event.
    slugs = sorted(path.name[11:-3] for path in summary.published)
    assert slugs == sorted(slug.lower().replace(" ", "-") for slug in (
        EVENTS["alpha"][0], EVENTS["beta"][0], EVENTS["gamma"][0], delta[0]
    )), slugs  # fmt: skip
    rows = {path: (canonical, dup) for path, canonical, dup in _captures(tmp_path)}
    # Refused (the site's root) or set apart by the judge (alpha, listed first, and the copy met
    # after it), each keeps its own file as its key; gamma, met last, keeps the address it names.
    assert rows == {
        **{
            name: (f"file://{folder.resolve()}/{name}", None)
            for name in ("alpha.html", "beta.html", "delta.html")
        },
        "gamma-copy.html": (f"file://{folder.resolve()}/gamma-copy.html", None),
        "gamma.html": (f"{site}/2026/12/gamma", None),
    }


def test_a_capture_is_tested_against_the_address_it_was_read_at(tmp_path: Path) -> None:
    """A saved page's browser mark (`saved from url=`) records where it was read: the capture's
    identity, against which the page's canonical link is tested as a fetched page's is."""
    from veilleur.collect import fetch_document
    from veilleur.collect.files import list_files
    from veilleur.extract import extract_article

    folder = tmp_path / "captures"
    folder.mkdir()
    mark = "<!-- saved from url=(0043)https://www.securitynews.com/2026/12/alpha -->\n"
    for name, canonical in (("other-site.html", "https://elsewhere.com/2026/12/x"),
                            ("amp.html", "https://amp.securitynews.com/2026/12/alpha")):  # fmt: skip
        head = f'<link rel="canonical" href="{canonical}">'
        (folder / name).write_text(mark + page_html(EVENTS["alpha"], head), encoding="utf-8")
    source = Source(name="captures", kind=SourceKind.FILES, url=str(folder), tag="captures")
    for entry in list_files(source):
        assert entry.url == "https://www.securitynews.com/2026/12/alpha"
        article = extract_article(fetch_document(entry, None), entry)
        expected = (
            entry.canonical_url
            if "other-site" in entry.local_path
            else "https://amp.securitynews.com/2026/12/alpha"
        )
        assert article.canonical_url == expected, entry.local_path


def _captures(tmp_path: Path) -> list[tuple[str, str, int | None]]:
    """(file name, canonical URL, duplicate_of) of every stored article of a capture."""
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        with store.db.reader.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT e.local_path, a.canonical_url, a.duplicate_of FROM articles a"
                " JOIN entries e ON e.id = a.entry_id ORDER BY e.id"
            ).all()
    finally:
        store.close()
    return [(Path(row[0]).name, row[1], row[2]) for row in rows]


@pytest.mark.parametrize(
    ("declared", "why"),
    [
        ("https://securitynews.com/2026/12/other-story", ""),
        ("https://amp.securitynews.com/2026/12/story", ""),  # the same registered domain
        ("https://securitynews.com/2026/12/story", ""),  # the AMP page's article (fetched below)
        ("https://elsewhere.com/2026/12/story", "another site's address"),
        ("https://securitynews.com/", "the site's root"),
        ("https://www.securitynews.com", "the site's root"),
        ("https://securitynews.com/?p=123", ""),  # a short link names one article
        ("https://securitynews.com/category/ransomware/", "a listing's address"),
        ("https://securitynews.com/tag/breach", "a listing's address"),
        ("https://securitynews.com/2026/", "a section above the page"),
    ],
)
def test_which_canonical_links_are_trusted(declared: str, why: str) -> None:
    fetched = [
        "https://www.securitynews.com/2026/12/story/amp/",
        "https://securitynews.com/2026/12/story/amp/",
    ]
    assert untrusted_canonical(declared, fetched) == why
