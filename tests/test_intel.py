"""Intel: the analyst's questions answered for every article, in FR, EN, NL and DE."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path

from veilleur.cli import main
from veilleur.config import WatchlistConfig
from veilleur.enrich import enrich
from veilleur.enrich.actors import find_threats
from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.iocs import find_indicators
from veilleur.enrich.victims import find_victims
from veilleur.models import Article, ReasonCode


def article(title: str, text: str, url: str = "https://news.example/a") -> Article:
    return Article(url=url, canonical_url=url, title=title, text=text)


def test_seed_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    seed = shared_path("seeds", "000_2c8f3f87bf6db0f0.txt")
    result = CliRunner().invoke(main, ["intel", str(seed), "--json"])
    assert result.exit_code == 0, result.output
    intel = json.loads(result.stdout)
    assert intel["relevant"] and intel["category"] == "ransomware"
    assert [v["name"] for v in intel["victims"]] == ["Clinique André Renard"]
    assert intel["victims"][0]["countries"] == ["BE"] and intel["victims"][0]["sectors"] == ["healthcare"]
    assert intel["countries"][0] == "BE" and intel["sectors"] == ["healthcare"]
    # Ukraine is named only as where the attackers are said to be: a place of the article, never
    # a victim's country.
    assert "UA" in intel["countries"] and all("UA" not in v["countries"] for v in intel["victims"])
    diverted = [i for i in intel["impacts"] if i["kind"] == "emergency_diverted"]
    assert diverted and "urgences" in diverted[0]["sentence"]
    # its impacts, as labelled by reading (bench/data/intel/labels-fr.jsonl), each with its sentence
    assert {i["kind"] for i in intel["impacts"]} == {
        "ransom_demanded",
        "systems_shut_down",
        "services_disrupted",
        "emergency_diverted",
    }
    assert all(i["sentence"] for i in intel["impacts"])
    assert "data_stolen" not in {
        i["kind"] for i in intel["impacts"]
    }  # "n'ont pu s'approprier quelconque donnée"
    assert intel["priority"] >= 60 and intel["priority_reasons"]


@pytest.mark.parametrize(
    ("text", "victim", "kinds"),
    [
        (
            "Het AZ Delta in Roeselare werd getroffen door een cyberaanval. De spoeddienst werd omgeleid en geplande "
            "operaties werden uitgesteld.",
            "AZ Delta",
            {"emergency_diverted", "surgeries_cancelled"},
        ),
        (
            "Das Klinikum Fiktivstadt wurde Opfer eines Cyberangriffs. Die Notaufnahme wurde abgemeldet, Patienten "
            "wurden verlegt.",
            "Klinikum Fiktivstadt",
            {"emergency_diverted", "patients_transferred"},
        ),
        (
            "Belgian hospital AZ Monica was hit by a cyberattack. Seven critical patients were transferred and all "
            "servers were shut down.",
            "AZ Monica",
            {"patients_transferred", "systems_shut_down"},
        ),
        (
            "Le centre hospitalier de Valmont a été victime d'une attaque par rançongiciel. Les opérations "
            "prévues ont été reportées.",
            "Centre hospitalier de Valmont",
            {"surgeries_cancelled"},
        ),
    ],
    ids=["nl", "de", "en", "fr"],
)
def test_victims_and_impacts_in_each_language(text: str, victim: str, kinds: set[str]) -> None:
    assert victim in find_victims(text)
    assert kinds <= {impact.kind for impact in find_impacts(text)}


def test_denied_impacts_do_not_count() -> None:
    text = (
        "No data was stolen, the company said. Er zijn geen gegevens gestolen. Aucune donnée n'a été dérobée."
    )
    assert find_impacts(text) == []


def test_advice_and_forecasts_are_not_impacts() -> None:
    text = (
        "The fictional Gull Lab published its report. It advises firms to keep offline backups and to patch exposed "
        "systems within days. "
        "Le rapport recommande de couper les serveurs exposés. Attackers could steal data from unpatched hosts. "
        "Die Forscher empfehlen, die Systeme vom Netz zu nehmen."
    )
    assert find_impacts(text) == []
    # A consequence stated before the advice in its sentence still counts.
    stated = "All servers were shut down and the clinic urges patients to call before coming."
    assert [impact.kind for impact in find_impacts(stated)] == ["systems_shut_down"]


def test_stolen_data_keeps_its_count() -> None:
    (impact,) = find_impacts("Hackers stole 1.2 million patient records from the insurer.")
    assert impact.kind == "data_stolen" and impact.amount == "1.2 million patient records"


def test_actors_and_malware_are_normalised_with_aliases() -> None:
    actors, malware = find_threats(
        "Fancy Bear, also tracked as Sofacy, deployed a new loader. The LockBit ransomware gang and the "
        "fictional Zorblax stealer were seen, and UNC9999 took part. Kids play games."
    )
    by_canonical = {a.canonical: a for a in actors}
    assert "APT28" in by_canonical and "Sofacy" in by_canonical["APT28"].aliases
    assert by_canonical["APT28"].name == "Fancy Bear"
    assert "UNC9999" in by_canonical  # not in the galaxies, caught by its shape
    names = {m.canonical for m in malware}
    assert "LockBit" in names and "Zorblax" in names
    assert not any(m.name.lower() == "play" for m in malware)  # an everyday word without a threat word


def test_iocs_are_only_real_indicators() -> None:
    text = (
        "Read the advisory at https://vendor.example.com/advisory and update to version 10.2.3.4 or download "
        "fix.zip; logs are in C:\\\\temp\\\\setup.exe. The attackers used update-check[.]net and 45.77.1[.]2.\n\n"
        "Indicators of compromise\n91.215.85.77\ncdn-sync-update.com\n"
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
    )
    found = {(i.kind, i.value) for i in find_indicators(text, ["https://news.example/a"])}
    assert ("domain-name", "update-check.net") in found and ("ipv4-addr", "45.77.1.2") in found
    assert ("ipv4-addr", "91.215.85.77") in found and ("domain-name", "cdn-sync-update.com") in found
    assert ("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") in found
    values = {value for _, value in found}
    assert not values & {"10.2.3.4", "fix.zip", "setup.exe", "vendor.example.com", "news.example"}
    assert all("vendor.example.com" not in v for v in values)


def test_the_articles_own_links_are_never_iocs() -> None:
    text = "Full story: hxxps://news[.]example/a and the C2 at hxxp://bad-c2[.]net/gate.php"
    found = {i.value for i in find_indicators(text, ["https://news.example/a"])}
    assert not any("news.example" in v for v in found)


def test_watchlist_raises_priority() -> None:
    text = (
        "Fortinet patched CVE-2026-24858, a critical flaw exploited in the wild against hospitals in Belgium."
    )
    plain = enrich(article("Fortinet flaw exploited", text))
    watched = enrich(
        article("Fortinet flaw exploited", text),
        watchlist=WatchlistConfig(vendors=["Fortinet"], countries=["BE"]),
    )
    assert watched.watchlist == ["vendor: Fortinet", "country: BE"]
    assert watched.priority > plain.priority
    assert any(
        r.code == ReasonCode.WATCHLIST and r.values == ("vendor", "Fortinet")
        for r in watched.priority_reasons
    )
    assert plain.cves[0].id == "CVE-2026-24858" and "Fortinet patched" in plain.cves[0].sentence


def test_intel_jsonl_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    rows = [
        {
            "id": 1,
            "url": "https://news.example/1",
            "text": "Le centre hospitalier de Valmont a été victime d'une "
            "cyberattaque par rançongiciel. Les urgences ont été déviées vers d'autres hôpitaux. " * 6,
        },
        {
            "id": 2,
            "url": "https://news.example/2",
            "markdown": "# Fête du fromage\n\n" + "Le marché a attiré "
            "dix mille visiteurs sur la place du village, un record selon les organisateurs. " * 8,
        },
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["intel", "--jsonl", str(source), str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert out[0]["intel"]["relevant"] and out[0]["intel"]["category"] == "ransomware"
    assert out[0]["intel"]["victims"][0]["name"] == "Centre hospitalier de Valmont"
    assert out[1]["intel"]["relevant"] is False and out[1]["intel"]["priority"] <= 10
