"""Threat names a blind reading of news pages found missed (labelling guide §6, §7), on made-up
sentences: vendors' designations listed as two clusters, the naming schemes of more vendors, and a
run of three galaxy names in a sentence about threats."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _names(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


@pytest.mark.parametrize(
    "text",
    [
        "The helpdesk lures match the tradecraft of clusters tracked as Storm-1811 and STAC5777.",
        "Les leurres rappellent les groupes suivis sous les noms Storm-1811 et STAC5777.",
    ],
)
def test_two_designations_joined_by_and_are_two_clusters(text: str) -> None:
    # The galaxies fold STAC5777 into Storm-1811; "A and B" lists two vendors' clusters.
    assert _names(text)[0] == ["Storm-1811", "STAC5777"]


@pytest.mark.parametrize(
    "text",
    [
        "Examplecorp blocked Storm-1811 (aka STAC5777), which posed as the helpdesk.",
        "Examplecorp blocked Storm-1811, also tracked as STAC5777, which posed as the helpdesk.",
    ],
)
def test_a_designation_given_as_an_alias_stays_folded(text: str) -> None:
    assert _names(text)[0] == ["Storm-1811"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Volexity tied the fake meeting invitations to a cluster it tracks as UTA0999.", "UTA0999"),
        ("Unit 42 follows the intrusions as TGR-STA-0999.", "TGR-STA-0999"),
        ("Proofpoint attributes the lures to UNK_QuietHeron, a new cluster.", "UNK_QuietHeron"),
    ],
)
def test_more_vendors_naming_schemes_name_groups(text: str, group: str) -> None:
    assert _names(text)[0] == [group]


def test_three_galaxy_names_listed_in_a_sentence_about_gangs_are_threats() -> None:
    text = (
        "Posts doubled in April, making Quorra the busiest ransomware group of the month by the count "
        "of its posts on the site, surpassing other players like Akira, Play, and Lynx."
    )
    actors, malware = _names(text)
    assert {"Akira", "Play", "Lynx"} <= set(actors)
    assert {"Akira", "Play", "Lynx"} <= set(malware)


@pytest.mark.parametrize(
    "text",
    [
        # no threat word in the sentence: three words that a galaxy also lists
        "The festival's film list had Akira, Play, and Lynx on the same night.",
        # two names are no run
        "Leak-site posts doubled, making this the busiest ransomware month for Play and Lynx fans.",
    ],
)
def test_galaxy_names_outside_a_run_about_threats_stay_out(text: str) -> None:
    assert _names(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("The fake CAPTCHA pages drop Hijack Loader, which then fetches the final stealer.", "Hijack Loader"),
        ("Search ads pushed Legion Loader to visitors who wanted a free editor.", "Legion Loader"),
    ],
)
def test_a_family_the_galaxies_glue_to_its_kind_is_found_written_apart(text: str, family: str) -> None:
    # The galaxies write "HijackLoader" and "LegionLoader"; the press writes word and kind apart.
    assert _names(text)[1] == [family]


def test_a_nationality_before_a_group_name_and_apt_is_no_part_of_the_name() -> None:
    assert _names("N. Korean Kimsuky APT targets S. Korea-US military exercises")[0] == ["Kimsuky"]


def test_a_version_in_capitals_before_a_headline_kind_is_no_family() -> None:
    text = "Weekly newsletter\n\nAnalysts Dissect ERMAC V3.0 Banking Trojan Source Code"
    assert "V3.0" not in _names(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Unknown Actors Deploy Malware to Spy on Regional Offices\nThe framework steals documents.",
        "Hackers Exploit Unpatched Zimbra Devices in Espionage Campaign\nThe group phished admins.",
    ],
)
def test_an_everyday_word_or_a_targeted_product_is_no_threat(text: str) -> None:
    actors, malware = _names(text)
    assert "Unknown" not in actors + malware and "Zimbra" not in actors + malware


def test_aliases_after_also_known_as_with_an_aside_in_brackets_are_one_group() -> None:
    text = (
        "The intrusions were tied to a cluster tracked as Dozing Pisces, which is also known as Andariel, "
        "Onyx Sleet (formerly Plutonium), Silent Chollima, and Stonefly."
    )
    assert _names(text)[0] == ["Dozing Pisces"]


def test_aliases_given_after_it_is_also_known_as_are_the_threat_named_before() -> None:
    text = (
        "Black Basta, on the other hand, is a ransomware operation thought to have affected roughly 300 "
        "companies by the end of last year. It is also known as Balloonfly, Fiddling Scorpius, and PlayCrypt."
    )
    assert _names(text)[0] == ["Black Basta"]
