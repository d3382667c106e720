"""Threat actors and malware as the labelling guide reads them (bench/data/intel/GUIDE.md §6, §7,
§13), one kind of error per test, on small made-up texts."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _names(text: str) -> tuple[set[str], set[str]]:
    actors, malware = find_threats(text)
    return {a.name for a in actors}, {m.name for m in malware}


def _keys(text: str) -> tuple[set[str], set[str]]:
    """Every name each found threat answers to (written, canonical, aliases), case-folded."""
    actors, malware = find_threats(text)

    def keys(found: list) -> set[str]:  # type: ignore[type-arg]
        return {n.casefold() for x in found for n in (x.name, x.canonical, *x.aliases)}

    return keys(actors), keys(malware)


def test_aliases_given_without_brackets_fold_into_the_group_named_first() -> None:
    text = (
        "Salt Typhoon, which is also known as Earth Estries, FamousSparrow, GhostEmperor, and UNC2286, "
        "breached telecom operators, the hackers said. Earth Estries maintains persistence with backdoors."
    )
    actors, _ = _names(text)
    assert actors == {"Salt Typhoon"}
    text = "Mustang Panda, also known by the names BASIN, Bronze President, Camaro Dragon and RedDelta, hacked a ministry."
    assert _names(text)[0] == {"Mustang Panda"}


def test_an_alias_after_a_persons_name_is_the_threats_name() -> None:
    # "Kai West, aka IntelBroker": the handle is the threat's name, not another group's alias.
    actors, _ = _names("The hacker Kai West, aka IntelBroker, was charged by prosecutors.")
    assert "IntelBroker" in actors


def test_campaign_names_are_neither_actors_nor_malware() -> None:
    text = (
        "The campaign, dubbed CapraTube, was first outlined in 2023 with the hacking crew Transparent Tribe. "
        "Overlaps with Operation GhostSecret were found. Another campaign dubbed Zorbelique targeted banks."
    )
    actors, malware = _names(text)
    assert actors == {"Transparent Tribe"}
    assert not malware & {"CapraTube", "GhostSecret", "Zorbelique"}


def test_a_ransomware_brand_another_actor_deploys_is_malware_only() -> None:
    actors, malware = _names(
        "The threat actor codenamed Storm-2603 leveraged the access to deploy Warlock ransomware."
    )
    assert actors == {"Storm-2603"}
    assert "Warlock" in malware
    actors, malware = _names(
        "RansomExx was rewritten in Rust, following other strains like BlackCat, Hive, and Luna."
    )
    assert not actors & {"BlackCat", "Hive"}
    assert {"BlackCat", "Luna"} <= malware


def test_a_ransomware_brand_presented_as_a_gang_stays_both() -> None:
    actors, malware = _names("The Akira ransomware gang claimed the attack on its leak site.")
    assert "Akira" in actors and "Akira" in malware
    actors, malware = _names("LockBit claimed the attack, and LockBit affiliates deploy the encryptor.")
    assert "LockBit" in actors and "LockBit" in malware


def test_a_tool_sharing_a_ransomware_brands_name_is_not_a_group() -> None:
    # The galaxies list Lilith and Phoenix as ransomware too; here they are a RAT and a backdoor.
    actors, malware = _names("The LNK file is a downloader for an AutoIt version of Lilith RAT.")
    assert not actors
    assert "Lilith RAT" in malware
    actors, _ = _names("Attackers distributed a backdoor called Phoenix to embassies.")
    assert "Phoenix" not in actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phishing leads to commodity malware families like Lumma Stealer, Formbook, and Remcos RAT.",
            "remcos rat",
        ),
        (
            "Phishing leads to commodity malware families like Lumma Stealer, Formbook, and Remcos RAT.",
            "remcos",
        ),
        ("Loaders push Trojans like Danabot or the RedLine stealer onto computers.", "redline"),
        ("Loaders push Trojans like Danabot or the RedLine stealer onto computers.", "redline stealer"),
    ],
)
def test_a_familys_name_with_or_without_its_kind_word_is_one_name(text: str, expected: str) -> None:
    assert expected in _keys(text)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Campaigns delivered custom backdoors like HanifNet, HXLibrary, and NeoExpressRAT. Then more.",
            "NeoExpressRAT",
        ),
        ("The payload will ultimately download zgRAT malware from the server.", "zgRAT"),
        ("Police seized servers linked to the 8Base ransomware gang.", "8Base"),
        (
            "The DLL, dubbed Scavenger Loader, delivers a stealer component codenamed Scavenger Stealer.",
            "Scavenger Loader",
        ),
        (
            "The DLL, dubbed Scavenger Loader, delivers a stealer component codenamed Scavenger Stealer.",
            "Scavenger Stealer",
        ),
        ("The exploit delivers the open-source Spark RAT malware to Ukrainian entities.", "Spark RAT"),
        ("New version of Android malware FakeCall redirects bank calls to scammers", "FakeCall"),
        ("A backdoor referred to as CBROVER and a file collector called FILESAC were found.", "CBROVER"),
        ("A backdoor referred to as CBROVER and a file collector called FILESAC were found.", "FILESAC"),
    ],
)
def test_new_malware_names_introduced_as_such(text: str, expected: str) -> None:
    assert expected in _names(text)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian hacktivist groups like Z-Pentest, Dark Engine, and Sector 16 target water plants.",
            "Dark Engine",
        ),
        (
            "Russian hacktivist groups like Z-Pentest, Dark Engine, and Sector 16 target water plants.",
            "Sector 16",
        ),
        (
            "Hacktivist channels grew. Some of the groups, including Mysterious Team Bangladesh and Arabian Ghost, "
            "warned Jordan.",
            "Arabian Ghost",
        ),
        (
            "Trustwave shed light on a new ransomware group called Dire Wolf that has claimed 16 victims.",
            "Dire Wolf",
        ),
        ('According to a BreachForums post, a crook who goes by "grep" swiped 20GB of data.', "grep"),
        ('The rogue commits, made by a hacker using the alias "lkmanka58," were published.', "lkmanka58"),
    ],
)
def test_new_group_names_and_handles_introduced_as_such(text: str, expected: str) -> None:
    assert expected in _names(text)[0]


def test_a_new_ransomware_group_is_both_actor_and_malware() -> None:
    actors, malware = _names(
        "Trustwave shed light on a new ransomware group called Dire Wolf that has claimed 16 victims."
    )
    assert "Dire Wolf" in actors and "Dire Wolf" in malware


@pytest.mark.parametrize(
    "text",
    [
        "Mustang Panda Deploys Advanced Malware to Spy on Asia-Pacific Governments",
        "Python-Based Malware Powers RansomHub Ransomware to Exploit Network Flaws",
        "Cybercriminals Use Excel Exploit to Spread Fileless Remcos RAT Malware",
        "Russian Hackers Exploit New NTLM Flaw to Deploy RAT Malware via Phishing Emails",
        "How Interlock Ransomware Affects the Defense Industrial Base Supply Chain",
        "Unveiling RIFT: Enhancing Rust malware analysis through pattern matching",
    ],
)
def test_headline_words_before_a_kind_are_not_names(text: str) -> None:
    _, malware = _names(text)
    assert not malware & {
        "Deploys",
        "Advanced",
        "Powers RansomHub",
        "Fileless",
        "Deploy RAT",
        "How",
        "Enhancing",
    }


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Legitimate wallet tools from platforms such as Coinbase, Trust Wallet and Keplr were impersonated.",
            "Keplr",
        ),
        (
            "Permissions of the malware such as READINSTALLSESSIONS and GETACCOUNTS are no longer requested.",
            "READINSTALLSESSIONS",
        ),
        (
            "Advocacy groups such as Disability Rights Washington backed the repair law.",
            "Disability Rights Washington",
        ),
        ("Follow him on LinkedIn, Bluesky and Mastodon, or drop him an email.", "Bluesky"),
        (
            "Some of the groups, including Mysterious Team Bangladesh and Arabian Ghost, warned Jordan.",
            "Ghost",
        ),
        ('"Power is power," wrote George Orwell, Animal Farm being his best-known book.', "Animal Farm"),
    ],
)
def test_words_products_and_constants_are_not_threats(text: str, absent: str) -> None:
    actors, malware = _names(text)
    assert absent not in actors | malware


def test_strains_listed_as_observed_are_payloads_not_groups() -> None:
    text = "Other prominent strains observed in Q3 include Cl0p, MedusaLocker, Sparta, BianLian, Donuts and REvil."
    actors, malware = _names(text)
    assert not actors & {"BianLian", "REvil", "MedusaLocker"}
    assert {"BianLian", "REvil", "MedusaLocker"} <= malware


def test_groups_listed_after_include_or_consist_of() -> None:
    text = (
        "NATIONAL HAZARD AGENCY is far from the only cybercrime gang to use the leaked builder. "
        "Other threat actors known to leverage it include Bl00dy and Buhti."
    )
    assert {"Bl00dy", "Buhti"} <= _names(text)[0]
    text = "Other notable ransomware groups consist of Dharma, Crylock, and Thanos, targeting Russian firms."
    actors, malware = _names(text)
    assert "Dharma" in actors and "Dharma" in malware


def test_names_given_as_such_in_capitals_or_as_acronyms() -> None:
    text = "The ransom note names a previously unknown ransomware group, called NATIONAL HAZARD AGENCY, as its author."
    assert "NATIONAL HAZARD AGENCY" in _names(text)[0]
    assert "EVLF" in _names("A Syrian threat actor named EVLF has been outed as the creator of two RATs.")[0]


def test_a_former_identifier_in_brackets_is_the_same_group() -> None:
    text = (
        "Microsoft tracks the threat actor as Iridium (née DEV-0960), a Russia-based group known as Sandworm."
    )
    assert "DEV-0960" not in _names(text)[0]


def test_other_names_under_the_names_or_moniker_fold_into_the_group_named_before() -> None:
    text = (
        "ScarCruft exploited a zero-day. The group is tracked by the community under the names APT37, "
        "InkySquid, Reaper, Ricochet Chollima, and Ruby Sleet."
    )
    assert _names(text)[0] == {"ScarCruft"}
    # With no group named before, the moniker is the group's only name.
    text = "Unit 42 is tracking the activity under the moniker CL-CRI-1014, where CRI stands for criminal."
    assert "CL-CRI-1014" in _names(text)[0]


def test_a_possessive_after_a_several_word_name_is_not_part_of_it() -> None:
    keys = _keys("Lazarus Group's New Malware: the North Korea-linked group targets engineers.")[0]
    assert "lazarus group" in keys


def test_a_galaxy_name_that_is_a_persons_first_name_is_not_a_threat() -> None:
    text = "Denis Emelyantsev, accused of running a botnet called RSOCKS, went by the name Denis Kloster."
    actors, malware = _names(text)
    assert "Denis" not in actors | malware
    assert "RSOCKS" in malware


def test_plural_kind_words_give_context() -> None:
    text = (
        "The attacks led to the deployment of backdoors known as MgBot and Nightdoor, ESET revealed in March."
    )
    _, malware = _names(text)
    assert {"MgBot", "Nightdoor"} <= malware
    assert "ESET" not in malware


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les pirates délivrent des familles de malwares telles que MATCHBOIL, MATCHWOK et DRAGSTARE.",
            "DRAGSTARE",
        ),
        (
            "Un cheval de Troie d'accès à distance (RAT) appelé CastleRAT est proposé en deux versions.",
            "CastleRAT",
        ),
        ("Le script lance un chargeur nommé CastleLoader sur la machine.", "CastleLoader"),
        ("Ce fichier est un composant du trojan Cryxos qui détecte la présence de WSL.", "Cryxos"),
        ("Die Angreifer verteilen Schadsoftware wie Zorvaxt und Quelbrin an Behörden.", "Quelbrin"),
        ("De aanvallers verspreiden malware zoals Zorvaxt en Quelbrin onder bedrijven.", "Quelbrin"),
    ],
)
def test_new_malware_names_introduced_in_french_german_and_dutch(text: str, expected: str) -> None:
    assert expected in _names(text)[1]


def test_a_new_group_named_in_french() -> None:
    text = (
        "Un groupe de menace aligné sur la Chine, baptisé LongNosedGoblin, vise des entités gouvernementales."
    )
    assert "LongNosedGoblin" in _names(text)[0]
    assert "LongNosedGoblin" in _names("Le Groupe LongNosedGoblin s'appuie sur les politiques de groupe")[0]


@pytest.mark.parametrize(
    "text",
    [
        "NosyDoor : Une backdoor utilisant OneDrive pour le C&C.",
        "Le malware vérifie une exécution dans un environnement WSL. Ce malware cherche le nom d'utilisateur.",
    ],
)
def test_french_articles_and_sentence_ends_are_not_names(text: str) -> None:
    _, malware = _names(text)
    assert not malware & {"Une", "WSL.", "WSL", "Ce", "WSL. Ce"}


def test_aliases_in_brackets_within_a_list_of_groups_are_the_groups_own() -> None:
    text = "Linen Typhoon (aka APT27) and Violet Typhoon (aka APT31) are two other Chinese hacking groups."
    assert {"Linen Typhoon", "Violet Typhoon"} <= _names(text)[0]


def test_an_activity_cluster_tracked_as_a_name_is_an_actor_not_a_campaign() -> None:
    text = "The firm attributed the intrusions to Chinese threat activity clusters tracked as UNC5221 and UNC5174."
    assert {"UNC5221", "UNC5174"} <= _names(text)[0]


def test_a_brand_that_extorted_or_whose_attacks_are_told_is_a_group() -> None:
    text = (
        "Signed drivers were deployed to help spread attacks such as the Cuba ransomware. "
        "CISA said the Cuba ransomware had extorted more than $60 million."
    )
    actors, malware = _names(text)
    assert "Cuba" in actors and "Cuba" in malware
    actors, malware = _names(
        "A backdoor borrows features from the CIA's Hive attack kit, deployed on F5 devices."
    )
    assert "Hive" not in actors


def test_names_listed_after_a_colon_take_the_lists_own_noun() -> None:
    text = "It loads TinyFluff, one among the four implants used by the group: TinyPosh, TinyNode, and TinyShell."
    actors, malware = _names(text)
    assert {"TinyPosh", "TinyNode", "TinyShell"} <= malware
    assert not actors & {"TinyPosh", "TinyNode", "TinyShell"}


@pytest.mark.parametrize(
    "text",
    [
        "KrustyLoader can serve second-stage payloads like Sliver and set up persistence.",
        "KrustyLoader is known to deliver the Sliver command-and-control (C2) framework.",
    ],
)
def test_a_word_like_tool_name_among_payloads_or_next_to_c2_is_malware(text: str) -> None:
    assert "Sliver" in _names(text)[1]


def test_a_word_like_tool_name_in_a_sentence_about_anything_else_is_not() -> None:
    assert "Sliver" not in _names("A sliver of the budget went to Sliver, the new design studio.")[1]


def test_a_word_like_name_in_a_list_with_threats_is_one() -> None:
    text = (
        "This comes after ransomware disruptions associated with Hive, LockBit, and BlackCat in recent years."
    )
    actors, malware = _names(text)
    assert {"Hive", "LockBit", "BlackCat"} <= actors and "Hive" in malware
    # Alone, or in a list with no threat, the word stays a word.
    assert "Hive" not in _names("The office is a hive of activity, busy as ever.")[1]
    assert "Hive" not in _names("Smart home makers Hive, Nest and Ring updated their apps.")[1]


@pytest.mark.parametrize(
    "text",
    [
        # A galaxy lists an "Anti-DDos" ransomware: a defence against X is never a threat's name.
        "L'hébergeur a activé une protection anti-DDoS après l'attaque revendiquée par un groupe d'hacktivistes.",
        "Anti-DDoS mitigation by the hosting provider stopped the hacktivist group's botnet.",
        "The clinic bought a counter-ransomware service after the gang's attack.",
        # A galaxy name followed by a defence's word is a vendor's product, not the malware.
        "The ransomware gang could not get past Vanguard protection on the servers.",
    ],
)
def test_a_defence_against_a_threat_is_not_a_threat(text: str) -> None:
    actors, malware = find_threats(text)
    assert actors == [] and malware == []


@pytest.mark.parametrize(
    "text",
    [
        "Quarrelbank ransomware fiasco costs three board members their seats",
        "After the Quarrelbank ransomware fiasco, the council hired a new IT director.",
        "The Orrinfield malware debacle left the tills offline for a week.",
    ],
)
def test_a_victims_plight_after_the_kind_names_no_family(text: str) -> None:
    actors, malware = find_threats(text)
    assert actors == [] and malware == []


@pytest.mark.parametrize(
    "text",
    [
        "Zorblax, a pro-Russian hacktivist group, launched DDoS attacks on Foobarco's portal.",
        "The cybercrime group Zorblax claimed the breach of Foobarco.",
        "The breach of Foobarco was claimed by a crew calling itself Zorblax.",
    ],
)
def test_a_group_the_words_around_it_describe_as_attackers_is_an_actor(text: str) -> None:
    actors, malware = _names(text)
    assert actors == {"Zorblax"}
    assert malware == set()


def test_a_known_name_that_is_a_word_is_an_actor_when_an_apposition_calls_it_attackers() -> None:
    # "Lazarus" is an English word: alone it needs a threat word next to it; the apposition is one.
    actors, _ = _names("The theft at Foobarco was attributed to Lazarus, North Korea's hacking unit.")
    assert actors == {"Lazarus"}


@pytest.mark.parametrize(
    "text",
    [
        "Foobarco, a threat intelligence group at Contoso, published the report.",
        "Acme, a software group, reported strong results on Tuesday.",
        "Meanwhile, a ransomware group claimed the attack on Foobarco.",
        "Talos, the threat intelligence group of Contoso, found the malware.",
    ],
)
def test_firms_and_sentence_openers_described_near_a_group_word_are_not_actors(text: str) -> None:
    actors, _ = _names(text)
    assert actors == set()


def test_a_coined_galaxy_name_claiming_an_attack_on_its_leak_site_is_a_group() -> None:
    # No threat word near "Akira": the claim and the leak site say what it is.
    actors, malware = _names("Akira claimed the attack on Foobarco on its leak site last week.")
    assert actors == {"Akira"}
    assert malware == {"Akira"}


def test_names_a_strain_rebranded_to_given_in_parentheses_fold_into_it() -> None:
    # The guide: aliases the article gives in parentheses are not repeated (LOLKEK is also a
    # ransomware brand of the galaxies: before, it came out as a second actor and a second family).
    text = (
        "Researchers looked into a ransomware strain called Adhubllka that has rebranded several times "
        "since 2019 (BIT, LOLKEK, OBZ, U2K, and TZW), while targeting small businesses."
    )
    actors, malware = _names(text)
    assert "LOLKEK" not in actors | malware
    assert malware == {"Adhubllka"}


def test_a_gang_rebranded_as_another_name_keeps_its_successor() -> None:
    actors, _ = _names("The Zorblax gang rebranded as Quibblex in 2024, and the Quibblex gang hit Foobarco.")
    assert actors == {"Zorblax", "Quibblex"}


def test_an_acronym_in_the_plural_is_not_the_family_its_capitals_spell() -> None:
    # "TDSs" (traffic distribution systems) folds to the galaxies' "TDSS" (a rootkit's name).
    actors, malware = _names(
        "While TDSs are used by advertising networks, crooks use them to spread malware."
    )
    assert actors == malware == set()


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe de pirates Zorblax a revendiqué l'attaque contre Foobarco.",
        "Die Hackergruppe Zorblax hat sich zu dem Angriff auf Foobarco bekannt.",
        "De hackersgroep Zorblax eist losgeld van Foobarco.",
    ],
)
def test_a_group_of_attackers_named_in_french_german_or_dutch_is_an_actor(text: str) -> None:
    actors, malware = _names(text)
    assert actors == {"Zorblax"}
    assert malware == set()


def test_a_known_name_after_a_german_compound_group_word_is_an_actor() -> None:
    # "Hackergruppe" is one word: the whole-word threat vocabulary did not see "gruppe" in it.
    assert _names("Die Hackergruppe Killnet hat Foobarco angegriffen.")[0] == {"Killnet"}
    assert _names("Die Arbeitsgruppe Killnet tagte am Montag.")[0] == set()


def test_a_german_article_or_time_word_after_the_group_word_is_no_name() -> None:
    assert _names("Die Hackergruppe Anfang Mai griff Foobarco an.")[0] == set()


def test_a_moniker_given_to_a_strain_names_malware_not_a_criminal() -> None:
    actors, malware = _names("Security firm Contoso gave the strain the moniker NewZorb in its report.")
    assert actors == set()
    assert malware == {"NewZorb"}


def test_a_handle_of_a_person_named_after_a_family_stays_an_actor() -> None:
    actors, malware = _names("Foobarco found a new loader, sold by a crook who goes by the moniker Zorbo.")
    assert "Zorbo" in actors
    assert "Zorbo" not in malware


def test_a_brand_the_galaxies_do_not_know_listed_among_ransomware_gangs_is_both() -> None:
    # A ransomware gang is both the group and the malware it deploys, like the listed known brands.
    actors, malware = _names("Ransomware gangs such as Play, Black Basta and Zorblock targeted Foobarco.")
    assert "Zorblock" in actors
    assert "Zorblock" in malware


@pytest.mark.parametrize(
    "text",
    [
        "The ad network borrows from the fictional “Los Pollos Hermanos” restaurant chain of a TV drama, "
        "a front for a money laundering operation.",
        "The Medusa TV series drew millions of viewers, and hackers spoofed its website.",
    ],
)
def test_a_business_or_work_of_fiction_named_like_a_threat_is_none(text: str) -> None:
    actors, malware = _names(text)
    assert actors == malware == set()


def test_the_threat_named_next_to_a_work_of_fiction_of_the_same_name_is_kept() -> None:
    actors, malware = _names(
        "The Medusa TV series inspired its name; the Medusa ransomware gang hit Foobarco."
    )
    assert actors == malware == {"Medusa"}


@pytest.mark.parametrize(
    "text",
    [
        "The Zorblax gang, tracked by Microsoft as Storm-1234, breached Foobarco.",
        "The Zorblax gang (tracked by Contoso as UNC9876) breached Foobarco.",
        "The Zorblax gang, which Contoso calls UNC9876, breached Foobarco.",
        "The Zorblax gang (UNC9876) breached Foobarco.",
        "The Zorblax gang, tracked as Storm-1234 and UNC9876, breached Foobarco.",
    ],
)
def test_a_vendor_designation_given_right_after_a_group_folds_into_it(text: str) -> None:
    # Designations the galaxies do not know yet: one group, listed once under the name used first.
    assert _names(text)[0] == {"Zorblax"}


def test_a_designation_given_after_a_malware_family_or_further_on_is_its_own_group() -> None:
    assert _names("The Zorbloader malware was deployed by a cluster tracked as UNC1234.")[0] == {"UNC1234"}
    text = "Zorblax gang news: in other news, an Iranian threat actor tracked as UNC1860 sells access."
    assert "UNC1860" in _names(text)[0]


@pytest.mark.parametrize("kind", ["Hacktivist group", "Ransomware gang", "Hacking group", "Threat group"])
def test_a_capitalised_kind_opening_a_sentence_is_not_the_group_it_names(kind: str) -> None:
    actors, _ = _names(f"{kind} Zorblax launched attacks on Foobarco.")
    assert actors == {"Zorblax"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Lazarus-linked hackers stole cryptocurrency from Foobarco.", "Lazarus"),
        ("The ShinyHunters-linked actor breached Foobarco's support portal.", "ShinyHunters"),
        ("A Kimsuky-affiliated group targeted Foobarco's researchers.", "Kimsuky"),
    ],
)
def test_a_known_group_a_cluster_is_linked_to_is_an_actor(text: str, group: str) -> None:
    # The guide labels groups a report links to the activity; "X-affiliated" is no name of its own.
    assert _names(text)[0] == {group}


def test_a_country_a_cluster_is_linked_to_is_no_actor() -> None:
    assert _names("Russia-linked hackers and Iran-aligned actors hit Foobarco.")[0] == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # another name joined to it before the kind both share
        ("Police released a free decryptor for Phobos and Quillrot ransomware", "Phobos"),
        # the malware's own infections
        ("Detecting Medusa Infections\nThe app found spyware on seven phones.", "Medusa"),
    ],
)
def test_a_word_like_family_next_to_a_joined_name_or_its_infections_is_malware(text: str, name: str) -> None:
    assert name in _names(text)[1]


def test_the_defenders_bug_hunting_tool_is_no_family() -> None:
    text = (
        "The search giant's LLM-based bug-hunting tool, dubbed Quiet Lantern, found the flaw in the library."
    )
    assert _names(text) == (set(), set())


def test_the_possessive_of_a_kind_after_a_family_is_the_kind_not_a_surname() -> None:
    text = (
        "Last week on our blog:\n\nAnalyzing a Mispadu Trojan’s attack chain\n\nGangs were faster than ever."
    )
    assert "Mispadu" in _names(text)[1]


def test_a_family_noun_and_a_naming_verb_make_a_galaxy_word_a_family() -> None:
    text = "The exfiltration tool, dubbed Teleport, was used by the intruders to steal the files."
    assert _names(text)[1] == {"Teleport"}
    assert _names("The firm launched a travel app called Teleport last year.") == (set(), set())
    # a claim about what it is, not a family introduced by its noun
    assert _names("The scammer claims the spyware is called “Pegasus,” and watches you.") == (set(), set())


def test_an_attack_variant_named_so_is_no_family() -> None:
    text = "Hammer Flaw Hits Memory Chips\nThe RowHammer attack variant, codenamed Phoenix (CVE-2099-0001), flips bits."
    assert _names(text) == (set(), set())


def test_a_brand_a_decryptor_undoes_is_the_malware_only() -> None:
    # a decryptor undoes the encryption: the brand is named as the malware, not as a gang at work
    assert _names("Police released a free decryptor for Phobos ransomware") == (set(), {"Phobos"})
