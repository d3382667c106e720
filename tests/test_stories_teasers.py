"""Stories are grouped on what the article says, not on the page: each outlet's page on one event
carries, around its article, a teaser and readers' comments naming ANOTHER event that a second pair
of pages reports. Through `veilleur stories --jsonl` (the pipeline's extraction, enrichment and
features) the four pages give two stories, and the features of each page hold nothing of its frame.
If the teasers or comments counted, every page would name both victims and both CVE ids."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_stories_languages import MEERHOVEN, PAGE
from test_stories_lookalikes_languages import _vendor

from veilleur.batch import batch_document
from veilleur.cli import main
from veilleur.cluster.features import features_for
from veilleur.config import load_settings
from veilleur.enrich import enrich
from veilleur.extract import extract_article
from veilleur.models import ClusterInput

MARKDOWN_PAGE = """* [Home](/) * [News](/news) * [Vulnerabilities](/vulns)

# {title}

{body}

## Read next

* [{teaser}](/next)

## Comments

reader7: {comment}
"""
FLAW = "CVE-2026-30001"
HOSPITAL_TEASER = MEERHOVEN["en"][0]  # "Ransomware attack on AZ Meerhoven hospital diverts …"
HOSPITAL_COMMENT = "AZ Meerhoven hospital was hit by the Kestrel gang too, and its patients were diverted."
FLAW_TEASER = _vendor("en", 0)[0]  # "Fictional Gate VPN appliances hit by critical flaw CVE-2026-30001"
FLAW_COMMENT = f"{FLAW} in Fictional Gate VPN again? Patch before it hits hospitals."


def _paragraphs(text: str, html: bool) -> str:
    sentences = [f"{s.strip()}." for s in (text + " ").split(". ") * 3 if s.strip()]
    return "".join(f"<p>{s}</p>" for s in sentences) if html else "\n\n".join(sentences)


def _rows() -> list[dict[str, str]]:
    hospital_en, hospital_fr = MEERHOVEN["en"], MEERHOVEN["fr"]
    flaw_en, flaw_fr = _vendor("en", 0), _vendor("fr", 0)
    pages = [
        ("hospital-en", "a", hospital_en, FLAW_TEASER, FLAW_COMMENT, "html"),
        ("hospital-fr", "b", hospital_fr, FLAW_TEASER, FLAW_COMMENT, "markdown"),
        ("flaw-en", "c", flaw_en, HOSPITAL_TEASER, HOSPITAL_COMMENT, "html"),
        ("flaw-fr", "d", flaw_fr, HOSPITAL_TEASER, HOSPITAL_COMMENT, "markdown"),
    ]
    rows = []
    for key, outlet, (title, text), teaser, comment, kind in pages:
        if kind == "html":
            page = PAGE.format(title=title, body=_paragraphs(text, True), outlet=outlet, teaser=teaser)
            page = page.replace("reader42: same thing happened to Norland Freight last year,\nCVE-2026-44444 again?",
                                f"reader7: {comment}")  # fmt: skip
            assert comment in page
        else:
            page = MARKDOWN_PAGE.format(
                title=title, body=_paragraphs(text, False), teaser=teaser, comment=comment
            )
        rows.append(
            {"id": key, "url": f"https://{outlet}.example/{key}", "published": "2026-03-02", kind: page}
        )
    return rows


def test_pages_whose_teasers_and_comments_name_another_event_group_on_their_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    rows = _rows()
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    done = CliRunner().invoke(main, ["stories", "--jsonl", str(source), str(tmp_path / "out.jsonl")])
    assert done.exit_code == 0, done.output
    story = {
        row["id"]: row["story_id"]
        for row in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())
    }
    assert story == {
        "hospital-en": "hospital-en",
        "hospital-fr": "hospital-en",
        "flaw-en": "flaw-en",
        "flaw-fr": "flaw-en",
    }, story

    # The features the clusterer compared: the article's evidence only, none of the frame's.
    settings = load_settings(None, catalogue=False)
    inputs = []
    for row in rows:
        document, entry, error = batch_document(row)
        assert document is not None, error
        article = extract_article(document, entry, settings.limits.min_words)
        assert article.usable and "reader7" not in article.text, row["id"]
        inputs.append(
            ClusterInput(row["id"], date(2026, 3, 2), article.title, article.text, "", enrich(article))
        )
    for features in features_for(inputs):
        if features.id.startswith("hospital"):
            assert features.cves == frozenset() and "meerhoven" in features.victims, features.id
        else:
            assert features.cves == {FLAW} and "meerhoven" not in features.victims, features.id
