"""Shapes of headlines and leads read on pages nobody labelled (session 26): the owner of the secrets
attackers stole ("Hackers stole X secrets"), a platform that leaks its users' data, a firm that says
how many people had their data taken from its servers or whose patients' data was exposed (with the
month between the subject and its verb), French, Dutch and German headlines, a firm the recogniser
took for a quoted person though the sentence names it after its kind; and names that are no victim:
a vendor warning its customers to patch, a platform one of whose users was targeted or whose bots and
scammers attack, the service the victims used, where a reporter is based, a product counted by its
installations, a name fined or sanctioned for no breach. Every name is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_roles import other_role
from veilleur.enrich.victims import find_victims


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Hackers stole Drummora secrets in a 2024 security breach\nMore below.", "Drummora"),
        ("The gang leaked Pellucid Labs' source code on its site\nMore below.", "Pellucid Labs"),
        ("Vantoria streaming platform with 12m subscribers leaks user data\nMore below.", "Vantoria"),
        ("Quillon exposes customer records in open bucket\nMore below.", "Quillon"),
        (
            "Breach grows\nOrvane Admin in October revealed more than 90,000 people had their data "
            "pilfered from its servers by an intruder.",
            "Orvane Admin",
        ),
        ("Tessaly on Monday confirmed a ransomware attack on its plants\nMore below.", "Tessaly"),
        (
            "Norbell Clinic reveals personal data of 43,329 patients exposed in cyberattack\nx",
            "Norbell Clinic",
        ),
        ("Halvor Health says data of 12,000 patients stolen\nMore below.", "Halvor Health"),
        # French, Dutch and German headlines: a lower-case kind after the article, a target, the
        # German participle or state after the attack
        ("La mutuelle Harmonia victime d'une cyberattaque\nx", "Harmonia"),
        ("Le fabricant Orlane cible d'une cyberattaque\nx", "Orlane"),
        ("Gemeente Voorveld doelwit van cyberaanval\nx", "Gemeente Voorveld"),
        ("Klinikum Rhenstadt nach Cyberangriff offline\nx", "Klinikum Rhenstadt"),
        ("Brenner AG von Cyberangriff betroffen\nx", "Brenner AG"),
        ("Stadtwerke Falkenau Ziel eines Hackerangriffs\nx", "Stadtwerke Falkenau"),
    ],
)
def test_the_shapes_name_their_victim(text: str, victim: str) -> None:
    assert victim in find_victims(text)


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's count of users robbed by a malware: no owner's own breach
        "Stealer report\nBrightwall revealed 800 users had their data stolen by the malware.",
        # phishers steal what users sign in with: the platform is not breached
        "Phishers steal Microsoft 365 credentials with fake invoices\nMore below.",
        # the reporter of another's exposure
        "Cybernewz reveals data of 10,000 patients exposed by a clinic\nMore below.",
    ],
)
def test_the_shapes_stay_with_owners(text: str) -> None:
    assert not find_victims(text)


def test_a_firm_named_after_its_kind_is_no_quoted_person() -> None:
    sentence = (
        "Sloppy security at education tech giant Chegmore exposed students' data, according to the FTC."
    )
    firm = Candidate("Chegmore", sentence, label="PERSON", features={"lang:en", "ent:PERSON", "count:2"})
    assert veto(firm) != "quoted person"
    person = Candidate(
        "Dana Wirth",
        "Dana Wirth said the data was exposed.",
        label="PERSON",
        features={"lang:en", "ent:PERSON", "count:2"},
    )
    assert veto(person) == "quoted person"


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        (
            "Corvatek",
            "Corvatek warns customers to update the SSH client installed on their consoles manually",
        ),
        ("Brellium", "Brellium, the storage vendor, urged admins to patch two flaws"),
        ("Venlo Swap", "Analysts showed how a Venlo Swap user was targeted in a social engineering attack."),
        ("Linkora", "Linkora bots and spear phishers target job seekers"),
        (
            "Frostbase",
            "Two men extorted dozens of companies that used the cloud data storage company Frostbase.",
        ),
        ("University of Tarn", "The lab based at the University of Tarn said the targets were warned."),
        ("Ollavo", "The team found over 1,100 Ollavo servers exposed to the public internet."),
        ("Dana Wirth", "Celebrities including Dana Wirth fined after crypto promotion probe"),
        ("Swirl Cash", "In August, the Treasury sanctioned the cryptocurrency platform Swirl Cash, a mixer."),
    ],
)
def test_an_advisory_vendor_or_one_users_platform_has_another_role(name: str, sentence: str) -> None:
    assert other_role(Candidate(name, sentence, features={"lang:en", "ent:ORG"}, label="ORG"))


def test_a_vendor_hit_is_no_advisory() -> None:
    sentence = "Corvatek warns customers about a breach of its support portal"
    assert not other_role(Candidate("Corvatek", sentence, features={"lang:en", "ent:ORG"}, label="ORG"))


def test_a_person_in_whose_words_a_firm_speaks_is_quoted() -> None:
    sentence = (
        "The firm chose it because, in the words of Senior Architect Dr. Dana Wirth, Ollavo is popular."
    )
    person = Candidate("Dana Wirth", sentence, label="PERSON", features={"lang:en", "ent:PERSON", "count:1"})
    assert veto(person) == "quoted person"


def test_a_fine_for_a_breach_keeps_its_victim() -> None:
    sentence = "Halvor Health fined over data breach of 40,000 patients"
    assert not other_role(Candidate("Halvor Health", sentence, features={"lang:en", "ent:ORG"}, label="ORG"))
