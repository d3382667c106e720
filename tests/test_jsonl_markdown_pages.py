"""`veilleur stories --jsonl` and `veilleur intel --jsonl` on whole pages given as Markdown (a
page rendered with its menu, other stories' teasers and readers' comments, as news-dev's records
are): the extraction the pipeline runs keeps the article, so two outlets' reports of one event
(French and English) are one story and nothing of the frame reaches the Intel record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_stories_languages import MEERHOVEN

from veilleur.cli import main

PAGE = """* [Home](/)
* [News](/news)
* [Ransomware](/ransomware)
* [Subscribe](/subscribe)

# {title}

{body}

## Related stories

* [{teaser}](/x1)
* [Fictional Gate VPN flaw CVE-2026-55555 exploited against Ostvik Cargo](/x2)

## Comments

reader42: same thing happened to Norland Freight last year, CVE-2026-44444 again?

© {outlet}. All rights reserved. [Privacy](/privacy) · [Cookies](/cookies) · [Contact](/contact)
"""


def test_stories_and_intel_jsonl_read_markdown_pages_not_their_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
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
        body = "\n\n".join(f"{sentence}." for sentence in (text + " ").split(". ") * 3 if sentence.strip())
        rows.append(
            {
                "id": lang,
                "url": f"https://outlet{n}.example/{lang}",
                "published": "2026-03-02T08:00:00Z",
                "markdown": PAGE.format(title=title, body=body, outlet=f"Outlet {n}", teaser=teaser),
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
        assert row["usable"], row
        assert "Related stories" not in row["text"] and "reader42" not in row["text"]
        assert "Subscribe" not in row["text"]
        assert row["intel"]["cves"] == []  # the teaser's and the comment's CVE ids are not the article's
        names = " ".join(v["name"] for v in row["intel"]["victims"]).casefold()
        assert "meerhoven" in names and "ostvik" not in names and "norland" not in names
