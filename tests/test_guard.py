"""The faithfulness guard on briefings we write by hand: every kind of invention is caught."""

from __future__ import annotations

import pytest

from veilleur.brief.guard import guard_briefing
from veilleur.brief.guard.numbers import NumberIndex
from veilleur.enrich.cves import malformed_cves
from veilleur.models import Briefing, KeyPoint, Vulnerability
from veilleur.text.names import NameIndex

SOURCE = (
    "Fictional Corp confirmed that attackers exploited CVE-2026-1111 in its Gatekeeper VPN appliances. "
    "The LockBit gang stole 1.2 million records belonging to 41% of its customers in Belgium. "
    "Seven patients of the André Renard clinic were transferred. The company released version 7.4.2 "
    "and paid no ransom. Details: https://news.example/fictional"
)
URLS = ["https://news.example/fictional"]


def briefing(**changes: object) -> Briefing:
    base = Briefing(
        heading="Fuite de données : Fictional Corp victime du gang LockBit",
        summary=(
            "Fictional Corp a confirmé l'exploitation de la faille CVE-2026-1111 dans ses boîtiers Gatekeeper VPN. "
            "Le gang LockBit a dérobé 1,2 million de dossiers, soit 41 % des clients, en Belgique."
        ),
        key_points=[
            KeyPoint(label="Impact", text="Sept patients de la clinique André Renard ont été transférés."),
            KeyPoint(label="Correctif", text="L'éditeur a publié la version 7.4.2 de ses boîtiers."),
            KeyPoint(label="Rançon", text="L'entreprise n'a payé aucune rançon aux attaquants."),
        ],
        vulnerabilities=[Vulnerability(cve="CVE-2026-1111", text="faille exploitée dans les boîtiers VPN.")],
        recommendations=[
            KeyPoint(
                label="Correctifs", text="Appliquer sans délai la version corrigée sur les boîtiers exposés."
            ),
            KeyPoint(
                label="Surveillance",
                text="Rechercher dans les journaux des traces d'exploitation de la faille.",
            ),
        ],
        sources=URLS,
    )
    return base.model_copy(update=changes)


def test_a_faithful_briefing_is_accepted_untouched() -> None:
    original = briefing()
    cleaned, report = guard_briefing(original, [SOURCE], URLS)
    assert report.accepted and report.removed == [] and report.rejected == []
    assert cleaned.key_points == original.key_points and cleaned.summary == original.summary
    assert report.checked["cve"] >= 2 and report.checked["number"] >= 4 and report.checked["name"] >= 5


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("La faille CVE-2026-9999 est aussi exploitée.", "cve absent from the sources: CVE-2026-9999"),
        ("Une faille CVE-2024-XXXX est évoquée par l'éditeur.", "cve malformed: CVE-2024-XXXX"),
        ("Les failles CVE-2026-1111 / 1112 sont corrigées.", "cve malformed"),
        ("Les failles CVE\u20112026\u20111111 sont corrigées.", "cve malformed"),
        # Well formed but impossible: a year far ahead, a year before the list, a padded number.
        ("La faille CVE-2999-99999 est exploitée.", "cve malformed: CVE-2999-99999"),
        ("La faille CVE-1990-1234 est exploitée.", "cve malformed: CVE-1990-1234"),
        ("La faille CVE-2026-012345 est exploitée.", "cve malformed: CVE-2026-012345"),
        ("Le gang a dérobé 2,5 millions de dossiers.", "number absent from the sources: 2,5 millions"),
        ("Huit patients ont été transférés.", "number absent from the sources: Huit"),
        ("La rançon atteint 500 000 euros.", "number absent from the sources"),
        ("Le groupe Qilin revendique aussi l'attaque.", "name absent from the sources: Qilin"),
        ("Les correctifs de Fortinet sont disponibles.", "name absent from the sources: Fortinet"),
        ("Plus de détails sur http://evil.example/page en ligne.", "link not among the sources"),
        ("Voir <script>alert(1)</script> dans la page.", "html in the text"),
        ("Installer la version 7.4.3 dès maintenant.", "number absent from the sources: 7.4.3"),
    ],
)
def test_an_unsupported_key_point_is_removed_with_its_reason(text: str, reason: str) -> None:
    draft = briefing(key_points=[*briefing().key_points, KeyPoint(label="Ajout", text=text)])
    cleaned, report = guard_briefing(draft, [SOURCE], URLS)
    assert report.accepted
    assert [p.text for p in cleaned.key_points] == [p.text for p in briefing().key_points]
    assert len(report.removed) == 1 and any(reason in r for r in report.removed[0].reasons), report.removed


def test_unsupported_sentences_leave_the_summary_and_an_invented_heading_rejects() -> None:
    draft = briefing(summary=briefing().summary + " Le préjudice est estimé à 3 millions d'euros.")
    cleaned, report = guard_briefing(draft, [SOURCE], URLS)
    assert report.accepted and "3 millions" not in cleaned.summary and report.removed[0].field == "summary"
    _, report = guard_briefing(briefing(heading="Rançongiciel : Qilin frappe Fictional Corp"), [SOURCE], URLS)
    assert not report.accepted and any("Qilin" in r for r in report.rejected)


def test_unsupported_vulnerability_is_removed() -> None:
    draft = briefing(
        vulnerabilities=[
            *briefing().vulnerabilities,
            Vulnerability(cve="CVE-2025-4242", text="autre faille."),
        ]
    )
    cleaned, report = guard_briefing(draft, [SOURCE], URLS)
    assert [v.cve for v in cleaned.vulnerabilities] == ["CVE-2026-1111"]
    assert "cve absent from the sources: CVE-2025-4242" in report.removed[0].reasons


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        (
            {"summary": "Voici un résumé de l'article sur Fictional Corp et la faille CVE-2026-1111."},
            "preamble",
        ),
        (
            {"summary": "Here is the summary. Fictional Corp confirmed the attack on its appliances."},
            "preamble",
        ),
        (
            {
                "summary": "Fictional Corp confirmed that attackers exploited the flaw in its appliances.",
                "key_points": [
                    KeyPoint(label="Impact", text="Seven patients were transferred to other hospitals.")
                ],
                "recommendations": [
                    KeyPoint(label="Patch", text="Install the fixed version on every appliance.")
                ],
            },
            "not in French",
        ),
        ({"key_points": []}, "no grounded key point"),
        (
            {"summary": "", "key_points": [KeyPoint(label="A", text="Le gang LockBit.")]},
            "no grounded sentence",
        ),
        (
            {"recommendations": [KeyPoint(label="Boucle", text="surveiller les journaux " * 30)]},
            "repetition loop",
        ),
        ({"summary": "Fictional Corp. " * 400}, "too long"),
    ],
)
def test_form_problems_reject(changes: dict[str, object], reason: str) -> None:
    _, report = guard_briefing(briefing(**changes), [SOURCE], URLS)
    assert not report.accepted and any(reason in r for r in report.rejected), report.rejected


def test_leaked_labels_and_markup_are_repaired() -> None:
    draft = briefing(
        heading="**Titre :** Fuite de données chez Fictional Corp",
        key_points=[
            *briefing().key_points,
            KeyPoint(
                label="**Impact :**", text="**Sept** patients de la clinique André Renard ont été transférés."
            ),
        ],
    )
    cleaned, report = guard_briefing(draft, [SOURCE], URLS)
    assert report.accepted and cleaned.heading == "Fuite de données chez Fictional Corp"
    assert any("Titre" in note for note in report.repaired)
    assert all("**" not in p.text and "**" not in p.label for p in cleaned.key_points)
    assert len(cleaned.key_points) == 3  # the repeated point was dropped as a repetition
    assert any("repeated" in note for note in report.repaired)


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("1.2 million", "1,2 million"),
        ("1,2 million", "1.2 million"),
        ("41%", "41 %"),
        ("41 %", "41%"),
        ("4,000 messages", "4 000 messages"),
        ("4.000 berichten", "4000 messages"),
        ("seven patients", "sept patients"),
        ("zeven patiënten", "sept patients"),
        ("1,200,000 records", "1,2 million"),
        ("$9.5M", "9,5 millions de dollars"),
    ],
)
def test_number_formats_are_normalised(source: str, stated: str) -> None:
    assert NumberIndex([source]).unsupported(stated) == []


def test_numbers_that_differ_are_caught() -> None:
    index = NumberIndex(["1.2 million records, 41% of users"])
    assert index.unsupported("1,3 million") and index.unsupported("42 %") and index.unsupported("12 millions")


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("Clinique André Renard", "la clinique Andre Renard"),
        ("ANDRÉ RENARD clinic", "la clinique André Renard"),
        ("The hospital in Belgium", "un hôpital en Belgique"),
        ("Microsoft's patch", "le correctif de Microsoft"),
        ("les Russes de Sandworm", "le groupe Sandworm"),
        ("AZ Monica, Antwerpen", "l'hôpital AZ Monica"),
    ],
)
def test_names_allow_case_accents_inflection_and_translation(source: str, stated: str) -> None:
    assert NameIndex([source]).unsupported(stated) == []


def test_generic_security_vocabulary_is_not_a_name() -> None:
    assert (
        NameIndex(["nothing here"]).unsupported(
            "Activer le MFA, surveiller l'EDR et le SIEM, appliquer le RGPD."
        )
        == []
    )


def test_malformed_cve_detection() -> None:
    assert malformed_cves("CVE-2026-1111 and CVE-2026-2222.") == []
    assert malformed_cves("CVE-N/A, cve-2026-1111, CVE‑2026‑1111") == [
        "CVE-N/A",
        "cve-2026-1111",
        "CVE‑2026‑1111",
    ]
    assert malformed_cves("CVE-2026-4670 / 5174") == ["CVE-2026-4670 / 5174"]
