"""Handles criminals go by (labelling guide §6): the whole name, never a file's, a campaign's or a
researcher's alias; Markdown's marks are not part of it."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a several-word name after "the moniker": the whole name, or nothing (not "Famous", "Operation")
        ("The attacks were tracked by CrowdStrike under the moniker Famous Chollima.", {"Famous Chollima"}),
        ("The intrusions, clubbed under the moniker Operation CuckooBees, hit a ministry.", set()),
        # Markdown's escapes and marks are not the handle's
        (
            "Proofpoint tracks the activity under the moniker UNK\\_ArbitraryAcrobat.",
            {"UNK_ArbitraryAcrobat"},
        ),
        ('A hacker who goes by "**abyss0**" sold the stolen data.', {"abyss0"}),
        # a file is no handle; nor is the alias a researcher goes by
        ('The backdoor plugin, which goes by the name "WP-antymalwary-bot.php," steals data.', set()),
        (
            "Security researcher Alexander Peslyak, who goes by the alias Solar Designer, found the flaw.",
            set(),
        ),
        # and what was right stays so
        (
            'A crook who goes by "grep" sold the data of a hacker using the alias "lkmanka58".',
            {"grep", "lkmanka58"},
        ),
    ],
)
def test_a_handle_is_the_whole_name_a_criminal_goes_by(text: str, expected: set[str]) -> None:
    actors, _ = find_threats(text)
    assert {a.name for a in actors} == expected


@pytest.mark.parametrize(
    ("text", "person", "handle"),
    [
        (
            "Court filings show that the youngest of the gang is Jorvan Quillet, who "
            "goes by the nickname “Big Wheels” on chat servers, and who once paid for a DDoS service.",
            "Jorvan Quillet",
            "Big Wheels",
        ),
        (
            "Another member is Dermot Vashley. Old posts signed by Vashley show he went by the "
            "nickname “enZed,” and ran a hacking forum.",
            "Dermot Vashley",
            "enZed",
        ),
        (
            "Selon les enquêteurs, Jorvan Quillet, qui se fait appeler « Zed », vendait des accès volés.",
            "Jorvan Quillet",
            "Zed",
        ),
    ],
)
def test_the_handle_of_a_named_person_names_the_person(text: str, person: str, handle: str) -> None:
    # the person's name is the actor's, the handle one of its other names (GUIDE §13: aliases of
    # one person are not repeated)
    actors, _ = find_threats(text)
    assert [(a.name, a.aliases) for a in actors] == [(person, [handle])]


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # a criminal "known as" a quoted name, and the second handle given with it
        (
            "Other crews rent the phishing kit from a cybercriminal known as “Vexo” a.k.a. “Lumi.” Vexo "
            "also sells access to hacked accounts.",
            "Vexo",
            "Lumi",
        ),
        (
            "Both sold the kit with a partner who went by the nickname “Quarrel” or just “Quar.” "
            "The two later fell out.",
            "Quarrel",
            "Quar",
        ),
        (
            "Il vendait des accès sous le pseudonyme « Vexo » ou « Lumi » sur un forum russe.",
            "Vexo",
            "Lumi",
        ),
    ],
)
def test_a_handle_given_with_a_second_one_is_one_actor_with_both(text: str, name: str, other: str) -> None:
    actors, _ = find_threats(text)
    assert [(a.name, a.aliases) for a in actors] == [(name, [other])]


def test_a_family_known_as_a_name_is_no_criminals_handle() -> None:
    actors, _ = find_threats('The researcher, known as "Zed", found that the loader steals passwords.')
    assert actors == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The packages, uploaded by a user named @quill-thief, drew over 2,000 downloads.", "@quill-thief"),
        (
            "The two malicious gems were published by a threat actor under the aliases Tran quill, "
            "tranquill, and quill_mobile days after the ban.",
            "Tran quill",
        ),
        (
            "The pull requests originated from a GitHub account named quillbot, which posed as a helper.",
            "quillbot",
        ),
    ],
)
def test_the_account_that_published_malicious_code_is_an_actor(text: str, name: str) -> None:
    assert name in [a.name for a in find_threats(text)[0]]


def test_a_maintainer_whose_account_was_hijacked_is_no_actor() -> None:
    text = "The library was published by a maintainer named Orrin for years before his account was hijacked."
    assert find_threats(text) == ([], [])


def test_a_persons_full_name_is_no_account_handle() -> None:
    # (the first word of "Quill Brasswren" was read as the uploader's handle)
    text = (
        "The lure was a shared document that originated from an account named Quill Brasswren and "
        "hosted a RAR archive with a malicious workbook."
    )
    assert "Quill" not in [a.name for a in find_threats(text)[0]]
