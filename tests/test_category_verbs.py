"""The kind of event decided by what the headline says happened, on fictional headlines and leads
(bench/data/intel/GUIDE.md §4): stolen, hacked by a state, charged, sanctioned, powered down, a flaw
before the ransomware exploiting it, malware sold to a ransomware gang, a deal, an outage, an attack
named without its kind, a government's ban, a report of a year, resource hijacking, new malware
words ("SnakeKeylogger", "NightBot", "crimeware")."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # breached / leaked / stolen → data breach
        ("Hacker stole credit cards from the website of Exampleshop", "", "data_breach"),
        ("Examplecorp confirms server break-in after crook offers 90GB of stolen files", "", "data_breach"),
        (
            "Store logs card numbers, loses accounts. Cost? $2m",
            "The retailer will pay after account data belonging to 4 million customers was stolen in 2019.",
            "data_breach",
        ),
        (
            "Aloha, you've been pwned: Example Airlines discloses 'cyber event'",
            'Example Airlines said a "cybersecurity incident" affected some of its IT systems.',
            "data_breach",
        ),
        # ... a contract's breach is no data breach
        ("Streaming app sues store over removal", "The company sued for breach of contract.", "other"),
        # a state as the attacker → espionage
        ("Beijing hacked critical orgs in year-long campaign", "", "apt_espionage"),
        ("China has utterly pwned thousands of devices at telcos", "", "apt_espionage"),
        ("Russian-linked hackers target NGOs and media", "Researchers saw phishing emails.", "apt_espionage"),
        (
            "Spy agency hunts double agents with fake recruiting sites",
            "Government-backed Iranian actors set up fake sites.",
            "apt_espionage",
        ),
        # charged / sanctioned / powered down / cuffed → law enforcement
        ("Feds charge 3 Examplians with hack-and-leak of a campaign", "", "law_enforcement"),
        ("Treasury sanctions Example cybersecurity firm over agency breach", "", "law_enforcement"),
        ("Global cops power down 'most prolific' DDoS dealership", "", "law_enforcement"),
        ("Cops cuff 2 suspected crooks in infostealer sting", "", "law_enforcement"),
        # ... but a bug bounty and sanctions as a context are not police action
        ("Example Cloud flaw still allows data theft despite bounty payout", "", "vulnerability"),
        ("Examplecorp revenue grows, suggesting it is scoffing at sanctions", "", "other"),
        # a flaw named before the ransomware that exploits it → vulnerability (rule 3)
        ("ExampleVM flaw exploited by ransomware groups for admin access", "", "vulnerability"),
        ("Threat actors exploit critical flaw in ExampleGate to drop ransomware", "", "vulnerability"),
        # ... the gang or an actor named first keeps the ransomware
        ("NightLock ransomware exploits year-old ExampleGate flaw", "", "ransomware"),
        ("Storm-0000 exploits ExampleDocs flaws to deploy ransomware", "", "ransomware"),
        # malware sold, delivered or partnered to a ransomware gang → malware campaign
        ("ExampleLoader malware delivers access to LockBit and others", "", "malware_campaign"),
        (
            "Crime group is peddling its EDR-killing malware to ransomware gangs",
            "The tool is sold to several ransomware gangs.",
            "malware_campaign",
        ),
        # a deal between firms is industry news, not a theft
        ("Examplesec to snatch Rivalsec in $800M buyout", "", "other"),
        # an attack named without its kind: never policy or research from the victim's words
        ("A cyber attack hit Exampleland government sites", "", "other"),
        ("Stock firm pulls website amid cyberattack", "Its tools and reports are offline.", "other"),
        # an outage with no attack is not a defence story
        ("Example MFA outage locks out users across regions", "", "other"),
        # a government's ban of a vendor's products, a demand to break encryption → policy
        ("Exampleland bans Example antivirus software over espionage concerns", "", "policy_regulation"),
        ("The demands for Example to break encryption are an emergency", "", "policy_regulation"),
        ("Legge 12 del 2024 sulla cybersicurezza nazionale", "", "policy_regulation"),
        # ... a store removing malicious apps is not a ban
        ("Example store bans malicious apps that stole data", "", "data_breach"),
        # a report of a year is research (the guide: reports with threat statistics)
        ("Spam and phishing in 2024", "", "research_tooling"),
        # ... while new malware "in the threat landscape" is malware
        ("NightBot, a new Go-based botnet in the threat landscape", "", "malware_campaign"),
        # malware words: a name ending in the kind, crimeware, cyberweapons, miners, resource hijacking
        ("Sneaky SnakeKeylogger slithers into inboxes", "", "malware_campaign"),
        ("ExampleLoader drops a payload via phishing", "", "malware_campaign"),
        ("New ShellBot bot targets poorly managed SSH servers", "", "malware_campaign"),
        ("What's happening in the world of crimeware", "", "malware_campaign"),
        ("Example cyberweapon used to target infrastructure", "", "malware_campaign"),
        ("Purplefish cryptocurrency miners spotted scouring free accounts", "", "malware_campaign"),
        ("Hackers hijack unsecured notebooks to stream sports", "", "malware_campaign"),
        # ... a chatbot and a robot are no bots
        ("Example chatbot and a robot win a prize", "", "other"),
        # a contest where products are hacked is about flaws
        ("Pwn2Own Example 2024: Example phone hacked", "", "vulnerability"),
        ("Example backdoor exposes Linux systems to silent credential theft", "", "malware_campaign"),
        (
            "Extension clickjacking exposes password managers to credential and data theft",
            "",
            "vulnerability",
        ),
        ("Example phones shipped with vulnerable app", "", "vulnerability"),
    ],
)
def test_the_event_decides_the_kind(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        ("Now 1.6M people had SSNs stolen from Example insurance IT biz", "", "data_breach"),
        ("Intruders gain access to user data in Examplepass incident", "", "data_breach"),
        ("Example Pages misconfigurations exposing sensitive data", "", "data_breach"),
        ("Example AI bot spills data on job applicants", "", "data_breach"),
        ("FBI officially fingers North Korea for $1.5B crypto-burglary", "", "apt_espionage"),
        ("Examplesoft took legal action against crooks who abused its AI services", "", "law_enforcement"),
        ("Pair accused of breaking into a police database, posing as cops", "", "law_enforcement"),
        # a civil suit's "charging them with" is no criminal charge
        (
            "Game platform sued over child safety",
            "The court action, charging them with misleading parents, centres on a 13-year-old plaintiff.",
            "other",
        ),
        ("Brokers target execs via invoice spam and legit RMM trials", "", "fraud_phishing"),
        # one vendor's advisory over its models is a flaw, not research on many products
        (
            "Examplewall confirms active exploitation of flaws affecting multiple appliance models",
            "",
            "vulnerability",
        ),
        ("Researchers find flaws in multiple VPN apps", "", "research_tooling"),
        # a service whose name ends in "bot" is no malware
        ("Certbot 4.0: long live short-lived certs", "", "other"),
        ("Truecrook malware delivers access to Clop ransomware", "", "malware_campaign"),
    ],
)
def test_more_events_decide_the_kind(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a ransomware brand's name on another kind of malware names that malware
        ("Crooks clone antivirus site to spread Venom RAT and steal wallets", "malware_campaign"),
        ("New loader spotted delivering WhiteSnake and Meduza stealers", "malware_campaign"),
        # a bounty paid for a flaw is a bug bounty; a sandbox escape is a flaw
        ("Browser sandbox escape nets researcher $250,000 bounty for the vulnerability", "vulnerability"),
        # police swooping, a firm disrupting a crime ring
        ("Operation Example sees Interpol swoop on global cyber crims", "law_enforcement"),
        ("Examplesoft disrupted a global cybercrime ring abusing its AI service", "law_enforcement"),
        # Iranian groups' naming ("X Kitten") is a state actor's
        ("Iran's Pioneer Kitten hits networks via buggy gear", "apt_espionage"),
        # resource hijacking
        ("3,500 websites hijacked to secretly mine crypto", "malware_campaign"),
    ],
)
def test_names_and_bounties(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Examplebank data breach caused by the exploitation of an MFT zero-day", "data_breach"),
        ("Around 19,500 end-of-life Example routers are exposed to hack", "vulnerability"),
        ("Parliament passes TAKE IT DOWN Act despite major flaws", "policy_regulation"),
        ("Delegates urged to fix flaws in draft cybercrime treaty", "policy_regulation"),
        ("Exampleland eyes new laws as cable sabotage blurs line between war and peace", "policy_regulation"),
        ("Guida per i dispositivi mobili", "research_tooling"),
        ("Example worm part of an ecosystem facilitating pre-ransomware activity", "malware_campaign"),
    ],
)
def test_breach_before_flaw_policy_acts_and_precursors(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("CVE program gets last-minute funding from the agency", "policy_regulation"),
        ("Government funding for Example's CVE ends April 16", "policy_regulation"),
        ("AI company detects unauthorized access to its Spaces platform", "data_breach"),
        # a journalist targeted by a scammer is fraud, not espionage
        ("Pig-butchering scammer targets a journalist", "fraud_phishing"),
    ],
)
def test_programs_unauthorised_access_and_scams(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # an event listed before the article is the page's advertisement, not its lead
        (
            "New tool: ficheck.py",
            "Reverse-Engineering Malware: Analysis Tools | Online | Japan Standard Time | "
            "Oct 20th - Oct 25th 2025\n\nI have been a big fan of file integrity monitoring tools.",
            "research_tooling",
        ),
        # a risk of data theft is no theft
        (
            "SLAP and FLOP: browsers at risk of data theft on Example silicon",
            "Researchers found two flaws in Example chips.",
            "vulnerability",
        ),
        # malware the headline names keeps its kind when the lead speaks of the ransomware gang behind it
        (
            "Malware authors target organisations with Domino backdoor",
            "There's a new ransomware gang in town, stitched together from members of others.",
            "malware_campaign",
        ),
        # ... but a named trojan exploiting a flaw to deploy ransomware is a ransomware attack (rule 2)
        ("PipeMagic trojan exploits Windows zero-day to deploy ransomware", "", "ransomware"),
    ],
)
def test_listings_risks_and_malware_before_ransomware(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        (
            "New Examplebanker malware variants emerge with advanced tactics",
            "The malware persists despite law enforcement efforts that disrupted its operators.",
            "malware_campaign",
        ),
        ("Hackers hit Example hospital", "Police arrested two suspects on Monday.", "law_enforcement"),
    ],
)
def test_police_in_the_lead_is_background_to_a_named_malware(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected
