"""The kind of event by what happened, on small fictional headlines and leads in EN/FR/DE/NL
(bench/data/intel/GUIDE.md §4): a compromise that spreads malware, a botnet analysed, flaws across
many products, a landscape of several attack kinds, reports in several languages, espionage against
governments, extortion without encryption, social engineering."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # A compromise that is how malware spread: supply chain → malware campaign
        ("ExampleLib library compromised: cryptominer found in PyPI versions", "", Category.MALWARE_CAMPAIGN),
        ("Hackers breach Acme GitHub, publish malicious npm packages", "", Category.MALWARE_CAMPAIGN),
        # ... while stolen data stays a breach
        ("Hackers breach Acme, steal customer data", "", Category.DATA_BREACH),
        (
            "Host discloses multi-year breach causing malware installs and source code theft",
            "",
            Category.DATA_BREACH,
        ),
        # A botnet analysed, no attack on anyone → malware; an attack on someone stays DDoS
        ("NightBot, a new bot for cryptomining and DDoS attacks", "", Category.MALWARE_CAMPAIGN),
        ("Record 9 Tbps DDoS attack hits a hosting provider", "", Category.DDOS),
        # Flaws across many products → research; one product's flaw → vulnerability
        ("Researchers uncover vulnerabilities in open-source AI and ML tools", "", Category.RESEARCH_TOOLING),
        ("Critical flaw in Example VPN gateway patched", "", Category.VULNERABILITY),
        # Three kinds of attack in one headline: a landscape
        (
            "Transport sector hit by ransomware, data theft and denial-of-service",
            "",
            Category.RESEARCH_TOOLING,
        ),
        # Reports in several languages
        (
            "Paysage des menaces industrielles : T2 2025",
            "Le pourcentage d'ordinateurs attaqués baisse.",
            Category.RESEARCH_TOOLING,
        ),
        ("Rapporto annuale della polizia", "I dati delle attività.", Category.RESEARCH_TOOLING),
        ("Lagebericht zur IT-Sicherheit", "Die Zahl der Angriffe steigt.", Category.RESEARCH_TOOLING),
        # Espionage: a CERT-UA cluster; malware aimed at governments (French lead)
        (
            "Attaque par logiciels malveillants via de fausses convocations",
            "Le groupe UAC-0123 cible des agences gouvernementales et des forces de défense.",
            Category.APT_ESPIONAGE,
        ),
        # French plural malware words
        ("WSL, nouvelle porte d'entrée des logiciels malveillants ?", "", Category.MALWARE_CAMPAIGN),
        # Extortion without encryption is a breach; social engineering is fraud
        ("Tentative d'extorsion visant les clients d'un restaurant", "", Category.DATA_BREACH),
        ("FBI warns of Crimson Falcon's social engineering attacks on airlines", "", Category.FRAUD_PHISHING),
        # A government's backdoor order is policy; lawmakers in the headline make policy
        ("Home Office silent on alleged Examplephone backdoor order", "", Category.POLICY_REGULATION),
        ("Senators fret over agency feeding sensitive data into AI", "", Category.POLICY_REGULATION),
        # Support lifecycles are product news, not a flaw; a flaw at end of life stays a flaw
        ("Examplesoft offers six more months of security updates for its mail server", "", Category.OTHER),
        ("End-of-life routers hit by exploited flaw", "", Category.VULNERABILITY),
        # How something could be attacked: research
        ("AI browsers can be tricked into running hidden prompts", "", Category.RESEARCH_TOOLING),
        ("Abandoned storage buckets could be reused in supply-chain attacks", "", Category.RESEARCH_TOOLING),
        ("Les assistants vocaux pourraient être détournés par des ultrasons", "", Category.RESEARCH_TOOLING),
        # Hacktivist DDoS crews; defences aimed at attackers; tools that follow threats
        ("Pro-Russia group Killnet targets a European airport", "", Category.DDOS),
        ("New security features fight scammers and hackers", "", Category.RESEARCH_TOOLING),
        ("A blogger launches a ransomware monitor dashboard", "", Category.RESEARCH_TOOLING),
        # Naming the police is not an action: criminals selling police accounts is a breach
        (
            "Wanna buy a legit police email account for $40?",
            "Criminals are selling access to law enforcement email accounts that miscreants compromised.",
            Category.DATA_BREACH,
        ),
        # A law changing penalties is policy; a regulator's fine for a breach stays a breach
        ("Country increases fines for massive data breaches", "", Category.POLICY_REGULATION),
        ("La France alourdit les amendes pour les fuites de données", "", Category.POLICY_REGULATION),
        ("Regulator fines retailer over data breach", "", Category.DATA_BREACH),
        # Advice to people on their own things is general advice
        ("How to protect your child's identity", "Identity thieves love minors.", Category.OTHER),
        ("Comment protéger vos comptes en ligne", "Quelques conseils simples.", Category.OTHER),
        # Account hijacking and phishing brands are fraud; fake extensions are malware
        ("Messaging hijackers take over your account while you sleep", "", Category.FRAUD_PHISHING),
        ("Web shops infected by 'Phish n Ships' criminals", "", Category.FRAUD_PHISHING),
        ("Fake ad-manager extensions are hijacking business accounts", "", Category.MALWARE_CAMPAIGN),
        # A company's security incident is unauthorised access to its data
        ("Password manager updates notice about a recent security incident", "", Category.DATA_BREACH),
        # A roundup in French
        ("Un aperçu des menaces de la semaine", "Failles, rançongiciels et arrestations.", Category.OTHER),
    ],
)
def test_kind_of_event(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # espionage said in French, German, Dutch; spyware against politicians
        ("Des pirates liés à la Chine espionnent des ministères européens", Category.APT_ESPIONAGE),
        ("Staatliche Hacker aus Russland spionieren Behörden aus", Category.APT_ESPIONAGE),
        ("Noord-Koreaanse hackers bespioneren defensiebedrijven", Category.APT_ESPIONAGE),
        ("Spyware used to hack phones of opposition politicians", Category.APT_ESPIONAGE),
        # police and justice in the four languages, a person charged over a gang's attacks
        ("US charges Russian national over LockBit attacks", Category.LAW_ENFORCEMENT),
        ("La police démantèle un réseau de fraude au faux conseiller", Category.LAW_ENFORCEMENT),
        ("Polizei nimmt mutmaßliche Betrüger fest", Category.LAW_ENFORCEMENT),
        ("Politie pakt verdachten van phishingbende op", Category.LAW_ENFORCEMENT),
        # fraud named by its crooks in German and Dutch, fake shops
        ("Betrüger locken mit gefälschten Paketbenachrichtigungen", Category.FRAUD_PHISHING),
        ("Oplichters sturen valse sms'jes namens de bank", Category.FRAUD_PHISHING),
        ("Fake online shops trick holiday buyers", Category.FRAUD_PHISHING),
        # sites knocked offline by hacktivists: denial of service, not a government policy
        ("Pro-Russian hacktivists knock Danish government sites offline", Category.DDOS),
        # a government acting on rules is policy, whatever threat the rules are about
        ("UK government proposes ban on ransomware payments by public bodies", Category.POLICY_REGULATION),
        ("Kabinet presenteert nieuwe cybersecuritywet", Category.POLICY_REGULATION),
        ("Regierung legt Gesetzentwurf gegen Cyberangriffe vor", Category.POLICY_REGULATION),
        # a detection tool and a report by its figures: research
        ("New open-source tool detects malicious browser extensions", Category.RESEARCH_TOOLING),
        ("Report: malware volumes up 40% in 2025", Category.RESEARCH_TOOLING),
        # (a report on one kind of threat takes its kind: GUIDE.md, sample c2's decisions)
        ("Report: phishing volumes up 40% in 2025", Category.FRAUD_PHISHING),
        ("Leaked credentials up 160%: what attackers do with them", Category.RESEARCH_TOOLING),
    ],
)
def test_kinds_said_in_other_words_and_languages(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the same words around a real event keep the event's kind
        ("Examplecorp hit by Akira ransomware, systems encrypted", Category.RANSOMWARE),
        ("Gemeente Voorbeeldstad getroffen door ransomware-aanval", Category.RANSOMWARE),
        ("Examplebank confirms hackers stole data of 2 million customers", Category.DATA_BREACH),
        ("Datalek bij zorgverzekeraar: gegevens van 50.000 klanten gestolen", Category.DATA_BREACH),
        ("Kritieke kwetsbaarheid in Example-router actief misbruikt", Category.VULNERABILITY),
        ("Record 7 Tbps DDoS attack hits hosting provider", Category.DDOS),
        ("Neue Schadsoftware verbreitet sich über gefälschte Updates", Category.MALWARE_CAMPAIGN),
    ],
)
def test_event_headlines_keep_their_kind(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a person admitting the crime is justice news, in four languages
        ("Hacker admits stealing data from 50 firms", Category.LAW_ENFORCEMENT),
        ("Store manager admits SIM swapping his customers", Category.LAW_ENFORCEMENT),
        ("Ex-employé : il reconnaît avoir piraté son ancien employeur", Category.LAW_ENFORCEMENT),
        ("Hacker gesteht Angriff auf Klinik", Category.LAW_ENFORCEMENT),
        ("Oud-medewerker bekent hack te hebben gepleegd", Category.LAW_ENFORCEMENT),
        # an organisation admitting a breach stays a breach
        ("Company admits to an embarrassing breach", Category.DATA_BREACH),
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
            Category.DATA_BREACH,
        ),
        (
            "Cyberangriff auf Versandhändler",
            "Die Angreifer haben Kundendaten gestohlen.",
            Category.DATA_BREACH,
        ),
        ("Examplebank : les données de 300 000 clients dérobées", "", Category.DATA_BREACH),
        (
            "Hackers claim theft of 1TB from carmaker",
            "The group posted samples on a forum.",
            Category.DATA_BREACH,
        ),
        # ... but a theft of money from a person stays the scam it is
        ("Gift card scam leads to $27,000 in-person theft of a pensioner", "", Category.FRAUD_PHISHING),
        # police action given as background: the event is what came after it
        ("Example Stealer returns after takedown attempt", "", Category.MALWARE_CAMPAIGN),
        ("Ransomware gang resurfaces following last year's arrests", "", Category.RANSOMWARE),
        ("Example Stealer infrastructure seized by police", "", Category.LAW_ENFORCEMENT),
        # a malicious extension named in two words; a mandate to report is policy
        ("Malicious VS Code extensions steal crypto", "", Category.MALWARE_CAMPAIGN),
        ("Australia mandates reporting of ransomware payments", "", Category.POLICY_REGULATION),
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
    assert categorise(title, "") == Category.RESEARCH_TOOLING


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a compromise whose only flaw words are its updates halted: the compromise is the event
        ("Examplesoft compromised, new releases and patches halted", Category.DATA_BREACH),
        # ... while a fixed hole that could have exposed data is the flaw
        ("Example Browser fixes security hole that could have exposed your data", Category.VULNERABILITY),
        # malware built on leaked tools: the leak is where the tool came from
        ("New backdoor built on leaked ExampleKit malware found in the wild", Category.MALWARE_CAMPAIGN),
        ("Hackers leak customer data of Examplesoft", Category.DATA_BREACH),
        # a purpose clause is no "could be" of research
        ("Text gets users to disable their spam filter so they can be phished", Category.FRAUD_PHISHING),
        # a study's finding reported after the fact
        ("One in five web shops leak customer backups, says study", Category.RESEARCH_TOOLING),
        # a ransomware gang breached itself: a data breach (the guide's rule for criminals hacked)
        ("ExampleLocker ransomware gang breached, affiliate panel exposed", Category.DATA_BREACH),
        ("ExampleLocker ransomware gang hits a hospital", Category.RANSOMWARE),
        # a product's lifecycle, a show's episode, a blog's birthday recap
        ("Examplesoft ends extended support for ExampleOS 7 today", Category.OTHER),
        ("Examplesoft to end direct sale of ExampleOS licenses", Category.OTHER),
        ("The rise of romance scams, with an expert (Lock and Example S06E04)", Category.OTHER),
        ("Happy 13th Birthday, ExampleOnSecurity!", Category.OTHER),
        # a government to ban payments is policy; a defence added is a tool
        ("UK to ban public sector from paying ransomware demands", Category.POLICY_REGULATION),
        (
            "Careful what you say about data leaks in Exampleland, new law could mean prison",
            Category.POLICY_REGULATION,
        ),
        ("Europol targets Kremlin-backed cybercrime gang ExampleName", Category.LAW_ENFORCEMENT),
        ("Chatbots help both criminals and law enforcement, says Europol report", Category.RESEARCH_TOOLING),
        ("Examplephone adds Message Guard protection against zero-click exploits", Category.RESEARCH_TOOLING),
    ],
)
def test_blog_headlines_that_tell_a_story(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


def test_a_vulnerability_scanner_is_a_tool_not_a_flaw() -> None:
    assert categorise("Crooks resell a cracked vulnerability scanner", "") != Category.VULNERABILITY
    assert categorise("Vulnerability management: where to start", "") != Category.VULNERABILITY
    assert categorise("Critical vulnerability in Example VPN gateway", "") == Category.VULNERABILITY
