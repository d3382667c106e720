"""Groups the galaxies do not know, introduced the way outlets never seen write them (labelling guide
§6): a crew for money named by a scam or fraud word nearby ("a scam affiliate program called X"), a
group "calling itself The X" (the labels fold the leading "the"), an apposition saying a state or a
known group backs it ("X, an IRGC-affiliated group", "X, un groupe lié à l'Iran"); and what they are
not: an app the criminals sell, a group's word ending a headline above another line. English and
French; the names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Scam gambling sites spread thanks to a Russian affiliate program called “Brass Panel” that pays 70%.",
        "Les faux casinos se multiplient grâce à un programme d’affiliation frauduleux baptisé « Brass Panel ».",
    ],
)
def test_a_crew_for_money_is_named_by_its_fraud_words(text: str) -> None:
    assert _actors(text) == ["Brass Panel"]


def test_an_affiliate_program_with_no_crime_near_is_no_group() -> None:
    assert _actors("The museum runs an affiliate program called Friends Circle for its donors.") == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2015, a hacker group calling itself The Quiet Team leaked the dating site's data.",
        "En 2015, le groupe de pirates « The Quiet Team » a publié les données du site de rencontres.",
    ],
)
def test_a_group_calling_itself_the_x_is_named_x(text: str) -> None:
    assert _actors(text) == ["Quiet Team"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The attack was attributed to CyberV3ngeance, an Islamic Revolutionary Guard Corps (IRGC)-affiliated group.",
            "CyberV3ngeance",
        ),
        ("Analysts tied the wiper to Glassfire, a Kremlin-backed group active since 2021.", "Glassfire"),
        ("L'attaque est attribuée à Vengeurs Numériques, un groupe lié à l'Iran.", "Vengeurs Numériques"),
    ],
)
def test_a_group_a_state_backs_in_its_apposition_is_an_actor(text: str, name: str) -> None:
    assert _actors(text) == [name]


def test_a_backed_firm_is_no_group() -> None:
    assert _actors("Orbitly, a Google-backed startup, raised $40 million.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Several phishing groups rent out a phone app called “ZetaPay” that relays card taps.",
        "Un des groupes de phishing chinois vend une application baptisée « ZetaPay » qui relaie les paiements.",
    ],
)
def test_an_app_the_criminals_sell_is_no_group(text: str) -> None:
    assert "ZetaPay" not in _actors(text)


def test_a_group_word_ending_a_headline_names_not_the_next_line() -> None:
    text = "Police seize the bitcoin of the Corvid ransomware gang\nThe United States Department of Justice said."
    assert "United States" not in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "GHOST TAP\nCriminals also cash out mobile wallets by relaying payments to terminals abroad.",
        "LA PISTE GHOST\nLes criminels encaissent les portefeuilles mobiles en relayant les paiements.",
    ],
)
def test_an_english_word_of_a_heading_in_capitals_is_no_threat(text: str) -> None:
    actors, malware = find_threats(text)
    assert actors == [] and malware == []


def test_a_threat_named_in_a_capitals_heading_is_still_one() -> None:
    actors, _ = find_threats("LOCKBIT STRIKES AGAIN\nThe affiliates published the stolen files on Monday.")
    assert [a.canonical for a in actors] and "lockbit" in actors[0].name.casefold()
    # and the prose under a heading still names it
    actors, _ = find_threats("GHOST TAP\nThe Ghost ransomware gang claimed the attack on its leak site.")
    assert any(a.name == "Ghost" for a in actors)


@pytest.mark.parametrize(
    "text",
    [
        "An advisory warns of a hacker technique called Rootcasting that forges service tickets.",
        "La lettre évoque une technique d'attaque de pirates baptisée « Rootcasting » qui abuse des tickets.",
        "Researchers disclosed a new attack dubbed TunnelHaze against VPN clients used by hacker groups.",
    ],
)
def test_a_technique_flaw_or_attack_named_is_no_threat(text: str) -> None:
    actors, malware = find_threats(text)
    assert not [t for t in [*actors, *malware] if t.name in {"Rootcasting", "TunnelHaze"}]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The crew behind the kits, who use the collective nickname “The Brasslords,” rented them by the month.",
            "The Brasslords",
        ),
        (
            "Les escrocs, connus sous le pseudonyme « Brasslords », vendaient des kits de phishing.",
            "Brasslords",
        ),
        ("Police took down the phishing service “Lucent Panel” and its 40 domains.", "Lucent Panel"),
        ("Le service de phishing « Lucent Panel » a été démantelé par la police.", "Lucent Panel"),
    ],
)
def test_a_crime_crew_s_collective_handle_or_quoted_service_is_an_actor(text: str, name: str) -> None:
    assert name in _actors(text)


def test_a_handle_without_its_closing_quote_is_not_read_past_it() -> None:
    text = "He sold coding services under the nickname “Veltspar“; this claim checks out."
    assert all(t.name != "Veltspar" for t in find_threats(text)[1])


@pytest.mark.parametrize(
    "text",
    [
        "Evidence showed that the fraudulent call center, named Quillpoint, used scripts to defraud victims.",
        "Le centre d’appels frauduleux, baptisé Quillpoint, escroquait des victimes britanniques.",
        "Police dismantled a fraud ring called Quillpoint that ran fake tech-support pop-ups.",
    ],
)
def test_a_fraud_ring_or_call_centre_named_is_an_actor(text: str) -> None:
    assert _actors(text) == ["Quillpoint"]


def test_a_call_centre_with_no_crime_near_is_no_group() -> None:
    assert _actors("The charity runs a call center named Helpline Plus for its donors.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A Russian cybercriminal known as Vortexa sold access to the hospital's network.",
        "Un escroc surnommé « Vortexa » revendait les accès au réseau de l'hôpital.",
    ],
)
def test_a_criminal_introduced_by_name_is_an_actor(text: str) -> None:
    assert _actors(text) == ["Vortexa"]


def test_a_tool_criminals_use_stays_a_tool() -> None:
    actors, malware = find_threats("Criminals used a tool called Vortexa to steal session cookies.")
    assert actors == [] and [m.name for m in malware] == ["Vortexa"]
