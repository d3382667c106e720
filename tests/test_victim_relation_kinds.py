"""Kinds of ties between a name and the attack (enrich/victim_relations.py) that hold on outlets
the victim model never saw: the headline's topic and the name before its own attack noun, what
the organisation says happened to itself, the platform a crime went through, a person arrested or
charged. EN and FR for each, NL and DE where the wording is the language's own. Every sentence is
fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import admissible
from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_model import candidates
from veilleur.enrich.victim_relations import relation_features


def _relations(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return relation_features(sentence, at, at + len(name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Quillon Bank: criminals hacked a payroll laptop", "Quillon Bank"),
        ("Hôpital Valbrune : une cyberattaque paralyse les urgences", "Hôpital Valbrune"),
        ("Quillon Bank data breach exposes 40,000 customers", "Quillon Bank"),
        ("Experts tie Ostrava Freight supply chain attack to a known crew", "Ostrava Freight"),
        ("Grote schade door Ostrava-datalek", "Ostrava"),
        ("Hollbach-Hackerangriff legt Verwaltung lahm", "Hollbach"),
    ],
)
def test_the_headline_topic_and_its_own_attack(sentence: str, name: str) -> None:
    assert "rel:topic" in _relations(sentence, name)


def test_an_attack_named_after_its_attacker_is_no_topic() -> None:
    # "Zorblax attack on Quillon Bank": Zorblax did it; "une attaque de Zorblax contre …" the same.
    assert "rel:topic" not in _relations("Zorblax attack on Quillon Bank drains accounts", "Zorblax")
    assert "rel:topic" not in _relations("La plainte de Fictisec vise les pirates", "Fictisec")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Brelford Foods Ltd. recently encountered a cyberattack, its chairman wrote to shareholders.",
            "Brelford Foods Ltd",
        ),
        (
            "Vantor plc, a family-owned maker of toughened glass for greenhouses and farms, is currently "
            "managing a cyber incident.",
            "Vantor plc",
        ),
        (
            "Vantor, the Leeds-based greenhouse glass manufacturer, says it has been hit by a cyber attack.",
            "Vantor",
        ),
        (
            "Kelvarn Health sends out notifications to patients after the ransomware incident",
            "Kelvarn Health",
        ),
        ("La mairie de Valbrune a subi une cyberattaque dimanche.", "Valbrune"),
        ("Morvelle Santé a indiqué avoir été victime d'un rançongiciel.", "Morvelle Santé"),
        ("Morvelle Santé informe ses patients d'une fuite de données.", "Morvelle Santé"),
        ("Quillon Bank kampt met een datalek na een hack.", "Quillon Bank"),
        ("Die Stadtwerke Hollbach kämpft mit einem Hackerangriff.", "Hollbach"),
        ("The Kelvarn Academy Trust said its systems were restored.", "Kelvarn Academy Trust"),
        ("La mairie de Valbrune a indiqué que ses serveurs ont été restaurés.", "Valbrune"),
        ("Quillon Bank zegt dat zijn systemen zijn hersteld.", "Quillon Bank"),
        ("Die Stadtwerke Hollbach erklärt, ihre Systeme seien wiederhergestellt.", "Hollbach"),
    ],
)
def test_what_an_organisation_says_happened_to_itself(sentence: str, name: str) -> None:
    assert "rel:subject" in _relations(sentence, name)


def test_a_reporter_saying_what_attackers_did_is_no_subject() -> None:
    assert "rel:subject" not in _relations("Fictisec says attackers exploited the flaw.", "Fictisec")
    assert "rel:subject" not in _relations("Selon Fictisec, les pirates ont exploité la faille.", "Fictisec")
    # "said it": the pronoun, not information technology, follows the name.
    assert "rel:asset" not in _relations("Fictisec said it observed the gang in March.", "Fictisec")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Parcelo messaging abused to fleece hotel guests", "Parcelo"),
        ("The stolen records were put up for sale on the Zorbex forum last week.", "Zorbex"),
        ("Crooks phish hotel guests by abusing Parcelo messages.", "Parcelo"),
        ("Des escrocs volent les voyageurs en abusant de Parcelo.", "Parcelo"),
        ("Les données ont été mises en vente sur le forum Zorbex.", "Zorbex"),
        ("Oplichters maken misbruik van Parcelo om reizigers te bestelen.", "Parcelo"),
        ("Betrüger missbrauchen Parcelo, um Reisende zu bestehlen.", "Parcelo"),
    ],
)
def test_the_platform_a_crime_went_through(sentence: str, name: str) -> None:
    assert "rel:platform" in _relations(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tarn Holloway, known online as Zedbroker, indicted over a string of intrusions", "Tarn Holloway"),
        ("Police announced the arrest of Tarn Holloway in Lyon.", "Tarn Holloway"),
        ("Tarn Holloway a été interpellé à Lyon.", "Tarn Holloway"),
        ("Tarn Holloway werd gearresteerd in Rotterdam.", "Tarn Holloway"),
        ("Tarn Holloway wurde in Köln festgenommen.", "Tarn Holloway"),
    ],
)
def test_a_person_arrested_or_charged(sentence: str, name: str) -> None:
    assert "rel:charged" in _relations(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Zorblax Greetings e-card site attacked by card thieves", "Zorblax Greetings"),
        ("La boutique Valbrune-Mode en ligne a été piratée.", "Valbrune-Mode"),
        ("Play first drew attention when it attacked Norland's Court of Velm.", "Court of Velm"),
    ],
)
def test_a_short_description_or_a_place_owner_between_name_and_attack(sentence: str, name: str) -> None:
    assert _relations(sentence, name) & {"rel:passive", "rel:object"}


@pytest.mark.parametrize(
    "name",
    [
        "Tbps DDoS",
        "HTTP Flood",
        "Device Code Phishing",
        "SMS-Phishing",
        "Linux Servers Using Quillware Malware",
    ],
)
def test_a_kind_of_attack_is_no_victim(name: str) -> None:
    assert not admissible(Candidate(name, f"A record {name} hit the network.", features={"rule:after"}))


def test_a_lead_sentence_past_the_lead_window_gets_its_ties() -> None:
    # A rule reads the name in a lead sentence past LEAD_CHARS: its sentence's ties are features.
    filler = "The outage started on a quiet morning and lasted for most of the day. " * 6
    found = candidates(
        "Regional firms report outages",
        filler + "Kelvarn Health sends out notifications to patients after the ransomware incident.",
    )
    kelvarn = next(c for c in found if c.name == "Kelvarn Health")
    assert "rel:subject" in kelvarn.features


def test_a_person_never_tied_to_the_attack_is_marked() -> None:
    found = candidates(
        "Hackers hit Quillon Bank on Tarn Holloway's birthday",
        "Hackers hit Quillon Bank on Monday. Tarn Holloway spoke at a conference on Tuesday.",
    )
    person = [c for c in found if c.name == "Tarn Holloway"]
    assert person and ("x:person_untied" in person[0].features or "ent:PERSON" not in person[0].features)


@pytest.mark.parametrize(
    ("sentence", "name", "relation"),
    [
        # An intrusion's list of those it reached, the last name joined by "and".
        (
            "A months-long infiltration into the networks of six carriers, including Telvoro and Ardenline, "
            "exposed call records.",
            "Ardenline",
            "rel:object",
        ),
        (
            "Une intrusion chez plusieurs opérateurs, dont Telvoro et Ardenline, a exposé des données.",
            "Ardenline",
            "rel:object",
        ),
        # What was planted on its website, its systems.
        (
            "Card skimmer found on the website of Brelford Garden Centre",
            "Brelford Garden Centre",
            "rel:asset",
        ),
        ("Un skimmer découvert sur le site de Valbrune Mode", "Valbrune Mode", "rel:asset"),
        ("Skimmer aangetroffen op de website van Valbrune Mode", "Valbrune Mode", "rel:asset"),
        # Bringing its customers back online after the attack: its own incident.
        (
            "Quillon Trading starts bringing clients back online after a ransomware attack",
            "Quillon Trading",
            "rel:subject",
        ),
        (
            "Quillon Trading a subi une attaque et remet ses clients en ligne",
            "Quillon Trading",
            "rel:subject",
        ),
        # The Italian outlets' "attack on X".
        ("Attacco a Quillon Bank", "Quillon Bank", "rel:object"),
        # Where the stolen code sat is no victim.
        ("Thieves took Zorblax source code on Parcelo", "Parcelo", "rel:platform"),
        ("Le code privé de Zorblax volé via Parcelo", "Parcelo", "rel:platform"),
    ],
)
def test_lists_assets_recoveries_and_places_of_the_data(sentence: str, name: str, relation: str) -> None:
    assert relation in _relations(sentence, name)


def test_a_campaign_whose_attacks_act_is_no_topic() -> None:
    assert "rel:topic" not in _relations("Ongoing Zorblax attacks target web shops", "Zorblax")
    assert "rel:topic" in _relations("Quillon Bank attack disrupts payments", "Quillon Bank")


@pytest.mark.parametrize(
    ("sentence", "name", "relation"),
    [
        (
            "The region's biggest notary office, Simplify Homes, was hit by ransomware.",
            "Simplify Homes",
            "rel:passive",
        ),
        (
            "La plus grande étude notariale, Valbrune Actes, a été piratée en mars.",
            "Valbrune Actes",
            "rel:passive",
        ),
        (
            "The crew claimed it took files from Leeds-headquartered Allen & Brel.",
            "Allen & Brel",
            "rel:object",
        ),
        (
            "Intrusions hitting Welsh councils this year, including the Royal Brelpost, doubled.",
            "Royal Brelpost",
            "rel:object",
        ),
        (
            "Des attaques visant des entreprises françaises, dont Valbrune Mode, ont augmenté.",
            "Valbrune Mode",
            "rel:object",
        ),
        (
            "A 2020 attack aimed at the Norland Government was tied to the group.",
            "Norland Government",
            "rel:object",
        ),
        (
            "Fortivo has disclosed that intruders breached two of its file-transfer servers.",
            "Fortivo",
            "rel:subject",
        ),
        (
            "Valbrune Santé a révélé que des pirates ont compromis certains de ses serveurs.",
            "Valbrune Santé",
            "rel:subject",
        ),
    ],
)
def test_body_shapes_of_the_attacked(sentence: str, name: str, relation: str) -> None:
    assert relation in _relations(sentence, name)


def test_a_body_name_that_says_it_was_breached_is_a_candidate() -> None:
    filler = "The outage started on a quiet morning and lasted for most of the day. " * 8
    found = candidates(
        "Ransomware gangs step up attacks",
        filler
        + "Separately, Fortivo has disclosed that intruders breached two of its file-transfer servers.",
    )
    assert any(c.name == "Fortivo" and "at:body" in c.features for c in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Two pipelines owned by Nordic gas firm Valtra were damaged overnight.", "Valtra"),
        ("An open database belonging to Quillon Bank held two million records.", "Quillon Bank"),
        ("Une base de données appartenant à Valbrune Santé a fuité.", "Valbrune Santé"),
        ("Een database, eigendom van Quillon Bank, stond open.", "Quillon Bank"),
        ("Ein Server, betrieben von Hollbach Energie, war offen.", "Hollbach Energie"),
    ],
)
def test_the_owner_of_what_leaked_or_was_hit(sentence: str, name: str) -> None:
    relations = _relations(sentence, name)
    assert "rel:asset" in relations
    assert "rel:agent" not in relations  # "owned by X": X owns it, it did nothing


def test_by_still_names_the_agent() -> None:
    assert "rel:agent" in _relations("The flaw was found by researchers at Fictisec.", "Fictisec")
    assert "rel:agent" in _relations("La faille a été découverte par Fictisec.", "Fictisec")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Campaigns delivered malware families like Zorbot, Quillrat, and Ardload to firms.", "Quillrat"),
        ("Campaigns delivered malware families like Zorbot, Quillrat, and Ardload to firms.", "Ardload"),
        ("Des campagnes diffusent des maliciels comme Zorbot et Quillrat.", "Quillrat"),
        ("Campagnes verspreiden malware zoals Zorbot en Quillrat.", "Quillrat"),
        ("Kampagnen verbreiten Schadsoftware wie Zorbot und Quillrat.", "Quillrat"),
    ],
)
def test_a_list_of_malware_is_no_list_of_victims(sentence: str, name: str) -> None:
    assert not admissible(Candidate(name, sentence, label="ORG", features={"ent:ORG", "lang:en"}))


def test_a_list_of_victims_stays_one() -> None:
    sentence = "The gang hit several firms, including Quillon Bank and Telvoro."
    assert admissible(Candidate("Telvoro", sentence, label="ORG", features={"ent:ORG", "lang:en"}))
    phrase = "Le gang a frappé plusieurs entreprises, dont Quillon Bank et Telvoro."
    assert admissible(Candidate("Telvoro", phrase, label="ORG", features={"ent:ORG", "lang:en"}))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The attackers relayed NTLM hashes to the domain controller.", "NTLM"),
        ("Les pirates ont relayé des empreintes NTLM vers le contrôleur de domaine.", "NTLM"),
        ("Victims opened a LNK file that was hit by the loader.", "LNK"),
        ("Les victimes ont ouvert un fichier LNK piégé.", "LNK"),
    ],
)
def test_a_protocol_or_file_kind_is_no_victim(sentence: str, name: str) -> None:
    found = [c for c in candidates("Attackers hit a regional firm", sentence) if c.name == name]
    assert found  # a candidate, read and then left out
    assert not [c for c in found if admissible(c)]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("If a data breach occurs, the regulator must be told within 72 hours.", "If"),
        ("Si une fuite de données survient, la CNIL doit être prévenue.", "Si"),
        ("Op maandag werd de gemeente getroffen door een cyberaanval.", "Op"),
        ("Im März wurde die Stadt von Hackern angegriffen.", "Im"),
    ],
)
def test_a_two_letter_word_opening_a_sentence_is_no_victim(sentence: str, word: str) -> None:
    assert not admissible(Candidate(word, sentence, features={"lang:en", "rel:asset", "rel:passive"}))
    # while two capitals name a firm ("LG", "HP")
    assert admissible(
        Candidate("LG", "Hackers breached LG last week.", label="ORG", features={"ent:ORG", "lang:en"})
    )
