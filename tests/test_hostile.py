"""Nothing an article says can run on the blog: hostile titles, article sentences, outlet names
(OPML import), tags (`sources add --tag`) and model answers (a real OpenAI-compatible server on
loopback) go through the whole pipeline into a Jekyll site, which a real `jekyll build --safe`
renders once for the module. The built HTML has no script, no event attribute, no `javascript:`
link and no value of `_config.yml`, and the hostile text is visible as text. The cases
`liquid-braces-in-title` and `very-long-title-filename` of ../shared/cases are built with it."""

from __future__ import annotations

import html
import json
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import lxml.html
import pytest
import yaml
from click.testing import CliRunner
from conftest import SHARED, shared_path
from test_llm_protocol import completion
from test_pipeline import run_once
from webserver import Reply, WebServer

from veilleur.cli import main
from veilleur.config import HttpConfig, load_settings
from veilleur.models import Source, SourceKind
from veilleur.publish import escape

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a fixed collection moment; Jekyll builds future posts
SECRET = "vll-SECRET-7f3e9a2c"
HTTP = HttpConfig(allow_private=True, politeness_delay=0.0, backoff=0.01, retries=0, timeout=5.0)

# What an attacker writes, from issue 9 and its variants: Liquid that runs script, dumps the site
# configuration, breaks or stalls the build; kramdown attributes, HTML, comments, links, images,
# tables, headings, math.
LIQUID = [
    '{{ "%3Cscript%3Ealert(1)%3C/script%3E" | url_decode }}',
    "{{ site | jsonify }}",
    "{% raw %}",
    "{% include /etc/passwd %}",
    "{% comment %}",
    "{% for a in (1..99999999) %}{% for b in (1..99999999) %}x{% endfor %}{% endfor %}",
    "{%- assign x = site.secret_api_token -%}{{ x }}",
]
MARKUP = [
    'Université *piratée*{:onclick="alert(4)"}',
    '<x-a onmouseover="alert(2)">survol</x-a>',
    "[a [b] c](javascript:alert(1))",
    "<script>alert(3)</script>",
    "<!-- commentaire caché -->",
    "![pixel](javascript:alert(7))",
    "{::nomarkdown}<b onclick=alert(8)>x</b>{:/}",
    "[x]: javascript:alert(5)",
    "$$x$$ `code` ~~barré~~ | a | b |",
]


FRAMES = [
    "Les chercheurs ont montré que la chaîne {p} envoyée au formulaire {n} était exécutée.",
    "Selon l'enquête, le texte {p} publié dans un commentaire a été interprété par le serveur numéro {n}.",
    "Un message contenant {p} a permis aux attaquants de prendre la main sur le poste {n}.",
    "La direction indique que la séquence {p} figurait dans la requête {n} observée par ses équipes.",
    "L'équipe de sécurité a relevé la valeur {p} dans le journal {n} du pare-feu.",
]


def sentence(payload: str, victim: str, n: int) -> str:
    """A French sentence carrying `payload`; each index of a briefing gets its own wording."""
    return FRAMES[n % len(FRAMES)].format(v=victim, p=payload, n=n)


# (path, title, victim, payloads, CVE): distinct attacks on distinct victims, one story each.
ARTICLES = [
    (
        "/a",
        'XSS {{ "%3Cscript%3Ealert(1)%3C/script%3E" | url_decode }} chez Quillpage',
        "Quillpage",
        LIQUID[:4],
    ),
    (
        "/b",
        "{% raw %} {% include /etc/passwd %} {% comment %} à Brisebourg",
        "la mairie de Brisebourg",
        LIQUID[3:],
    ),
    (
        "/c",
        'Université *piratée*{:onclick="alert(4)"} <x-a onmouseover="alert(2)">x</x-a> à Valmont',
        "l'université de Valmont",
        MARKUP[:5],
    ),
    (
        "/d",
        "[a [b] c](javascript:alert(1)) <!-- x --> | a | b | ![i](javascript:alert(7)) chez Tellmar",
        "la clinique Tellmar",
        MARKUP[4:],
    ),
]
MODEL_TITLE = "Quillpage : injection de gabarit {{ site | jsonify }} exploitée"
MODEL_PAYLOADS = [LIQUID[1], LIQUID[2], LIQUID[3], MARKUP[0], "| a | b |"]
OUTLET = 'Le Veilleur {{ site | jsonify }} *gras*{:onclick="alert(6)"} <b onclick=alert(6)>x</b>'
TAGGED_TITLE = "Harbor port of the fictional Brackwater hit by a DDoS attack"
TAGGED = [
    "The fictional port of Brackwater was hit by a distributed denial-of-service attack on Tuesday that took "
    "its booking portal and the public website offline for most of the afternoon.",
    "A pro-Russian hacktivist group claimed the attack on its channel and published screenshots of the "
    "unavailable pages, as it did last month against several other ports of the region.",
    "The port authority said that no data was stolen, that ship movements were not affected and that its "
    "provider filtered the traffic until the services were restored in the evening.",
]
TAG = '{{ site | jsonify }}" onclick="alert(9)'


def article_page(title: str, paragraphs: list[str]) -> Reply:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        f"<html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>"
    )
    return Reply(f"{page}{body}</article></body></html>".encode())


def rss(web: WebServer, items: list[tuple[str, str]]) -> Reply:
    body = "".join(
        f"<item><title>{html.escape(title)}</title><link>{html.escape(link)}</link>"
        f"<description>{html.escape(title)}</description><pubDate>{format_datetime(NOW)}</pubDate></item>"
        for title, link in items
    )
    xml = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'
    return Reply(xml.encode(), content_type="application/rss+xml")


def paragraphs(victim: str, payloads: list[str], cve: str) -> list[str]:
    return [
        f"Le site de {victim} a été victime d'une attaque par rançongiciel qui a chiffré ses serveurs "
        f"de publication en exploitant la faille {cve}, a confirmé sa direction dimanche soir.",
        *[sentence(payload, victim, i) for i, payload in enumerate(payloads)],
        "Les administrateurs doivent installer la version corrigée sans attendre.",
    ]


def model_answer() -> str:
    """A hostile answer that the guard accepts: every name and number is the article's own."""
    grounded = [sentence(payload, "Quillpage", i) for i, payload in enumerate(MODEL_PAYLOADS)]
    answer = {
        "heading": '# Quillpage : {{ site | jsonify }} *piratée*{:onclick="alert(4)"}',
        "summary": "- " + grounded[0] + "\n\n# " + grounded[1],
        "key_points": [
            {"label": "{% raw %}", "text": grounded[2]},
            {"label": "*Impact*", "text": grounded[3]},
        ],
        "vulnerabilities": [],
        "no_vulnerability_text": "| a | b |\n|---|---|\n{{ site | jsonify }}",
        "recommendations": [
            {"label": "Correctif", "text": grounded[4]},
            {"label": "Version", "text": "Installer la version corrigée sans attendre."},
        ],
    }
    return json.dumps(answer, ensure_ascii=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def write_config(path: Path, store: Path, site: Path, extra: str = "") -> Path:
    path.write_text(
        f'store_url = "sqlite:///{store}"\ncatalogue = false\n'
        f'[publish]\nout_dir = "{site}"\ngit_commit = false\n'
        "[http]\nallow_private = true\npoliteness_delay = 0\nretries = 0\n"
        # The article's own sentences, with their payloads, are quoted in the Extraits block.
        "[brief]\nexcerpts = true\n" + extra,
        encoding="utf-8",
    )
    return path


def front_matter(text: str) -> dict[str, object]:
    meta: dict[str, object] = yaml.safe_load(text.split("---\n")[1])
    return meta


@dataclass
class Built:
    site: Path
    posts: dict[str, str] = field(default_factory=dict)  # file name → Markdown
    pages: dict[str, str] = field(default_factory=dict)  # built HTML path → HTML
    build: subprocess.CompletedProcess[str] | None = None
    runs: dict[str, int] = field(default_factory=dict)  # what each CLI step exited with
    long_title_posts: list[str] = field(default_factory=list)
    case_posts: dict[str, str] = field(default_factory=dict)  # capture file → post file name
    summaries: dict[str, object] = field(default_factory=dict)


def jekyll_site(site: Path) -> None:
    (site / "_layouts").mkdir(parents=True, exist_ok=True)
    (site / "_posts").mkdir()
    (site / "_config.yml").write_text(
        "markdown: kramdown\nkramdown:\n  input: GFM\nfuture: true\ntimezone: Pacific/Noumea\n"
        f'secret_api_token: "{SECRET}"\n'
        "defaults:\n  - scope: {path: ''}\n    values: {layout: default}\n",
        encoding="utf-8",
    )
    # Titles as the reference blog's theme shows them: raw, and through markdownify.
    layout = (
        "<!doctype html><html><head><title>{{ page.title }}</title></head><body>"
        '<h1 class="raw">{{ page.title }}</h1><div class="md">{{ page.title | markdownify }}</div>'
        '<ul class="tags">{% for t in page.tags %}<li>{{ t }}</li>{% endfor %}</ul>'
        '<div class="content">{{ content }}</div></body></html>\n'
    )
    (site / "_layouts" / "default.html").write_text(layout, encoding="utf-8")
    (site / "_layouts" / "page.html").write_text(
        "---\nlayout: default\n---\n{{ content }}\n", encoding="utf-8"
    )


def run_cases(built: Built, tmp: Path) -> None:
    """The two cases of ../shared/cases this module owns, their posts added to the site."""
    runner = CliRunner()
    config = write_config(tmp / "case.toml", tmp / "case.db", tmp / "case-site")
    for capture in ("capture.txt", "capture-tag.txt"):
        result = runner.invoke(
            main,
            ["--config", str(config), "post", str(shared_path("cases", "liquid-braces-in-title", capture))],
        )
        built.runs[f"post {capture}"] = result.exit_code
        if result.exit_code == 0:
            meta = front_matter(result.stdout)
            name = f"{meta['date']}-{str(meta['permalink']).rstrip('/').rsplit('/', 1)[-1]}.md"
            (built.site / "_posts" / name).write_text(result.stdout, encoding="utf-8")
            built.case_posts[capture] = name

    case = shared_path("cases", "very-long-title-filename")
    port, work = free_port(), tmp / "long"
    work.mkdir()
    toml = (case / "veilleur.toml.in").read_text(encoding="utf-8")
    toml = toml.replace("@BASE@", f"http://127.0.0.1:{port}").replace("@WORK@", str(work))
    (work / "veilleur.toml").write_text(toml, encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, str(shared_path("cases", "serve.py")), str(case / "web"), str(port)]
    )
    try:
        for _ in range(100):  # until it listens
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        result = runner.invoke(main, ["--config", str(work / "veilleur.toml"), "run"])
        built.runs["very-long-title-filename"] = result.exit_code
    finally:
        server.terminate()
        server.wait(timeout=10)
    for post in sorted((work / "site" / "_posts").glob("*.md")):
        built.long_title_posts.append(post.name)
        shutil.copy(post, built.site / "_posts" / post.name)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    tmp = tmp_path_factory.mktemp("hostile")
    site = tmp / "site"
    jekyll_site(site)
    result = Built(site=site)
    web = WebServer().start()
    try:
        for index, (path, title, victim, payloads) in enumerate(ARTICLES):
            web.routes[path] = article_page(title, paragraphs(victim, payloads, f"CVE-2026-4410{index}"))
        web.routes["/en"] = article_page(
            "Ransomware gang hits the fictional Tellbank",
            [
                "The fictional Tellbank was hit by ransomware on Sunday night, the attackers encrypting its payment "
                "servers and the internal systems its branches use to serve customers across the region.",
                "The criminals demanded a ransom and leaked part of the customer data they had stolen on their "
                "extortion site on Monday, according to a statement published by the bank on its website.",
                "Tellbank filed a complaint with the police, informed the data protection authority and restored "
                "most of its services from offline backups within two days, its chief executive said.",
                "Customers were told to watch for phishing messages that reuse the stolen data and to change the "
                "passwords of their online banking accounts as a precaution against fraud.",
            ],
        )
        items = [(title, web.url(path)) for path, title, _, _ in ARTICLES]
        items += [("Ransomware gang hits the fictional Tellbank", web.url("/en"))]
        items += [("Lien piégé javascript chez Quillpage", "javascript:alert(document.cookie)")]
        web.routes["/feed.xml"] = rss(web, items)
        web.routes["/t"] = article_page(TAGGED_TITLE, TAGGED)
        web.routes["/tagged.xml"] = rss(web, [(TAGGED_TITLE, web.url("/t"))])
        # The model run: its own feed and article, a hostile (but grounded) answer.
        web.routes["/m"] = article_page(
            MODEL_TITLE, paragraphs("Quillpage", MODEL_PAYLOADS, "CVE-2026-44120")
        )
        web.routes["/model.xml"] = rss(web, [(MODEL_TITLE, web.url("/m"))])
        web.routes["/v1/chat/completions"] = completion(model_answer())

        # The model run first: the last run writes the register, and the first one's hostile outlet
        # is the one to see in it.
        model = write_config(tmp / "two.toml", tmp / "two.db", site)
        settings = load_settings(model)
        settings.http = HTTP
        settings.sources = [
            Source(name="modele", kind=SourceKind.FEED, url=web.url("/model.xml"), tag="modele")
        ]
        settings.brief.backend = "openai"
        settings.brief.openai = settings.brief.openai.model_copy(
            update={"base_url": web.url("/v1"), "retries": 0}
        )
        result.summaries["two"] = run_once(settings, NOW).summary
        # Outlet name through OPML import, tag through `sources add --tag`.
        runner = CliRunner()
        config = write_config(tmp / "one.toml", tmp / "one.db", site)
        opml = tmp / "feeds.opml"
        opml.write_text(
            '<?xml version="1.0"?><opml version="2.0"><body>'
            f'<outline type="rss" text="{html.escape(OUTLET)}" title="{html.escape(OUTLET)}" '
            f'xmlUrl="{web.url("/feed.xml")}"/></body></opml>',
            encoding="utf-8",
        )
        imported = runner.invoke(main, ["--config", str(config), "sources", "import", str(opml)])
        result.runs["import"] = imported.exit_code
        added = runner.invoke(
            main, ["--config", str(config), "sources", "add", "tagged", web.url("/tagged.xml"), "--tag", TAG]
        )
        result.runs["add --tag"] = added.exit_code
        settings = load_settings(config)
        settings.http = HTTP
        result.summaries["one"] = run_once(settings, NOW).summary

        result.runs["model calls"] = sum(1 for path, _ in web.bodies if path.endswith("/chat/completions"))
    finally:
        web.stop()

    if (SHARED / "cases").is_dir():  # otherwise the two case tests skip, saying why
        run_cases(result, tmp)
    result.posts = {p.name: p.read_text(encoding="utf-8") for p in sorted((site / "_posts").glob("*.md"))}
    if shutil.which("jekyll") is None:
        yield result
        return
    result.build = subprocess.run(
        ["jekyll", "build", "--safe", "--quiet", "-s", str(site), "-d", str(site / "_site")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    result.pages = {
        str(p.relative_to(site / "_site")): p.read_text(encoding="utf-8")
        for p in (site / "_site").rglob("*.html")
    }
    yield result


def needs_jekyll() -> None:
    if shutil.which("jekyll") is None:
        pytest.skip("jekyll is not installed (Debian: apt-get install jekyll; .ci/run installs it)")


def visible(page: str) -> str:
    """The text a reader sees, with kramdown's typographic quotes turned back into ASCII."""
    text = lxml.html.fromstring(page).text_content()
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "--"}))


def post_page(built: Built, name: str) -> str:
    meta = front_matter(built.posts[name])
    return built.pages[str(meta["permalink"]).strip("/") + "/index.html"]


def test_every_hostile_item_is_published_and_every_post_is_valid_markdown_source(built: Built) -> None:
    # Four hostile articles, the English one of the hostile outlet and the model's; the article of
    # the hostile-tag source if that tag was accepted; the two case captures and the two
    # long-title feed posts. The javascript: item is reported, not published.
    assert built.runs["import"] == 0
    assert built.runs["model calls"] >= 1
    expected = 6 + (built.runs["add --tag"] == 0) + (4 if built.case_posts else 0)
    assert len(built.posts) == expected, list(built.posts)
    for name, text in built.posts.items():
        assert "{{" not in text and "{%" not in text, name  # no Liquid delimiter survives
        meta = front_matter(text)
        assert list(meta) == ["title", "date", "permalink", "tags"], name
        assert all(re.fullmatch(r"[a-z0-9_-]+", str(tag)) for tag in meta["tags"]), (name, meta["tags"])  # type: ignore[union-attr]
        assert len(name.encode()) <= 255
        for link in re.findall(r"\]\(([^)]*)\)\{:target", text):
            assert link.startswith(("http://", "https://")), (name, link)


def test_the_real_jekyll_build_succeeds(built: Built) -> None:
    needs_jekyll()
    assert built.build is not None
    assert built.build.returncode == 0, built.build.stderr[-3000:]
    assert len([p for p in built.pages if p.startswith("posts/")]) == len(built.posts)


def test_built_html_runs_nothing_and_leaks_nothing(built: Built) -> None:
    needs_jekyll()
    assert built.pages
    for name, page in built.pages.items():
        assert "<script" not in page.lower(), name
        assert not re.search(r"<[a-zA-Z][^<>]*\son[a-z]+\s*=", page), name
        tree = lxml.html.fromstring(page)
        for element in tree.iter():
            for attribute, value in element.attrib.items():
                assert not attribute.lower().startswith("on"), (name, attribute)
                if attribute in {"href", "src", "action", "formaction"}:
                    assert value.startswith(("http://", "https://", "/", "#")), (name, value)
        assert SECRET not in page, name
        assert "root:x:0:0" not in page, name


def test_hostile_text_is_visible_as_text(built: Built) -> None:
    needs_jekyll()
    by_title = {str(front_matter(text)["title"]): name for name, text in built.posts.items()}
    seen = 0
    for _path, title, _victim, payloads in ARTICLES:
        (name,) = [n for t, n in by_title.items() if html.unescape(t) == title]
        page = post_page(built, name)
        tree = lxml.html.fromstring(page)
        assert visible(lxml.html.tostring(tree.find_class("raw")[0], encoding="unicode")) == title
        body = visible(lxml.html.tostring(tree.find_class("content")[0], encoding="unicode"))
        for payload in payloads:
            if payload in body:
                seen += 1
    assert seen >= 8  # the article's own sentences, quoted with their payloads, read as text


def test_model_output_is_escaped_too(built: Built) -> None:
    needs_jekyll()
    (name,) = [n for n, text in built.posts.items() if "- modele\n" in text or "modele" in n]
    text = built.posts[name]
    assert "\n### Quillpage : &#123;&#123; site" in text  # the model's heading, not the extractive one
    body = visible(post_page(built, name))
    assert 'Quillpage : {{ site | jsonify }} *piratée*{:onclick="alert(4)"}' in body
    assert (
        "| a | b | |—|—| {{ site | jsonify }}" in body
    )  # the model's no-CVE text (kramdown makes --- a dash)
    assert "{% raw %} : Un message contenant {% include /etc/passwd %} a permis" in body


def test_outlet_names_and_tags_from_outside_are_text(built: Built) -> None:
    needs_jekyll()
    (name,) = [n for n in built.posts if n.endswith("-ransomware-gang-hits-the-fictional-tellbank.md")]
    body = visible(post_page(built, name))
    assert OUTLET in body  # the outlet named in the summary of an English article
    harbor = [text for n, text in built.posts.items() if n.endswith("-brackwater-hit-by-a-ddos-attack.md")]
    if built.runs["add --tag"] == 0:  # accepted: published as the slug of what was given
        assert len(harbor) == 1 and front_matter(harbor[0])["tags"] == ["veille-cyber", escape.tag(TAG)]
    else:  # refused at the edge: nothing of that source was read
        assert harbor == []


def test_liquid_braces_in_title_case(built: Built) -> None:
    shared_path("cases", "liquid-braces-in-title")
    needs_jekyll()
    assert built.runs["post capture.txt"] == 0 and built.runs["post capture-tag.txt"] == 0
    expected = {
        "capture.txt": "Template injection in the fictional Quillpage CMS: {{7*7}} payloads now exploited",
        "capture-tag.txt": "Quillpage CMS flaw lets attackers read server files with {% include %} tags",
    }
    for capture, title in expected.items():
        tree = lxml.html.fromstring(post_page(built, built.case_posts[capture]))
        assert visible(lxml.html.tostring(tree.find_class("raw")[0], encoding="unicode")) == title
        # The body shows the article's braces as text (quoted in the Extraits block).
        body = visible(lxml.html.tostring(tree.find_class("md")[0], encoding="unicode"))
        assert "{{7*7}}" in body or "{% include %}" in body


def test_very_long_title_filename_case(built: Built) -> None:
    shared_path("cases", "very-long-title-filename")
    assert built.runs["very-long-title-filename"] == 0
    assert len(built.long_title_posts) == 2  # the long title does not stop the other post
    (long_name,) = [n for n in built.long_title_posts if "brackmoor" in n]
    assert len(long_name.encode()) <= 255
    assert long_name.startswith("2") and "-alert-the-fictional-brackmoor-city-council-confirms" in long_name
    meta = front_matter(built.posts[long_name])
    assert str(meta["title"]).startswith("ALERT: the fictional Brackmoor") and len(str(meta["title"])) <= 240


def test_incident_register_renders_as_one_table(built: Built) -> None:
    needs_jekyll()
    data = json.loads((built.site / "_data" / "incidents.json").read_text(encoding="utf-8"))
    assert data
    tree = lxml.html.fromstring(built.pages["incidents/index.html"])
    tables = tree.findall(".//table")
    assert len(tables) == 1
    assert len(tables[0].findall(".//tbody/tr")) == len(data) >= 3
    assert OUTLET in visible(lxml.html.tostring(tables[0], encoding="unicode"))
