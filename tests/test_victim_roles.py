"""A name's role in its sentence, whatever the model says: the attacker of an active verb, the
reporter of someone else's news, a determiner or preposition, a people, a security body, a kind of
file are no victims; a firm named in capitalised English words inside a sentence and a person the
sentence says was robbed are. Every sentence is fictional (EN/FR/NL/DE)."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import admissible
from veilleur.enrich.victim_model import Candidate
from veilleur.enrich.victim_reporting import reporter_or_file_kind
from veilleur.enrich.victim_words import agency, nationality
from veilleur.enrich.victims import find_victims


@pytest.mark.parametrize(
    "title",
    [
        "Hacktivists hacked Quorvian State TV during the speech",
        "Kalvo Team breached the Palmora bank",
        "Kalvians hacked Ostrel courts, say investigators",
    ],
)
def test_the_subject_of_an_active_attack_verb_is_not_read_as_its_victim(title: str) -> None:
    first = title.split()[0]
    assert not any(name.startswith(first) for name in find_victims(title))


@pytest.mark.parametrize(
    ("title", "victim"),
    [
        ("Planet Icefall hacked!", "Planet Icefall"),
        ("Brelford Corp Hacked In March", "Brelford Corp"),
        ("Brelford Corp Hacked, Customer Data Stolen", "Brelford Corp"),
        ("Brelford Corp was hacked by LockBit", "Brelford Corp"),
        ("Brelford Corp breached by the Qilin gang", "Brelford Corp"),
        ("Brelford hacked again", "Brelford"),
    ],
)
def test_a_bare_participle_without_object_still_names_the_victim(title: str, victim: str) -> None:
    assert victim in find_victims(title)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Attackers are using AI to sharpen every link of their chain, FBI warns", "FBI"),
        ("Hospitals face a wave of extortion, the Zelmar Institute says.", "Zelmar Institute"),
        ("Les hôpitaux sont visés par une vague de rançongiciels, avertit l’ANSSI", "ANSSI"),
        ("Ziekenhuizen worden getroffen door ransomware, aldus het NCSC.", "NCSC"),
        ("Kliniken werden von Erpressern angegriffen, warnt das BSI", "BSI"),
        ("Phishing attacks hide their code inside SVG files", "SVG"),
    ],
)
def test_the_reporter_at_a_sentence_end_and_a_file_kind_are_never_victims(sentence: str, name: str) -> None:
    candidate = Candidate(name, sentence, features={"lang:en", "ent:ORG"}, label="ORG")
    assert reporter_or_file_kind(candidate)
    assert not admissible(candidate)


@pytest.mark.parametrize(
    ("sentence", "name", "features"),
    [
        # the victim reports its own incident: a trigger rule or a tie reads it as attacked
        ("Hackers stole customer data, Brelford says", "Brelford", {"rule:before"}),
        ("The intrusion hit its servers, Brelford said.", "Brelford", {"rel:asset"}),
        # its own words
        ("We detected unauthorised access to our network, Brelford said.", "Brelford", set()),
        ("Brelford says hackers stole data", "Brelford", set()),
    ],
)
def test_a_victim_reporting_its_own_incident_stays_admissible(
    sentence: str, name: str, features: set[str]
) -> None:
    candidate = Candidate(name, sentence, features={"lang:en", "ent:ORG", *features}, label="ORG")
    assert not reporter_or_file_kind(candidate)
    assert admissible(candidate)


@pytest.mark.parametrize("word", ["ANOTHER", "Another", "Several", "Via Weibo", "Number"])
def test_determiners_quantifiers_and_prepositions_open_no_name(word: str) -> None:
    candidate = Candidate(word, f"Ransomware attack hits {word} school", features={"rule:after", "lang:en"})
    from veilleur.enrich.victim_features import _name_features

    candidate.features |= _name_features(word, candidate.sentence, "", set())
    assert not admissible(candidate)


def test_a_college_alone_is_no_name_a_named_college_is() -> None:
    from veilleur.enrich.victim_features import _name_features

    alone = _name_features("College", "College students were phished.", "", set())
    named = _name_features("Brelford College", "Brelford College was hit by ransomware.", "", set())
    assert "known:stop" in alone
    assert "known:stop" not in named and "has:institution" in named


def test_a_people_in_the_plural_is_a_nationality() -> None:
    places = {"russia": "RU", "israel": "IL", "france": "FR"}
    assert nationality("russians", places) and nationality("israelis", places)
    assert not nationality("brelfords", places)


@pytest.mark.parametrize(
    "name",
    [
        "health sector cybersecurity coordination center",
        "computer emergency response team",
        "canadian centre for cyber security",
        "national cyber security agency",
    ],
)
def test_a_security_body_is_known_by_the_shape_of_its_name(name: str) -> None:
    assert agency(name)


@pytest.mark.parametrize("name", ["brelford health center", "security bank", "palmora community college"])
def test_organisations_with_one_of_those_words_are_not_security_bodies(name: str) -> None:
    assert not agency(name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Dark crews demanded a $51 million ransom from Johnson Controls last year.", "Johnson Controls"),
        ("The wave of attacks hit British firms, including the Royal Mail.", "Royal Mail"),
        ("Parmi les victimes figurent la Banque Populaire et d'autres.", "Banque Populaire"),
    ],
)
def test_capitalised_english_words_inside_a_sentence_are_a_name(sentence: str, name: str) -> None:
    candidate = Candidate(name, sentence, features={"lang:en", "ent:none", "at:lead", "rel:object"})
    assert admissible(candidate)


@pytest.mark.parametrize(
    ("sentence", "name", "features"),
    [
        ("Supply Chain Attacks Rise Again", "Supply Chain", {"at:title", "at:title_case"}),
        ("Supply Chain attacks rose again this year.", "Supply Chain", {"at:lead"}),
    ],
)
def test_english_words_opening_a_sentence_or_in_a_title_case_headline_stay_words(
    sentence: str, name: str, features: set[str]
) -> None:
    candidate = Candidate(name, sentence, features={"lang:en", "ent:none", *features})
    assert not admissible(candidate)


def test_a_person_the_sentence_says_was_robbed_is_no_quoted_person() -> None:
    sentence = "The outlet told the story of an investor named Tomas who was robbed of $4 million."
    robbed = Candidate("Tomas", sentence, label="PERSON", features={"lang:en", "ent:PERSON", "rel:passive"})
    quoted = Candidate("Tomas", sentence, label="PERSON", features={"lang:en", "ent:PERSON"})
    assert admissible(robbed)
    assert not admissible(quoted)


@pytest.mark.parametrize(
    ("title", "text", "firm"),
    [
        (
            "Brelford Bank confirms data breach",
            "Brelford Bank confirmed a data breach on Monday. Jon Vey, chief hacking officer at the "
            "security consultancy Zelvanta, was the first to spot the leaked files.",
            "Zelvanta",
        ),
        (
            "La banque Brelford victime d'une cyberattaque",
            "La banque Brelford a été victime d'une cyberattaque lundi. Selon la société de "
            "cybersécurité Zelvanta, les données de 40 000 clients ont été volées.",
            "Zelvanta",
        ),
    ],
)
def test_a_name_described_as_a_security_firm_reports_the_attack(title: str, text: str, firm: str) -> None:
    from veilleur.enrich.victim_model import candidates

    lang = "fr" if "victime" in title else "en"
    found = {c.name: c for c in candidates(title, text, lang)}
    assert "desc:security" in found[firm].features
    assert not admissible(found[firm])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Kalvo Panda, also known by the names BASIN, Bronze Falcon, and Stately Orca, has hit firms",
            "Bronze Falcon",
        ),
        ("Le groupe, connu sous les noms de Fancy Orca et Sofalco, a visé des hôpitaux", "Sofalco"),
        ("Die Gruppe, auch bekannt als Fancy Orca und Sofalco, griff Kliniken an", "Sofalco"),
    ],
)
def test_a_threats_other_names_are_never_victims(sentence: str, name: str) -> None:
    candidate = Candidate(name, sentence, label="PERSON", features={"lang:en", "ent:PERSON"})
    assert not admissible(candidate)


def test_the_victim_after_an_alias_is_still_admissible() -> None:
    sentence = "The crew, known as Scattered Orca, breached Palmora Bank and Brelford Casinos"
    candidate = Candidate(
        "Brelford Casinos", sentence, label="ORG", features={"lang:en", "ent:ORG", "rel:object"}
    )
    assert admissible(candidate)


def test_a_name_its_sentence_says_was_breached_is_no_place_even_labelled_one() -> None:
    sentence = "Kalmora, a freight company based in Leeds, said it had been breached by hackers."
    said = Candidate("Kalmora", sentence, label="GPE", features={"lang:en", "ent:GPE", "rel:passive"})
    where = Candidate(
        "Kalmora", "Hackers struck firms across Kalmora.", label="GPE", features={"lang:en", "ent:GPE"}
    )
    assert admissible(said)
    assert not admissible(where)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Ransomware wave hits logistics sector",
            "Several firms were struck this week. Brelvo Logistics, a freight firm based in Ghent, said it "
            "was hit by ransomware on Monday. The company restored its systems.",
        ),
        (
            "fr",
            "Vague de rançongiciels dans la logistique",
            "Plusieurs entreprises ont été touchées. Brelvo Logistics, un transporteur basé à Lille, a été "
            "victime d'une cyberattaque lundi. L'entreprise a porté plainte.",
        ),
        (
            "nl",
            "Golf van ransomware in de logistiek",
            "Verschillende bedrijven werden getroffen. Brelvo Logistics, een transportbedrijf uit Gent, is "
            "getroffen door een cyberaanval. Het bedrijf doet aangifte.",
        ),
        (
            "de",
            "Ransomware-Welle in der Logistik",
            "Mehrere Firmen wurden getroffen. Brelvo Logistics, ein Logistiker aus Köln, wurde Opfer eines "
            "Cyberangriffs. Das Unternehmen hat Anzeige erstattet.",
        ),
    ],
)
def test_a_victim_named_only_in_the_lead_is_found_in_four_languages(lang: str, title: str, text: str) -> None:
    from veilleur.enrich.victim_model import candidates, choose

    assert "Brelvo Logistics" in [c.name for c in choose(candidates(title, text, lang))]


@pytest.mark.parametrize(
    "name",
    ["Southeast Asia", "Latin America", "East Asian", "Afrique de l’Ouest", "Zuidoost-Azië", "Südostasien"],
)
def test_a_region_of_the_world_is_a_place(name: str) -> None:
    from veilleur.enrich.victim_features import _name_features

    assert "known:place" in _name_features(name, f"Attacks targeting {name} rose.", "", set())
    candidate = Candidate(
        name, f"Attacks targeting {name} rose.", features={"lang:en", "rel:object", "at:lead"}
    )
    candidate.features |= _name_features(name, candidate.sentence, "", set())
    assert not admissible(candidate)


@pytest.mark.parametrize("name", ["American Express", "Asia Pacific Bank", "Europa Park"])
def test_firms_named_after_a_region_are_not_regions(name: str) -> None:
    from veilleur.enrich.victim_features import _name_features

    assert "known:place" not in _name_features(name, f"{name} was breached.", "", set())


@pytest.mark.parametrize(
    ("sentence", "name", "reported"),
    [
        ("Breaches surged, according to new research from Zelvanta, a cloud firm.", "Zelvanta", True),
        ("Global data released today from the Kalvo Institute shows more attacks.", "Kalvo Institute", True),
        ("Les fuites ont doublé selon une étude de Zelvanta.", "Zelvanta", True),
        ("De lekken zijn verdubbeld volgens onderzoek van Zelvanta.", "Zelvanta", True),
        ("Hackers stole data from Brelford Bank last week.", "Brelford Bank", False),
    ],
)
def test_the_publisher_of_a_study_is_read_as_its_reporter(sentence: str, name: str, reported: bool) -> None:
    from veilleur.enrich.victim_features import _mention_features

    at = sentence.find(name)
    assert ("L:reported_by" in _mention_features(sentence, at, at + len(name), 2, False)) is reported


def test_a_security_bodys_short_name_in_brackets_reports() -> None:
    from veilleur.enrich.victim_model import candidates

    text = (
        "Attacks rose this month. The Health Sector Cybersecurity Coordination Center (HC9) is aware of "
        "at least one healthcare entity that has fallen victim to Kalvo ransomware. HC9 urged hospitals "
        "to patch."
    )
    found = {c.name: c for c in candidates("Hospitals face Kalvo ransomware", text, "en")}
    assert "known:reporter" in found["HC9"].features
    assert not admissible(found["HC9"])


def test_an_agencys_name_with_and_is_one_name() -> None:
    from veilleur.enrich.victim_features import _spans

    sentence = "The Securities and Exchange Commission fined Brelford and Kalvo for the breach."
    start = sentence.find("Securities")
    spans = _spans(sentence, [(start, start + len("Securities and Exchange Commission"), "ORG")])
    assert ("Securities and Exchange Commission") in [sentence[s:e] for s, e, label in spans if label]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The outlet told the saga of a cryptocurrency investor named Tomas who was robbed.", "individuals"),
        (
            "Le site raconte l'histoire d'une retraitée prénommée Anne, escroquée de 40 000 euros.",
            "individuals",
        ),
    ],
)
def test_a_one_word_name_introduced_as_a_persons_is_an_individual(text: str, sector: str) -> None:
    from veilleur.enrich.victim_sectors import sector_of_victim

    name = "Tomas" if "Tomas" in text else "Anne"
    assert [s.value for s in sector_of_victim(name, text, "", "PERSON", text)] == [sector]
