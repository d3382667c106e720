"""Victims never found, session 37 (a seed-3340 sample of attack pages, a quarter of them on health
organisations): the attackers' entry into a named organisation and the list after it, the kinds of a
sector named before "like", a headline's subject suffering the attack that ends it (and its short form
in brackets), the data of a firm's users leaked, a gang's possessive on its victim, a possessive a
headline detaches from its name, and a US state whose own data was hit (`victim_recall_reads`,
`victim_short_forms`, `victim_state_places`). Every organisation and sentence is made up."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victims import rule_reads
from veilleur.models import Article, Sector


def _victims(title: str, text: str) -> list[tuple[str, list[str], list[str]]]:
    url = "https://news.example/2026/04/story"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="en"))
    return [(v.name, [str(s) for s in v.sectors], v.countries) for v in intel.victims]


def _names(title: str, text: str) -> list[str]:
    return [name for name, _, _ in _victims(title, text)]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Spies broke into telecoms' networks for months",
            "Investigators said the spies broke into Corvane, Halbright Telecom, and Lumora among others.",
            ["Corvane", "Halbright Telecom", "Lumora"],
        ),
        (
            "State hackers breached wiretap systems, sources say",
            "According to reports, the hack took advantage of systems built by ISPs like Corvane, Halbright, "
            "and Pelcom to give police access to user data.",
            ["Corvane", "Halbright", "Pelcom"],
        ),
        (
            "Teens convicted over years of hacks",
            "Other compromises involved major telecoms companies like Pelham and Quorra.",
            ["Pelham", "Quorra"],
        ),
        (
            "Trelawny stuck in neutral as losses mount amid cyberattack cleanup",
            "The carmaker said production will remain suspended until next week.",
            ["Trelawny"],
        ),
        (
            "TMW stuck in neutral as losses mount amid cyberattack cleanup",
            "Trelawny Motor Works (TMW) has extended its global shutdown by another week.",
            ["TMW"],
        ),
        (
            "Data of 235 million Vexly users leaked online",
            "A threat actor posted the archive on a hacking forum.",
            ["Vexly"],
        ),
        (
            "Data of 5.7M Quenby users available for sale on hacking forums",
            "The seller shared a sample of the records.",
            ["Quenby"],
        ),
        (
            "LockBit's Harrowgate Post ransom deadline flies by",
            "The gang had threatened to publish the files on Thursday.",
            ["Harrowgate Post"],
        ),
        (
            "Hackers breached Quillsoft ’s GitHub in March and stole tokens",
            "The firm said it contained the incident.",
            ["Quillsoft", "GitHub"],
        ),
    ],
)
def test_victim_read(title: str, text: str, expected: list[str]) -> None:
    assert sorted(_names(title, text)) == sorted(expected)  # (in any order)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Rhode Island ’s data from health benefits system leaked on the dark web", "Rhode Island"),
        ("Vermont’s systems were breached by a ransomware gang", "Vermont"),
    ],
)
def test_us_state_whose_data_was_hit_is_a_government(title: str, name: str) -> None:
    assert _victims(title, "Hackers published the files.") == [(name, [str(Sector.GOVERNMENT)], ["US"])]


def test_country_whose_systems_were_hit_stays_no_victim() -> None:
    assert _names("Ukraine’s systems were breached by Russian hackers", "The attack hit ministries.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # (another name between: the subject blames, it did not suffer)
        ("Corvane blames Halbright after cyberattack", "Corvane"),
        # (the possessor is no threat)
        ("Quillsoft's Harrowgate Post attack", "Harrowgate Post"),
        # (a kind of app, after a breach: no attack on a subject's systems)
        ("Stalkerware apps go dark after data breach", "Stalkerware"),
        # (an opening adjective is no part of the name)
        ("Privacy-invading Quillspy stalkerware shuts down after cyberattack", "Privacy-invading Quillspy"),
    ],
)
def test_wordings_not_read(sentence: str, name: str) -> None:
    assert name not in [m.name for m in rule_reads(sentence)[0]]


def test_headline_short_form_ties_only_the_subject() -> None:
    # (the regulator's initials inside the headline describe another's breach: no tie for it)
    title = "Telvane will pay $16 million to settle FCC data breach investigation"
    text = "The Federal Communications Commission (FCC) said Telvane failed to protect customer data."
    assert "Federal Communications Commission" not in _names(title, text)
