"""Slugs and front-matter titles reproduce the reference blog exactly."""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import shared_path

from veilleur.publish import escape
from veilleur.text.slug import front_matter_title, slugify


def test_slugify_reproduces_every_real_slug() -> None:
    checked = 0
    for name in ("posts.jsonl", "posts-deleted.jsonl"):
        for line in shared_path("format", name).open(encoding="utf-8"):
            post = json.loads(line)
            slug = post["file"][len("YYYY-MM-DD-") : -len(".md")]
            title = post["title"]
            if title is None:  # the two invalid-YAML posts: take the text between the outer quotes
                title = post["title_raw"].strip()[1:-1]
            assert slugify(title) == slug, post["file"]
            checked += 1
    assert checked == 6613


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("0-Day,\xa0SonicWall", "0-daysonicwall"),
        ("12:00\u202fAM", "1200am"),
        ("US/Israeli v1.0 $9.5M 250k+ It's", "usisraeli-v10-95m-250k-its"),
        ("&#x5b;Guest Diary&#x5d;", "x5bguest-diaryx5d"),
        ("__pledge_open xlabs_v1 (Thu, Mar  5th)", "pledge-open-xlabs-v1-thu-mar-5th"),
        ("Vulnérabilités instantanées – Part ②", "vulnerabilites-instantanees-part"),
    ],
)
def test_slug_rules(title: str, slug: str) -> None:
    assert slugify(title) == slug


@pytest.mark.parametrize(
    "title",
    [
        "Don't Have To",
        "… due to 'technical issue'",
        'Most "AI SOCs" Are Just Faster Triage: Thats Not Enough',
        "It&#x3f;s too Late&#x21; 1,000&#x2b; & $5",
        "tab\tand\nnewline",
        "ISC Stormcast For Thursday, March 5th, 2026 https://isc.sans.edu/podcastdetail/9836, (Thu, Mar  5th)",
        "# not a comment: [a] {b} *c* @d `e` %f ! |g >h",
    ],
)
def test_front_matter_title_is_always_valid_single_quoted_yaml(title: str) -> None:
    clean = front_matter_title(title)
    assert "'" not in clean
    parsed = yaml.safe_load(f"title: '{clean}'\n")
    assert parsed["title"] == clean


@pytest.mark.parametrize(
    ("title", "shown", "slug"),
    [
        # French elisions keep an apostrophe (the typographic one), so the words stay apart.
        (
            "La clinique d'Exempleville victime d'une cyberattaque",
            "La clinique d’Exempleville victime d’une cyberattaque",
            "la-clinique-dexempleville-victime-dune-cyberattaque",
        ),
        (
            "L'hôpital fictif : jusqu'à trois jours qu'il est coupé",
            "L’hôpital fictif : jusqu’à trois jours qu’il est coupé",
            "lhopital-fictif-jusqua-trois-jours-quil-est-coupe",
        ),
        # English contractions and quotes keep the reference blog's rule: the apostrophe is deleted.
        (
            "Don't Panic: It's the Admin's 'technical issue'",
            "Dont Panic: Its the Admins technical issue",
            "dont-panic-its-the-admins-technical-issue",
        ),
    ],
)
def test_french_elisions_keep_a_typographic_apostrophe(title: str, shown: str, slug: str) -> None:
    assert front_matter_title(title) == shown
    assert escape.title(title) == shown
    assert slugify(front_matter_title(title)) == slug
    assert yaml.safe_load(f"title: '{shown}'\n")["title"] == shown
