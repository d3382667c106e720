"""The facts backend: a French briefing from the Intel record's facts, whatever the article's
language, checked by the guard; quotations only in the optional Extraits block."""

from __future__ import annotations

import gzip
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path
from postcheck import check_post

from veilleur.brief.backend import BriefRequest, create_backend
from veilleur.brief.facts import FactsBackend
from veilleur.brief.guard import guard_briefing
from veilleur.brief.prompting import PROMPT_VERSION, messages
from veilleur.brief.record_facts import attack_statements, french_when, law_statements, money
from veilleur.brief.writer import Writer, grounding_sources
from veilleur.cli import main
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.enrich.response import find_response
from veilleur.extract.lang import detect_language
from veilleur.models import (
    Article,
    AttackFacts,
    Category,
    Fact,
    Intel,
    LawEnforcementFacts,
    VulnerabilityFacts,
)
from veilleur.publish.jekyll import render_post

SEED = ("seeds", "000_2c8f3f87bf6db0f0.txt")
ENGLISH_PAGE = ("corpus", "extraction-dev", "html")


def _request(title: str, text: str, lang: str, outlet: str = "Outlet") -> BriefRequest:
    article = Article(url="https://news.example/a", canonical_url="https://news.example/a", title=title,
                      text=text, lang=lang)  # fmt: skip
    return BriefRequest(article=article, intel=enrich(article), outlet=outlet, url=article.url)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def _section(post: str, start: str, end: str) -> str:
    return post.split(start, 1)[1].split(end, 1)[0]


def test_the_seed_briefing_states_the_articles_facts(runner: CliRunner) -> None:
    result = runner.invoke(main, ["post", str(shared_path(*SEED))])
    assert result.exit_code == 0, result.output
    post = result.stdout
    body = post.split("\n---\n", 2)[1]
    heading, summary = body.split("\n\n")[0], body.split("\n\n")[1]
    assert heading == "### Rançongiciel : Clinique André Renard"
    assert summary.startswith(
        "La clinique André Renard, en Belgique, a été victime d'une attaque par rançongiciel."
    )
    points = _section(post, "**Points clés :**", "**Vulnérabilités :**")
    assert "Déviation des urgences vers d'autres hôpitaux." in points
    assert "Coupure des serveurs et des accès vers l'extérieur." in points
    # "Une plainte sera déposée": announced, not filed, in the key point as in the summary.
    assert "Dépôt de plainte annoncé auprès de la Computer Crime Unit." in points
    assert "Information du délégué à la protection des données (DPO)." in points
    assert "Aucun vol de données personnelles constaté." in points
    assert "Maintien du plan Mash jusqu'à mardi matin." in points
    assert "une plainte sera déposée auprès de la Computer Crime Unit" in summary  # future, as written
    assert "aucune donnée personnelle n'aurait été dérobée" in summary
    advice = _section(post, "**Recommandations :**", "\n---\n")
    assert "Mode dégradé" in advice  # a hospital: degraded-mode care comes first
    assert "«" not in post  # no quotation without the Extraits option


def test_an_english_page_gives_a_french_briefing_without_quotation(runner: CliRunner) -> None:
    # An English news page (a kidnapping rescue story): the briefing is French all the same.
    page = next(iter(sorted(shared_path(*ENGLISH_PAGE).glob("2c46804d*.html.gz"))))
    html = Path("page.html")
    with gzip.open(page, "rt", encoding="utf-8", errors="replace") as stream:
        html.write_text(stream.read(), encoding="utf-8")
    result = runner.invoke(main, ["post", str(html)])
    assert result.exit_code == 0, result.output
    assert "written by facts" in result.output
    body = result.stdout.split("\n---\n", 2)[1]
    summary = body.split("\n\n")[1]
    assert "«" not in summary and "»" not in summary
    assert detect_language(summary) == "fr"
    text = html.read_text(encoding="utf-8")
    # Every sentence is ours: none is copied from the (English) page.
    for sentence in re.split(r"(?<=\.) ", summary):
        assert sentence.rstrip(".") not in text, sentence


def test_english_multi_cve_advisory_lists_what_each_cve_sentence_says() -> None:
    text = (
        "Acme has released security updates for Acme Gateway. The most severe flaw, CVE-2026-41001 "
        "(CVSS score: 9.8), is a critical authentication bypass that has been exploited in the wild. "
        "A second bug, CVE-2026-41002, was fixed in the same release. "
        "CVE-2026-41003 affects the web console."
    )
    request = _request("Acme patches exploited Gateway flaw", text, "en", outlet="BleepingComputer")
    briefing = FactsBackend().brief(request)
    by_cve = {v.cve: v.text for v in briefing.vulnerabilities}
    assert by_cve["CVE-2026-41001"] == "Score CVSS 9,8 ; gravité critique ; exploitation active signalée."
    assert by_cve["CVE-2026-41002"] == "Correctif disponible selon l'article."
    assert by_cve["CVE-2026-41003"] == "Mentionnée dans l'article ; détails dans la source."
    labels = [p.label for p in briefing.recommendations]
    assert labels[:2] == ["Priorité", "Recherche de compromission"]  # exploited: prioritise and hunt
    assert "Correctifs" in labels
    cleaned, report = guard_briefing(
        briefing, grounding_sources(request), request.urls, min_words=30, model=False
    )
    assert report.accepted and not report.removed, report
    assert detect_language(cleaned.summary) == "fr"


def test_a_fact_not_held_is_not_written() -> None:
    request = _request(
        "A short note", "Researchers published a note about browser security settings today.", "en"
    )
    briefing = FactsBackend().brief(request)
    assert briefing.summary == "Outlet traite " + briefing.summary.split("traite ", 1)[1]
    assert len(briefing.summary.split(". ")) == 1  # one sentence: nothing else is known
    assert briefing.vulnerabilities == []
    assert not any(p.label in {"Victime", "Urgences", "Données", "Rançon"} for p in briefing.key_points)


def test_an_article_naming_no_victim_is_not_written_as_an_attack() -> None:
    """A yearly report on ransomware tells no attack: the summary names its subject, not an event,
    and its advice ("keep offline backups") is no consequence."""
    text = (
        "Ransomware gangs listed more victims on their leak sites this year than ever, according to the "
        "yearly report of Gull Lab, a fictional research team. Healthcare and local government were the most "
        "targeted sectors. It advises organisations to keep offline backups and to patch exposed systems."
    )
    briefing = FactsBackend().brief(_request("Year-end ransomware report", text, "en", outlet="Gull News"))
    assert briefing.summary.startswith("Gull News traite des attaques par rançongiciel."), briefing.summary
    assert "une attaque" not in briefing.summary and "hors ligne" not in briefing.summary
    assert not any(p.label == "Systèmes" for p in briefing.key_points)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "La mairie a prévenu les autorités et envisage de déposer plainte.",
            "Le dépôt d'une plainte est envisagé ; l'incident a été signalé aux autorités.",
        ),
        ("La mairie compte porter plainte dans la semaine.", "Le dépôt d'une plainte est envisagé."),
        ("La mairie va déposer plainte dans la semaine.", "Une plainte sera déposée."),
        ("La mairie a déposé plainte mercredi.", "Une plainte a été déposée."),
    ],
)
def test_a_complaint_considered_or_to_come_is_not_written_as_filed(said: str, written: str) -> None:
    text = (
        "La mairie de Fictiveville, une commune imaginaire, a été victime d'une attaque par déni de service "
        f"distribué (DDoS) mardi. Les démarches en ligne ont été perturbées. {said}"
    )
    briefing = FactsBackend().brief(
        _request("La mairie de Fictiveville visée par une attaque DDoS", text, "fr")
    )
    assert written in briefing.summary, briefing.summary
    if "a été déposée" not in written:
        assert "a été déposée" not in briefing.summary


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "Les urgences ont été déviées vers l'hôpital régional.",
            "Les urgences ont été déviées vers un autre hôpital.",
        ),
        (
            "Les urgences ont été déviées vers les hôpitaux voisins.",
            "Les urgences ont été déviées vers d'autres hôpitaux.",
        ),
        ("Les urgences de l'hôpital ont été fermées.", "Les urgences ont été déviées."),
    ],
)
def test_emergencies_go_where_the_article_says(said: str, written: str) -> None:
    text = f"La clinique Sainte-Aurore, un établissement imaginaire, a été victime d'une cyberattaque. {said}"
    briefing = FactsBackend().brief(_request("Cyberattaque contre la clinique Sainte-Aurore", text, "fr"))
    assert written in briefing.summary, briefing.summary


def test_excerpts_only_when_configured() -> None:
    text = "The city of Springfield was hit by a ransomware attack on Monday. Its servers were shut down for days."
    request = _request("Springfield hit by ransomware", text, "en")
    assert FactsBackend(BriefConfig()).brief(request).excerpts == []
    shown = FactsBackend(BriefConfig(excerpts=True)).brief(request)
    assert shown.excerpts == ["The city of Springfield was hit by a ransomware attack on Monday."]
    assert "Springfield was hit" not in shown.summary


def test_old_backend_name_is_an_alias_and_the_default_is_facts() -> None:
    assert BriefConfig().backend == "facts"
    assert isinstance(create_backend("extractive", BriefConfig()), FactsBackend)
    outcome = Writer(BriefConfig(backend="extractive")).write(_request("x", "y " * 5, "en"), "h")
    assert outcome.written_by.startswith("facts")


def test_response_facts_in_english() -> None:
    text = ("The hospital filed a report with the FBI. It notified the Information Commissioner. "
            "There is no evidence that patient data was stolen. A code black remains in place until Tuesday morning.")  # fmt: skip
    found = {r.kind: r.amount for r in find_response(text)}
    assert found == {"complaint": "FBI", "notified": "l'ICO", "no_data_taken": "patient",
                     "emergency_plan": "code black|Tuesday morning|kept"}  # fmt: skip


def test_the_model_prompt_carries_the_extracted_facts() -> None:
    text = "Les urgences de la clinique Sainte-Aurore ont été déviées vers d'autres hôpitaux après une cyberattaque."
    request = _request("Cyberattaque à la clinique Sainte-Aurore", text, "fr")
    chat = messages(request, [])
    assert PROMPT_VERSION == "briefing-v2"
    assert "FAITS EXTRAITS" in chat[0]["content"]
    user = chat[1]["content"]
    facts = user.split("Faits extraits de l'article (vérifiés dans le texte) :", 1)[1].split("<<<ARTICLE", 1)[
        0
    ]
    assert "- Urgences : Déviation des urgences vers d'autres hôpitaux." in facts


def test_typed_facts_become_french_statements() -> None:
    text = (
        "Fortinet warns that a critical FortiOS flaw (CVSS score: 9.8) is exploited in the wild. "
        "The issue is fixed in version 12.1."
    )
    request = _request("Fortinet FortiOS flaw exploited", text, "en", outlet="BleepingComputer")
    sentence = "The issue is fixed in version 12.1."
    request.intel.category = "vulnerability"
    request.intel.vulnerability = VulnerabilityFacts(
        vendor="Fortinet", product="FortiOS", fixed_version="12.1", cvss=9.8, severity="critical",
        exploited=True, in_kev=True, patch_available=True, evidence=[Fact(value="fixed version", sentence=sentence)],
    )  # fmt: skip
    briefing = FactsBackend().brief(request)
    points = [p.text for p in briefing.key_points]
    assert briefing.heading == "Vulnérabilité : Fortinet FortiOS"
    assert briefing.summary.startswith(
        "D'après BleepingComputer, une vulnérabilité critique touche Fortinet FortiOS."
    )
    assert "Correctif publié en version 12.1." in points and "Score CVSS de 9,8." in points
    assert "Exploitation active signalée (catalogue KEV de la CISA)." in points
    assert [p.label for p in briefing.recommendations][:3] == [
        "Priorité",
        "Recherche de compromission",
        "Correctifs",
    ]


def test_dates_amounts_and_terms_in_french() -> None:
    assert french_when("on December 1, 2026") == "le 1er décembre 2026"
    assert french_when("le 3 mars") == "le 3 mars"
    assert french_when("over the weekend") == ""  # not a day: not written
    assert money("$4.5 million") == "4,5 millions de dollars"
    assert money("4.5 million") == ""  # no currency: not written
    # Numbers that read two ways, or with any kind of space, state nothing and never fail.
    assert money("$21\u202f320.000") == ""
    # (written whole: "21,3 millions" is a figure the source does not state, and the guard removed it)
    assert money("$21\xa0320\xa0000") == "21\u202f320\u202f000 dollars"
    law = LawEnforcementFacts(
        sentences=[Fact(value="70 months in prison", sentence="He was sentenced to 70 months.")]
    )
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.LAW_ENFORCEMENT, law_enforcement=law)
    assert [s.point for s in law_statements(intel)] == ["Condamnation à 70 mois de prison."]
    attack = AttackFacts(stolen=[Fact(value="1.2 million records", sentence="s")])
    intel = Intel(relevant=True, relevance_score=1.0, attack=attack)
    assert [s.point for s in attack_statements(intel)] == ["Vol de données : 1,2 million d'enregistrements."]


def test_extraits_block_in_both_styles() -> None:
    text = "The city of Springfield was hit by a ransomware attack on Monday. Its servers were shut down for days."
    request = _request("Springfield hit by ransomware", text, "en")
    briefing = FactsBackend(BriefConfig(excerpts=True)).brief(request)
    current = render_post(briefing, "Springfield hit", date(2026, 11, 29), "x", request.urls, "current")
    assert check_post(current.text, current.filename) == []
    assert (
        "\n**Extraits :**\n*   « The city of Springfield was hit by a ransomware attack on Monday. »\n"
        in current.text
    )
    old = render_post(briefing, "Springfield hit", date(2026, 11, 29), "x", request.urls, "old")
    assert "\n**Extraits :**\n\n*   « The city" in old.text  # the old style's blank line after labels


@pytest.mark.parametrize("outlet", ["la source", "heise online"])
def test_a_summary_opening_with_a_lower_case_outlet_starts_with_a_capital(outlet: str) -> None:
    """`veilleur post CAPTURE` names no outlet ("la source"): the post said "la source signale …"."""
    text = (
        "Quillpage has fixed CVE-2026-44120, a template injection flaw in its CMS. "
        "A patch is available in version 4.2 and administrators should update their servers."
    )
    request = _request("Template injection flaw in Quillpage CMS", text, "en", outlet=outlet)
    briefing = FactsBackend().brief(request)
    assert briefing.summary[:1].isupper(), briefing.summary
    assert outlet[1:] in briefing.summary  # the rest of the name is untouched


def test_a_denied_exploitation_is_not_written_as_active() -> None:
    from veilleur.brief.facts import cve_facts
    from veilleur.models import CveMentionRecord, Intel

    def said(sentence: str) -> str:
        intel = Intel(
            relevant=True, relevance_score=0.9, cves=[CveMentionRecord(id="CVE-2026-1111", sentence=sentence)]
        )
        return cve_facts(intel)[0][0].text.lower()

    assert "exploitation active" in said("CVE-2026-1111 is actively exploited in attacks.")
    for denial in (
        "CVE-2026-1111 is not actively exploited, the vendor said.",
        "There is no known exploitation of CVE-2026-1111.",
        "La faille CVE-2026-1111 n'a pas été exploitée, aucune exploitation active n'est connue.",
    ):
        assert "exploitation active" not in said(denial), denial


def test_amounts_of_hundreds_of_digits_are_not_stated_and_the_briefing_is_written() -> None:
    """A hostile page states a theft and a ransom in hundreds of digits: float() reads them as
    infinity, which no French number writes (OverflowError stopped the briefing, every run). Such
    an amount cannot be read with certainty: it is not stated, the rest of the briefing is."""
    from veilleur.brief.amounts import parse_amount

    big = "9" * 400
    assert parse_amount(f"{big} records") == ""
    assert money(f"${big} million") == "" and money(f"${'9' * 300} billion") == ""
    assert parse_amount("1.2 million records") == "1,2 million d'enregistrements"  # still read
    text = (
        f"The Orbelia clinic network, a fictional healthcare provider in Belgium, said on Monday that a "
        f"ransomware attack encrypted its servers. The attackers stole {big} records of patients and "
        f"demanded a ransom of ${big} million, the clinic said. The clinic diverted ambulances. "
    )
    briefing = FactsBackend().brief(
        _request(f"Orbelia clinic hit by ransomware, {big} records stolen", text, "en")
    )
    assert "Orbelia" in briefing.summary and big not in briefing.model_dump_json()


@pytest.mark.parametrize(
    "said",
    ["Une plainte sera déposée auprès de la police fédérale.", "La direction va déposer plainte."],
)
def test_a_complaint_to_be_filed_is_announced_in_the_key_point_too(said: str) -> None:
    # A complaint still to come: the summary said "sera déposée" but the key point stated it as filed.
    text = (
        "La clinique Sainte-Aurore, un établissement imaginaire, a été victime d'une cyberattaque par "
        f"rançongiciel lundi. Les urgences ont été déviées vers d'autres hôpitaux. {said}"
    )
    briefing = FactsBackend().brief(_request("Cyberattaque contre la clinique Sainte-Aurore", text, "fr"))
    plaints = [p.text for p in briefing.key_points if p.label == "Plainte"]
    assert plaints and all(p.startswith("Dépôt de plainte annoncé") for p in plaints), plaints
    assert "une plainte sera déposée" in briefing.summary.lower(), briefing.summary


def test_a_cve_the_article_says_more_of_is_not_written_as_bare() -> None:
    # The demo's NetGate page: the second CVE's sentence says what it allows, the next one that it is
    # fixed; the line claimed the article said nothing more of it ("sans autre précision").
    text = (
        "NetGate has released emergency updates for a critical vulnerability tracked as CVE-2026-31337 "
        "that attackers are already exploiting. A second, less severe issue, CVE-2026-31338, allows a "
        "logged-in user to read configuration files. It is fixed in the same release, firmware 7.4.2."
    )
    briefing = FactsBackend().brief(_request("NetGate VPN flaw exploited", text, "en"))
    second = next(v.text for v in briefing.vulnerabilities if v.cve == "CVE-2026-31338")
    assert "sans autre précision" not in second
    assert second == "Mentionnée dans l'article ; détails dans la source."


@pytest.mark.parametrize(
    ("said", "point"),
    [
        # The demo's capture: only the links to the outside were cut, the clinic worked on, slowed down.
        (
            "Par précaution, le service informatique a coupé l'ensemble des connexions vers "
            "l'extérieur, ce qui a fortement ralenti l'activité de la clinique.",
            "Coupure des connexions vers l'extérieur.",
        ),
        (
            "Le centre a aussitôt coupé les connexions vers l'extérieur et isolé le réseau de l'hôpital.",
            "Coupure des connexions vers l'extérieur.",
        ),
        (
            "Les serveurs et les accès vers l'extérieur ont été coupés par précaution.",
            "Coupure des serveurs et des accès vers l'extérieur.",
        ),
        ("Les systèmes informatiques ont été mis hors ligne par précaution.", None),
    ],
)
def test_what_was_cut_off_is_what_the_article_says(said: str, point: str | None) -> None:
    text = f"La clinique Sainte-Aurore, un établissement imaginaire, a été victime d'une cyberattaque. {said}"
    briefing = FactsBackend().brief(_request("Cyberattaque contre la clinique Sainte-Aurore", text, "fr"))
    systems = [p.text for p in briefing.key_points if p.label == "Systèmes"]
    assert systems == [point or "Mise hors ligne de systèmes informatiques."], (systems, briefing.summary)
    if point and "connexions" in point:
        assert "mis hors ligne" not in briefing.summary, briefing.summary
        assert "les connexions vers l'extérieur ont été coupées" in briefing.summary.lower()


@pytest.mark.parametrize(
    ("headline", "opening"),
    [
        # The demo's Northbank wave: its text also names the bank's "fraud line", its headline phishing.
        ("Phishing wave impersonates the fictional Northbank to steal logins", "une campagne d'hameçonnage"),
        ("Scammers impersonate the fictional Northbank to steal logins", "une fraude"),
    ],
)
def test_a_phishing_or_fraud_article_names_its_own_kind(headline: str, opening: str) -> None:
    text = (
        "A large campaign is impersonating Northbank, a fictional retail bank, to steal the online "
        "banking credentials of its customers, researchers said on Tuesday. Harbor Threat Lab counted "
        "more than 4,000 messages in 48 hours and 37 phishing domains. The bank advised customers who "
        "entered their details to call its fraud line and reset their passwords."
    )
    request = _request(headline, text, "en", outlet="Cyber Harbor Daily")
    assert request.intel.category == Category.FRAUD_PHISHING
    briefing = FactsBackend().brief(request)
    assert briefing.summary.startswith(f"Cyber Harbor Daily rapporte {opening}."), briefing.summary
    assert "fraude ou" not in briefing.summary


def test_encrypted_servers_and_a_stopped_production_are_not_servers_cut_off() -> None:
    # The servers were encrypted and the production stopped: "Les serveurs ont été coupés" and
    # "Coupure des serveurs" stated what the article does not say.
    text = (
        "Brindle, a fictional packaging maker, was hit by a ransomware attack on Monday that encrypted "
        "its servers and forced it to shut down production at three plants, the company said. "
        "The attackers demanded a ransom."
    )
    briefing = FactsBackend().brief(_request("Ransomware hits Brindle", text, "en"))
    points = {p.label: p.text for p in briefing.key_points}
    assert points.get("Production") == "Arrêt de la production.", points
    assert "Systèmes" not in points, points
    assert "serveurs ont été coupés" not in briefing.summary
    assert "la production a été arrêtée" in briefing.summary.lower(), briefing.summary


@pytest.mark.parametrize(
    ("sentence", "point", "said"),
    [
        (
            "Le groupe fictif Nébuleuse affirme avoir dérobé 400 Go de données ; l'hôpital ne confirme pas.",
            "Vol revendiqué de 400 gigaoctets de données.",
            "Les attaquants affirment avoir dérobé 400 gigaoctets de données.",
        ),
        (
            "The fictional firm Ostrava Labs confirmed that 1.2 million records were stolen.",
            "Vol de données : 1,2 million d'enregistrements.",
            "L'article fait état du vol de 1,2 million d'enregistrements.",
        ),
    ],
)
def test_stolen_amount_is_the_attackers_claim_only_when_they_make_it(
    sentence: str, point: str, said: str
) -> None:
    value = sentence.split("dérobé ")[-1].split(" ;")[0] if "dérobé" in sentence else "1.2 million records"
    attack = AttackFacts(stolen=[Fact(value=value, sentence=sentence)])
    statements = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [(s.point, s.sentence) for s in statements] == [(point, said)]
