"""The issue's look-alikes stay apart in French, Dutch, German and English, while the same event
told in two of those languages joins: same gang, other victim (two hospitals of one country the same
week), same vendor, other flaw, and next month's Patch Tuesday. Each pair is dated inside the
clustering window, so that what keeps it apart is the evidence, not the calendar. Features come from
the pipeline's own path (`enrich`, `features_for`, the multilingual model). All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_stories_languages import DAY, MEERHOVEN, OSTERLO, _stories

from veilleur.cluster.stories import WINDOW

LANGUAGES = ("fr", "en", "nl", "de")

# The same week, the same country, the same gang: another hospital (French and Dutch in OSTERLO).
OSTERLO_ALL = {
    **OSTERLO,
    "en": (
        "Ransomware attack on AZ Osterlo hospital diverts emergency patients",
        "AZ Osterlo hospital in Belgium was hit by a ransomware attack on Tuesday claimed by the Kestrel "
        "gang. Emergency patients were diverted to other hospitals and 25 operations were postponed.",
    ),
    "de": (
        "Cyberangriff auf das Krankenhaus AZ Osterlo: Notaufnahme umgeleitet",
        "Das Krankenhaus AZ Osterlo in Belgien wurde am Dienstag von einem Ransomware-Angriff getroffen, "
        "zu dem sich die Kestrel-Bande bekannte. Notfallpatienten wurden in andere Kliniken gebracht und "
        "25 Operationen verschoben.",
    ),
}

# One vendor's VPN appliance, two flaws disclosed the same week: {cve} and {kind} change.
VENDOR = {
    "en": (
        "Fictional Gate VPN appliances hit by critical flaw {cve}",
        "Fictional Networks warned that {cve}, a critical {kind} flaw in its Fictional Gate VPN appliances, "
        "can be exploited without authentication. The company released firmware updates and urged "
        "customers to apply them; researchers at a fictional lab found the bug.",
        ("remote code execution", "authentication bypass"),
    ),
    "fr": (
        "Boîtiers VPN Fictional Gate : faille critique {cve}",
        "Fictional Networks avertit que la faille {cve}, une vulnérabilité critique de type {kind} dans ses "
        "boîtiers VPN Fictional Gate, peut être exploitée sans authentification. L'entreprise a publié des "
        "mises à jour du micrologiciel et demande à ses clients de les appliquer ; des chercheurs d'un "
        "laboratoire fictif ont découvert le bogue.",
        ("exécution de code à distance", "contournement de l'authentification"),
    ),
    "nl": (
        "Fictional Gate VPN-appliances getroffen door kritiek lek {cve}",
        "Fictional Networks waarschuwt dat {cve}, een kritieke {kind} in de Fictional Gate VPN-appliances, "
        "zonder authenticatie kan worden misbruikt. Het bedrijf bracht firmware-updates uit en vraagt "
        "klanten die te installeren; onderzoekers van een fictief lab vonden de fout.",
        (
            "kwetsbaarheid voor code-uitvoering op afstand",
            "kwetsbaarheid voor het omzeilen van authenticatie",
        ),
    ),
    "de": (
        "Fictional-Gate-VPN-Appliances: kritische Lücke {cve}",
        "Fictional Networks warnt, dass {cve}, eine kritische {kind} in den VPN-Appliances Fictional Gate, "
        "ohne Authentifizierung ausgenutzt werden kann. Das Unternehmen hat Firmware-Updates veröffentlicht "
        "und fordert Kunden auf, sie einzuspielen; Forscher eines fiktiven Labors fanden den Fehler.",
        ("Schwachstelle zur Remote-Codeausführung", "Schwachstelle zur Umgehung der Authentifizierung"),
    ),
}
FLAWS = ("CVE-2026-30001", "CVE-2026-30777")

# One vendor's monthly release: March's, and April's ({month} {year}, {n} flaws, the zero-day {cve}).
PATCH = {
    "en": (
        "Fictional Soft {month} 2026 Patch Tuesday fixes {n} flaws, one exploited zero-day {cve}",
        "Fictional Soft released its {month} 2026 Patch Tuesday updates, fixing {n} vulnerabilities in "
        "Fictional OS and Fictional Office. One of them, {cve}, an elevation of privilege flaw in the "
        "Fictional OS kernel, is already exploited in attacks, the company said.",
        ("March", "April"),
    ),
    "fr": (
        "Patch Tuesday de {month} 2026 : Fictional Soft corrige {n} failles, dont la zero-day {cve}",
        "Fictional Soft a publié les correctifs de son Patch Tuesday de {month} 2026, qui corrigent {n} "
        "vulnérabilités dans Fictional OS et Fictional Office. L'une d'elles, {cve}, une élévation de "
        "privilèges dans le noyau de Fictional OS, est déjà exploitée, selon l'éditeur.",
        ("mars", "avril"),
    ),
    "nl": (
        "Patch Tuesday van {month} 2026: Fictional Soft dicht {n} lekken, zero-day {cve} misbruikt",
        "Fictional Soft heeft de updates van Patch Tuesday van {month} 2026 uitgebracht, die {n} "
        "kwetsbaarheden in Fictional OS en Fictional Office verhelpen. Eén ervan, {cve}, een verhoging "
        "van rechten in de kernel van Fictional OS, wordt al misbruikt bij aanvallen, aldus het bedrijf.",
        ("maart", "april"),
    ),
    "de": (
        "Patchday im {month} 2026: Fictional Soft schließt {n} Lücken, Zero-Day {cve} ausgenutzt",
        "Fictional Soft hat zum Patch Tuesday im {month} 2026 Updates veröffentlicht, die {n} "
        "Sicherheitslücken in Fictional OS und Fictional Office schließen. Eine davon, {cve}, eine "
        "Rechteausweitung im Kernel von Fictional OS, wird bereits bei Angriffen ausgenutzt.",
        ("März", "April"),
    ),
}
RELEASES = ((57, "CVE-2026-21001"), (63, "CVE-2026-24410"))


def _vendor(lang: str, flaw: int) -> tuple[str, str]:
    title, body, kinds = VENDOR[lang]
    return title.format(cve=FLAWS[flaw]), body.format(cve=FLAWS[flaw], kind=kinds[flaw])


def _patch(lang: str, release: int) -> tuple[str, str]:
    title, body, months = PATCH[lang]
    n, cve = RELEASES[release]
    return tuple(part.format(month=months[release], n=n, cve=cve) for part in (title, body))  # type: ignore[return-value]


def test_the_pairs_are_dated_inside_the_window() -> None:
    # Three days apart at most below: a pair the window alone would keep apart proves nothing.
    assert timedelta(days=3) <= WINDOW


def test_same_gang_other_hospital_same_week_same_country_stays_apart_in_four_languages() -> None:
    items = [(f"m-{lang}", DAY, MEERHOVEN[lang], f"outlet-{lang}") for lang in LANGUAGES]
    items += [
        (f"o-{lang}", DAY + timedelta(days=2), OSTERLO_ALL[lang], f"other-{lang}") for lang in LANGUAGES
    ]
    stories = _stories(items)
    assert {stories[f"m-{lang}"] for lang in LANGUAGES} == {"m-fr"}, stories
    assert {stories[f"o-{lang}"] for lang in LANGUAGES} == {"o-fr"}, stories


@pytest.mark.parametrize("lang", ["fr", "nl", "de"])
def test_same_vendor_other_flaw_stays_apart_and_the_same_flaw_joins_across_languages(lang: str) -> None:
    stories = _stories(
        [
            ("first-en", DAY, _vendor("en", 0), "one"),
            (f"first-{lang}", DAY + timedelta(days=1), _vendor(lang, 0), "two"),
            (f"second-{lang}", DAY + timedelta(days=3), _vendor(lang, 1), "three"),
            ("second-en", DAY + timedelta(days=3), _vendor("en", 1), "four"),
        ]
    )
    assert stories[f"first-{lang}"] == "first-en", stories  # one flaw in two languages: one story
    assert stories[f"second-{lang}"] == f"second-{lang}", stories  # the other flaw, its own
    assert stories["second-en"] == f"second-{lang}", stories


@pytest.mark.parametrize("lang", ["fr", "nl", "de"])
def test_next_months_patch_tuesday_stays_apart_and_the_same_month_joins_across_languages(lang: str) -> None:
    # March's release written up late, April's three days after: both inside the window.
    stories = _stories(
        [
            ("march-en", DAY, _patch("en", 0), "one"),
            (f"march-{lang}", DAY + timedelta(days=1), _patch(lang, 0), "two"),
            (f"april-{lang}", DAY + timedelta(days=3), _patch(lang, 1), "three"),
            ("april-en", DAY + timedelta(days=3), _patch("en", 1), "four"),
        ]
    )
    assert stories[f"march-{lang}"] == "march-en", stories
    assert stories[f"april-{lang}"] == f"april-{lang}", stories
    assert stories["april-en"] == f"april-{lang}", stories
