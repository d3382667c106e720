"""A penetration-testing framework or an attacker's utility (Metasploit, Mimikatz, Impacket) named in
an attack chain is said as a tool in the briefing, not as malware; families stay malware (Cobalt Strike
is malware to MITRE, LockBit and QakBot are families). The galaxies say which is which. Fictional records."""

from __future__ import annotations

import pytest

from veilleur.brief.statements import threat_statements
from veilleur.enrich import enrich
from veilleur.enrich.offensive_tools import offensive_tool
from veilleur.models import Article, Intel, Named


@pytest.mark.parametrize("name", ["Metasploit", "Mimikatz", "Impacket", "PsExec", "mimikatz"])
def test_the_galaxies_tools_are_tools(name: str) -> None:
    assert offensive_tool(name)


@pytest.mark.parametrize(
    "name", ["Cobalt Strike", "LockBit", "QakBot", "Emotet", "Mirai", "Remcos", "Quillware"]
)
def test_families_and_unknown_names_are_not(name: str) -> None:
    assert not offensive_tool(name)


def _said(names: list[str]) -> list[tuple[str, str]]:
    intel = Intel(relevant=True, relevance_score=1.0, malware=[Named(name=n, canonical=n) for n in names])
    return [(s.label, s.sentence) for s in threat_statements(intel)]


def test_a_tool_is_said_as_a_tool_and_a_family_as_malware() -> None:
    assert _said(["Quillware", "Metasploit"]) == [
        ("Logiciel malveillant", "L'article décrit le logiciel malveillant Quillware."),
        ("Outil offensif", "L'article décrit l'outil offensif Metasploit."),
    ]


def test_several_tools_alone() -> None:
    assert _said(["Metasploit", "Mimikatz"]) == [
        ("Outil offensif", "L'article décrit les outils offensifs Metasploit et Mimikatz.")
    ]


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Hackers breach Quillon Bank using Metasploit",
         "Attackers breached Quillon Bank and deployed Metasploit, then used Mimikatz to steal credentials. The ransomware encrypted servers. ",
         "en"),
        ("Des pirates utilisent Metasploit contre Quillon Banque",
         "Des pirates ont compromis Quillon Banque et déployé Metasploit, puis Mimikatz pour voler des "
         "identifiants. Le rançongiciel a chiffré les serveurs. ", "fr"),
    ],
)  # fmt: skip
def test_tools_found_on_a_page_stay_listed_and_are_said_as_tools(title: str, text: str, lang: str) -> None:
    url = "https://news.example.org/a"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text * 3, lang=lang))
    assert {"Metasploit", "Mimikatz"} <= {m.name for m in intel.malware}  # the guide lists tools as malware
    labels = [s.label for s in threat_statements(intel)]
    assert "Outil offensif" in labels and "Logiciel malveillant" not in labels
