"""The kind of event decided by what the headline says happened, on fictional headlines and leads
(bench/data/intel/GUIDE.md §4): stolen, hacked by a state, charged, sanctioned, powered down, a flaw
before the ransomware exploiting it, malware sold to a ransomware gang, a deal, an outage, an attack
named without its kind, a government's ban, a report of a year, resource hijacking, new malware
words ("SnakeKeylogger", "NightBot", "crimeware")."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # breached / leaked / stolen → data breach
        ("Hacker stole credit cards from the website of Exampleshop", "", Category.DATA_BREACH),
        (
            "Examplecorp confirms server break-in after crook offers 90GB of stolen files",
            "",
            Category.DATA_BREACH,
        ),
        (
            "Store logs card numbers, loses accounts. Cost? $2m",
            "The retailer will pay after account data belonging to 4 million customers was stolen in 2019.",
            Category.DATA_BREACH,
        ),
        (
            "Aloha, you've been pwned: Example Airlines discloses 'cyber event'",
            'Example Airlines said a "cybersecurity incident" affected some of its IT systems.',
            Category.DATA_BREACH,
        ),
        # ... a contract's breach is no data breach
        ("Streaming app sues store over removal", "The company sued for breach of contract.", Category.OTHER),
        # a state as the attacker → espionage
        ("Beijing hacked critical orgs in year-long campaign", "", Category.APT_ESPIONAGE),
        ("China has utterly pwned thousands of devices at telcos", "", Category.APT_ESPIONAGE),
        (
            "Russian-linked hackers target NGOs and media",
            "Researchers saw phishing emails.",
            Category.APT_ESPIONAGE,
        ),
        (
            "Spy agency hunts double agents with fake recruiting sites",
            "Government-backed Iranian actors set up fake sites.",
            Category.APT_ESPIONAGE,
        ),
        # charged / sanctioned / powered down / cuffed → law enforcement
        ("Feds charge 3 Examplians with hack-and-leak of a campaign", "", Category.LAW_ENFORCEMENT),
        ("Treasury sanctions Example cybersecurity firm over agency breach", "", Category.LAW_ENFORCEMENT),
        ("Global cops power down 'most prolific' DDoS dealership", "", Category.LAW_ENFORCEMENT),
        ("Cops cuff 2 suspected crooks in infostealer sting", "", Category.LAW_ENFORCEMENT),
        # ... but a bug bounty and sanctions as a context are not police action
        ("Example Cloud flaw still allows data theft despite bounty payout", "", Category.VULNERABILITY),
        ("Examplecorp revenue grows, suggesting it is scoffing at sanctions", "", Category.OTHER),
        # a flaw named before the ransomware that exploits it → vulnerability (rule 3)
        ("ExampleVM flaw exploited by ransomware groups for admin access", "", Category.VULNERABILITY),
        ("Threat actors exploit critical flaw in ExampleGate to drop ransomware", "", Category.VULNERABILITY),
        # ... the gang or an actor named first keeps the ransomware
        ("NightLock ransomware exploits year-old ExampleGate flaw", "", Category.RANSOMWARE),
        ("Storm-0000 exploits ExampleDocs flaws to deploy ransomware", "", Category.RANSOMWARE),
        # malware sold, delivered or partnered to a ransomware gang → malware campaign
        ("ExampleLoader malware delivers access to LockBit and others", "", Category.MALWARE_CAMPAIGN),
        (
            "Crime group is peddling its EDR-killing malware to ransomware gangs",
            "The tool is sold to several ransomware gangs.",
            Category.MALWARE_CAMPAIGN,
        ),
        # a deal between firms is industry news, not a theft
        ("Examplesec to snatch Rivalsec in $800M buyout", "", Category.OTHER),
        # an attack named without its kind: never policy or research from the victim's words
        ("A cyber attack hit Exampleland government sites", "", Category.OTHER),
        ("Stock firm pulls website amid cyberattack", "Its tools and reports are offline.", Category.OTHER),
        # an outage with no attack is not a defence story
        ("Example MFA outage locks out users across regions", "", Category.OTHER),
        # a government's ban of a vendor's products, a demand to break encryption → policy
        (
            "Exampleland bans Example antivirus software over espionage concerns",
            "",
            Category.POLICY_REGULATION,
        ),
        ("The demands for Example to break encryption are an emergency", "", Category.POLICY_REGULATION),
        ("Legge 12 del 2024 sulla cybersicurezza nazionale", "", Category.POLICY_REGULATION),
        # ... a store removing malicious apps is not a ban (and apps that steal are malware: who steals decides)
        ("Example store bans malicious apps that stole data", "", Category.MALWARE_CAMPAIGN),
        # a report of a year is research (the guide: reports with threat statistics), a report on one
        # kind of threat takes its kind (the guide, sample c2's decisions)
        ("Malware and hacking in 2024", "", Category.RESEARCH_TOOLING),
        ("Spam and phishing in 2024", "", Category.FRAUD_PHISHING),
        # ... while new malware "in the threat landscape" is malware
        ("NightBot, a new Go-based botnet in the threat landscape", "", Category.MALWARE_CAMPAIGN),
        # malware words: a name ending in the kind, crimeware, cyberweapons, miners, resource hijacking
        ("Sneaky SnakeKeylogger slithers into inboxes", "", Category.MALWARE_CAMPAIGN),
        ("ExampleLoader drops a payload via phishing", "", Category.MALWARE_CAMPAIGN),
        ("New ShellBot bot targets poorly managed SSH servers", "", Category.MALWARE_CAMPAIGN),
        ("What's happening in the world of crimeware", "", Category.MALWARE_CAMPAIGN),
        ("Example cyberweapon used to target infrastructure", "", Category.MALWARE_CAMPAIGN),
        ("Purplefish cryptocurrency miners spotted scouring free accounts", "", Category.MALWARE_CAMPAIGN),
        ("Hackers hijack unsecured notebooks to stream sports", "", Category.MALWARE_CAMPAIGN),
        # ... a chatbot and a robot are no bots
        ("Example chatbot and a robot win a prize", "", Category.OTHER),
        # a contest where products are hacked is about flaws
        ("Pwn2Own Example 2024: Example phone hacked", "", Category.VULNERABILITY),
        ("Example backdoor exposes Linux systems to silent credential theft", "", Category.MALWARE_CAMPAIGN),
        (
            "Extension clickjacking exposes password managers to credential and data theft",
            "",
            Category.VULNERABILITY,
        ),
        ("Example phones shipped with vulnerable app", "", Category.VULNERABILITY),
    ],
)
def test_the_event_decides_the_kind(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        ("Now 1.6M people had SSNs stolen from Example insurance IT biz", "", Category.DATA_BREACH),
        ("Intruders gain access to user data in Examplepass incident", "", Category.DATA_BREACH),
        ("Example Pages misconfigurations exposing sensitive data", "", Category.DATA_BREACH),
        ("Example AI bot spills data on job applicants", "", Category.DATA_BREACH),
        ("FBI officially fingers North Korea for $1.5B crypto-burglary", "", Category.APT_ESPIONAGE),
        (
            "Examplesoft took legal action against crooks who abused its AI services",
            "",
            Category.LAW_ENFORCEMENT,
        ),
        ("Pair accused of breaking into a police database, posing as cops", "", Category.LAW_ENFORCEMENT),
        # a civil suit's "charging them with" is no criminal charge
        (
            "Game platform sued over child safety",
            "The court action, charging them with misleading parents, centres on a 13-year-old plaintiff.",
            Category.OTHER,
        ),
        ("Brokers target execs via invoice spam and legit RMM trials", "", Category.FRAUD_PHISHING),
        # one vendor's advisory over its models is a flaw, not research on many products
        (
            "Examplewall confirms active exploitation of flaws affecting multiple appliance models",
            "",
            Category.VULNERABILITY,
        ),
        ("Researchers find flaws in multiple VPN apps", "", Category.RESEARCH_TOOLING),
        # a service whose name ends in "bot" is no malware
        ("Certbot 4.0: long live short-lived certs", "", Category.OTHER),
        ("Truecrook malware delivers access to Clop ransomware", "", Category.MALWARE_CAMPAIGN),
    ],
)
def test_more_events_decide_the_kind(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a ransomware brand's name on another kind of malware names that malware
        ("Crooks clone antivirus site to spread Venom RAT and steal wallets", Category.MALWARE_CAMPAIGN),
        ("New loader spotted delivering WhiteSnake and Meduza stealers", Category.MALWARE_CAMPAIGN),
        # a bounty paid for a flaw is a bug bounty; a sandbox escape is a flaw
        (
            "Browser sandbox escape nets researcher $250,000 bounty for the vulnerability",
            Category.VULNERABILITY,
        ),
        # police swooping, a firm disrupting a crime ring
        ("Operation Example sees Interpol swoop on global cyber crims", Category.LAW_ENFORCEMENT),
        ("Examplesoft disrupted a global cybercrime ring abusing its AI service", Category.LAW_ENFORCEMENT),
        # Iranian groups' naming ("X Kitten") is a state actor's
        ("Iran's Pioneer Kitten hits networks via buggy gear", Category.APT_ESPIONAGE),
        # resource hijacking
        ("3,500 websites hijacked to secretly mine crypto", Category.MALWARE_CAMPAIGN),
    ],
)
def test_names_and_bounties(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Examplebank data breach caused by the exploitation of an MFT zero-day", Category.DATA_BREACH),
        ("Around 19,500 end-of-life Example routers are exposed to hack", Category.VULNERABILITY),
        ("Parliament passes TAKE IT DOWN Act despite major flaws", Category.POLICY_REGULATION),
        ("Delegates urged to fix flaws in draft cybercrime treaty", Category.POLICY_REGULATION),
        (
            "Exampleland eyes new laws as cable sabotage blurs line between war and peace",
            Category.POLICY_REGULATION,
        ),
        ("Guida per i dispositivi mobili", Category.RESEARCH_TOOLING),
        ("Example worm part of an ecosystem facilitating pre-ransomware activity", Category.MALWARE_CAMPAIGN),
    ],
)
def test_breach_before_flaw_policy_acts_and_precursors(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("CVE program gets last-minute funding from the agency", Category.POLICY_REGULATION),
        ("Government funding for Example's CVE ends April 16", Category.POLICY_REGULATION),
        ("AI company detects unauthorized access to its Spaces platform", Category.DATA_BREACH),
        # a journalist targeted by a scammer is fraud, not espionage
        ("Pig-butchering scammer targets a journalist", Category.FRAUD_PHISHING),
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
            Category.RESEARCH_TOOLING,
        ),
        # a risk of data theft is no theft
        (
            "SLAP and FLOP: browsers at risk of data theft on Example silicon",
            "Researchers found two flaws in Example chips.",
            Category.VULNERABILITY,
        ),
        # malware the headline names keeps its kind when the lead speaks of the ransomware gang behind it
        (
            "Malware authors target organisations with Domino backdoor",
            "There's a new ransomware gang in town, stitched together from members of others.",
            Category.MALWARE_CAMPAIGN,
        ),
        # ... but a named trojan exploiting a flaw to deploy ransomware is a ransomware attack (rule 2)
        ("PipeMagic trojan exploits Windows zero-day to deploy ransomware", "", Category.RANSOMWARE),
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
            Category.MALWARE_CAMPAIGN,
        ),
        # an attack the headline reports is the event: the lead's arrests are its aftermath (rule 1 is
        # for pages whose headline reports the police action or names no attack)
        ("Hackers hit Example hospital", "Police arrested two suspects on Monday.", Category.OTHER),
        (
            "Example hospital: two suspects held",
            "Police arrested two suspects on Monday.",
            Category.LAW_ENFORCEMENT,
        ),
    ],
)
def test_police_in_the_lead_is_background_to_a_named_malware(title: str, lead: str, expected: str) -> None:
    assert categorise(title, lead) == expected
