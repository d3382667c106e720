"""Same-story clustering: what joins, what stays apart, and ids that never move."""

from __future__ import annotations

from datetime import date, timedelta

from veilleur.cluster.features import features_of
from veilleur.cluster.stories import Clusterer

DAY = date(2026, 6, 1)
EN = (
    "Fictional Gatekeeper VPN flaw CVE-2026-31337 exploited in attacks on Valmont hospital",
    "Attackers exploited CVE-2026-31337 in Gatekeeper VPN appliances made by Fictional Corp to breach the "
    "Valmont hospital network, Fictional Corp said. The company released firmware 7.4.2.",
)
FR = (
    "Gatekeeper : la faille CVE-2026-31337 exploitée contre l'hôpital de Valmont",
    "Des attaquants ont exploité la faille CVE-2026-31337 des boîtiers Gatekeeper VPN de Fictional Corp pour "
    "pénétrer le réseau de l'hôpital de Valmont. Fictional Corp a publié le micrologiciel 7.4.2.",
)
OTHER_CVE = (
    "Fictional Gatekeeper VPN patches second flaw CVE-2026-40404",
    "Fictional Corp fixed CVE-2026-40404 in Gatekeeper VPN appliances, a denial-of-service bug found by "
    "researchers. There is no sign of exploitation.",
)


def test_the_same_story_in_two_languages_joins_the_first_story() -> None:
    clusterer = Clusterer()
    first = clusterer.add(features_of("en", DAY, *EN))
    second = clusterer.add(features_of("fr", DAY + timedelta(days=1), *FR))
    assert first.story_id == "en" and first.joined is None
    assert second.story_id == "en" and second.joined == "en"
    assert any("shared CVE CVE-2026-31337" in str(s) for s in second.signals)


def test_same_vendor_different_vulnerability_stays_apart() -> None:
    clusterer = Clusterer()
    clusterer.add(features_of("en", DAY, *EN))
    other = clusterer.add(features_of("other", DAY, *OTHER_CVE))
    assert other.story_id == "other"


def test_the_same_text_a_month_later_is_another_story() -> None:
    clusterer = Clusterer()
    clusterer.add(features_of("june", DAY, *EN))
    later = clusterer.add(features_of("july", DAY + timedelta(days=30), *EN))
    assert later.story_id == "july"


def test_story_ids_do_not_move_as_stories_grow() -> None:
    clusterer = Clusterer()
    ids = [
        clusterer.add(features_of(f"a{i}", DAY + timedelta(days=i % 2), *(EN if i % 2 else FR))).story_id
        for i in range(6)
    ]
    assert set(ids) == {"a0"}
    assert clusterer.story_of["a0"] == "a0" and clusterer.story_of["a5"] == "a0"


def test_stories_jsonl_assigns_ids_without_a_store(tmp_path: object, monkeypatch: object) -> None:
    import json
    from pathlib import Path

    from click.testing import CliRunner

    from veilleur.cli import main

    folder = Path(str(tmp_path))
    monkeypatch.chdir(folder)  # type: ignore[attr-defined]
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))  # type: ignore[attr-defined]
    rows = [
        {
            "id": "fr",
            "url": "https://a.example/fr",
            "title": FR[0],
            "published": "2026-06-02T08:00:00Z",
            "text": (FR[1] + " ") * 6,
        },
        {
            "id": "en",
            "url": "https://b.example/en",
            "title": EN[0],
            "published": "2026-06-01T08:00:00Z",
            "text": (EN[1] + " ") * 6,
        },
        {
            "id": "other",
            "url": "https://c.example/x",
            "title": OTHER_CVE[0],
            "published": "2026-06-01T09:00:00Z",
            "text": (OTHER_CVE[1] + " ") * 6,
        },
    ]
    source = folder / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["stories", "--jsonl", str(source), str(folder / "out.jsonl")])
    assert result.exit_code == 0, result.output
    out = {r["id"]: r for r in map(json.loads, (folder / "out.jsonl").read_text().splitlines())}
    assert out["en"]["story_id"] == out["fr"]["story_id"] == "en"  # the earliest article names the story
    assert out["fr"]["joined"] == "en" and out["fr"]["signals"]
    assert out["other"]["story_id"] == "other"
    assert "3 article(s) in 2 story(ies)" in result.output  # was "in 2 stories", "in 1 stories"
    assert not (folder / "data").exists()  # no store was created


HOSPITAL = {
    "fr": (
        "Le centre hospitalier de Valmont paralysé par un rançongiciel",
        "Le centre hospitalier de Valmont a été victime dimanche d'une attaque par rançongiciel qui a chiffré "
        "une partie de ses serveurs. Les urgences ont été déviées vers les hôpitaux voisins et le personnel "
        "travaille avec des dossiers papier.",
    ),
    "en": (
        "Valmont hospital hit by ransomware, emergency care diverted",
        "The Valmont hospital centre was hit by a ransomware attack that encrypted part of its servers. "
        "Emergency patients were diverted to neighbouring hospitals and staff work with paper records.",
    ),
    "nl": (
        "Ziekenhuis van Valmont getroffen door ransomware",
        "Het ziekenhuis van Valmont is getroffen door een ransomware-aanval die een deel van de servers "
        "versleutelde. Spoedpatiënten werden omgeleid naar naburige ziekenhuizen.",
    ),
}


def test_a_hospital_attack_in_french_english_and_dutch_is_one_story() -> None:
    clusterer = Clusterer()
    ids = {
        lang: clusterer.add(features_of(lang, DAY, title, text, source=f"outlet-{lang}")).story_id
        for lang, (title, text) in HOSPITAL.items()
    }
    assert set(ids.values()) == {"fr"}


def test_templated_reports_of_two_victims_stay_apart() -> None:
    """A gang's leak-site posts, reported with the same wording: two victims, two attacks."""
    template = (
        "Ransomware gang claims attack on {0}",
        "{0}, a fictional logistics firm, was hit by a ransomware attack claimed by the Fictional gang, which "
        "says it stole 200 GB of data from {0} and set a deadline of seven days before publishing it.",
    )
    clusterer = Clusterer()
    clusterer.add(features_of("a", DAY, *(part.format("Norland Freight") for part in template)))
    second = clusterer.add(features_of("b", DAY, *(part.format("Ostvik Cargo") for part in template)))
    assert second.story_id == "b" and second.joined is None
