"""Faithfulness and French of the facts briefing, second audit (31 news-dev pages no label file
names): a count of users was what was stolen ("le vol de 5,4 millions d'utilisateurs"), affected
versions kept their English ("1.2.22 and below"), … Fictional pages and records only."""

from __future__ import annotations

import pytest

from veilleur.brief.amounts import parse_amount
from veilleur.brief.record_facts import attack_statements, law_statements, vulnerability_statements
from veilleur.brief.statements import Statement, clauses, impact_statements
from veilleur.enrich.facts import law_enforcement_facts
from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.vulnerability import vulnerability_facts
from veilleur.extract.quality import assess
from veilleur.models import AttackFacts, Fact, ImpactRecord, Intel
from veilleur.text.french import in_country


@pytest.mark.parametrize(
    ("value", "whose"),
    [
        ("5.4 million users", "5,4 millions d'utilisateurs"),
        ("12,000 employees", "12\u202f000 salariés"),
        ("300 members", "300 adhérents"),
    ],
)
def test_people_written_with_an_elision_are_whose_data_was_stolen(value: str, whose: str) -> None:
    attack = AttackFacts(stolen=[Fact(value=value, sentence=f"Data of {value} of Ferry Bank was taken.")])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [(s.point, s.sentence) for s in said] == [
        (f"Vol des données de {whose}.", f"L'article fait état du vol des données de {whose}.")
    ]
    record = ImpactRecord(kind="data_stolen", sentence="s", amount=value)
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=[record]))
    assert [(s.point, s.sentence) for s in said] == [
        (f"Vol des données de {whose}.", f"Les données de {whose} ont été dérobées.")
    ]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The flaw impacts versions 3.4.12 and below of Larkspur.",
            "Versions touchées : 3.4.12 et antérieures.",
        ),
        ("Larkspur versions 5.1 to 5.12 are vulnerable to the flaw.", "Versions touchées : 5.1 à 5.12."),
        (
            "All Larkspur releases prior to 7.4.3 are vulnerable to the flaw.",
            "Versions touchées : antérieures à 7.4.3.",
        ),
    ],
)
def test_affected_versions_are_said_in_french(sentence: str, said: str) -> None:
    text = f"A critical flaw, CVE-2031-4410, was found in Larkspur Server. {sentence}"
    facts = vulnerability_facts("Critical flaw in Larkspur Server", text, ["CVE-2031-4410"])
    intel = Intel(relevant=True, relevance_score=1.0, vulnerability=facts)
    points = [s.point for s in vulnerability_statements(intel, text)[0] if s.label == "Versions"]
    assert points == [said]


@pytest.mark.parametrize(
    ("sentence", "value", "points"),
    [
        (
            "Marrow County Council said there was no sign of theft when it first disclosed the attack on May 6.",
            "on May 6",
            ["Attaque révélée le 6 mai."],
        ),
        (
            "Gullwing Hospital announced the ransomware incident on March 3, 2025, a week after it began.",
            "on March 3, 2025",
            ["Attaque révélée le 3 mars 2025."],
        ),
        ("A trade site posited on July 30 that the victim was Harbour Foods.", "on July 30", []),
        (
            "Harbour Foods was hit by ransomware on July 30.",
            "on July 30",
            ["Attaque survenue le 30 juillet."],
        ),
    ],
)
def test_a_date_of_disclosure_or_of_someones_say_is_not_the_attack_date(
    sentence: str, value: str, points: list[str]
) -> None:
    attack = AttackFacts(when=[Fact(value=value, sentence=sentence)])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [s.point for s in said] == points


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        ("10-100 terabytes", "10 à 100 téraoctets de données"),
        ("2 to 3 million records", "2 millions à 3 millions d'enregistrements"),
        ("4,000–6,000 customers", "4\u202f000 à 6\u202f000 clients"),
        ("40 gigabytes", "40 gigaoctets de données"),
    ],
)
def test_a_range_is_said_whole_not_as_its_first_bound(value: str, amount: str) -> None:
    assert parse_amount(value) == amount


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # "plat" (Dutch: "ligt plat") is a word, not the start of "platform"
        ("The Gullscan platform found only 26 of 6,000 servers running a patched release.", []),
        ("Het netwerk van de gemeente ligt plat sinds maandag.", ["systems_shut_down"]),
        # "isolated" describing networks is no isolation done
        ("The crew broke into even the most isolated networks of its targets.", []),
        ("The crew reached air-gapped systems through infected USB drives.", []),
        ("Harbour Clinic isolated its network after the intrusion.", ["systems_shut_down"]),
        ("The systems were isolated the same evening.", ["systems_shut_down"]),
        # disruption preferred against, or done to criminals, is no disruption of the victim
        (
            "The gang picks one target at a time, favouring data theft over disrupting its victims' operations.",
            [],
        ),
        ("The gang steals data rather than disrupting services.", []),
        ("Gullsoft Disrupts Malicious Operations: it said it has disrupted twenty malicious operations.", []),
        ("The attack disrupted operations at Harbour Port for two days.", ["services_disrupted"]),
    ],
)
def test_impacts_a_sentence_does_not_state(sentence: str, kinds: list[str]) -> None:
    assert [i.kind for i in find_impacts(sentence)] == kinds


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        (
            "Prosecutors said the operation ended with the arrest of one individual and the seizure of 29 web domains.",
            "Une arrestation annoncée.",
        ),
        ("Police in Gullport arrested 1 suspect linked to Harbourcrew.", "Une arrestation annoncée."),
        (
            "The operation against Gullcrew led to the arrest of four suspects.",
            "Quatre arrestations annoncées.",
        ),
    ],
)
def test_one_arrest_is_said_as_one(sentence: str, point: str) -> None:
    facts = law_enforcement_facts("Police operation against Harbourcrew", sentence)
    intel = Intel(relevant=True, relevance_score=1.0, law_enforcement=facts)
    assert [s.point for s in law_statements(intel, sentence) if s.label == "Arrestations"] == [point]


def test_a_sentence_increased_is_the_sentence_now() -> None:
    title = "Gullport fraudster's sentence increased to 9 years after unpaid restitution"
    text = (
        "In 2021, Harlan Vey was sentenced to just 14 months in prison for a SIM swap fraud. "
        "Now a federal judge has increased his sentence, after he failed to pay restitution."
    )
    facts = law_enforcement_facts(title, text)
    intel = Intel(relevant=True, relevance_score=1.0, law_enforcement=facts)
    assert [s.point for s in law_statements(intel, title + " " + text) if s.label == "Peine"] == [
        "Condamnation à 9 ans de prison."
    ]


def _teasers(n: int) -> str:
    cards = [
        f"[\n\nGullsoft Patches Flaw {i} in Harbour Mail Server\n\nOct 0{i}, 2031\n\nVulnerability / Patch\n\n"
        f"Gullsoft has released an update for flaw number {i} in Harbour Mail Server that could let an "
        f"attacker read mailboxes of other users on the same server...](https://news.example/2031/10/flaw-{i}.html)"
        for i in range(1, n + 1)
    ]
    return "\n\n".join(cards)


def test_a_capture_of_other_articles_teasers_is_no_article() -> None:
    title = "Nation-State Crew Larkspur Hits Casino Operators for Profit"
    assert assess(title, _teasers(5), 80) != ""
    # the article itself, followed by the same teasers, is an article
    body = (
        "The Larkspur crew has been targeting casino operators in Asia for profit since 2030, "
        "researchers said. " * 12
    )
    assert assess(title, body + "\n\n" + _teasers(5), 80) == ""


def test_clauses_do_not_repeat_their_subject_nor_their_verb() -> None:
    said = clauses(
        [
            Statement("Date", "x.", "L'attaque a été révélée le 6 mai."),
            Statement("Revendication", "x.", "L'attaque a été revendiquée par le groupe Gullcrew."),
            Statement("Données", "x.", "Des données ont été dérobées."),
        ]
    )
    assert said == (
        "L'attaque a été révélée le 6 mai ; elle a été revendiquée par le groupe Gullcrew ; "
        "des données ont été dérobées."
    )
    said = clauses(
        [
            Statement("Arrestations", "x.", "Deux arrestations ont été annoncées."),
            Statement("Poursuites", "x.", "Des inculpations ont été annoncées."),
            Statement("Saisies", "x.", "Les autorités annoncent des saisies."),
        ]
    )
    assert (
        said
        == "Deux arrestations et des inculpations ont été annoncées ; les autorités annoncent des saisies."
    )
    said = clauses(
        [
            Statement("Arrestations", "x.", "Une arrestation a été annoncée."),
            Statement("Poursuites", "x.", "Des inculpations ont été annoncées."),
        ]
    )
    assert said == "Une arrestation et des inculpations ont été annoncées."


def test_a_country_named_with_a_complement_takes_its_head_nouns_gender() -> None:
    # "au Corée du Sud" was written on an audited Register page
    codes = ["KR", "KP", "MK", "GW", "CG", "SL", "GB", "SS", "SB", "HK", "LC", "BE", "MX", "ZA"]
    assert [in_country(c) for c in codes] == [
        "en Corée du Sud", "en Corée du Nord", "en Macédoine du Nord", "en Guinée-Bissau", "au Congo-Brazzaville",
        "en Sierra Leone", "au Royaume-Uni", "au Soudan du Sud", "aux Îles Salomon", "à Hong Kong",
        "à Sainte-Lucie", "en Belgique", "au Mexique", "en Afrique du Sud",
    ]  # fmt: skip


def test_data_left_exposed_is_not_said_stolen() -> None:
    sentence = "Researchers found that the weak password used by Gullhire exposed 64 million records."
    attack = AttackFacts(stolen=[Fact(value="64 million records", sentence=sentence)])
    said = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack))
    assert [(s.point, s.sentence) for s in said] == [
        (
            "Exposition de données : 64 millions d'enregistrements.",
            "L'article fait état de l'exposition de 64 millions d'enregistrements.",
        )
    ]
    sentence = "Two flaws in Larkspur Photo exposed private user data of 2,000 customers."
    record = ImpactRecord(kind="data_stolen", sentence=sentence, amount="2,000 customers")
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=[record]))
    assert [(s.point, s.sentence) for s in said] == [
        (
            "Exposition des données de 2\u202f000 clients.",
            "Les données de 2\u202f000 clients ont été exposées.",
        )
    ]
    record = ImpactRecord(kind="data_stolen", sentence="The bucket left user data exposed online.")
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=[record]))
    assert [(s.point, s.sentence) for s in said] == [
        ("Exposition de données.", "Des données ont été exposées.")
    ]
    # exposed, then stolen: a theft
    sentence = "The server exposed records, and the gang stole 1,000 records from it."
    record = ImpactRecord(kind="data_stolen", sentence=sentence, amount="1,000 records")
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=[record]))
    assert [s.point for s in said] == ["Vol de données : 1\u202f000 enregistrements."]


def test_what_often_happens_is_no_impact_of_this_event() -> None:
    sentence = "The credentials grabbed by stealers like Gullgrab are often recovered and systems restored."
    assert find_impacts(sentence) == []
    kept = "As is often the case, the Gullcrew gang demanded a ransom from Ferry Clinic."
    assert [i.kind for i in find_impacts(kept)] == ["ransom_demanded"]
    kept = "Comme souvent, les pirates ont réclamé une rançon à la clinique fictive Bellerive."
    assert [i.kind for i in find_impacts(kept)] == ["ransom_demanded"]


def test_what_a_gang_does_to_its_victims_in_general_is_no_impact_of_this_event() -> None:
    sentence = (
        "Like the rest of the Gullcrew family, the gang steals sensitive files from companies, encrypts "
        "the victims' computers, and demands a ransom for the key that unlocks them."
    )
    assert find_impacts(sentence) == []
    kept = "Gullcrew demands a $2 million ransom from Ferry Clinic, whose patient data it stole."
    assert {i.kind for i in find_impacts(kept)} == {"ransom_demanded", "data_stolen"}
