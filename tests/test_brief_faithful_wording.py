"""French wording the facts backend got wrong on real pages (audit of 40 news-dev pages): an outlet
known by its host name opened a sentence as "Www.example.org rapporte …", a count of people was
what was stolen ("le vol de 7,6 millions de personnes"), a person charged was a "groupe", and one
exploited CVE was "ces vulnérabilités". Fictional pages and records only."""

from __future__ import annotations

import re

import pytest

from veilleur.brief.backend import BriefRequest
from veilleur.brief.facts import FactsBackend
from veilleur.brief.playbook import recommendations
from veilleur.brief.record_facts import attack_statements, law_statements
from veilleur.brief.statements import impact_statements, threat_statements
from veilleur.brief.stolen import theft_point
from veilleur.enrich import enrich
from veilleur.enrich.facts import attack_facts, law_enforcement_facts
from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.vulnerability import vulnerability_facts
from veilleur.models import (
    Article,
    AttackFacts,
    Category,
    Fact,
    ImpactRecord,
    Intel,
    LawEnforcementFacts,
    Named,
    Victim,
)


def _brief(title: str, text: str, outlet: str) -> str:
    article = Article(url="https://www.gullnews.example/a", canonical_url="https://www.gullnews.example/a",
                      title=title, text=text, lang="en")  # fmt: skip
    request = BriefRequest(article=article, intel=enrich(article), outlet=outlet, url=article.url)
    return FactsBackend().brief(request).summary


@pytest.mark.parametrize("outlet", ["www.gullnews.example", "go.ferrynews.example", "isc.harbour.example"])
def test_an_outlet_known_by_its_host_name_is_not_capitalised(outlet: str) -> None:
    text = (
        "Ransomware gangs keep hitting schools this year, and the ransom notes they leave ask for "
        "payment within days. Analysts say the gangs pick targets with weak backups and little staff. "
        "Defenders should keep offline backups and rehearse their recovery plans. " * 3
    )
    summary = _brief("Ransomware gangs keep hitting schools", text, outlet)
    assert summary.startswith(f"Le site {outlet} "), summary
    assert outlet[:1].upper() + outlet[1:] not in summary


def test_an_outlet_name_keeps_its_own_spelling() -> None:
    text = (
        "Ransomware gangs keep hitting schools this year, and the ransom notes they leave ask for "
        "payment within days. Analysts say the gangs pick targets with weak backups and little staff. " * 3
    )
    summary = _brief("Ransomware gangs keep hitting schools", text, "Gull News")
    assert summary.startswith("Gull News "), summary


@pytest.mark.parametrize(
    ("value", "point", "sentence"),
    [
        (
            "more than 7.6 million people",
            "Vol des données de plus de 7,6 millions de personnes.",
            "L'article fait état du vol des données de plus de 7,6 millions de personnes.",
        ),
        (
            "300,000 users",
            "Vol des données de 300\u202f000 utilisateurs.",
            "L'article fait état du vol des données de 300\u202f000 utilisateurs.",
        ),
        (
            "3.5 TB",
            "Vol de 3,5 téraoctets de données.",
            "L'article fait état du vol de 3,5 téraoctets de données.",
        ),
        (
            "1.2 million records",
            "Vol de données : 1,2 million d'enregistrements.",
            "L'article fait état du vol de 1,2 million d'enregistrements.",
        ),
    ],
)
def test_people_are_whose_data_was_stolen(value: str, point: str, sentence: str) -> None:
    attack = AttackFacts(stolen=[Fact(value=value, sentence="Data was taken from Ferry Bank.")])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [(s.point, s.sentence) for s in said] == [(point, sentence)]


def test_claimed_theft_of_people_data() -> None:
    sentence = "The gang claims to have stolen the files of 40,000 patients of Ferry Clinic."
    attack = AttackFacts(stolen=[Fact(value="40,000 patients", sentence=sentence)])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [(s.point, s.sentence) for s in said] == [
        (
            "Vol revendiqué des données de 40\u202f000 patients.",
            "Les attaquants affirment avoir dérobé les données de 40\u202f000 patients.",
        )
    ]


def test_impact_of_people_data() -> None:
    record = ImpactRecord(kind="data_stolen", sentence="s", amount="nearly 9,000 customers")
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=[record]))
    assert [(s.point, s.sentence) for s in said] == [
        (
            "Vol des données de près de 9\u202f000 clients.",
            "Les données de près de 9\u202f000 clients ont été dérobées.",
        )
    ]
    assert theft_point("") == "Vol de données."


def test_an_actor_is_not_called_a_group() -> None:
    one = Intel(
        relevant=True, relevance_score=1.0, threat_actors=[Named(name="Jorik Vale", canonical="Jorik Vale")]
    )
    assert [(s.point, s.sentence) for s in threat_statements(one)] == [
        ("Jorik Vale, acteur cité par l'article.", "L'article nomme l'acteur Jorik Vale.")
    ]
    two = Intel(
        relevant=True,
        relevance_score=1.0,
        threat_actors=[Named(name="Gullcrew", canonical="Gullcrew"), Named(name="vale0", canonical="vale0")],
    )
    said = threat_statements(two)
    assert said[0].point == "Gullcrew et vale0, acteurs cités par l'article."
    assert "groupe" not in " ".join(s.point + s.sentence for s in said)


def test_exploited_advice_fits_one_flaw_or_many() -> None:
    advice = recommendations(Category.VULNERABILITY, [], ["exploited"])
    first = advice[0].text
    assert first == "Corriger en priorité les systèmes concernés : une exploitation active est signalée."
    assert "ces vulnérabilités" not in " ".join(r.text for r in advice)


def test_an_agency_and_its_acronym_are_one_service() -> None:
    text = (
        "The Ministry of Harbour Security (MHS) charged three people; the Federal Bureau of Investigation "
        "helped, and the FBI seized their servers, Europol said."
    )
    values = ["Ministry of Harbour Security", "MHS", "FBI", "Federal Bureau of Investigation", "Europol"]
    law = LawEnforcementFacts(agencies=[Fact(value=v, sentence=text) for v in values])
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.LAW_ENFORCEMENT, law_enforcement=law)
    said = [s for s in law_statements(intel, text) if s.label == "Autorités"]
    assert [s.point for s in said] == [
        # French newspapers say "le FBI" (brief/arrests._AGENCIES).
        "Services impliqués : Ministry of Harbour Security (MHS), FBI et Europol."
    ]
    lone = LawEnforcementFacts(agencies=[Fact(value="MHS", sentence=text)])
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.LAW_ENFORCEMENT, law_enforcement=lone)
    assert [s.point for s in law_statements(intel, text)] == ["Service impliqué : MHS."]


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        (
            "On March 3, 2025, members of a crime forum posted for sale records stolen from Ferry Bank.",
            "Mise en vente des données le 3 mars 2025.",
        ),
        (
            "The user vale0 first attempted to sell the data stolen from Gull Insurance on October 31.",
            "Mise en vente des données le 31 octobre.",
        ),
        (
            "The gang posted the stolen files of Harbour College on its leak site on May 9, 2024.",
            "Publication des données le 9 mai 2024.",
        ),
        (
            "Ferry Bank was hit by a ransomware attack on March 3, 2025.",
            "Attaque survenue le 3 mars 2025.",
        ),
    ],
)
def test_a_date_of_sale_or_posting_is_not_the_attack_date(sentence: str, point: str) -> None:
    value = re.search(r"(?:March|October|May) \d+(?:, \d{4})?", sentence)
    assert value is not None
    attack = AttackFacts(when=[Fact(value=value.group(0), sentence=sentence)])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [s.point for s in said] == [point]


def test_a_qualifier_written_before_the_value_is_kept_and_a_purported_theft_is_a_claim() -> None:
    sentence = (
        "A seller began offering more than 400 gigabytes of data purportedly stolen from Gull Insurance."
    )
    attack = AttackFacts(stolen=[Fact(value="400 gigabytes", sentence=sentence)])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [(s.point, s.sentence) for s in said] == [
        (
            "Vol revendiqué de plus de 400 gigaoctets de données.",
            "Les attaquants affirment avoir dérobé plus de 400 gigaoctets de données.",
        )
    ]
    record = ImpactRecord(
        kind="data_stolen", sentence="Thieves took nearly 9,000 records.", amount="9,000 records"
    )
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=[record]))
    assert [s.point for s in said] == ["Vol de données : près de 9\u202f000 enregistrements."]
    # A qualifier of its own is not doubled, and an alleged hacker makes no claimed theft.
    sentence = "Police said the alleged hacker stole over 2,000 records from Ferry Bank."
    attack = AttackFacts(stolen=[Fact(value="over 2,000 records", sentence=sentence)])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [s.point for s in said] == ["Vol de données : plus de 2\u202f000 enregistrements."]


@pytest.mark.parametrize(
    ("sentence", "arrested"),
    [
        ("A reward is offered for information leading to the arrest of the Gullcrew developer.", False),
        ("The suspect fled abroad to avoid arrest after the Ferry Bank breach.", False),
        ("Une prime est offerte pour toute information conduisant à l'arrestation du pirate.", False),
        ("The operation against Gullcrew led to the arrest of four suspects.", True),
        ("Police arrested two members of Gullcrew on Monday.", True),
    ],
)
def test_an_arrest_sought_is_no_arrest(sentence: str, arrested: bool) -> None:
    facts = law_enforcement_facts("", sentence)
    assert bool(facts and facts.arrests) is arrested


@pytest.mark.parametrize(
    "sentence",
    [
        "Ransomware crews usually send the victim some encrypted files and a ransom note.",
        "Every year, countless letters tell us that our personal data was stolen in a data breach.",
        "According to the survey, the median ransom payment rose to $3.1 million this year.",
        "En général, les attaquants réclament une rançon en bitcoins.",
        # a trend over many attacks, not this one's ransom
        "Ransomware Payouts Drop 35% to $813 Million in 2024",
        "Victims paid ransomware gangs about $813 million in 2024, down 35% from $1.25 billion.",
        "Ransomware payments dropped sharply last year.",
        "Les rançons versées sont en baisse de 35 % à 813 millions de dollars.",
    ],
)
def test_what_usually_happens_is_no_impact_of_this_event(sentence: str) -> None:
    assert find_impacts(sentence) == []
    facts = attack_facts("", sentence)
    assert facts is None or not (facts.ransom or facts.stolen)


def test_an_event_said_like_others_keeps_its_impact() -> None:
    sentence = "Comme souvent, les pirates ont réclamé une rançon à la clinique fictive Bellerive."
    assert [i.kind for i in find_impacts(sentence)] == ["ransom_demanded"]
    said = "Attackers stole 40,000 patient records from Ferry Clinic and demanded a $2 million ransom."
    assert {i.kind for i in find_impacts(said)} >= {"data_stolen", "ransom_demanded"}
    facts = attack_facts("", said)
    assert facts is not None and facts.ransom and facts.stolen
    # a figure beside it that is no trend of ransoms leaves the ransom this attack's
    paid = "Examplecorp paid a $4.5 million ransom to the gang. Its shares fell 5% on Monday."
    facts = attack_facts("", paid)
    assert facts is not None and [f.value for f in facts.ransom] == ["$4.5 million"]


def test_a_count_opening_a_sentence_is_in_words() -> None:
    law = LawEnforcementFacts(
        arrests=[Fact(value="4 Ferrish nationals", sentence="Police arrested 4 Ferrish nationals.")]
    )
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.LAW_ENFORCEMENT, law_enforcement=law)
    said = law_statements(intel, "Police arrested 4 Ferrish nationals.")
    assert [(s.point, s.sentence) for s in said] == [
        ("Quatre arrestations annoncées.", "Quatre arrestations ont été annoncées.")
    ]
    law = LawEnforcementFacts(arrests=[Fact(value="130 people", sentence="Police arrested 130 people.")])
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.LAW_ENFORCEMENT, law_enforcement=law)
    assert law_statements(intel, "")[0].point == "130 arrestations annoncées."
    record = ImpactRecord(
        kind="patients_transferred", sentence="7 patients were transferred to Gull Hospital."
    )
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=[record]))
    assert [s.sentence for s in said] == ["Sept patients ont été transférés."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Gullcrew gang listed Ferry Bank on its site, saying it will release 2 TB of data on Friday.",
        "The gang threatens to publish 2 TB of Ferry Bank data.",
        "Ransomware gang sets deadline to leak 2 TB of Ferry Bank data",
        "Le groupe menace de publier 2 To de données de la banque fictive Ferry.",
    ],
)
def test_data_the_gang_says_it_will_release_is_its_claim(sentence: str) -> None:
    attack = AttackFacts(stolen=[Fact(value="2 TB", sentence=sentence)])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [s.point for s in said] == ["Vol revendiqué de 2 téraoctets de données."]


@pytest.mark.parametrize(
    ("sentence", "patched"),
    [
        ("The last Gullsoft router vulnerability seems to have been patched about two years ago.", None),
        ("Ferrynet appears to have fixed a similar vulnerability in 2019.", None),
        ("Gullsoft released a patch for the vulnerability on Tuesday.", True),
    ],
)
def test_a_patch_guessed_or_long_past_is_no_fix_of_this_flaw(sentence: str, patched: bool | None) -> None:
    facts = vulnerability_facts("Twenty vulnerabilities in Gullsoft routers", sentence, [])
    assert (facts.patch_available if facts else None) is patched


def test_a_victim_is_not_also_named_as_the_actor() -> None:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        victims=[Victim(name="Mira Solen")],
        threat_actors=[
            Named(name="Mira Solen", canonical="Mira Solen"),
            Named(name="Gullcrew", canonical="Gullcrew"),
        ],
    )
    assert [s.point for s in threat_statements(intel)] == ["Gullcrew, acteur cité par l'article."]
