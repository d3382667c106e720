"""One event reported in French, English, Dutch and German is one story; look-alikes in several
languages stay apart. Features come from the pipeline's own path (an Article, its Intel record from
`enrich`, `features_for`), the multilingual model included. All texts are fictional."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from veilleur.cli import main
from veilleur.cluster.features import Features, Input, decode, encode, features_for, fold, victim_words
from veilleur.cluster.stories import Clusterer
from veilleur.enrich import enrich
from veilleur.models import Article

DAY = date(2026, 3, 2)

# A fictional Belgian hospital, AZ Meerhoven, hit by a fictional gang, "Kestrel".
MEERHOVEN = {
    "fr": (
        "Cyberattaque contre l'hôpital AZ Meerhoven : les urgences déviées",
        "L'hôpital AZ Meerhoven, en Belgique, a été frappé dimanche par une attaque par rançongiciel "
        "revendiquée par le groupe Kestrel. Les urgences ont été déviées vers d'autres hôpitaux et 40 "
        "opérations ont été reportées. La direction a prévenu le centre national de cybersécurité.",
    ),
    "en": (
        "Ransomware attack on AZ Meerhoven hospital diverts emergency patients",
        "AZ Meerhoven hospital in Belgium was hit by a ransomware attack on Sunday claimed by the Kestrel "
        "gang. Emergency patients were diverted to other hospitals and 40 operations were postponed. The "
        "hospital alerted the national cybersecurity centre.",
    ),
    "nl": (
        "Cyberaanval op ziekenhuis AZ Meerhoven: spoeddienst omgeleid",
        "Ziekenhuis AZ Meerhoven in België is zondag getroffen door een ransomware-aanval die de Kestrel-"
        "bende opeist. Spoedpatiënten werden naar andere ziekenhuizen gebracht en 40 operaties werden "
        "uitgesteld. Het ziekenhuis verwittigde het nationale centrum voor cybersecurity.",
    ),
    "de": (
        "Cyberangriff auf das Krankenhaus AZ Meerhoven: Notaufnahme umgeleitet",
        "Das Krankenhaus AZ Meerhoven in Belgien wurde am Sonntag von einem Ransomware-Angriff getroffen, "
        "zu dem sich die Kestrel-Bande bekannte. Notfallpatienten wurden in andere Kliniken gebracht und "
        "40 Operationen verschoben. Das Krankenhaus informierte das nationale Zentrum für Cybersicherheit.",
    ),
}
# The same week, the same country, the same gang: another hospital.
OSTERLO = {
    "fr": (
        "Cyberattaque contre l'hôpital AZ Osterlo : les urgences déviées",
        "L'hôpital AZ Osterlo, en Belgique, a été frappé mardi par une attaque par rançongiciel revendiquée "
        "par le groupe Kestrel. Les urgences ont été déviées vers d'autres hôpitaux et 25 opérations ont "
        "été reportées. La direction a prévenu le centre national de cybersécurité.",
    ),
    "nl": (
        "Cyberaanval op ziekenhuis AZ Osterlo: spoeddienst omgeleid",
        "Ziekenhuis AZ Osterlo in België is dinsdag getroffen door een ransomware-aanval die de Kestrel-"
        "bende opeist. Spoedpatiënten werden naar andere ziekenhuizen gebracht en 25 operaties werden "
        "uitgesteld.",
    ),
}
PATCH = (
    "Fictional Soft {month} Patch Tuesday fixes {n} flaws, one exploited zero-day {cve}",
    "Fictional Soft released its {month} Patch Tuesday updates, fixing {n} vulnerabilities in Fictional "
    "OS and Fictional Office. One of them, {cve}, an elevation of privilege flaw in the Fictional OS "
    "kernel, is already exploited in attacks, the company said. Administrators should patch quickly.",
)
VENDOR = (
    "Fictional Gate VPN appliances hit by critical flaw {cve}",
    "Fictional Networks warned that {cve}, a critical {kind} flaw in its Fictional Gate VPN appliances, "
    "can be exploited without authentication. The company released firmware updates and urged customers "
    "to apply them; researchers at a fictional lab found the bug.",
)


def _features(items: list[tuple[str, date, tuple[str, str], str]]) -> list[Features]:
    inputs = []
    for key, day, (title, text), outlet in items:
        article = Article(url=f"https://{outlet}.example/{key}", canonical_url="", title=title, text=text)
        inputs.append(Input(key, day, title, text, outlet, enrich(article)))
    return features_for(inputs)


def _stories(items: list[tuple[str, date, tuple[str, str], str]]) -> dict[str, str]:
    clusterer = Clusterer()
    return {f.id: clusterer.add(f).story_id for f in _features(items)}


def test_one_hospital_attack_in_four_languages_is_one_story() -> None:
    items = [
        (lang, DAY + timedelta(days=i % 2), text, f"outlet-{lang}")
        for i, (lang, text) in enumerate(MEERHOVEN.items())
    ]
    stories = _stories(items)
    assert set(stories.values()) == {"fr"}, stories


def test_two_hospitals_of_one_country_the_same_week_stay_apart_in_every_language() -> None:
    items = [(f"m-{lang}", DAY, text, f"outlet-{lang}") for lang, text in MEERHOVEN.items()]
    items += [(f"o-{lang}", DAY + timedelta(days=2), text, f"other-{lang}") for lang, text in OSTERLO.items()]
    stories = _stories(items)
    assert {stories[k] for k in stories if k.startswith("m-")} == {"m-fr"}
    assert {stories[k] for k in stories if k.startswith("o-")} == {"o-fr"}, stories


def test_next_months_patch_tuesday_is_another_story() -> None:
    march = tuple(p.format(month="March", n=57, cve="CVE-2026-21001") for p in PATCH)
    april = tuple(p.format(month="April", n=63, cve="CVE-2026-24410") for p in PATCH)
    stories = _stories(
        [
            ("march", DAY, march, "one"),
            ("march-2", DAY, march, "two"),
            ("april", DAY + timedelta(days=28), april, "two"),
        ]
    )
    assert stories == {"march": "march", "march-2": "march", "april": "april"}


def test_same_vendor_other_flaw_the_same_week_stays_apart() -> None:
    first = tuple(p.format(cve="CVE-2026-30001", kind="remote code execution") for p in VENDOR)
    second = tuple(p.format(cve="CVE-2026-30777", kind="authentication bypass") for p in VENDOR)
    stories = _stories([("first", DAY, first, "one"), ("second", DAY + timedelta(days=3), second, "two")])
    assert stories["second"] == "second"


def test_victim_names_fold_across_languages() -> None:
    assert fold("l'Hôpital") == "hopital"
    words = [
        victim_words([name])
        for name in ("l'hôpital AZ Meerhoven", "AZ Meerhoven hospital", "ziekenhuis AZ Meerhoven")
    ]
    assert words[0] == words[1] == words[2] == {"meerhoven"}  # "AZ": Algemeen Ziekenhuis


def test_stored_features_read_back_as_computed() -> None:
    (features,) = _features([("en", DAY, MEERHOVEN["en"], "outlet")])
    again = decode("en", DAY, *encode(features))
    assert again.victims == features.victims and again.cves == features.cves
    assert np.array_equal(again.minhash, features.minhash)
    # float16 storage: the cosine a stored vector gives differs by less than 0.001
    assert abs(float(again.embedding @ features.embedding) - 1.0) < 1e-3


PAGE = """<!doctype html><html><head><title>{title} | {outlet}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/ransomware">Ransomware</a></nav>
<main><article><h1>{title}</h1>{body}</article></main>
<aside><h2>Related stories</h2><ul>
<li><a href="/x1">{teaser}</a></li>
<li><a href="/x2">Fictional Gate VPN flaw CVE-2026-55555 exploited against Ostvik Cargo</a></li>
</ul></aside>
<section id="comments"><h2>Comments</h2><p>reader42: same thing happened to Norland Freight last year,
CVE-2026-44444 again?</p></section>
<footer>© {outlet}. All rights reserved. Privacy · Cookies · Contact</footer></body></html>"""


def test_stories_and_intel_jsonl_read_whole_pages_not_their_teasers_or_comments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two outlets' HTML pages on the Meerhoven attack, each framed by menus, other stories'
    teasers and readers' comments: one story, and nothing of the frame in the Intel record."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    rows = []
    for n, (lang, teaser) in enumerate(
        [
            ("en", "Ransomware gang hits Osterlo port operator"),
            ("fr", "Fuite de données chez Valmont Énergie"),
        ]
    ):
        title, text = MEERHOVEN[lang]
        body = "".join(f"<p>{sentence}.</p>" for sentence in (text + " ").split(". ") * 2 if sentence.strip())
        html = PAGE.format(title=title, body=body, outlet=f"Outlet {n}", teaser=teaser)
        rows.append(
            {
                "id": lang,
                "url": f"https://outlet{n}.example/{lang}",
                "published": "2026-03-02T08:00:00Z",
                "html": html,
            }
        )
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(main, ["stories", "--jsonl", str(source), str(tmp_path / "stories.jsonl")])
    assert done.exit_code == 0, done.output
    stories = {r["id"]: r for r in map(json.loads, (tmp_path / "stories.jsonl").read_text().splitlines())}
    assert stories["en"]["story_id"] == stories["fr"]["story_id"] == "en"
    done = runner.invoke(main, ["intel", "--jsonl", str(source), str(tmp_path / "intel.jsonl")])
    assert done.exit_code == 0, done.output
    for row in map(json.loads, (tmp_path / "intel.jsonl").read_text().splitlines()):
        assert "Comments" not in row["text"] and "Related stories" not in row["text"]
        assert row["intel"]["cves"] == []  # the teaser's and the comment's CVE ids are not the article's
        names = " ".join(v["name"] for v in row["intel"]["victims"]).casefold()
        assert "meerhoven" in names and "ostvik" not in names and "norland" not in names
