"""Indicators of compromise: one validation pass on every candidate, whatever found it.

The cases of ../shared/cases run through `veilleur intel --json`, as a user would; invented inputs
of the same kinds prove the kind of fault is fixed, not only the case.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path
from ioc_finder.ioc_grammars import TLD_SET

from veilleur.cli import main
from veilleur.enrich import iocs as iocs_module
from veilleur.enrich.ioc_checks import file_tlds
from veilleur.enrich.iocs import find_indicators


def intel_iocs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> set[tuple[str, str]]:
    monkeypatch.chdir(tmp_path)  # no configuration file of the developer's
    result = CliRunner().invoke(main, ["intel", "--json", str(path)])
    assert result.exit_code == 0, result.output
    return {(i["kind"], i["value"]) for i in json.loads(result.output)["iocs"]}


def iocs(text: str) -> set[tuple[str, str]]:
    return {(i.kind, i.value) for i in find_indicators(text, ["https://news.example.org/a"])}


def test_case_private_ip_as_ioc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = intel_iocs(shared_path("cases", "private-ip-as-ioc", "page.html"), tmp_path, monkeypatch)
    assert found == {
        ("ipv4-addr", "45.155.204.17"),
        ("domain-name", "upd-lintel.top"),
        ("url", "http://upd-lintel.top/x.sh"),
    }


def test_case_version_string_as_ip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = intel_iocs(shared_path("cases", "version-string-as-ip", "page.html"), tmp_path, monkeypatch)
    assert found == {
        ("ipv4-addr", "185.244.25.12"),
        ("domain-name", "parcel-track-eu.com"),
        ("url", "https://parcel-track-eu.com/app/update.apk"),
        ("sha256", "4f7d3b1e9a2c8d6f0b5e7a1c3d9f2e8b6a4c0d7e1f3b5a9c2e8d4f6a0b1c3e5d"),
    }


def test_case_filename_as_domain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = intel_iocs(shared_path("cases", "filename-as-domain", "page.html"), tmp_path, monkeypatch)
    assert found == {
        ("domain-name", "cdn-sync-update.net"),
        ("url", "https://cdn-sync-update.net/stage/loader.ps1"),
        ("url", "https://cdn-sync-update.net/stage/kit.zip"),
    }


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3", "172.20.0.9", "192.168.50.1", "127.0.0.1", "169.254.10.20", "100.72.1.1",
        "224.0.0.251", "240.1.2.3", "0.0.0.0", "192.0.2.44", "198.51.100.7", "203.0.113.77",
        "255.255.255.255",
    ],
)  # fmt: skip
def test_no_address_that_cannot_be_an_attackers(address: str) -> None:
    defanged = address.rsplit(".", 1)[0] + "[.]" + address.rsplit(".", 1)[1]
    text = (
        f"The implant beacons to {defanged} and fetches hxxp://{defanged}:8080/cfg.bin every hour.\n\n"
        f"Indicators of compromise\n{address}\nhttp://{address}/gate.php\n91.215.85.17\n"
    )
    assert iocs(text) == {("ipv4-addr", "91.215.85.17")}


def test_no_ipv6_loopback_link_local_or_documentation_address() -> None:
    text = (
        "Indicators of compromise\n2001:db8::1\nfe80::1\n::1\nff02::1\nfd00::7\n"
        "2a05:d014:1b::27\nhttp://[2001:db8::5]/x\n"
    )
    assert iocs(text) == {("ipv6-addr", "2a05:d014:1b::27")}


@pytest.mark.parametrize(
    "line",
    [
        "User agent: Mozilla/5.0 (Linux; Android 13) Chrome/120.0.6099.109 Mobile",
        "Implant agent 3.14.15.92-beta",
        "Loader build: 2.0.1.8",
        "Firmware version 4.2.0.17 is affected",
        "Client v6.1.0.3 and v6.1.0.4",
        "Package com.fake.delivery 5.3.2.1_release",
        "SDK release 12.0.0.45+build7",
    ],
)
def test_version_and_build_numbers_are_not_addresses(line: str) -> None:
    found = iocs(f"Indicators of compromise\n{line}\nC2: 91.215.85.17\n")
    assert {value for kind, value in found if kind == "ipv4-addr"} == {"91.215.85.17"}


def test_a_defanged_address_is_an_indicator_even_beside_a_version_word() -> None:
    assert ("ipv4-addr", "5.252.177.21") in iocs("The build server 5.252.177[.]21 hosts the payload.")


@pytest.mark.parametrize(
    "name",
    ["Invoice_Nov.one", "libudev-sync.so", "setup_helper.cab", "kit.zip", "install.sh", "stage2.py",
     "clip.mov", "dropper.pl", "update.app", "notes.md"],
)  # fmt: skip
def test_file_names_are_not_domains(name: str) -> None:
    found = iocs(f"Indicators of compromise\nFiles:\n{name}\nbad-cdn-host.net\n")
    assert found == {("domain-name", "bad-cdn-host.net")}


def test_a_file_like_domain_presented_as_a_domain_is_kept() -> None:
    text = (
        "The phishing kit was hosted on secure-login[.]zip and hxxps://docs-share.mov/login, "
        "while the dropper was named invoice.zip.\n\nIndicators of compromise\nhttps://account-check.sh/a\n"
    )
    found = iocs(text)
    assert {
        ("domain-name", "secure-login.zip"),
        ("domain-name", "docs-share.mov"),
        ("domain-name", "account-check.sh"),
    } <= found
    assert ("domain-name", "invoice.zip") not in found


def test_no_host_with_an_underscore_and_no_reserved_name() -> None:
    text = "Indicators of compromise\nbad_host.net\nhttp://my_c2.org/x\nlogin.example.com\nbox.test\nreal-c2.net\n"
    assert iocs(text) == {("domain-name", "real-c2.net")}


@pytest.mark.parametrize("end", [".", ",", ";", "!", "?", ")", "»", "'", "…", "**", "`."])
def test_a_url_loses_the_sentence_punctuation_after_it(end: str) -> None:
    text = f"The payload comes from hxxps://cdn-update[.]net/stage/kit.zip{end} Then it runs."
    urls = {value for kind, value in iocs(text) if kind == "url"}
    assert urls == {"https://cdn-update.net/stage/kit.zip"}


def test_a_balanced_bracket_stays_in_the_url() -> None:
    urls = {value for kind, value in iocs("See hxxp://bad-wiki[.]net/Page_(x).") if kind == "url"}
    assert urls == {"http://bad-wiki.net/Page_(x)"}


@pytest.mark.parametrize(
    "detection",
    ["Agent.SH!tr", "Dunlin.ONE!tr", "Trojan:Win32/Dunlin.so", "HEUR:Trojan.AndroidOS.Agent.sh",
     "Linux/Mirai.sh", "Backdoor.Linux.Dunlin.so", "W32/Ravenpay.run!tr"],
)  # fmt: skip
def test_antivirus_detection_names_are_not_domains(detection: str) -> None:
    found = iocs(f"Indicators of compromise\nDetected as {detection}\nraven-pay-c2.com\n")
    assert found == {("domain-name", "raven-pay-c2.com")}


SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
SHA1 = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"
MD5 = "098f6bcd4621d373cade4e832627b4f6"


def test_hashes_only_where_the_text_presents_them() -> None:
    text = (
        f"The vendor fixed the bug in commit {SHA1} (https://git.vendor.org/repo/commit/{MD5}). "
        f"The dropper has the SHA-256 hash {SHA256}.\n"
        f"A stray token {MD5[::-1]} in a sentence is not an indicator."
    )
    assert iocs(text) == {("sha256", SHA256)}


def test_hashes_in_an_ioc_list_are_indicators_unless_they_are_commits() -> None:
    text = f"Indicators of compromise\n{SHA256}\n{MD5}\nPatched in commit {SHA1}\n"
    assert iocs(text) == {("sha256", SHA256), ("md5", MD5)}


def test_md5_word_presents_a_hash() -> None:
    assert iocs(f"Le fichier malveillant (MD5 : {MD5}) est envoyé par courriel.") == {("md5", MD5)}


def test_file_extensions_that_are_top_level_domains() -> None:
    assert file_tlds() <= TLD_SET
    assert {"zip", "so", "one", "cab", "sh", "py", "mov", "app"} <= file_tlds()
    assert not {"com", "net", "org", "info", "top"} & file_tlds()


def test_a_list_of_hashes_announced_by_a_line_above() -> None:
    other = "b" * 64
    text = f"The researchers shared the SHA-256 hashes of the samples:\n\n{SHA256}\n\n{other}\n\nThe end."
    assert iocs(text) == {("sha256", SHA256), ("sha256", other)}
    assert iocs(f"Our site's build ids:\n\n{SHA256}\n") == set()


def test_a_sample_page_names_its_file_by_hash_but_an_asset_path_does_not() -> None:
    text = (
        f"The loader ([VirusTotal](https://www.virustotal.com/gui/file/{SHA256}/detection)) and an avatar "
        f"(https://gravatar.example.net/avatar/{MD5}?s=64) appear in the report."
    )
    assert iocs(text) == {("sha256", SHA256)}


def test_a_french_ioc_list() -> None:
    text = (
        "Le logiciel malveillant contacte son serveur de commande.\n\n"
        "Indicateurs de compromission (IoC)\nAdresse IP du C2 : 91.215.85.17\n"
        "Adresse du routeur ciblé : 192.168.1.254\nVersion de l'agent : 2.21.7.14\n"
        f"Empreinte SHA-256 : {SHA256}\nFichier : facture_nov.one\nDomaine : mise-a-jour-routeur[.]top\n"
        "Détection : Trojan.Linux.Moxbot.sh!tr\n"
    )
    assert iocs(text) == {
        ("ipv4-addr", "91.215.85.17"),
        ("domain-name", "mise-a-jour-routeur.top"),
        ("sha256", SHA256),
    }


@pytest.mark.parametrize(
    "junk",
    [
        "1.1.1." * 10000,  # a dotted run with no defang mark: the old `\S*mark\S*` was quadratic
        "v1.2.3." * 10000,
        "1." * 30000,
        "hxxp://a" + "[.]b" * 15000,  # a defanged run too long to be an indicator (ioc-finder is quadratic)
        "x[.]" * 15000,
    ],
)
def test_long_runs_take_linear_time_and_keep_the_indicators_around_them(
    junk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ioc-finder, whose time grows with the square of a run's length (40 to 60 kB of such a run
    took from 40 s to several minutes), is never handed the long run. How long the whole takes is
    `bench/hostile_inputs.py`'s."""
    handed: list[str] = []
    real = iocs_module._finder

    def finder(text: str) -> dict[str, list[str]]:
        handed.append(text)
        return real(text)

    monkeypatch.setattr(iocs_module, "_finder", finder)
    text = f"Le serveur evil-c2[.]ru a été vu. {junk} Puis 45.77.12[.]9 a servi de relais."
    found = iocs(text)
    assert {("domain-name", "evil-c2.ru"), ("ipv4-addr", "45.77.12.9")} <= found, found
    longest = max((len(run) for given in handed for run in given.split()), default=0)
    assert handed and longest <= iocs_module.DEFANGED_MAX_CHARS, longest
