"""Victims by kind of error seen on pages of outlets held out of training: trigger shapes the rules
missed, names cut at the wrong word, lists of victims, and names that are never victims."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_model import Candidate, admissible
from veilleur.enrich.victims import find_victims, rule_reads
from veilleur.models import Article


def _victims(title: str, text: str, lang: str = "en") -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang=lang)
    return [v.name for v in enrich(article).victims]


def _read(text: str) -> list[str]:
    return [m.name for m in rule_reads(text)[0]]


@pytest.mark.parametrize(
    ("headline", "victim"),
    [
        # the attack, then a verb, then its target
        ("Ransomware attack hit Brelford Foods stores in the north", "Brelford Foods"),
        ("A cyber attack that targeted Kestrel Media disrupted its broadcasts", "Kestrel Media"),
        ("Week-long outage affecting Vantor Wireless network blamed on attack", "Vantor Wireless"),
        # a description between the trigger and the name is not the name
        ("Play ransomware gang hit Dutch shipping firm Noorder Logistiek", "Noorder Logistiek"),
        ("Hackers launched a cyber attack on Ruritanian state media RTVX", "RTVX"),
        # whose data was taken
        ("Threat actors leak Orvane employee data on hacking forum", "Orvane"),
        # the victim, then what it did about the attack
        ("Satellite TV giant Parabol admitted the outage was caused by a ransomware attack", "Parabol"),
        ("Kelvar Micro restarts orders – for some – following ransomware attack", "Kelvar Micro"),
        (
            "Dorrington Appraisal District paid $170,000 to ransomware attackers",
            "Dorrington Appraisal District",
        ),
        # stolen from, exposed data of, thefts at, raids, paid the thieves
        ("Cybercriminals raid Korvel pension database, steal records", "Korvel"),
        ("MOVEit attack exposed data of the staff at the Harwick Airport", "Harwick Airport"),
        ("A spate of data thefts at Brenmoor customers followed", "Brenmoor"),
        ("Officials traced the theft of $30 million from crypto firm Dravex Coin", "Dravex Coin"),
        ("Pellworth paid thieves to delete stolen student data", "Pellworth"),
        ("The Quellar “breach”: what you need to know", "Quellar"),
        # the owner of what was attacked is the victim, unless it is a place
        ("Unknown actors managed to compromise Torvik's GitHub organization account", "Torvik"),
        ("The attack singled out Marvane's Networked Research Environment", "Marvane"),
        ("Rhysida claims the hack of Argentina's Judiciary of Vell", "Judiciary of Vell"),
        # Dutch and German
        ("Datalek bij gemeente Valkenmeer", "Gemeente Valkenmeer"),
        ("Stadtwerke Rauenberg bestätigt Cyberangriff", "Stadtwerke Rauenberg"),
    ],
)
def test_trigger_shapes_name_the_victim(headline: str, victim: str) -> None:
    assert victim in _read(f"{headline}\nMore details follow.")


@pytest.mark.parametrize(
    ("headline", "victim"),
    [
        # a capitalised institution noun belongs to the name
        ("It coincides with the hack of Bank Vardan, a state lender", "Bank Vardan"),
        (
            "Lockbit gang claims the attack on the Norwick District School Board (NDSB)",
            "Norwick District School Board",
        ),
        (
            "Eastbrook University Medical Center data breach impacted 74,033 people",
            "Eastbrook University Medical Center",
        ),
        # a Title Case descriptor does not
        ("U.S. Telecom Giant Talvox Confirms Data Breach", "Talvox"),
    ],
)
def test_a_name_is_cut_at_its_description_not_at_its_institution_word(headline: str, victim: str) -> None:
    assert _read(f"{headline}\nMore details follow.")[0] == victim


def test_a_description_in_front_of_a_candidate_is_not_its_name() -> None:
    found = _victims(
        "Casino Giant Marlow Resorts Confirms Data Breach After Ransomware Attack",
        "Marlow Resorts said attackers stole files from its systems. Marlow Resorts is investigating.",
    )
    assert found == ["Marlow Resorts"]
    found = _victims(
        "Privacy-invading Spyvora stalkerware shuts down after hack",
        "Spyvora was hacked last week and its database of customers was wiped.",
    )
    assert found == ["Spyvora"]


def test_the_names_listed_with_a_victim_are_victims() -> None:
    found = _victims(
        "Chinese hackers breached Telvoro, Ardenline and Quanta Networks",
        "State-backed hackers breached the networks of Telvoro, Ardenline and Quanta Networks, the "
        "three carriers confirmed. Telvoro said customer call records were accessed.",
    )
    assert found == ["Telvoro", "Ardenline", "Quanta Networks"]


def test_words_joined_to_a_victim_by_and_are_not_listed_names() -> None:
    found = _victims(
        "Ransomware hits Dorvale Clinic, forcing it to divert ambulances",
        "Dorvale Clinic was hit by ransomware on Monday and diverted ambulances. Researchers at "
        "Kessel Labs and Outlook users were not involved.",
    )
    assert found == ["Dorvale Clinic"]


def _candidate(name: str, label: str, *features: str) -> Candidate:
    return Candidate(name, f"{name} is named here.", "", label, {"lang:en", *features})


def test_names_that_are_never_victims_without_a_trigger() -> None:
    # a security firm named in the lead, not the headline: it reports
    assert not admissible(_candidate("Kessel", "ORG", "known:reporter", "at:lead"))
    # a run of a Title Case headline that the lead never repeats and the recogniser does not know
    assert not admissible(
        _candidate("Western Firms Now Demanding Ransom", "", "at:title", "at:title_case", "ent:none")
    )
    # a threat's word inside the name, a place, a version number
    assert not admissible(_candidate("Outlook Malware", "PERSON", "has:threat_word", "at:title"))
    assert not admissible(_candidate("Western Africa", "GPE", "at:lead"))
    assert not admissible(_candidate("Windows 11", "", "shape:digit", "rule:before"))
    # the same names read by a trigger rule stay candidates
    assert admissible(_candidate("Kessel", "ORG", "known:reporter", "at:lead", "rule:after"))
    assert admissible(_candidate("Vantor", "GPE", "at:lead", "rule:before"))


@pytest.mark.parametrize(
    ("name", "text", "sector"),
    [
        # the name's own head noun: a mall in a city is a shop, a hospital in a university is care
        ("Tbilsen City Mall", "The website of Tbilsen City Mall was defaced.", "retail"),
        (
            "Eastbrook University Medical Center",
            "Eastbrook University Medical Center was breached.",
            "healthcare",
        ),
        (
            "Korvan National Tax Service",
            "LockBit leaks data stolen from the Korvan National Tax Service.",
            "government",
        ),
        # the head of the description, not its first sector word
        ("Intrava", "Attacks hit healthcare organisations and telecoms firm Intrava.", "telecommunications"),
        (
            "Colvo Technology Services",
            "Multinational telco Colvo Technology Services says a cyber incident hit it.",
            "telecommunications",
        ),
        ("Safewell", "Safewell, a multisig wallet platform, was compromised.", "technology"),
        (
            "Marlin Partners",
            "Venture capital giant Marlin Partners confirms ransomware hit.",
            "financial-services",
        ),
        # a health insurer is healthcare, whatever "insurance" says
        (
            "Medivale",
            "Data on ten million customers of the health insurance giant Medivale was stolen.",
            "healthcare",
        ),
        ("Zorgkas", "De zorgverzekeraar Zorgkas werd getroffen door een cyberaanval.", "healthcare"),
        # a person described by a role is an individual
        (
            "Joe Tandy",
            "BBC News cybersecurity journalist Joe Tandy was targeted by a scammer.",
            "individuals",
        ),
        (
            "Anas Altor",
            "Anas Altor, founder and CEO at the Cordova Foundation, was infected with spyware.",
            "individuals",
        ),
        # a credit bureau is finance, not a government bureau
        (
            "Expirian",
            "Thieves accessed files of consumer credit reporting bureau Expirian.",
            "financial-services",
        ),
        # the sector named nearest the name, not the most named around it
        (
            "Teslo",
            "Hackers accessed cameras installed in Teslo factories, hospitals and a prison.",
            "manufacturing",
        ),
    ],
)
def test_sector_from_the_victims_own_words(name: str, text: str, sector: str) -> None:
    from veilleur.enrich.victim_sectors import victim_sectors

    assert victim_sectors(name, f"Headline\n{text}")[0] == sector


def test_institution_names_that_open_with_a_stop_word_stay_candidates() -> None:
    from veilleur.enrich.victim_model import candidates

    def features(title: str, text: str, name: str) -> set[str]:
        found = {c.name: c for c in candidates(title, text)}
        return found[name].features

    peru = features(
        "Rhysida gang claims the hack of the Government of Ruritania",
        "The Government of Ruritania confirmed the attack.",
        "Government of Ruritania",
    )
    assert "known:stop" not in peru
    pharmacies = features(
        "American Associated Druggists hit by ransomware",
        "American Associated Druggists said its systems were encrypted.",
        "American Associated Druggists",
    )
    assert "known:stop" not in pharmacies
    # a firm called a group is no gang
    safran = features(
        "Key aerospace player Valtran Group leaks sensitive data",
        "Valtran Group exposed files.",
        "Valtran Group",
    )
    assert "has:threat_word" not in safran
    # the pronoun and the nationality alone stay stop words
    assert "known:stop" in features("They said Russian hackers hit it", "They said so.", "They")


def test_a_title_case_run_the_page_never_repeats_is_no_victim_even_read_by_a_rule() -> None:
    windows = Candidate(
        "Vindows",
        "Hackers Exploit Vindows Flaw",
        "",
        "",
        {"lang:en", "at:title", "at:title_case", "count:1", "rule:before"},
    )
    assert not admissible(windows)
    windows.features.add("at:first")  # written again in the lead: a name
    assert admissible(windows)


def test_products_and_agencies_named_in_the_lead_are_not_victims() -> None:
    found = _victims(
        "Smart home assistants at risk from new ultrasound attack",
        "Researchers showed that Alexa, Siri and Cortana can be attacked with inaudible commands. The "
        "Cybersecurity and Infrastructure Security Agency and the Department of Justice were told.",
    )
    assert not {"Alexa", "Siri", "Cortana", "Department of Justice", "Infrastructure Security Agency"} & set(
        found
    )
    # a product is no organisation even when a rule reads it ("Android users data stolen")
    android = Candidate(
        "Android", "Android users data stolen", "", "", {"lang:en", "known:product", "rule:before"}
    )
    assert not admissible(android)
    # an agency a trigger rule reads as attacked stays a candidate
    doj = Candidate(
        "DOJ", "Hackers breached the DOJ", "", "ORG", {"lang:en", "known:reporter", "at:lead", "rule:after"}
    )
    assert admissible(doj)


@pytest.mark.parametrize(
    ("lang", "title", "text", "victim"),
    [
        (
            "en",
            "Hospital operator hit by ransomware, ambulances diverted",
            "The hospital operator Meridon Care was hit by ransomware on Monday and diverted ambulances. "
            "Meridon Care runs four sites.",
            "Meridon Care",
        ),
        (
            "en",
            "Health-data firm confirms breach",
            "Health-data firm Talvera confirmed that attackers stole patient records. Talvera is investigating.",
            "Talvera",
        ),
        (
            "en",
            "Ransomware gang claims attack on health insurer",
            "The Qilin gang claims an attack on health insurer Zorvan. Zorvan said member data may be exposed.",
            "Zorvan",
        ),
        (
            "fr",
            "Le groupe hospitalier victime d'une cyberattaque",
            "Le groupe hospitalier Vivaleo a été victime d'une cyberattaque. Les urgences de Vivaleo sont délestées.",
            "Vivaleo",
        ),
        (
            "nl",
            "Zorggroep getroffen door cyberaanval",
            "Zorggroep Noorderhart is getroffen door een cyberaanval. Noorderhart heeft de systemen afgesloten.",
            "Zorggroep Noorderhart",
        ),
        (
            "de",
            "Klinikbetreiber Opfer eines Cyberangriffs",
            "Der Klinikbetreiber Sanaris wurde Opfer eines Cyberangriffs. Sanaris hat die Notaufnahme abgemeldet.",
            "Sanaris",
        ),
    ],
)
def test_a_care_provider_described_as_one_is_a_healthcare_victim(
    lang: str, title: str, text: str, victim: str
) -> None:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang=lang)
    found = [(v.name, v.sectors[0]) for v in enrich(article).victims]
    # the victim alone: not the kind of organisation ("Health-data", "Zorggroep", "Klinikbetreiber")
    assert found == [(victim, "healthcare")]


def test_a_well_known_name_written_with_and_is_one_victim_and_its_acronym_the_same() -> None:
    found = _victims(
        "Marks and Spencer confirms data breach after April cyber attack",
        "British retailer Marks and Spencer (M&S) confirmed that attackers stole customer data in April. "
        "The retailer said no payment details were taken.",
    )
    assert found == ["Marks and Spencer"]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Le département de la Creuse-Fictive a été visé par une attaque par déni de service.",
            "Département de la Creuse-Fictive",
        ),
        ("La région de la Loire-Fictive a été touchée par une cyberattaque.", "Région de la Loire-Fictive"),
        (
            "La mairie de La Rochelle-Fictive a été victime d'une cyberattaque.",
            "Mairie de La Rochelle-Fictive",
        ),
    ],
)
def test_an_institution_de_la_place_keeps_its_whole_name(text: str, victim: str) -> None:
    # "Le département de la Creuse a été visé" named the victim "Creuse".
    assert find_victims(text) == [victim]
