"""Threat names written the ways vendors and outlets write them (labelling guide §6, §7), in English
and French, on made-up sentences: groups named by their attacker's word, acronyms in capitals next
to a gang's word, names joined by a slash, the first spelling of a brand, vendors' designations of a
cluster, and vendors' products or frameworks that only look like threats."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _names(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say a Fortune 500 firm paid the Grey Herons ransomware group a record sum.",
        "Analysts saw a newer ransom group known as Grey Herons leak the data.",
        "Le groupe de rançongiciel Grey Herons a revendiqué l'attaque contre la mairie.",
    ],
)
def test_a_group_named_by_its_attacker_word_is_an_actor_and_its_brand(text: str) -> None:
    actors, malware = _names(text)
    assert actors == ["Grey Herons"]
    assert malware == ["Grey Herons"]  # a ransomware group's brand is both (guide §6)


def test_a_nationality_before_a_group_word_is_no_group() -> None:
    assert _names("Experts blamed the North Korean threat group for the theft.") == ([], [])


@pytest.mark.parametrize(
    "text",
    [
        "Holden said the CLOP ransomware gang had too few victims.",
        "Le gang CLOP a revendiqué l'attaque contre l'hôpital.",
    ],
)
def test_a_galaxy_name_in_capitals_next_to_a_gang_word_is_the_gang(text: str) -> None:
    actors, malware = _names(text)
    assert actors == ["CLOP"] and malware == ["CLOP"]


def test_a_language_in_capitals_before_malware_is_no_threat() -> None:
    # "PHP" is a galaxy's name too; "this PHP malware" is malware written in PHP.
    assert "PHP" not in _names("Researchers broke down what this PHP malware steals from browsers.")[1]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "In 2023 a Russian ransomware group known as ALPHV/Black Cat claimed the casino hack.",
            "ALPHV/Black Cat",
        ),
        ("Le groupe ALPHV/BlackCat a revendiqué l'attaque contre le casino.", "ALPHV/BlackCat"),
    ],
)
def test_two_names_joined_by_a_slash_are_one_threat_as_written(text: str, written: str) -> None:
    actors, _ = find_threats(text)
    assert [a.name for a in actors] == [written]
    assert "alphv" in {n.casefold() for n in [actors[0].canonical, *actors[0].aliases]}


@pytest.mark.parametrize(
    "text",
    [
        "The groups claiming it are Black Byte and Akira ransomware. The BlackByte claim came first.",
        "Les gangs Black Byte et Akira revendiquent l'attaque. La revendication de BlackByte date de juin.",
    ],
)
def test_a_brand_is_listed_under_the_first_spelling_the_article_uses(text: str) -> None:
    actors, malware = find_threats(text)
    byte = next(a for a in actors if "Byte" in a.name)
    assert byte.name == "Black Byte"
    assert "BlackByte" in byte.aliases  # the other spelling still names it
    assert [m.name for m in malware].count("Black Byte") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Recorded Future linked another activity group (UAC-0113) with ties to the Sandworm actor.",
        "Selon Recorded Future, un autre groupe (UAC-0113) lié à Sandworm visait des fournisseurs.",
    ],
)
def test_a_designation_the_article_keeps_apart_is_its_own_cluster(text: str) -> None:
    # The galaxies fold UAC-0113 into Sandworm; the article names two groups.
    assert sorted(_names(text)[0]) == ["Sandworm", "UAC-0113"]


@pytest.mark.parametrize(
    "text",
    [
        "Sandworm hit the grid again. Other vendors track the same activity as UAC-0113.",
        "MuddyWater, also called Boggy Serpens, Seedworm, Static Kitten and TEMP.Zagros, phished officials.",
    ],
)
def test_a_designation_given_as_another_name_stays_folded(text: str) -> None:
    assert len(_names(text)[0]) == 1


def test_a_vendors_anti_ransomware_product_is_no_threat() -> None:
    text = "FAQ: How does Acmesoft ransomware rollback work? Acmesoft Ransomware Rollback rescues your files."
    assert _names(text) == ([], [])


def test_a_framework_after_a_dotted_word_is_no_family() -> None:
    # ".NET Core" is where the malware was written; a galaxy lists a "Core" family.
    _, malware = _names("In earlier campaigns the Ducktail gang used a .NET Core malware to steal accounts.")
    assert "Core" not in malware


def test_a_ransomware_dropped_after_a_dotted_word_is_a_payload() -> None:
    text = "The Gremlins crew used three implants before dropping the .NET-based TinyCrypt ransomware."
    actors, malware = _names(text)
    assert "TinyCrypt" in malware and "TinyCrypt" not in actors


def test_facilitators_are_actors_where_the_law_acts_against_them() -> None:
    text = "Police seized the domains of cybercrime forums and services, including Crackzone and Nullpoint."
    assert {"Crackzone", "Nullpoint"} <= set(_names(text)[0])
    # the same list where no one acts against them names places, not actors
    text = "Stolen logs are sold on cybercrime forums such as Crackzone and Nullpoint."
    assert _names(text)[0] == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "BI.ZONE tied the phishing wave to Gloomy Werewolf, which targets Russian firms.",
            "Gloomy Werewolf",
        ),
        ("Les chercheurs attribuent la campagne à Gloomy Werewolf, actif depuis 2023.", "Gloomy Werewolf"),
        ("Unit 42 tracks the intrusions as Dozing Serpens.", "Dozing Serpens"),
        ("Secureworks attributes the intrusions to GOLD BRASSVALE.", "GOLD BRASSVALE"),
        ("Talos attribue l'activité à UAT-7731.", "UAT-7731"),
    ],
)
def test_vendors_names_of_groups_made_of_words_are_actors(text: str, group: str) -> None:
    assert _names(text)[0] == [group]


def test_an_animal_pair_is_no_vendor_name() -> None:
    assert _names("Zoo visitors watched the Red Panda and the Snow Leopard in the rain.") == ([], [])


def test_a_gangs_offshoots_name_the_gang() -> None:
    actors, _ = _names("Meow surfaced in March as one of the four main Conti offshoots, but it stayed small.")
    assert "Conti" in actors


@pytest.mark.parametrize(
    "text",
    [
        "Threat actors push stealers like AMOS, Vidar and Zorbax through fake CAPTCHA checks.",
        "Des acteurs diffusent des stealers comme AMOS, Vidar et Zorbax via de faux CAPTCHA.",
    ],
)
def test_a_name_in_capitals_in_a_list_of_threats_is_one(text: str) -> None:
    assert "AMOS" in _names(text)[1]


def test_a_feminine_french_introduction_names_the_family() -> None:
    assert _names("Les chercheurs ont découvert une porte dérobée baptisée Zorbil.")[1] == ["Zorbil"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Outils et malwares utilisés :\n\nQuillDoor : une backdoor qui passe par OneDrive.\n\n"
            "QuillLog : enregistre les frappes clavier.\n\nCible : des ministères en Asie.",
            ["QuillDoor", "QuillLog"],
        ),
        (
            "Tools used by the group:\n\nQuillDoor: a backdoor talking to OneDrive.\n\n"
            "QuillLog: records keystrokes.",
            ["QuillDoor", "QuillLog"],
        ),
        # definitions under a heading that names no threat are not threats
        ("Key points:\n\nTarget: ministries in Asia.\n\nQuillcorp: the vendor that found it.", []),
    ],
)
def test_a_definition_list_under_a_tools_heading_names_families(text: str, expected: list[str]) -> None:
    assert _names(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        (
            "A case study is “zq777zq,” the nickname chosen by a Russian hacker who sells network access.",
            "zq777zq",
        ),
        ("The account that gave interviews about the casino hack had the screen name “@Halo”.", "Halo"),
    ],
)
def test_a_handle_written_before_its_cue_or_as_a_screen_name_is_an_actor(text: str, handle: str) -> None:
    assert handle in _names(text)[0]


def test_a_contact_username_is_no_actor() -> None:
    text = "The seller could be reached on Telegram at the username “@zorrny.”"
    assert "zorrny" not in _names(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Le courtier d'accès, connu sous le pseudonyme « zq777zq », vend des accès à des réseaux piratés.",
        "Un pirate russe qui se fait appeler « zq777zq » revend des accès volés.",
    ],
)
def test_a_french_handle_is_an_actor(text: str) -> None:
    assert "zq777zq" in _names(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "APT28 targeted three ministries in May. Weeks later, Sofacy deployed the same loader again.",
        "APT28 a visé trois ministères en mai. Quelques semaines plus tard, Sofacy a redéployé le chargeur.",
    ],
)
def test_a_group_named_again_under_another_galaxy_name_is_one_actor(text: str) -> None:
    # No word ties the second name to the first as another group: one group, named first.
    assert _names(text)[0] == ["APT28"]


@pytest.mark.parametrize(
    "text",
    [
        "DarkHotel phished diplomats. Analysts see APT-Q-12 as a sub-group within that cluster.",
        "DarkHotel a hameçonné des diplomates. Les analystes voient APT-Q-12 comme un sous-groupe distinct.",
    ],
)
def test_a_designation_called_a_sub_group_is_its_own_cluster(text: str) -> None:
    assert sorted(_names(text)[0]) == ["APT-Q-12", "DarkHotel"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Researchers found a Mimic variant that encrypts backups and deletes shadow copies.", False),
        ("Les chercheurs ont analysé une variante du rançongiciel Mimic qui chiffre les sauvegardes.", False),
        ("The Mimic ransomware gang claimed the attack on its leak site.", True),
        ("Le gang du rançongiciel Mimic a revendiqué l'attaque sur son site de fuite.", True),
    ],
)
def test_a_brand_written_as_a_variant_or_strain_is_malware_only(text: str, group: bool) -> None:
    actors, malware = _names(text)
    assert malware == ["Mimic"]
    assert (actors == ["Mimic"]) is group
