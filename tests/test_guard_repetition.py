"""The guard judges the model, not our own template: what the extractive backend repeats by design
(quotations of the article, its template words) publishes; a model repeating itself does not.
CVE ids glued to punctuation are mentions; the heading's category label is kept."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path

from veilleur.brief.backend import BriefRequest
from veilleur.brief.extractive import ExtractiveBackend
from veilleur.brief.guard import guard_briefing
from veilleur.brief.guard.repetition import loop
from veilleur.cli import main
from veilleur.enrich import enrich
from veilleur.enrich.cves import malformed_cves, unique_cves
from veilleur.models import Article, Briefing, KeyPoint, Vulnerability


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def post_cves(post: str) -> list[str]:
    section = post.split("**Vulnérabilités :**", 1)[1].split("**Recommandations :**", 1)[0]
    return re.findall(r"^\*\s+\*\*(CVE-\d{4}-\d+) :\*\*", section, re.M)


@pytest.mark.parametrize(
    ("name", "cves"),
    [
        ("control-one-cve.txt", ["CVE-2026-42001"]),
        ("capture.txt", ["CVE-2026-42001", "CVE-2026-42002"]),
        ("capture-six-cves.txt", [f"CVE-2026-5100{n}" for n in range(1, 7)]),
    ],
)
def test_case_two_cves_one_sentence_publishes_like_the_control(
    runner: CliRunner, name: str, cves: list[str]
) -> None:
    result = runner.invoke(main, ["post", str(shared_path("cases", "two-cves-one-sentence", name))])
    assert result.exit_code == 0, result.output
    assert post_cves(result.stdout) == cves
    # The backend's own label, kept (plural for several CVEs).
    expected = "### Vulnérabilité : " if len(cves) == 1 else "### Vulnérabilités : "
    assert expected in result.stdout
    assert "Aucune CVE" not in result.stdout


def test_case_list_items_in_spans_gives_four_cves_and_a_post(runner: CliRunner) -> None:
    page = str(shared_path("cases", "list-items-in-spans-lost", "page.html"))
    result = runner.invoke(main, ["intel", "--json", page])
    assert result.exit_code == 0, result.output
    expected = [f"CVE-2026-4200{n}" for n in range(1, 5)]
    assert [c["id"] for c in json.loads(result.stdout)["cves"]] == expected
    result = runner.invoke(main, ["post", page])
    assert result.exit_code == 0, result.output
    assert post_cves(result.stdout) == expected
    assert "« - CVE" not in result.stdout  # list items are quoted without their marker


def extractive(title: str, text: str, lang: str = "en") -> tuple[Briefing, list[str]]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang=lang)
    intel = enrich(article)
    request = BriefRequest(article=article, intel=intel, outlet="news.example.org", url=article.url)
    briefing = ExtractiveBackend().brief(request)
    cleaned, report = guard_briefing(briefing, [f"{title}\n{text}"], [article.url], require_french=False)
    return cleaned, report.rejected


ADVISORY = (
    "The fictional vendor Hollin has fixed {cves} in its remote support tool, after attackers chained "
    "them to take over servers of managed service providers.\n\n"
    "The company says the flaws were reported by a fictional research team and that exploitation "
    "started two weeks before the fix was published.\n\n"
    "Customers should upgrade every server to the fixed release and review the accounts created "
    "since the beginning of the month.\n\n"
    "The vendor also published detection rules for the tool's logs to help administrators find "
    "traces of earlier attacks."
)


@pytest.mark.parametrize("count", [2, 3, 5, 8])
def test_an_advisory_naming_many_cves_in_one_sentence_publishes(count: int) -> None:
    ids = [f"CVE-2026-6100{n}" for n in range(count)]
    cves = ", ".join(ids[:-1]) + f" and {ids[-1]}"
    cleaned, rejected = extractive(
        "Hollin fixes exploited flaws in its support tool", ADVISORY.format(cves=cves)
    )
    assert rejected == []
    assert [v.cve for v in cleaned.vulnerabilities] == ids


def test_a_victim_named_in_every_part_publishes() -> None:
    victim = "Centre Hospitalier Universitaire de Saint-Pierre-des-Landes"
    text = (
        f"Le {victim} a été frappé par un rançongiciel dans la nuit de dimanche à lundi, selon sa direction.\n\n"
        f"Au {victim}, les urgences ont été déviées vers les hôpitaux voisins pendant deux jours.\n\n"
        f"La direction du {victim} a porté plainte et prévenu l'autorité de protection des données.\n\n"
        f"Les équipes informatiques du {victim} restaurent les serveurs à partir des sauvegardes."
    )
    cleaned, rejected = extractive(f"Cyberattaque au {victim}", text, lang="fr")
    assert rejected == []
    assert sum(victim in part for part in [cleaned.summary, *(p.text for p in cleaned.key_points)]) >= 3


@pytest.mark.parametrize("dash", ["—", "–", "-", "\u2011", "\u2212"])
def test_a_cve_glued_to_a_dash_is_a_mention(dash: str) -> None:
    sentence = f"The flaw CVE-2024-57727{dash}a path traversal in the web console{dash}is exploited."
    assert malformed_cves(sentence) == [] and unique_cves(sentence) == ["CVE-2024-57727"]
    text = f"{sentence}\n\n" + ADVISORY.format(cves="it")
    cleaned, rejected = extractive("Hollin fixes an exploited flaw in its support tool", text)
    assert rejected == [] and [v.cve for v in cleaned.vulnerabilities] == ["CVE-2024-57727"]
    assert "Aucune CVE" not in " ".join(v.text for v in cleaned.vulnerabilities)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("(CVE-2024-57727)", ["CVE-2024-57727"]),
        ("CVE-2024-57727/CVE-2024-57728 are fixed", ["CVE-2024-57727", "CVE-2024-57728"]),
        ("see CVE-2024-57727: path traversal", ["CVE-2024-57727"]),
        ("«CVE-2024-57727»", ["CVE-2024-57727"]),
    ],
)
def test_punctuation_around_a_cve_is_not_part_of_it(text: str, ids: list[str]) -> None:
    assert malformed_cves(text) == [] and unique_cves(text) == ids


@pytest.mark.parametrize(
    "text", ["CVE-2024-57727—2", "cve-2024-57727—a", "CVE\u20112024\u201157727", "CVE-2024-XXXX—a"]
)
def test_malformed_ids_stay_malformed_next_to_a_dash(text: str) -> None:
    assert malformed_cves(text)


SOURCE = "The fictional vendor Corvel has released version 12.1 of its mail server to fix two flaws."


def test_quotations_and_template_words_are_not_a_loop() -> None:
    quote = f"citée dans l'article : « {SOURCE} »"
    assert loop([SOURCE, quote, quote + " ", f"« {SOURCE} »"], [SOURCE], ["citée dans l'article"]) is None
    items = [f"citée dans l'article : « CVE-2026-4200{n}: a flaw »" for n in range(9)]
    assert loop(items, ["CVE-2026-42001: a flaw"], ["citée dans l'article"]) is None


@pytest.mark.parametrize(
    "texts",
    [
        ["les attaquants ont pris le contrôle des serveurs " * 3],  # one field says it again and again
        [f"{SOURCE} {SOURCE} {SOURCE}"],  # a source sentence repeated inside one field
        [f"Point {n} : les attaquants ont pris le contrôle des serveurs." for n in range(3)],
        ["surveiller les journaux " * 30],
    ],
)
def test_a_model_repeating_itself_is_still_a_loop(texts: list[str]) -> None:
    assert loop(texts, [SOURCE], ["citée dans l'article"]) is not None


def test_the_category_label_of_a_heading_is_kept_and_a_leaked_label_removed() -> None:
    source = "Fictional Corp fixed CVE-2026-1111, a flaw attackers exploited in its VPN appliances."
    base = Briefing(
        heading="Vulnérabilité : Fictional Corp corrige une faille exploitée",
        summary="Fictional Corp a corrigé la faille CVE-2026-1111 exploitée dans ses boîtiers VPN.",
        key_points=[KeyPoint(label="Exploitation", text="Des attaquants ont exploité la faille.")],
        vulnerabilities=[Vulnerability(cve="CVE-2026-1111", text="faille exploitée.")],
        sources=["https://news.example.org/a"],
    )
    cleaned, report = guard_briefing(base, [source], base.sources)
    assert cleaned.heading == base.heading and not report.repaired
    plural = base.model_copy(update={"heading": "Vulnérabilités : Fictional Corp corrige une faille"})
    cleaned, report = guard_briefing(plural, [source], base.sources)
    assert cleaned.heading == plural.heading and not report.repaired
    leaked = base.model_copy(update={"heading": "Titre : Fictional Corp corrige une faille exploitée"})
    cleaned, report = guard_briefing(leaked, [source], base.sources)
    assert cleaned.heading == "Fictional Corp corrige une faille exploitée" and report.repaired


@pytest.mark.parametrize(
    ("written", "ids"),
    [
        ("CVE\u20112024\u20117344", ["CVE-2024-7344"]),
        ("cve-2024-7344", ["CVE-2024-7344"]),
        ("CVE 2024-7344", ["CVE-2024-7344"]),
        ("CVE\u20132024\u20137344", ["CVE-2024-7344"]),
        ("CVE-2024-7344 / 7345", ["CVE-2024-7344", "CVE-2024-7345"]),
    ],
)
def test_an_article_spelling_a_cve_its_own_way_still_lists_it(written: str, ids: list[str]) -> None:
    """The article's quotation would be refused as malformed: the quote spells the id in full."""
    sentence = f"The flaw {written} lets attackers bypass Secure Boot on many machines."
    text = f"{sentence}\n\n" + ADVISORY.format(cves="it")
    cleaned, rejected = extractive(f"Hollin fixes {written} in its boot loader", text)
    assert rejected == [] and [v.cve for v in cleaned.vulnerabilities] == ids
    quoted = " ".join(v.text for v in cleaned.vulnerabilities) + cleaned.heading
    assert malformed_cves(quoted) == [] and all(cve in quoted for cve in ids)


# A fictional breach page: the victim told "the data protection authority", which the facts backend
# says in French in the summary and a key point, and which the playbook's breach advice names too.
BREACH_TITLE = "Gullford Dental Group discloses data breach affecting patients"
BREACH_TEXT = (
    "Gullford Dental Group, a dental chain in Belgium, said hackers stole patient records from its "
    "systems in March. The company said attackers accessed names, addresses and dental histories of "
    "patients. Gullford Dental Group has notified the data protection authority and the police about "
    "the data breach. The group said it has informed affected patients by letter and is offering "
    "credit monitoring. An investigation with outside forensic experts is ongoing, the company added."
)


def test_the_playbook_advice_naming_what_a_fact_names_is_no_loop() -> None:
    """Our French for a fact (twice by design: summary and key point) and the playbook's advice
    naming the same authority made one unsourced six-word run in three fields: the facts briefing of
    a real breach page was refused as a "repetition loop" on "l'autorité de protection des données"."""
    from veilleur.brief.writer import Writer
    from veilleur.config import BriefConfig

    url = "https://news.example.org/breach"
    article = Article(url=url, canonical_url=url, title=BREACH_TITLE, text=BREACH_TEXT, lang="en")
    request = BriefRequest(article=article, intel=enrich(article), outlet="Gull News", url=url)
    outcome = Writer(BriefConfig()).write(request, "breach")
    assert outcome.briefing is not None, outcome.report.rejected
    texts = [outcome.briefing.summary, *(p.text for p in outcome.briefing.key_points)]
    texts += [p.text for p in outcome.briefing.recommendations]
    assert sum("autorité de protection des données" in t for t in texts) >= 3  # the case itself


def test_a_model_looping_on_advice_words_is_still_a_loop() -> None:
    """The playbook's advice is skipped as a whole sentence, not its words one by one."""
    looped = ["notifier l'autorité de protection des données " * 3]
    assert loop(looped, [BREACH_TEXT], guard_phrases()) is not None


def guard_phrases() -> tuple[str, ...]:
    from veilleur.brief.guard import TEMPLATE_PHRASES

    return TEMPLATE_PHRASES
