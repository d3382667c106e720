"""Shapes found by reading unlabelled pages of the corpus before the code's answer (session 25):
a group a vendor "tracks as" or "calls" in the present tense, the accounts that pushed malicious
code to a registry (labelling guide §13: the uploader's handle is an actor), families listed right
after their own plural noun (bare or in brackets), and a region's adjective before "threat actor",
which is no group's name. Sentences are ours; names are invented."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attacks are tied to a threat group ESET tracks as Examplecat, a sub-cluster of OilRig.",
            "Examplecat",
        ),
        (
            "Researchers found 70 malicious GitHub repositories operated by a threat actor it calls Paper "
            "Lantern to deliver malware.",
            "Paper Lantern",
        ),
        (
            "The espionage group, which Proofpoint tracks under the name Quillheron, attacked hospitals "
            "with a backdoor.",
            "Quillheron",
        ),
    ],
)
def test_a_group_a_vendor_tracks_as_or_calls_is_an_actor(text: str, expected: str) -> None:
    assert expected in [a.name for a in find_threats(text)[0]]


def test_what_a_program_calls_is_no_threat() -> None:
    assert find_threats("The loader calls VirtualAlloc and then runs the implant in memory.") == ([], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The malicious extension came from a pull request opened by a user named Quill299 on June 17.",
            ["Quill299"],
        ),
        (
            "Versions of the malicious package were uploaded to npm by users named q0lab (version 1.2.1), "
            "q0labss (versions 1.2.2 and 1.2.3), and q1lab (version 1.2.7) between June 17 and 21.",
            ["q0lab", "q0labss", "q1lab"],
        ),
        (
            'Socket found two rogue npm packages that implant wipers. Published by the account "quillsailer" '
            "(email: someone at example.org), the packages were downloaded 112 times.",
            ["quillsailer"],
        ),
        (
            "The DDoS campaign has been attributed to a threat actor who goes by the name quixobo, whose "
            "GitHub account hosts the tool.",
            ["quixobo"],
        ),
        # the researchers who found them are not whom the handle names
        (
            "Researchers uncovered the identity of the threat actor behind the malware service, who goes "
            'by the online persona "quillzvenom."',
            ["quillzvenom"],
        ),
        # a person's first name after "went by the name of" is no handle
        ("In 2009 he went by the name of John in forums where hackers met.", []),
    ],
)
def test_accounts_that_pushed_malicious_code_are_actors(text: str, expected: list[str]) -> None:
    assert [a.name for a in find_threats(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attack chains involve the use of web shells (QUILLSWORD and QUILLMOON) and custom droppers "
            "(QUILLPAN and QUILLTRAP) to achieve persistence.",
            ["QUILLSWORD", "QUILLMOON", "QUILLPAN", "QUILLTRAP"],
        ),
        (
            "Volexity described the group as the developer of three distinct malware families QUILLDATA, "
            "QUILLPOST, and LightQuill, used in espionage attacks.",
            ["QUILLDATA", "QUILLPOST", "LightQuill"],
        ),
        # the attackers' tunneling tools are theirs; remote access tools are software they abuse
        (
            "The hackers used tunneling tools Quilret and Quinar and remote access tools AnyDesk and "
            "ScreenConnect to keep access.",
            ["Quilret", "Quinar"],
        ),
    ],
)
def test_families_listed_after_their_plural_noun(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_threats(text)[1]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quillwing, a Middle Eastern threat actor affiliated with a militia, carried out attacks.",
        "An Eastern European hacking group deployed ransomware against the council.",
    ],
)
def test_a_regions_adjective_is_no_group(text: str) -> None:
    names = [a.name for a in find_threats(text)[0]]
    assert not any("Eastern" in n for n in names)


@pytest.mark.parametrize("name", ["Quill Chopper", "China Chopper"])
def test_web_shells_listed_are_malware(name: str) -> None:
    # (a known family whose first word is a country's name, too: the list says what it is)
    text = f"The attackers uploaded web shells such as {name}, along with scripts for reconnaissance."
    assert [m.name for m in find_threats(text)[1]] == [name]


def test_what_the_threat_actor_uses_includes_programs_not_actors() -> None:
    text = (
        "Some of the other open-source programs used by the threat actor include QuillBlindEDR and "
        "Quilltraz, which terminate antivirus processes."
    )
    assert find_threats(text)[0] == []
    # and the actors a list names stay actors
    assert [
        a.name
        for a in find_threats("Other threat actors known to use it include Quillbl00dy and Quillhti.")[0]
    ] == [
        "Quillbl00dy",
        "Quillhti",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mandiant also identified a separate cluster of North Korean activity tracked as UNC9782 that "
            "conducts phishing campaigns targeting the cryptocurrency sector.",
            "UNC9782",
        ),
        (
            "Researchers uncovered a cryptojacking campaign, tracked as JINX-0999, that abuses exposed Docker "
            "servers.",
            "JINX-0999",
        ),
    ],
)
def test_a_vendors_designation_of_activity_names_the_cluster(text: str, expected: str) -> None:
    assert [a.name for a in find_threats(text)[0]] == [expected]


def test_a_campaigns_codename_stays_no_actor() -> None:
    assert find_threats("The campaign, dubbed Operation Quillstorm, hit banks with phishing.")[0] == []
