"""Headline words compared by their stems: a French post and its English source share few headline
words as written ("protections intégrées" / "protection", "attaquants" / "attackers") but many
cognates and plurals, which the stems agree on; look-alikes of one theme share none of the event's.
All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.agreement import headline_overlap, jaccard, stems

REPORT = {
    "en": (
        "How attackers adapt to the built-in protections of Orvane OS",
        "Attackers keep adapting their tooling to the built-in protections of Orvane OS, the fictional "
        "desktop system: they abuse its keychain, slip past its integrity checks and fake its consent "
        "prompts, the Brightmoor Lab report says, with the detections it recommends.",
    ),
    "fr": (
        "Adaptation des attaquants aux protections intégrées d'Orvane OS",
        "Les attaquants adaptent leurs outils aux protections intégrées d'Orvane OS, le système fictif : "
        "ils détournent son trousseau, contournent ses contrôles d'intégrité et imitent ses demandes de "
        "consentement, selon le rapport du laboratoire Brightmoor, qui recommande des détections.",
    ),
    "nl": (
        "Adaptatie van aanvallers aan de ingebouwde protecties van Orvane OS",
        "Aanvallers passen hun gereedschap aan aan de ingebouwde beveiliging van Orvane OS, het fictieve "
        "systeem: ze misbruiken de sleutelhanger, omzeilen de integriteitscontroles en bootsen "
        "toestemmingsvragen na, zegt het rapport van Brightmoor Lab, met de detecties die het aanraadt.",
    ),
}
# The same fictional system the same week, another report: a phishing kit that steals its users' logins.
OTHER = {
    "en": (
        "Phishing kit steals Orvane OS account logins with fake sign-in pages",
        "A phishing kit sold on fictional forums builds fake Orvane OS sign-in pages and steals the "
        "account logins users type, the Halvard Labs team says; 300 lure domains were registered.",
    ),
    "fr": (
        "Un kit d'hameçonnage vole les identifiants des comptes Orvane OS",
        "Un kit d'hameçonnage vendu sur des forums fictifs imite les pages de connexion d'Orvane OS et vole "
        "les identifiants que tapent les utilisateurs, selon l'équipe de Halvard Labs ; 300 domaines leurres.",
    ),
}


def test_stems_agree_on_plurals_and_cognates_of_two_languages() -> None:
    assert stems(frozenset({"protections", "attaquants", "adaptation"})) == {"prote", "attaq", "adapt"}
    en, fr, other = _features(
        [
            ("en", DAY, REPORT["en"], "one"),
            ("fr", DAY, REPORT["fr"], "two"),
            ("other", DAY, OTHER["fr"], "three"),
        ]
    )
    titles, event = headline_overlap(en, fr)
    assert event > jaccard(en.event_words, fr.event_words) and titles >= event > 0.3
    # Another report on the same system shares only the system's name among its headline stems.
    assert headline_overlap(en, other)[1] < event / 2


def test_a_post_and_its_source_in_another_language_join_and_another_report_stays_apart() -> None:
    for lang in ("fr", "nl"):
        stories = _stories(
            [
                ("report-en", DAY, REPORT["en"], "lab"),
                (f"report-{lang}", DAY + timedelta(days=1), REPORT[lang], f"post-{lang}"),
                ("kit-en", DAY + timedelta(days=1), OTHER["en"], "news"),
                ("kit-fr", DAY + timedelta(days=2), OTHER["fr"], "post-fr2"),
            ]
        )
        assert stories[f"report-{lang}"] == "report-en", (lang, stories)
        assert stories["kit-en"] != "report-en" and stories["kit-fr"] != "report-en", (lang, stories)
