"""The analyst console in a real browser: Debian's Chromium driven by Selenium (chromium-driver)
against `veilleur web` started as a server over a store made by `veilleur demo` with review on.

Skipped, with the reason, when Chromium or its driver is not installed (`.ci/run` installs them).
Set VEILLEUR_CONSOLE_SHOTS=DIR to keep the screenshots (the README's come from docs/console)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from casefeeds import console_server

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)",
)

SRC = Path(__file__).resolve().parents[1] / "src"
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> {{ site.title }}'
PASSWORD = "correct horse battery"


@dataclass
class Console:
    url: str
    site: Path
    config: Path
    env: dict[str, str]

    def cli(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "veilleur", "--config", str(self.config), *args],
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
        )

    def posts(self) -> list[Path]:
        return sorted((self.site / "_posts").glob("*.md"))


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    site = tmp_path_factory.mktemp("console") / "site"
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "VEILLEUR_NOW": "2026-11-30T23:30:00+00:00",
        "VEILLEUR_PUBLISH__REVIEW": "true",
    }
    demo = subprocess.run(
        [sys.executable, "-m", "veilleur", "demo", "--out", str(site)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    # The summary is wrapped at the width of whatever terminal the tests inherit (80 columns under
    # pytest-xdist's workers, whose streams are pipes): its words are read across line breaks.
    assert "awaiting review" in " ".join(demo.stderr.split()), demo.stderr[-2000:]
    made = Console("", site, site / "veilleur.toml", env)
    assert made.posts() == []  # review on: the demo published nothing
    for name, role in (("ana", "analyst"), ("vic", "viewer"), ("adm", "admin")):
        added = made.cli("users", "add", name, "--role", role, "--password-stdin", stdin=PASSWORD + "\n")
        assert added.returncode == 0, added.stderr
    # A hostile headline, as the hostile corpus has them, on the first story's article.
    with sqlite3.connect(site / ".veilleur" / "demo.db") as db:
        db.execute(
            "UPDATE entries SET title = ? WHERE id = (SELECT MIN(entry_id) FROM story_members "
            "WHERE story_id = 1)",
            (HOSTILE,),
        )
    with console_server(["--config", str(made.config)], env) as made.url:
        yield made


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)  # a driver path: nothing downloaded
    driver.set_page_load_timeout(120)
    driver.implicitly_wait(10)  # a click's page may still be loading when the next lookup starts
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver: object, name: str, tmp_path: Path) -> None:
    target = Path(os.environ.get("VEILLEUR_CONSOLE_SHOTS", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(target / f"{name}.png"))  # type: ignore[attr-defined]


def _login(driver: object, console: Console, name: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(console.url + "/login")  # type: ignore[attr-defined]
    driver.delete_all_cookies()  # type: ignore[attr-defined]
    driver.get(console.url + "/login")  # type: ignore[attr-defined]
    driver.find_element(By.ID, "name").send_keys(name)  # type: ignore[attr-defined]
    driver.find_element(By.ID, "password").send_keys(PASSWORD)  # type: ignore[attr-defined]
    driver.find_element(By.ID, "signin").click()  # type: ignore[attr-defined]
    assert driver.find_elements(By.ID, "logout"), driver.page_source  # type: ignore[attr-defined]


def test_anonymous_requests_go_to_login(console: Console, browser: object) -> None:
    for path in ("/", "/stories/3", "/incidents", "/review", "/sources", "/search?q=x"):
        answer = httpx.get(console.url + path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login"), path
    assert httpx.get(console.url + "/api/stories").status_code == 401
    policy = httpx.get(console.url + "/login").headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script" not in policy  # no script may run at all
    assert httpx.post(console.url + "/stories/3/review", data={"action": "approve"}).status_code == 303
    browser.get(console.url + "/incidents")  # type: ignore[attr-defined]
    assert "/login" in browser.current_url  # type: ignore[attr-defined]


def test_analyst_sees_the_demo_stories_and_hostile_text_stays_text(
    console: Console, browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    _login(browser, console, "ana")
    browser.get(console.url + "/")  # type: ignore[attr-defined]
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.story-row")  # type: ignore[attr-defined]
    assert len(rows) == 6
    table = browser.find_element(By.ID, "stories").text  # type: ignore[attr-defined]
    assert "Valmont" in table and "NetGate" in table
    assert "à relire" in table  # French by default; review on: pending
    assert HOSTILE.split("<img")[0] in table  # the script tag shown as text
    assert browser.execute_script("return window.__pwned") is None  # type: ignore[attr-defined]
    assert not browser.find_elements(By.CSS_SELECTOR, "#stories img, #stories script")  # type: ignore[attr-defined]
    _shot(browser, "today", tmp_path)


def test_guard_refuses_an_invented_cve(console: Console, browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    _login(browser, console, "ana")
    browser.get(console.url + "/stories/4")  # type: ignore[attr-defined]
    summary = browser.find_element(By.ID, "edit-summary")  # type: ignore[attr-defined]
    summary.send_keys(" La faille CVE-2026-99999 est aussi exploitée.")
    browser.find_element(By.ID, "save-briefing").click()  # type: ignore[attr-defined]
    refused = browser.find_element(By.ID, "refused").text  # type: ignore[attr-defined]
    assert "CVE-2026-99999" in refused
    browser.get(console.url + "/stories/4")  # type: ignore[attr-defined]
    assert "CVE-2026-99999" not in browser.find_element(By.ID, "briefing").text  # type: ignore[attr-defined]
    # An id no CVE can have (a year to come) is refused as well, not skipped as "no CVE".
    browser.find_element(By.ID, "edit-summary").send_keys(" La faille CVE-2031-99999 est aussi exploitée.")  # type: ignore[attr-defined]
    browser.find_element(By.ID, "save-briefing").click()  # type: ignore[attr-defined]
    assert "CVE-2031-99999" in browser.find_element(By.ID, "refused").text  # type: ignore[attr-defined]


def test_viewer_cannot_approve(console: Console, browser: object) -> None:
    from selenium.webdriver.common.by import By

    _login(browser, console, "vic")
    browser.get(console.url + "/stories/3")  # type: ignore[attr-defined]
    assert not browser.find_elements(By.ID, "approve")  # type: ignore[attr-defined]
    # Forging the form with the viewer's own session and CSRF token is refused too.
    with httpx.Client(base_url=console.url) as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
        assert token is not None
        client.post("/login", data={"name": "vic", "password": PASSWORD, "csrf": token.group(1)})
        page = client.get("/stories/3").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf is not None
        answer = client.post("/stories/3/review", data={"action": "publish", "csrf": csrf.group(1)})
        assert answer.status_code == 403
    assert console.posts() == []


def test_approving_publishes_the_post(console: Console, browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    _login(browser, console, "ana")
    browser.get(console.url + "/stories/3")  # type: ignore[attr-defined]
    _shot(browser, "story", tmp_path)
    browser.find_element(By.ID, "publish-now").click()  # type: ignore[attr-defined]
    assert browser.find_element(By.ID, "note").text  # type: ignore[attr-defined]  # the page after the POST
    assert browser.find_element(By.ID, "review-state").text == "approuvé"  # type: ignore[attr-defined]
    posts = console.posts()
    assert len(posts) == 1 and "valmont" in posts[0].name
    assert "Sources :" in posts[0].read_text(encoding="utf-8")  # the story's two outlets


def test_merging_two_stories(console: Console, browser: object) -> None:
    from selenium.webdriver.common.by import By

    _login(browser, console, "ana")
    browser.get(console.url + "/stories/5")  # type: ignore[attr-defined]
    browser.find_element(By.ID, "merge-others").send_keys("6")  # type: ignore[attr-defined]
    browser.find_element(By.ID, "merge").click()  # type: ignore[attr-defined]
    assert browser.find_element(By.ID, "note").text  # type: ignore[attr-defined]
    articles = browser.find_elements(By.CSS_SELECTOR, ".article")  # type: ignore[attr-defined]
    assert len(articles) == 2
    page = browser.page_source  # type: ignore[attr-defined]
    assert "Year-end report" in page
    # The merged-in article led story 6; it does not lead this one: one first article.
    assert page.count("premier article") == 1 and "déplacé ici à la main (par fusion)" in page
    browser.get(console.url + "/stories/6")  # type: ignore[attr-defined]
    assert browser.find_element(By.ID, "error")  # type: ignore[attr-defined]
    shown = console.cli("stories", "show", "5")
    assert "merge" in shown.stdout  # recorded as the CLI's decisions are


def test_incidents_page_and_csv(console: Console, browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    _login(browser, console, "ana")
    browser.get(console.url + "/incidents?lang=en")  # type: ignore[attr-defined]
    table = browser.find_element(By.ID, "incidents").text  # type: ignore[attr-defined]
    assert "Valmont" in table
    charts = browser.find_elements(By.CSS_SELECTOR, "img[src*='/incidents/chart/']")  # type: ignore[attr-defined]
    assert len(charts) == 3
    assert all(browser.execute_script("return arguments[0].naturalWidth", c) > 0 for c in charts)  # type: ignore[attr-defined]
    _shot(browser, "incidents", tmp_path)
    browser.get(console.url + "/incidents?lang=fr")  # type: ignore[attr-defined]


def test_correcting_the_category_is_kept_as_a_decision(console: Console, browser: object) -> None:
    from selenium.webdriver.common.by import By

    _login(browser, console, "ana")
    browser.get(console.url + "/stories/2")  # type: ignore[attr-defined]
    field = browser.find_element(By.ID, "correct-category")  # type: ignore[attr-defined]
    assert field.get_attribute("value") == "denial-of-service"
    field.clear()
    field.send_keys("data_breach")  # a former name: read as today's (information-leak)
    browser.find_element(By.ID, "save-category").click()  # type: ignore[attr-defined]
    assert browser.find_element(By.ID, "note").text  # type: ignore[attr-defined]
    assert "fuite de données" in browser.find_element(By.ID, "intel").text  # type: ignore[attr-defined]
    assert "correct" in console.cli("stories", "show", "2").stdout
    # A wrong category is refused.
    browser.find_element(By.ID, "correct-category").send_keys("x")  # type: ignore[attr-defined]
    browser.find_element(By.ID, "save-category").click()  # type: ignore[attr-defined]
    # The field showed the category as corrected: the former name stored as today's.
    assert "information-leakx" in browser.find_element(By.ID, "error").text  # type: ignore[attr-defined]


def test_api_with_a_token_and_full_text_search(console: Console) -> None:
    made = console.cli("users", "token", "ana")
    token = made.stdout.strip()
    assert made.returncode == 0 and len(token) > 30
    headers = {"Authorization": f"Bearer {token}"}
    hits = httpx.get(
        console.url + "/api/search", params={"q": "rancongiciel Valmont"}, headers=headers
    ).json()["hits"]
    assert hits and {hit["story_id"] for hit in hits} == {3}  # accents ignored, every word required
    assert any(hit["kind"] == "briefing" for hit in hits)
    for hostile in ('"', "OR *", "NEAR(a b", "'; DROP TABLE articles; --"):
        answer = httpx.get(console.url + "/api/search", params={"q": hostile}, headers=headers)
        assert answer.status_code == 200, hostile
    stories = httpx.get(console.url + "/api/stories", headers=headers).json()
    assert stories["total"] >= 5 and all("state" in row for row in stories["rows"])
    assert (
        httpx.get(console.url + "/api/stories", headers={"Authorization": "Bearer nope"}).status_code == 401
    )
    # A token opens the API only, not the pages.
    assert httpx.get(console.url + "/", headers=headers, follow_redirects=False).status_code == 303


def _session(console: Console, name: str, password: str = PASSWORD) -> tuple[httpx.Client, str]:
    """A signed-in HTTP client and its CSRF token."""
    client = httpx.Client(base_url=console.url)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    client.post("/login", data={"name": name, "password": password, "csrf": token.group(1)})
    page = re.search(r'name="csrf" value="([^"]+)"', client.get("/sources").text)
    assert page is not None, name
    return client, page.group(1)


def test_sources_csrf_logout_and_rate_limit(console: Console) -> None:
    analyst, analyst_csrf = _session(console, "ana")
    feed = {"name": "New Feed", "url": "https://feeds.example.org/rss.xml", "csrf": analyst_csrf}
    assert analyst.post("/sources/add", data=feed).status_code == 403  # analysts do not manage sources
    admin, admin_csrf = _session(console, "adm")
    assert admin.post("/sources/add", data={**feed, "csrf": "forged"}).status_code == 403  # CSRF
    assert admin.post("/sources/add", data={**feed, "csrf": admin_csrf}).status_code == 303
    page = admin.get("/sources").text
    assert "feeds.example.org" in page
    assert (
        admin.post("/sources/New Feed/enabled", data={"enabled": "0", "csrf": admin_csrf}).status_code == 303
    )
    assert admin.post("/logout", data={"csrf": admin_csrf}).status_code == 303
    assert admin.get("/sources", follow_redirects=False).status_code == 303  # signed out
    # Five wrong passwords for one name: the sixth try is refused, even with the right password.
    client = httpx.Client(base_url=console.url)
    for _ in range(5):
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
        assert token is not None
        answer = client.post("/login", data={"name": "vic", "password": "wrong", "csrf": token.group(1)})
        assert answer.status_code == 401
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    answer = client.post("/login", data={"name": "vic", "password": PASSWORD, "csrf": token.group(1)})
    assert answer.status_code == 429
    for made in (analyst, admin, client):
        made.close()


def test_story_pages_say_reasons_signals_and_status_in_french(console: Console, browser: object) -> None:
    """Priority reasons, clustering signals, a briefing's status: worded in French from their codes."""
    from selenium.webdriver.common.by import By

    from veilleur.models.signals import ENGLISH

    _login(browser, console, "ana")
    pages = []
    for story in range(1, 7):
        browser.get(f"{console.url}/stories/{story}")  # type: ignore[attr-defined]
        pages.append(browser.find_element(By.TAG_NAME, "main").text)  # type: ignore[attr-defined]
    shown = "\n".join(pages)
    assert "secteur critique : santé (+10)" in shown and "Rançongiciel (+" in shown
    # The demo's two reports of the Valmont attack: one joined the other.
    assert "signaux: sens 0." in shown and ", titres 0." in shown and "victime commune valmont" in shown
    # The lines that say them, not the articles' own English text.
    said = [line for line in shown.splitlines() if line.startswith("Priorité ") or " · signaux: " in line]
    assert len(said) >= 5
    for english in [*ENGLISH.values(), "embedding", "critical sector", "exploited in the wild", "capped at"]:
        assert not [line for line in said if english.split(" {")[0] in line], english
    statuses = {
        line.rsplit(" · ", 1)[-1]
        for line in shown.splitlines()
        if line.startswith(("facts · ", "extractive · "))
    }
    assert statuses and statuses <= {"faits", "modèle", "en cache", "repli sur les faits", "en attente"}, (
        statuses
    )
