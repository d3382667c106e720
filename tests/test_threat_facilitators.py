"""Services for criminals the law acts against (enrich/threat_facilitators.py, guide §13): the names
the sentence of a seizure, a sanction or a takedown gives right after a service's noun ("sanctioned
two exchanges A and B", "took down several services, including X"), after "included" ("domains
seized … included X"), or after a law body's act in a headline ("RCMP shuts down X"), in EN/FR/DE/NL,
are actors, and so is an influence operation named as such (threat_influence.py: "an influence
operation called X", "“X,” a disinformation network"); an outage that takes services down, a
service of other crimes (drugs, piracy, encrypted phones) and a headline's Title Case words are not. The names and sentences are made up for these
tests."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.threat_facilitators import facilitators
from veilleur.enrich.threat_influence import influence_operations


def _actors(text: str) -> list[str]:
    return [a.name for a in find_threats(text)[0]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Treasury sanctioned two cryptocurrency exchanges Vexmint and QX7BTC for laundering ransoms.",
            ["Vexmint", "QX7BTC"],
        ),
        ("Police took down several counter-antivirus (CAV) services, including Scanvoid.", ["Scanvoid"]),
        (
            "The FBI seized the servers of a cybercrime service marketed under the brands Mailpike, Fudnest "
            "and Fudkit.",
            ["Mailpike"],
        ),
        (
            "Authorities seized the domains of several cybercrime forums and services, including Broken and "
            "Voided.",
            ["Broken", "Voided"],
        ),
        ("Other domains seized in the operation included Payvix, a shop for stolen goods.", ["Payvix"]),
        ("The RCMP shuts down Ogretrade, seizing $20M from crime", ["Ogretrade"]),
        ("La police a démantelé la plateforme de phishing baptisée Pechelune.", ["Pechelune"]),
        (
            "Die Polizei hat den Marktplatz „Kartenhaus“ für gestohlene Kreditkarten abgeschaltet.",
            ["Kartenhaus"],
        ),
        ("Het forum Zwartbord voor gestolen gegevens is door de politie offline gehaald.", ["Zwartbord"]),
    ],
)
def test_a_service_the_law_acts_against_is_an_actor(text: str, names: list[str]) -> None:
    assert facilitators(text) == names
    assert all(n in _actors(text) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "The DDoS attack took down services including Outlook and Teams.",
        "Microsoft shut down services such as Exchange Online after the intrusion.",
        "Authorities seized Bitcoin worth $3 million.",
        "Police shut down Ferrocall, an encrypted messaging service used by drug traffickers.",
        "Authorities shut down Streamzilla. It was the largest piracy site in the region.",
        "The registrar has yet to seize the domains, which were registered through the privacy service Hushreg.",
        "Authorities Seize Domains Used in Investment Scam",
        # a headline's last noun and the lead's first word are on two lines: "The" is no service
        "Valmont police dismantle phishing service\nThe police arrested four suspects.",
        "Police take down phishing services\nOfficers arrested four suspects, including Example.",
    ],
)
def test_no_service_of_cybercriminals_is_named(text: str) -> None:
    assert facilitators(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysts tied the clone sites to a Russian influence operation called Mirrorfold.", "Mirrorfold"),
        (
            "Researchers published a study of “Echovane,” a disinformation network that pushes fake news.",
            "Echovane",
        ),
        ("Accounts of the Quillstorm influence operation were removed.", "Quillstorm"),
        ("L'opération d'influence baptisée Poupéerusse vise les élections.", "Poupéerusse"),
        ("Die Desinformationskampagne „Spiegelbild“ wurde aufgedeckt.", "Spiegelbild"),
    ],
)
def test_an_influence_operation_named_as_such_is_an_actor(text: str, name: str) -> None:
    assert influence_operations(text) == [name]
    assert name in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese influence operation grew. These influence operations used AI.",
        "The Justice Department disrupted a state-backed, AI-enabled propaganda campaign.",
    ],
)
def test_words_before_an_influence_operation_name_none(text: str) -> None:
    assert influence_operations(text) == []
