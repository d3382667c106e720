"""Facts of an attack and of police or justice action, on sentences as outlets write them (EN/FR/NL/DE),
each with the sentence that states it; and what does not state them (a source that "claims", a
"disclosed" breach, a sentence the defendant only faces, an arrest warrant, "ransomware" alone)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from veilleur.cli import main
from veilleur.enrich.facts import attack_facts, law_enforcement_facts
from veilleur.models import AttackFacts, LawEnforcementFacts


def attack(text: str, title: str = "") -> AttackFacts:
    found = attack_facts(title, text)
    assert found is not None, text
    return found


def law(text: str, title: str = "") -> LawEnforcementFacts:
    found = law_enforcement_facts(title, text)
    assert found is not None, text
    return found


def test_when_the_attack_happened() -> None:
    assert attack("Lehigh Valley Health Network discovered an IT intrusion on February 6, 2023.").when[
        0
    ].value == ("on February 6, 2023")
    french = attack("La clinique a été victime dans la nuit de dimanche à lundi d'une cyber-attaque.")
    assert french.when[0].value == "dans la nuit de dimanche à lundi"
    assert (
        attack("The security incident was first reported in August of 2022.").when[0].value
        == "in August of 2022"
    )
    # A date of something else in a sentence that only names ransomware is not the attack's.
    assert attack_facts("", "ALPHV was ranked fourth among ransomware gangs last month.") is None


def test_what_was_stopped_or_diverted_and_not_a_disclosed_breach() -> None:
    stopped = [
        (
            "Hackers hit Vesuvius, UK engineering company shuts down affected systems",
            "shuts down affected systems",
        ),
        ("Nearly 7,000 flights were canceled.", "flights were canceled"),
        ("Classes were cancelled on Monday after the attack.", "Classes were cancelled"),
        (
            "Les urgences ont notamment été déviées vers d'autres hôpitaux.",
            "urgences ont notamment été déviées",
        ),
        ("De spoedeisende hulp werd omgeleid naar andere ziekenhuizen.", "spoedeisende hulp werd omgeleid"),
        ("Die Notaufnahme hat sich abgemeldet.", "Notaufnahme hat sich abgemeldet"),
    ]
    for sentence, value in stopped:
        assert attack(sentence).stopped[0].value == value
    for sentence in (
        "ADT disclosed a data breach that impacted more than 30,000 customers.",  # "closed" inside "disclosed"
        "It took down the leak site within hours.",  # "It" is not IT
        "Operations were not disrupted by the incident.",
    ):
        facts = attack_facts("", sentence)
        assert facts is None or not facts.stopped, sentence


def test_how_much_was_stolen_as_written() -> None:
    assert attack("According to the leak site, 557 GB of information was stolen.").stolen[0].value == "557 GB"
    assert attack("Les pirates ont dérobé 4 000 dossiers de patients.").stolen[0].value == "4 000 dossiers"
    # "to" is not a terabyte, "19, 2022" is a date.
    facts = attack_facts(
        "", "The city has been given until December 19, 2022 to pay the ransom or see the data leaked."
    )
    assert facts is None or not facts.stolen


def test_the_ransom_and_not_what_a_ransomware_attack_cost() -> None:
    assert attack("Dallas Central Appraisal District paid $170,000 to ransomware attackers.").ransom[
        0
    ].value == ("$170,000")
    assert (
        attack("Les attaquants réclament une rançon de 2 millions d'euros.").ransom[0].value
        == "2 millions d'euros"
    )
    facts = attack_facts(
        "", "A side effect of a ransomware attack has seen a French museum robbed of $705,000 in gold."
    )
    assert facts is None or not facts.ransom


def test_who_claimed_it_and_not_a_source_that_claims() -> None:
    for sentence, who in (
        ("The Rhysida Ransomware gang claims the hack of the Government of Peru.", "Rhysida"),
        (
            "Pharmaceutical firm Inotiv discloses ransomware attack. Qilin group claims responsibility.",
            "Qilin",
        ),
        ("The attack was claimed by the Akira ransomware gang.", "Akira"),
        ("L'attaque a été revendiquée par le groupe Qilin.", "Qilin"),
        ("The Play gang added the city to its leak site on Monday after the attack.", "Play"),
    ):
        assert attack(sentence).claimed_by[0].value == who, sentence
    for sentence in (
        "ITdaily claims the attackers gained initial access through a partner of the city.",
        "SevenRooms claims that nobody managed to breach their own systems in the incident.",
    ):
        facts = attack_facts("", sentence)
        assert facts is None or not facts.claimed_by, sentence


def test_arrests_with_how_many_when_said() -> None:
    assert (
        law("The operation resulted in two arrests of Russian nationals.").arrests[0].value == "two arrests"
    )
    assert (
        law("Authorities arrested three foreign men in Singapore.").arrests[0].value
        == "arrested three foreign men"
    )
    assert (
        law("Kosovar citizen extradited to the US for running BlackDB.cc.").arrests[0].value == "extradited"
    )
    assert law("Deux suspects ont été interpellés à Paris.").arrests[0].value == "Deux suspects"
    assert law("Twee verdachten zijn aangehouden.").arrests
    assert law("Die Polizei hat zwei Verdächtige festgenommen.").arrests
    # A warrant is not an arrest.
    facts = law_enforcement_facts("", "Bulgarian authorities were responding to an American arrest warrant.")
    assert facts is None or not facts.arrests


def test_charges_sentences_handed_down_and_not_faced() -> None:
    assert law("Store manager pleads guilty to SIM swapping his customers.").charges
    assert law("Le suspect a été mis en examen pour extorsion.").charges
    handed = law(
        "A Dutch court on Tuesday sentenced one of the co-founders of the mixer to 5 years and 4 months in prison."
    )
    assert handed.sentences[0].value == "5 years and 4 months in prison"
    assert (
        law("Il a été condamné à trois ans de prison ferme.").sentences[0].value
        == "trois ans de prison ferme"
    )
    assert law("He was jailed for six years after the attacks.").sentences[0].value == "six years"
    faced = law("He pleaded guilty and faces a maximum of 20 years in prison at sentencing in April.")
    assert faced.charges and not faced.sentences
    facts = law_enforcement_facts("", "Store manager admitted reaching out because he is broke.")
    assert facts is None or not facts.charges


def test_seizures_and_the_agencies_that_acted() -> None:
    europol = law("Europol shuts down Archetyp Market, the longest-running dark web drug market.")
    assert europol.seizures and [a.value for a in europol.agencies] == ["Europol"]
    cbi = law(
        "India's Central Bureau of Investigation (CBI) has moved to dismantle a cybercrime syndicate, with the "
        "National Crime Agency and the FBI."
    )
    assert {a.value for a in cbi.agencies} >= {
        "Central Bureau of Investigation",
        "CBI",
        "National Crime Agency",
        "FBI",
    }
    assert all(a.sentence for a in cbi.agencies)
    assert law("La gendarmerie a saisi les serveurs du groupe.").seizures


def test_intel_json_shows_attack_and_law_facts_with_their_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "story.txt"
    page.write_text(
        "Ransomware gang affiliate arrested after attack on Acme Hospital\n\n"
        "Acme Hospital was hit by a ransomware attack on 3 March 2025. Ambulances were diverted to other "
        "hospitals. The attackers stole 1.2 million patient records and demanded a $4 million ransom. The Akira "
        "ransomware gang claimed responsibility for the attack. Police arrested two suspects in Spain, and "
        "Europol seized the gang's servers.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["intel", str(page), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    shown = {k: [f["value"] for f in v] for k, v in data["attack"].items()}
    assert shown["when"] == ["on 3 March 2025"] and shown["ransom"] == ["$4 million"]
    assert shown["stolen"] == ["1.2 million patient records"] and shown["claimed_by"] == ["Akira"]
    assert "diverted" in shown["stopped"][0]
    assert data["law_enforcement"]["arrests"][0]["value"] == "arrested two suspects"
    assert {a["value"] for a in data["law_enforcement"]["agencies"]} >= {"Europol"}
    assert all(f["sentence"] for facts in data["attack"].values() for f in facts)


def test_unlabelled_page_kinds_seen_while_checking() -> None:
    """Kinds of statement found on pages nobody labelled: counts after the verb, a date after a
    term, a takedown without the law is not a seizure, a charge's possible outcome, 'ransom' gangs."""
    assert law("Cops across the world arrest 51 in orchestrated takedown of Ghost crime platform").arrests[
        0
    ].value == ("arrest 51")
    assert (
        law("INTERPOL nabs 1,209 cybercriminals in Africa, seizes $97M").arrests[0].value
        == "nabs 1,209 cybercriminals"
    )
    term = law("He was sentenced to an additional six years and ten months last week following an assault.")
    assert term.sentences[0].value == "an additional six years and ten months"
    facts = law_enforcement_facts("", "America's cyber defenses are being dismantled from the inside")
    assert facts is None or not facts.seizures
    facts = law_enforcement_facts(
        "", "If found guilty, he faces a potential maximum prison sentence of 20 years."
    )
    assert facts is None or not (facts.charges or facts.sentences)
    assert attack("INC ransom group claimed the breach of Panama's Ministry of Economy").claimed_by[
        0
    ].value == ("INC Ransom")
    facts = attack_facts("", "Embargo is a Rust-based ransomware first discovered in May 2024.")
    assert facts is None or not facts.when


def test_dutch_german_and_french_statements_of_each_kind() -> None:
    dutch = attack("De ransomwarebende Akira eiste de aanval op. De criminelen eisen 2 miljoen euro losgeld.")
    assert dutch.claimed_by[0].value == "Akira" and dutch.ransom[0].value == "2 miljoen euro"
    german = attack(
        "Die Hackergruppe LockBit bekannte sich zu dem Angriff. Sie fordern 3 Millionen Euro Lösegeld."
    )
    assert german.claimed_by[0].value == "LockBit" and german.ransom[0].value == "3 Millionen Euro"
    french = attack(
        "Les pirates réclament une rançon de 500 000 euros et affirment avoir dérobé 200 Go de données."
    )
    assert french.ransom[0].value == "500 000 euros" and french.stolen[0].value == "200 Go"
    nl = law("De politie heeft twee verdachten aangehouden en servers in beslag genomen.")
    assert (
        nl.arrests[0].value == "twee verdachten"
        and nl.seizures
        and [a.value for a in nl.agencies] == ["politie"]
    )
    de = law("Das BKA hat drei Verdächtige festgenommen und Server beschlagnahmt.")
    assert (
        de.arrests[0].value == "drei Verdächtige"
        and de.seizures
        and [a.value for a in de.agencies] == ["BKA"]
    )
    fr = law("Il a été condamné à cinq ans de prison ferme par le tribunal correctionnel de Paris.")
    assert fr.sentences[0].value == "cinq ans de prison ferme"
    assert law("Deux hommes ont été interpellés et placés en garde à vue.").arrests[0].value == "Deux hommes"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("L'attaque a été revendiquée lundi par le groupe Nébulor sur son site de fuite.", "Nébulor"),
        ("The intrusion was claimed on Monday by the Quartzwing gang.", "Quartzwing"),
        ("L'attaque a été revendiquée par le groupe Nébulor.", "Nébulor"),
        ("Une attaque revendiquée par le groupe prorusse Nébulor057(16) sur Telegram.", "Nébulor057(16)"),
        ("L'attaque, revendiquée par le groupe de hackers Nébulor, a duré six heures.", "Nébulor"),
    ],
)
def test_a_claim_with_words_before_par_names_the_claimant(sentence: str, who: str) -> None:
    facts = attack_facts("Un hôpital fictif visé par une cyberattaque", sentence)
    assert facts is not None
    assert [fact.value for fact in facts.claimed_by] == [who]


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Hackers attacked a regional hospital in Maine on Saturday, the hospital said.", ["on Saturday"]),
        ("A ransomware attack hit the town hall in Marseille in March 2026.", ["in March 2026"]),
        ("The breach at a port in Augusta was disclosed last week.", ["last week"]),
        ("L'attaque contre la commune a été confirmée par le maire, qui a porté plainte.", []),
        ("Ein Cyberangriff hat ein Krankenhaus in Frankfurt am Main lahmgelegt.", []),
        ("De aanval op het ziekenhuis vond plaats op 3 mei 2026.", ["op 3 mei 2026"]),
    ],
)
def test_a_place_or_word_that_begins_with_a_month_is_no_date(sentence: str, when: list[str]) -> None:
    # "in Maine", "le maire", "am Main" begin with a month's name (May, mai, Mai): the month must be
    # a whole word, or the place is recorded as the day of the attack.
    found = attack_facts("", sentence)
    assert [fact.value for fact in (found.when if found else [])] == when
