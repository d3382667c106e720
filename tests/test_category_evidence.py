"""How the kind of event weighs its evidence, on fictional headlines and texts (bench/data/intel/GUIDE.md
§4 and §13): the guide's justice conventions (a civil suit against those who serve criminals, a reward
for tips about hackers, a prosecution the lead states) and a kind the lead names once, which is
background when the headline names no kind and the article never names it again."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a civil suit against a facilitator of phishers, a court's order in a botnet case
        ("Sued by Examplebook, registrar Exampledomains halts sign-ups", "", Category.LAW_ENFORCEMENT),
        ("Judge orders lawyer in Russian botnet case to pay Examplecorp", "", Category.LAW_ENFORCEMENT),
        (
            "Attaqué en justice par Examplebook, le registraire cesse les inscriptions",
            "",
            Category.LAW_ENFORCEMENT,
        ),
        # a reward for tips about hackers is a bounty on criminals (not a bug bounty)
        (
            "US offers $5 million reward for tips about state-linked Examplegroup hackers",
            "",
            Category.LAW_ENFORCEMENT,
        ),
        (
            "Washington offre une récompense pour des informations sur les pirates d'Examplegroup",
            "",
            Category.LAW_ENFORCEMENT,
        ),
        ("Examplecorp pays $20,000 reward for browser flaws", "", Category.VULNERABILITY),
        # a breach suit is the breach's story, not justice against criminals
        ("Exampleshop sued by customers over data breach", "", Category.DATA_BREACH),
        # a prosecution the lead states makes the event
        (
            "Dating scammer cons former officer into leaking secrets",
            "A former army officer faces up to ten years in prison after sharing secrets with a contact.",
            Category.LAW_ENFORCEMENT,
        ),
        (
            "Un escroc des sites de rencontre pousse un ancien officier à divulguer des secrets",
            "L'ancien officier risque jusqu'à dix ans de prison pour avoir partagé des secrets.",
            Category.LAW_ENFORCEMENT,
        ),
        (
            "Carjackers lured by a crypto heist",
            "Prosecutors say the six men planned to hold the couple for ransom.",
            Category.LAW_ENFORCEMENT,
        ),
    ],
)
def test_justice_conventions_of_the_guide(title: str, text: str, expected: str) -> None:
    assert categorise(title, text) == expected


_REST_EN = (
    "The authors walk through the city's cameras, parking meters and traffic lights, one by one, and "
    "describe what each of them records, who keeps the records and for how long, and which questions an "
    "investigator can ask of them after an incident. "
)
_REST_FR = (
    "Les auteurs passent en revue les caméras, les parcmètres et les feux de la ville, un par un, et "
    "décrivent ce que chacun enregistre, qui garde ces traces et combien de temps, et quelles questions "
    "un enquêteur peut leur poser après un incident. "
)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the lead's flaw words are a passing mention: the page is about an ontology (research)
        (
            "An ontology for smart-city forensics",
            "Blue teams watch for threats, vulnerabilities and exploits. This research ontology maps city "
            "sensors to forensic evidence. " + _REST_EN,
            Category.RESEARCH_TOOLING,
        ),
        (
            "Une ontologie pour l'investigation numérique dans la ville",
            "Les équipes de défense surveillent les menaces, les vulnérabilités et les attaques. Cette "
            "ontologie est un outil qui relie les capteurs de la ville aux preuves. " + _REST_FR,
            Category.RESEARCH_TOOLING,
        ),
        # the same kind named again in the article is its subject
        (
            "What happened at Exampleville's water plant",
            "Attackers exploited a vulnerability in the plant's remote access tool. The plant's operators "
            "noticed odd commands on a Sunday. "
            + _REST_EN
            + "The vendor says the vulnerability is now patched.",
            Category.VULNERABILITY,
        ),
        (
            "Ce qui s'est passé à l'usine d'eau d'Exempleville",
            "Des attaquants ont exploité une vulnérabilité de l'outil d'accès à distance. Les opérateurs "
            "ont remarqué des commandes étranges un dimanche. "
            + _REST_FR
            + "L'éditeur a corrigé la vulnérabilité.",
            Category.VULNERABILITY,
        ),
        # a text that is little more than its lead keeps the lead's kind
        (
            "What happened at Exampleville's water plant",
            "Attackers exploited a vulnerability in the plant's remote access tool.",
            Category.VULNERABILITY,
        ),
    ],
)
def test_a_kind_the_lead_names_once_is_background(title: str, text: str, expected: str) -> None:
    assert categorise(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a defensive practice or tool class (the guide: DLP, SOC, SIEM…) is research, even from a headline alone
        ("From audit to practice: tuning your DLP response", "", Category.RESEARCH_TOOLING),
        ("Améliorer la réponse de votre DLP", "", Category.RESEARCH_TOOLING),
        ("12 best practices for securing data in cloud services", "", Category.RESEARCH_TOOLING),
        ("12 bonnes pratiques pour sécuriser les données dans le cloud", "", Category.RESEARCH_TOOLING),
        ("Example SIEM container updates", "", Category.RESEARCH_TOOLING),
        ("Many ways to persist a kernel shellcode on an old Windows", "", Category.RESEARCH_TOOLING),
        # an attack on a security team stays the attack's kind; personal advice stays advice
        ("Hackers steal customer data from Examplecorp's SOC provider", "", Category.DATA_BREACH),
        ("Des pirates volent les données clients du prestataire SOC d'Examplecorp", "", Category.DATA_BREACH),
        ("How to protect your accounts: best practices", "", Category.OTHER),
    ],
)
def test_a_defensive_practice_or_tool_class_is_research(title: str, text: str, expected: str) -> None:
    assert categorise(title, text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a flaw that led to a ransomware attack: the attack is the event (rule 2 before rule 3)
        ("Exploitation of Examplesoft zero-day leads to ransomware activity", Category.RANSOMWARE),
        ("Examplesoft zero-day opened door to Examplegang ransomware", Category.RANSOMWARE),
        ("L'exploitation d'une faille d'Examplesoft a ouvert la porte au rançongiciel", Category.RANSOMWARE),
        # a flaw exploited by ransomware gangs is still the flaw (rule 3)
        ("Examplesoft flaw exploited by ransomware gangs", Category.VULNERABILITY),
        ("Une faille d'Examplesoft exploitée par des gangs de rançongiciel", Category.VULNERABILITY),
    ],
)
def test_a_flaw_that_led_to_ransomware_is_a_ransomware_attack(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a documentary or series telling a security story is the show's news (other)
        ("Examplenews in upcoming Hulu series on the Exampledate breach", Category.OTHER),
        ("Examplenews in new 'Most Wanted' HBO Max series about a convicted hacker", Category.OTHER),
        ("Un documentaire revient sur le piratage d'Examplebank", Category.OTHER),
        # detecting or hunting a threat is a way of finding it (research), a flaw or an arrest still decides
        ("Detecting Examplespy spyware infections", Category.RESEARCH_TOOLING),
        ("Détecter les infections par le logiciel espion Examplespy", Category.RESEARCH_TOOLING),
        ("Detecting exploitation of the Examplesoft zero-day", Category.VULNERABILITY),
        # without the show or the detection, the event decides
        ("Exampledate breach exposes 30 million users", Category.DATA_BREACH),
        ("Fuite de données chez Exampledate : 30 millions d'utilisateurs exposés", Category.DATA_BREACH),
    ],
)
def test_a_show_is_other_and_detecting_is_research(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a government's seat or head as the headline's subject, no event named: policy
        ("White House wants to fix the weak security of internet routing", Category.POLICY_REGULATION),
        ("L'Élysée veut renforcer la sécurité du routage d'internet", Category.POLICY_REGULATION),
        ("Putin to staffers: throw out your phones", Category.POLICY_REGULATION),
        ("Exampleland flags security risks in popular apps after official probe", Category.POLICY_REGULATION),
        # an event still decides
        ("White House staff targeted by phishing emails", Category.FRAUD_PHISHING),
        ("Des courriels d'hameçonnage visent le personnel de l'Élysée", Category.FRAUD_PHISHING),
    ],
)
def test_a_government_as_the_headlines_subject_is_policy(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a malware family the galaxies know, named in the headline, is malware vocabulary
        ("From an obfuscated batch file to XWorm", Category.MALWARE_CAMPAIGN),
        ("D'un fichier batch obscurci à XWorm", Category.MALWARE_CAMPAIGN),
        # a kind word before it still decides by the guide's order
        ("Examplecorp data breach traced to XWorm infection", Category.DATA_BREACH),
        ("Fuite de données chez Examplecorp : une infection XWorm en cause", Category.DATA_BREACH),
    ],
)
def test_a_known_malware_family_is_malware_vocabulary(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a class of flaw named instead of "flaw" is a flaw
        ("Open redirect on a government website sends users to adult content", "", Category.VULNERABILITY),
        ("Open redirect exploité par des spammeurs sur un site public", "", Category.VULNERABILITY),
        ("Path traversal in Examplesoft Gateway lets attackers read files", "", Category.VULNERABILITY),
        ("Injection de commandes dans le routeur Exemple", "", Category.VULNERABILITY),
        # a security vendor's name is not malware vocabulary
        (
            "Only half of teens feel supported online",
            "Malwarebytes asked parents and teens how they feel. Malwarebytes published the answers today.",
            Category.OTHER,
        ),
        (
            "La moitié des adolescents se sentent soutenus en ligne",
            "Le sondage de Malwarebytes a interrogé parents et adolescents. Malwarebytes l'a publié.",
            Category.OTHER,
        ),
    ],
)
def test_flaw_classes_and_a_vendors_name(title: str, text: str, expected: str) -> None:
    assert categorise(title, text) == expected


_LONG_REST_EN = (
    "The network filled several apartments across the city, racks of phones and modems wired "
    "together, and investigators spent weeks mapping who rented them and how they were paid for. "
)
_LONG_REST_FR = (
    "Le réseau occupait plusieurs appartements de la ville, des étagères de téléphones et de modems "
    "reliés entre eux, et les enquêteurs ont passé des semaines à retrouver qui les louait et comment. "
)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # police action the lead states is the event whatever the article says next (rule 1)
        (
            "SIM farms could have knocked out city cell towers",
            "The Secret Service has dismantled a network of SIM farms around the city. It says the "
            "farms could send 30 million messages a minute. " + 2 * _LONG_REST_EN,
            Category.LAW_ENFORCEMENT,
        ),
        (
            "Des fermes de cartes SIM auraient pu couper le réseau mobile",
            "La police a démantelé un réseau de fermes de cartes SIM autour de la ville. Elle dit que ces "
            "fermes pouvaient envoyer 30 millions de messages par minute. " + 2 * _LONG_REST_FR,
            Category.LAW_ENFORCEMENT,
        ),
        # "how to spot a scam" is advice about the scam, not a detection tool
        ("How to spot a scam", "", Category.FRAUD_PHISHING),
    ],
)
def test_police_in_the_lead_needs_no_second_mention(title: str, text: str, expected: str) -> None:
    assert categorise(title, text) == expected


_TOOL_EN = "The vendor's EDR tool received a content update. Admins used a recovery tool to fix machines."
_TOOL_FR = (
    "L'outil EDR de l'éditeur a reçu une mise à jour. Les administrateurs ont utilisé un outil de secours."
)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # an outage or a faulty update with no attack named is `other` (the guide's own example)
        ("Faulty Examplesec update crashes Windows systems worldwide", _TOOL_EN, Category.OTHER),
        ("Mise à jour défectueuse d'Examplesec : des PC Windows en panne", _TOOL_FR, Category.OTHER),
        ("Examplecloud outage lasts 15 hours", _TOOL_EN, Category.OTHER),
        # the attack behind it decides
        (
            "Examplebank outage",
            "The outage was caused by a ransomware attack on its servers.",
            Category.RANSOMWARE,
        ),
        (
            "Panne chez Exemplebanque",
            "Un rançongiciel a chiffré les serveurs de la banque.",
            Category.RANSOMWARE,
        ),
    ],
)
def test_an_outage_without_an_attack_is_other(title: str, text: str, expected: str) -> None:
    assert categorise(title, text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a defence against a kind of attack, or protecting something with no attacker as subject: research
        ("Holiday DDoS protection guide", Category.RESEARCH_TOOLING),
        ("Guide de protection contre les DDoS pour les fêtes", Category.RESEARCH_TOOLING),
        ("Protecting shared tablet notes from unintended exposure", Category.RESEARCH_TOOLING),
        ("Protéger le presse-papiers d'Android contre les fuites", Category.RESEARCH_TOOLING),
        # an attacker disabling the defence is the attack; protecting your own things keeps the threat
        (
            "Text message gets recipient to disable phishing protection so they can be phished",
            Category.FRAUD_PHISHING,
        ),
        (
            "Un SMS pousse le destinataire à désactiver la protection contre l'hameçonnage",
            Category.FRAUD_PHISHING,
        ),
        ("Protecting your accounts from scammers", Category.FRAUD_PHISHING),
    ],
)
def test_a_defence_against_a_kind_of_attack_is_research(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a law about flaws is the law's story (policy), not a flaw's
        ("Cyber chief slams Exampleland's bug-hoarding laws", Category.POLICY_REGULATION),
        ("Exampleland tightens its vulnerability disclosure rules", Category.POLICY_REGULATION),
        ("La loi sur la divulgation des failles d'Exempleland critiquée", Category.POLICY_REGULATION),
        # a flaw is still a flaw
        ("Examplesoft fixes a bug in its rules engine", Category.VULNERABILITY),
        ("Examplesoft corrige une faille de son moteur de règles", Category.VULNERABILITY),
    ],
)
def test_a_law_about_flaws_is_policy(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
