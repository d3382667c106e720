"""The kind of event by what happened, on small fictional headlines and leads in EN/FR/DE/NL
(bench/data/intel/GUIDE.md §4): a compromise that spreads malware, a botnet analysed, flaws across
many products, a landscape of several attack kinds, reports in several languages, espionage against
governments, extortion without encryption, social engineering."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # A compromise that is how malware spread: supply chain → malware campaign
        ("ExampleLib library compromised: cryptominer found in PyPI versions", "", "malware_campaign"),
        ("Hackers breach Acme GitHub, publish malicious npm packages", "", "malware_campaign"),
        # ... while stolen data stays a breach
        ("Hackers breach Acme, steal customer data", "", "data_breach"),
        (
            "Host discloses multi-year breach causing malware installs and source code theft",
            "",
            "data_breach",
        ),
        # A botnet analysed, no attack on anyone → malware; an attack on someone stays DDoS
        ("NightBot, a new bot for cryptomining and DDoS attacks", "", "malware_campaign"),
        ("Record 9 Tbps DDoS attack hits a hosting provider", "", "ddos"),
        # Flaws across many products → research; one product's flaw → vulnerability
        ("Researchers uncover vulnerabilities in open-source AI and ML tools", "", "research_tooling"),
        ("Critical flaw in Example VPN gateway patched", "", "vulnerability"),
        # Three kinds of attack in one headline: a landscape
        ("Transport sector hit by ransomware, data theft and denial-of-service", "", "research_tooling"),
        # Reports in several languages
        (
            "Paysage des menaces industrielles : T2 2025",
            "Le pourcentage d'ordinateurs attaqués baisse.",
            "research_tooling",
        ),
        ("Rapporto annuale della polizia", "I dati delle attività.", "research_tooling"),
        ("Lagebericht zur IT-Sicherheit", "Die Zahl der Angriffe steigt.", "research_tooling"),
        # Espionage: a CERT-UA cluster; malware aimed at governments (French lead)
        (
            "Attaque par logiciels malveillants via de fausses convocations",
            "Le groupe UAC-0123 cible des agences gouvernementales et des forces de défense.",
            "apt_espionage",
        ),
        # French plural malware words
        ("WSL, nouvelle porte d'entrée des logiciels malveillants ?", "", "malware_campaign"),
        # Extortion without encryption is a breach; social engineering is fraud
        ("Tentative d'extorsion visant les clients d'un restaurant", "", "data_breach"),
        ("FBI warns of Crimson Falcon's social engineering attacks on airlines", "", "fraud_phishing"),
        # A government's backdoor order is policy; lawmakers in the headline make policy
        ("Home Office silent on alleged Examplephone backdoor order", "", "policy_regulation"),
        ("Senators fret over agency feeding sensitive data into AI", "", "policy_regulation"),
        # Support lifecycles are product news, not a flaw; a flaw at end of life stays a flaw
        ("Examplesoft offers six more months of security updates for its mail server", "", "other"),
        ("End-of-life routers hit by exploited flaw", "", "vulnerability"),
        # How something could be attacked: research
        ("AI browsers can be tricked into running hidden prompts", "", "research_tooling"),
        ("Abandoned storage buckets could be reused in supply-chain attacks", "", "research_tooling"),
        ("Les assistants vocaux pourraient être détournés par des ultrasons", "", "research_tooling"),
        # Hacktivist DDoS crews; defences aimed at attackers; tools that follow threats
        ("Pro-Russia group Killnet targets a European airport", "", "ddos"),
        ("New security features fight scammers and hackers", "", "research_tooling"),
        ("A blogger launches a ransomware monitor dashboard", "", "research_tooling"),
        # Naming the police is not an action: criminals selling police accounts is a breach
        (
            "Wanna buy a legit police email account for $40?",
            "Criminals are selling access to law enforcement email accounts that miscreants compromised.",
            "data_breach",
        ),
        # A law changing penalties is policy; a regulator's fine for a breach stays a breach
        ("Country increases fines for massive data breaches", "", "policy_regulation"),
        ("La France alourdit les amendes pour les fuites de données", "", "policy_regulation"),
        ("Regulator fines retailer over data breach", "", "data_breach"),
        # Advice to people on their own things is general advice
        ("How to protect your child's identity", "Identity thieves love minors.", "other"),
        ("Comment protéger vos comptes en ligne", "Quelques conseils simples.", "other"),
        # Account hijacking and phishing brands are fraud; fake extensions are malware
        ("Messaging hijackers take over your account while you sleep", "", "fraud_phishing"),
        ("Web shops infected by 'Phish n Ships' criminals", "", "fraud_phishing"),
        ("Fake ad-manager extensions are hijacking business accounts", "", "malware_campaign"),
        # A company's security incident is unauthorised access to its data
        ("Password manager updates notice about a recent security incident", "", "data_breach"),
        # A roundup in French
        ("Un aperçu des menaces de la semaine", "Failles, rançongiciels et arrestations.", "other"),
    ],
)
def test_kind_of_event(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # espionage said in French, German, Dutch; spyware against politicians
        ("Des pirates liés à la Chine espionnent des ministères européens", "apt_espionage"),
        ("Staatliche Hacker aus Russland spionieren Behörden aus", "apt_espionage"),
        ("Noord-Koreaanse hackers bespioneren defensiebedrijven", "apt_espionage"),
        ("Spyware used to hack phones of opposition politicians", "apt_espionage"),
        # police and justice in the four languages, a person charged over a gang's attacks
        ("US charges Russian national over LockBit attacks", "law_enforcement"),
        ("La police démantèle un réseau de fraude au faux conseiller", "law_enforcement"),
        ("Polizei nimmt mutmaßliche Betrüger fest", "law_enforcement"),
        ("Politie pakt verdachten van phishingbende op", "law_enforcement"),
        # fraud named by its crooks in German and Dutch, fake shops
        ("Betrüger locken mit gefälschten Paketbenachrichtigungen", "fraud_phishing"),
        ("Oplichters sturen valse sms'jes namens de bank", "fraud_phishing"),
        ("Fake online shops trick holiday buyers", "fraud_phishing"),
        # sites knocked offline by hacktivists: denial of service, not a government policy
        ("Pro-Russian hacktivists knock Danish government sites offline", "ddos"),
        # a government acting on rules is policy, whatever threat the rules are about
        ("UK government proposes ban on ransomware payments by public bodies", "policy_regulation"),
        ("Kabinet presenteert nieuwe cybersecuritywet", "policy_regulation"),
        ("Regierung legt Gesetzentwurf gegen Cyberangriffe vor", "policy_regulation"),
        # a detection tool and a report by its figures: research
        ("New open-source tool detects malicious browser extensions", "research_tooling"),
        ("Report: phishing volumes up 40% in 2025", "research_tooling"),
        ("Leaked credentials up 160%: what attackers do with them", "research_tooling"),
    ],
)
def test_kinds_said_in_other_words_and_languages(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the same words around a real event keep the event's kind
        ("Examplecorp hit by Akira ransomware, systems encrypted", "ransomware"),
        ("Gemeente Voorbeeldstad getroffen door ransomware-aanval", "ransomware"),
        ("Examplebank confirms hackers stole data of 2 million customers", "data_breach"),
        ("Datalek bij zorgverzekeraar: gegevens van 50.000 klanten gestolen", "data_breach"),
        ("Kritieke kwetsbaarheid in Example-router actief misbruikt", "vulnerability"),
        ("Record 7 Tbps DDoS attack hits hosting provider", "ddos"),
        ("Neue Schadsoftware verbreitet sich über gefälschte Updates", "malware_campaign"),
    ],
)
def test_event_headlines_keep_their_kind(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a person admitting the crime is justice news, in four languages
        ("Hacker admits stealing data from 50 firms", "law_enforcement"),
        ("Store manager admits SIM swapping his customers", "law_enforcement"),
        ("Ex-employé : il reconnaît avoir piraté son ancien employeur", "law_enforcement"),
        ("Hacker gesteht Angriff auf Klinik", "law_enforcement"),
        ("Oud-medewerker bekent hack te hebben gepleegd", "law_enforcement"),
        # an organisation admitting a breach stays a breach
        ("Company admits to an embarrassing breach", "data_breach"),
    ],
)
def test_admitting_a_crime_is_justice_news(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # data said stolen or accessed, in four languages, makes a breach of "a cyberattack"
        (
            "Examplecorp confirms cyberattack",
            "Hackers accessed customer names and email addresses.",
            "data_breach",
        ),
        ("Cyberangriff auf Versandhändler", "Die Angreifer haben Kundendaten gestohlen.", "data_breach"),
        ("Examplebank : les données de 300 000 clients dérobées", "", "data_breach"),
        ("Hackers claim theft of 1TB from carmaker", "The group posted samples on a forum.", "data_breach"),
        # ... but a theft of money from a person stays the scam it is
        ("Gift card scam leads to $27,000 in-person theft of a pensioner", "", "fraud_phishing"),
        # police action given as background: the event is what came after it
        ("Example Stealer returns after takedown attempt", "", "malware_campaign"),
        ("Ransomware gang resurfaces following last year's arrests", "", "ransomware"),
        ("Example Stealer infrastructure seized by police", "", "law_enforcement"),
        # a malicious extension named in two words; a mandate to report is policy
        ("Malicious VS Code extensions steal crypto", "", "malware_campaign"),
        ("Australia mandates reporting of ransomware payments", "", "policy_regulation"),
    ],
)
def test_stolen_data_background_police_and_mandates(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Phone maker introduces new feature to protect users from zero-click malware attacks",
        "Mobile OS rolls out advanced features to protect users from scams and malicious apps",
        "Cloud mandatory multifactor authentication: phase 2 starting in October",
    ],
)
def test_features_that_protect_are_defences(title: str) -> None:
    assert categorise(title, "") == "research_tooling"
