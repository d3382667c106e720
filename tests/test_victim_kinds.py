"""Victims by kind of error seen on outlets held out (bench/victims_halves.py): a short name whose
lead gives the company's full name, and names that are never victims whatever the model says
(campaigns, stretches of time, states, units, things introduced by name, people named by the role
they speak in). All names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_full_names import company_name
from veilleur.enrich.victim_model import Candidate, admissible
from veilleur.models import Article


def _victims(title: str, text: str, lang: str = "en") -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang=lang)
    return [v.name for v in enrich(article).victims]


@pytest.mark.parametrize(
    ("name", "head", "full"),
    [
        (
            "Corvel",
            "Corvel suffers attack\nMultinational telco Corvel Technology Services says",
            "Corvel Technology Services",
        ),
        ("Brindle", "Ransomware hit stores owned by parent company Brindle! Brands.", "Brindle! Brands"),
        ("Oxhey", "Oxhey Group, which heads up the repair biz, confirmed", "Oxhey Group"),
        # a legal form, a product or the customers are not the company's name
        ("Pellow", "Pellow Corporation said its systems were breached", "Pellow"),
        ("Quarne", "the Quarne Slack workspace was breached", "Quarne"),
        ("Quarne", "Quarne customers were told on Friday", "Quarne"),
        ("Tessa Group", "Tessa Group Holdings was hit", "Tessa Group"),
    ],
)
def test_a_short_name_takes_the_company_words_the_lead_writes_after_it(
    name: str, head: str, full: str
) -> None:
    assert company_name(name, head) == full


def test_the_full_company_name_of_the_lead_is_the_victim() -> None:
    title = "Telco giant Corvel suffers attack, takes systems offline"
    text = (
        "Multinational telco Corvel Technology Services says a cyber incident is to blame for its customer "
        "portal being down for days. Corvel said the attack targeted one of its internal systems."
    )
    assert _victims(title, text) == ["Corvel Technology Services"]


def _candidate(name: str, sentence: str, label: str = "ORG") -> Candidate:
    return Candidate(name, sentence, label=label, features={"ent:" + label, "at:lead", "lang:en", "S:attack"})


@pytest.mark.parametrize(
    ("name", "sentence", "label"),
    [
        # a campaign's name
        ("Operation Velvet Lantern", "The hackers ran a campaign dubbed Operation Velvet Lantern.", "ORG"),
        ("Operation Grey Heron", "Operation Grey Heron targeted the cryptocurrency sector.", "ORG"),
        # a stretch of time the recogniser calls a date
        ("Earlier in the year", "But wasn't there news of a hack earlier in the year?", "DATE"),
        (
            "End of this month - after",
            "It ceases operations at the end of this month - after a hack.",
            "DATE",
        ),
        ("Less than two years", "Less than two years ago the gang attacked firms.", "DATE"),
        # a state, a unit, the "s" of a typographic possessive
        (
            "Democratic People's Republic of Freedonia",
            "The Democratic People's Republic of Freedonia did it.",
            "ORG",
        ),
        ("Tbps", "Cloudflare blocked a record-breaking 5.6 Tbps DDoS attack", "PERSON"),
        ("S Tor", "Everest ransomware group’s Tor leak site offline after a defacement", "PERSON"),
        # a thing the text introduces by its name
        ("Quillnet", "The attacks led to the deployment of a passive backdoor called Quillnet.", "ORG"),
        ("Lockpaw", "ESET discovered an AI-powered ransomware variant codenamed Lockpaw.", "ORG"),
        # a person named by the role they speak in
        ("Mira Tallis", '"It was disguised," researchers Jon Vey and Mira Tallis said.', "ORG"),
        ("Ben Castor", "The exchange's CEO Ben Castor declared a war against the thieves.", "PERSON"),
        ("Ana Morvell", "Security secretary Ana Morvell announced a review of the intrusion.", "ORG"),
        ("Rosa Meltani", "The president of the Assembly, Rosa Meltani, explained the incident.", "PERSON"),
        # a people and a kind of organisation, no name
        ("Australian FinTech", "Australian FinTech takes itself offline after a cyber incident", "ORG"),
        ("North Korean IT", "Biz hired, and fired, a fake North Korean IT worker", "ORG"),
        # a people and kinds of organisation: many, none named
        ("Freedonian Firms", "Hackers Target Freedonian Firms with a New Backdoor", ""),
        ("Sylvanian Organizations", "The gang went after Sylvanian Organizations and their staff.", "ORG"),
        # the client of the company the article is about
        (
            "National Care Service",
            "A major supplier of healthcare equipment to the Freedonia's National Care Service is on the brink.",
            "ORG",
        ),
        # a researcher's employer
        ("Corvel Labs", "The backdoor was found by researchers at Corvel Labs.", "ORG"),
        ("Quarne Air Force", "It is overlooked, said a former analyst for the Quarne Air Force.", "ORG"),
    ],
)
def test_never_a_victim_whatever_the_model_says(name: str, sentence: str, label: str) -> None:
    assert not admissible(_candidate(name, sentence, label))


@pytest.mark.parametrize(
    ("name", "sentence", "label"),
    [
        ("Operational Systems Ltd", "Operational Systems Ltd was hit by ransomware.", "ORG"),
        ("Daystar Bank", "Daystar Bank confirmed a breach.", "ORG"),
        ("Republic Airways Group", "Republic Airways Group disclosed an attack.", "ORG"),
        ("Mira Tallis", "Hackers leaked the messages of journalist Mira Tallis.", "PERSON"),
        ("Clinique Valmont", "The director of the Clinique Valmont, Jean Dufour, said it was hit.", "ORG"),
        ("Freedonian Defence Force", "Hackers breached the Freedonian Defence Force.", "ORG"),
        # the role's words ignore case, not the words between the role and the name
        (
            "Clinique des Tilleuls",
            "The director of the Clinique des Tilleuls said the attack hit records.",
            "ORG",
        ),
        ("Tarn Valley Water", "Spokesman for the Tarn Valley Water said the plant was safe.", "ORG"),
        # a time word that is the name or starts it, a name that starts with "S", an association
        ("Days Harbour Inn", "Days Harbour Inn confirmed a ransomware attack on its hotels.", "ORG"),
        ("S Corvel", "Finnish retailer S Corvel confirmed a breach of its loyalty data.", "ORG"),
        ("Federation of Quarne Traders", "The Federation of Quarne Traders was hit by ransomware.", "ORG"),
    ],
)
def test_names_of_the_same_shapes_that_are_victims_stay(name: str, sentence: str, label: str) -> None:
    assert admissible(_candidate(name, sentence, label))


@pytest.mark.parametrize(
    ("title", "text", "victim"),
    [
        (
            "Australian e-tailer zapDirect customers' info allegedly stolen and dumped online",
            "Data belonging to more than 300,000 customers of Australian camera e-tailer zapDirect has been "
            "leaked to an online crime forum. zapDirect did not respond to our questions.",
            "zapDirect",
        ),
        (
            "Hackers breach qOrbit, steal source code",
            "Attackers breached qOrbit and stole source code from its repositories, qOrbit said on Monday.",
            "qOrbit",
        ),
    ],
)
def test_a_brand_in_camel_case_from_a_lower_case_letter_is_a_name(title: str, text: str, victim: str) -> None:
    assert victim in _victims(title, text)


def test_a_camel_case_product_is_still_no_victim() -> None:
    title = "iPhone users targeted in phone and data theft campaign"
    text = "Criminals are targeting iPhone users in a campaign that steals phones and data, police said."
    assert "iPhone" not in _victims(title, text)
    assert "IPhone" not in _victims(title, text)


@pytest.mark.parametrize(
    ("title", "text", "victim", "not_victim"),
    [
        (
            "Hackers breach Quorra GitHub, publish malicious packages",
            "Unknown attackers breached Quorra's GitHub organisation account and published ten malicious packages.",
            "Quorra",
            "Quorra GitHub",
        ),
        (
            "Vendel: Pallido Drift breach hits all integrations",
            "The Pallido Drift breach hit every integration of the Pallido platform, Vendel said.",
            "Pallido",
            "Pallido Drift",
        ),
    ],
)
def test_the_organisation_not_its_workspace_is_the_victim(
    title: str, text: str, victim: str, not_victim: str
) -> None:
    found = _victims(title, text)
    assert victim in found
    assert not_victim not in found


@pytest.mark.parametrize(
    ("title", "text", "victim"),
    [
        (
            "Government agents step in as Carrowby becomes third retailer under cyberattack",
            "Carrowby, a purveyor of all things luxury, is the third major retailer to confirm an attempted "
            "cyberattack on its systems in under two weeks. It confirmed the incident in a statement.",
            "Carrowby",
        ),
        (
            "'Deliberate attack' deletes shopping app's cloud resources",
            "The CEO of grocery ordering app GrocaPro has claimed an attacker deleted its cloud resources "
            "in a targeted attack and vowed to name the perpetrator.",
            "GrocaPro",
        ),
    ],
)
def test_the_owner_of_what_an_attack_hit_is_the_victim(title: str, text: str, victim: str) -> None:
    assert victim in _victims(title, text)


def test_its_owner_is_never_a_person_nor_a_name_after_the_attack() -> None:
    title = "Hospital network says attack disrupted its systems"
    text = (
        "Security researcher Dana Whitlow said the ransomware attack on its systems came from a gang "
        "that also hit Fenmoor Labs last year."
    )
    found = _victims(title, text)
    assert "Dana Whitlow" not in found


def _sectors(title: str, text: str) -> dict[str, str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang="en")
    return {v.name: v.sectors[0] for v in enrich(article).victims if v.sectors}


def test_a_name_listed_with_described_victims_is_of_their_sector() -> None:
    title = "Hackers steal millions of Harrods, Dior, and Quillan Marsh customer records"
    text = (
        "Hackers stole millions of customer records of Harrods, Dior and Quillan Marsh in a data breach, "
        "the companies said."
    )
    sectors = _sectors(title, text)
    assert sectors.get("Quillan Marsh") == "retail"


def test_what_the_text_says_a_victim_is_gives_its_sector() -> None:
    title = "Brevane confirms cyberattack, takes systems offline"
    text = (
        "Brevane, a family business founded in 1901 by two brothers from the valley, is the largest "
        "independent retailer in the region. Cloud software at Brevane was hit by a cyberattack on its "
        "systems on Monday."
    )
    assert _sectors(title, text).get("Brevane") == "retail"


@pytest.mark.parametrize(
    ("title", "text", "victims"),
    [
        (
            "Spies exploit Norvatel and other telecoms in espionage campaign",
            "Telecoms giant Norvatel has confirmed that it was among the companies targeted by the spies. "
            "The adversaries breached the company as part of a monthslong campaign. "
            "Norvatel has joined a list of major organizations like Pellacom, Verimax, and Lunor Telecom "
            "that have been singled out as part of the espionage campaign.",
            ["Pellacom", "Verimax", "Lunor Telecom"],
        ),
        (
            "Ransomware gang leaks stolen files",
            "The gang's leak site grew this week. Its victims include Harwick Dental, Ostrava Freight and "
            "Bellmoor Foods, the listing shows.",
            ["Harwick Dental", "Ostrava Freight", "Bellmoor Foods"],
        ),
    ],
)
def test_a_list_the_text_introduces_as_victims_is_read_whole(
    title: str, text: str, victims: list[str]
) -> None:
    found = _victims(title, text)
    assert all(v in found for v in victims), found


def test_organisations_like_those_are_no_victims_without_an_attack() -> None:
    title = "Telecoms ranked on customer service"
    text = "Regulators praised companies like Pellacom, Verimax and Lunor Telecom for their customer service this year."
    assert _victims(title, text) == []


def test_the_people_of_an_organisation_are_not_part_of_its_name() -> None:
    title = "Malware attack targets Tarsen Freedom Congress leaders via trojanized tool"
    text = (
        "Senior members of the Tarsen Freedom Congress living in exile have been targeted by a Windows "
        "malware capable of surveillance, in a spear-phishing campaign."
    )
    found = _victims(title, text)
    assert "Tarsen Freedom Congress Leaders" not in found
    assert "Tarsen Freedom Congress leaders" not in found


@pytest.mark.parametrize(
    ("lang", "title", "text", "victim"),
    [
        (
            "nl",
            "Datalek bij zorgverzekeraar Veilora",
            "Bij zorgverzekeraar Veilora zijn door een hack gegevens van klanten buitgemaakt, meldt het bedrijf.",
            "Veilora",
        ),
        (
            "de",
            "Hersteller Brandel bestätigt Ransomware-Angriff",
            "Der Maschinenbauer Brandel hat einen Ransomware-Angriff bestätigt. Die Produktion steht still.",
            "Brandel",
        ),
        (
            "fr",
            "Fuite de données chez l'opérateur Telvoria",
            "L'opérateur Telvoria a confirmé une fuite de données touchant deux millions de clients.",
            "Telvoria",
        ),
    ],
)
def test_a_description_in_french_dutch_or_german_is_not_the_name(
    lang: str, title: str, text: str, victim: str
) -> None:
    assert _victims(title, text, lang) == [victim]


def test_words_the_text_writes_in_lower_case_are_no_name() -> None:
    title = "Datalek bij zorgverzekeraar Veilora"
    text = (
        "Bij zorgverzekeraar Veilora zijn door een hack gegevens van klanten buitgemaakt, meldt het bedrijf."
    )
    found = [n.casefold() for n in _victims(title, text, "nl")]
    assert "meldt" not in found
    assert "bedrijf" not in found


def test_a_municipal_utility_is_energy() -> None:
    title = "Cyberangriff auf Stadtwerke Lindenau"
    text = "Die Stadtwerke Lindenau sind Opfer eines Cyberangriffs geworden. Die IT-Systeme wurden heruntergefahren."
    url = "https://news.example.org/a"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="de"))
    assert [(v.name, v.sectors[0]) for v in intel.victims] == [("Stadtwerke Lindenau", "energy")]


def test_a_threat_group_named_after_its_kind_is_no_victim() -> None:
    title = "Hacking group uses compromised email accounts to spread a remote access tool"
    text = (
        "Researchers have uncovered a new campaign by hacking group Muddystone, in which a legitimate "
        "remote access tool is sent to targets from compromised email accounts."
    )
    found = _victims(title, text)
    assert "Group Muddystone" not in found


def test_an_institution_a_french_rule_reads_in_the_first_sentence_is_the_victim() -> None:
    """A headline that says nothing of the attack (tests/test_hostile.py's pages): the institution
    the first sentence says was attacked is the victim, whatever the model, fitted on English pages,
    scores it (0.54 against its threshold of 0.7 at 4caf6ed)."""
    title = "Ce que l'on sait à Quarnac"
    text = (
        "Le site de la mairie de Quarnac a été victime d'une attaque par rançongiciel qui a chiffré ses "
        "serveurs de publication en exploitant la faille CVE-2026-44101, a confirmé sa direction dimanche "
        "soir.\n\nLes services en ligne restent fermés pendant l'enquête."
    )
    assert _victims(title, text, "fr") == ["Mairie de Quarnac"]
