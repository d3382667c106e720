"""Captures keep their lists: IOC lists, CVE lists, affected versions and steps are article
content, so a text or Markdown capture gives the same indicators and CVEs as the HTML page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path
from test_extract import SEED_TEASERS

from veilleur.cli import main
from veilleur.enrich.cves import unique_cves
from veilleur.enrich.iocs import find_indicators
from veilleur.extract import extract_markup
from veilleur.extract.text import clean_capture


def intel(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["intel", "--json", str(path)])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


def test_case_ioc_list_dropped_from_capture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = "ioc-list-dropped-from-capture"
    control = intel(shared_path("cases", folder, "control-page.html"), tmp_path, monkeypatch)
    expected = {
        ("ipv4-addr", "185.244.25.12"),
        ("domain-name", "parcel-track-eu.com"),
        ("url", "https://parcel-track-eu.com/app/update.apk"),
        ("sha256", "4f7d3b1e9a2c8d6f0b5e7a1c3d9f2e8b6a4c0d7e1f3b5a9c2e8d4f6a0b1c3e5d"),
    }
    assert {(i["kind"], i["value"]) for i in control["iocs"]} == expected  # type: ignore[attr-defined]
    for name in ("capture.md", "capture.txt"):
        found = intel(shared_path("cases", folder, name), tmp_path, monkeypatch)
        assert {(i["kind"], i["value"]) for i in found["iocs"]} == expected, name  # type: ignore[attr-defined]
        assert found["cves"] == control["cves"]


LEAD = (
    "A fictional threat group is exploiting a flaw in the Tarnwell file transfer appliance to steal data "
    "from the networks of several manufacturers, researchers at a fictional security firm said on Tuesday. "
    "The attackers upload a web shell, list the shared folders and send the files to servers they rent "
    "from a bulletproof hosting provider, the researchers said."
)
HEADER = (
    "Home | News | Research | About\nMonday 23/11/2026\n\nTarnwell appliances exploited to steal data\n\n"
)
TEASERS = (
    "Recommended for you\n\n"
    "Fictional bank fined over data protection failures after a long inquiry ...\n\n"
    "Read more\n"
)

SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
TEXT_LISTS = [
    # an IOC list under a heading, plain text
    (
        f"Indicators of compromise\n91.215.85[.]17\nhxxps://tarn-sync[.]net/upload.php\nSHA-256: {SHA256}\n",
        {"91.215.85.17", "tarn-sync.net", "https://tarn-sync.net/upload.php", SHA256},
        [],
    ),
    # a Markdown IOC list
    (
        "## IOCs\n\n* `91.215.85[.]17`\n* `tarn-sync[.]net`\n",
        {"91.215.85.17", "tarn-sync.net"},
        [],
    ),
    # a CVE list and the affected versions
    (
        "Affected versions\nTarnwell FT 4.2.0 to 4.2.7\nTarnwell FT Cloud before build 2026.11\n"
        "CVE-2026-50101\nCVE-2026-50102\nCVE-2026-50103\n",
        set(),
        ["CVE-2026-50101", "CVE-2026-50102", "CVE-2026-50103"],
    ),
]


@pytest.mark.parametrize(("listing", "indicators", "cves"), TEXT_LISTS)
@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_a_list_closing_the_article_is_kept(
    listing: str, indicators: set[str], cves: list[str], kind: str
) -> None:
    capture = f"{HEADER}{LEAD}\n\n{listing}\n{TEASERS}"
    _, text, *_ = extract_markup(capture, kind)
    assert LEAD.split(". ")[0] in text
    assert {i.value for i in find_indicators(text)} == indicators
    assert unique_cves(text) == cves
    assert "Fictional bank fined" not in text and "Home" not in text


def test_announced_steps_are_kept_and_unannounced_headline_lists_are_not() -> None:
    capture = (
        f"{HEADER}{LEAD}\n\nAdministrators should take the following steps:\n\n"
        "1. Restrict access to the transfer interface\n2. Rotate the service account passwords\n"
        "3. Search the logs for unknown uploads\n\n"
        "* Fictional Bank Fined Over Failures\n* Another Story About Cloud Prices\n"
    )
    _, text, *_ = extract_markup(capture, "markdown")
    assert "Rotate the service account passwords" in text and "Search the logs for unknown uploads" in text
    assert "Cloud Prices" not in text


def test_a_menu_after_the_article_is_not_a_list_of_the_article() -> None:
    capture = (
        f"{HEADER}{LEAD}\n\nStay connected with our newsletter:\n\nFacebook\nTwitter\nLinkedIn\n"
        "Editions\nNational\nRegional\n"
    )
    _, text, *_ = extract_markup(capture, "text")
    assert text.rstrip().endswith("the researchers said.")


def test_the_seed_capture_still_drops_its_teasers() -> None:
    seed = shared_path("seeds", "000_2c8f3f87bf6db0f0.txt").read_text(encoding="utf-8")
    _, text, *_ = extract_markup(seed, "text")
    assert text.rstrip().endswith("ralentissement conséquent de l'établissement hospitalier")
    assert not [teaser for teaser in SEED_TEASERS if teaser in text]


ROUNDUP_PAGE = (
    "[Home](/) · [Products](/p) · [Pricing](/pricing)\n\n"
    "* [Sign in](/login)\n* [Free trial](/trial)\n\n"
    "# A week in security (November 9 – 15)\n\n"
    "Posted: November 16, 2026 by [Fictional Labs](/authors/labs)\n\n"
    "Last week on the Fictional Labs blog:\n\n"
    "* [Ransomware gang leaks files stolen from Orvane Logistics](/blog/2026/11/orvane)\n"
    "* [Update now! Tarnwell fixes two zero-day bugs](/blog/2026/11/tarnwell)\n"
    "* [Brelford Council confirms data breach after phishing attack](/blog/2026/11/brelford)\n"
    "* [How to spot a fake parcel text](/blog/2026/11/parcel)\n\n"
    "Stay safe!\n\n---\n\n"
    "Our business solutions remove all remnants of ransomware and prevent you from getting reinfected. "
    "Want to learn more about how we can help protect your business? Get a free trial below.\n\n"
    "[TRY NOW](/contact)\n\n#### RELATED ARTICLES\n\n"
    "* [Fictional retailer Kestrow hit by card skimmer](/blog/2026/10/kestrow)\n"
)


def test_a_roundups_linked_items_are_its_article_and_its_related_links_are_not() -> None:
    """The items of a list a sentence announces are the article even when each is a bare link (a
    weekly roundup); menus of one or two words and the related articles after a marker are not."""
    _, text, *_ = extract_markup(ROUNDUP_PAGE, "markdown")
    assert "Ransomware gang leaks files stolen from Orvane Logistics" in text
    assert "Brelford Council confirms data breach after phishing attack" in text
    assert "Kestrow" not in text and "Sign in" not in text and "Pricing" not in text


def test_linked_headlines_nothing_announces_stay_out() -> None:
    capture = (
        f"{HEADER}{LEAD}\n\n"
        "* [Fictional bank fined over failures](/a)\n* [Another story about cloud prices](/b)\n"
        "* [A third story about phones](/c)\n"
    )
    _, text, *_ = extract_markup(capture, "markdown")
    assert "cloud prices" not in text and "Fictional bank" not in text


def test_a_list_a_sentence_of_the_article_announces_is_kept_in_title_case() -> None:
    """Products an article lists after its own sentence ("…the following plugins:") are its
    content, whatever their case; the CVE ids among them stay with them."""
    capture = (
        f"{HEADER}{LEAD}\n\nAccording to the researchers, attacks rely on unpatched versions of the "
        "following plugins:\n\n* Tarnwell Live Chat Plugin\n* Orvane Booking Manager\n* Easyform\n"
        "* Brelford Access Control (vulnerability CVE-2026-50101)\n* Kestrow Donations Plugin\n"
    )
    _, text, *_ = extract_markup(capture, "markdown")
    assert "Orvane Booking Manager" in text and "Kestrow Donations Plugin" in text
    assert unique_cves(text) == ["CVE-2026-50101"]


def test_a_markdown_capture_s_headline_is_its_level_one_heading_not_the_standfirst() -> None:
    # A news site's Markdown copy: the headline, a comment counter, then the standfirst as "##".
    capture = (
        "# Fictional outlet\n\n[Sign in](https://example.org/login)\n\n"
        "# Ransomware crew hits the fictional Ostrava Labs\n\n"
        "[**11** comments](https://example.org/forum/1)\n\n"
        "## Some days the backups work, others they do not\n\n"
        + "\n\n".join(
            f"Paragraph {n}: the fictional Ostrava Labs said the attackers encrypted its servers on "
            "Monday and asked for a ransom, which the firm refused to pay, its spokesperson said."
            for n in range(4)
        )
    )
    assert clean_capture(capture).title == "Ransomware crew hits the fictional Ostrava Labs"
    # Without a level-one heading near the text, the nearest heading stays the headline.
    assert clean_capture(capture.replace("# Ransomware", "## Ransomware")).title == (
        "Some days the backups work, others they do not"
    )


def test_a_roundup_item_whose_names_fill_it_stays_with_its_sentence_case_list() -> None:
    """A roundup's item full of names ("Fake Tarnwell Chat for Mac delivers Orvane Stealer")
    is one of its own items when the list is written in sentence case, not a headline of another
    article: the roundup keeps it."""
    page = ROUNDUP_PAGE.replace(
        "* [Update now!",
        "* [Fake Tarnwell Chat for Mac delivers Orvane Stealer](/blog/2026/11/chat)\n* [Update now!",
    )
    _, text, *_ = extract_markup(page, "markdown")
    assert "Fake Tarnwell Chat for Mac delivers Orvane Stealer" in text
    assert "Kestrow" not in text


def test_a_headline_with_a_version_does_not_take_a_one_sentence_posts_place() -> None:
    """A diary of one sentence under a headline naming a version: the headline weighed as one of
    the article's list lines tied with the sentence and, first, was kept — an empty text (the
    headline is left out of it). The sentence and its CVE id are the text. Fictional page."""
    page = (
        "# Tarnshark 7.4.2 Released, (Sat, Nov 23rd)\n\n"
        "* [previous](/diary/1)\n* [next](/diary/3)\n\n"
        "# [Tarnshark 7.4.2 Released](/forums/diary/2/)\n\n"
        "Tarnshark release 7.4.2 fixes 1 vulnerability ([CVE-2031-1492](/vuln.html)) and 12 bugs.\n\n"
        "Mara Tessel\n\nSenior handler\n\nKeywords:\n\n### Comments\n\n[Login here to join the discussion.](/login)\n"
    )
    cleaned = clean_capture(page)
    assert cleaned.text == "Tarnshark release 7.4.2 fixes 1 vulnerability (CVE-2031-1492) and 12 bugs."
