"""Who reports, investigates or sells security rather than suffering attacks, and what is never an
organisation: the outlets, security vendors and agencies (`REPORTERS`, `NEWS_OUTLETS`, `AGENCIES`,
`agency`, `SECURITY_FIRM`) and well-known products and protocols (`PRODUCTS`). Split from
`victim_words` (the context's word classes) so that each list of names sits with its kind."""

from __future__ import annotations

import re

# Names that report, investigate or sell security rather than being attacked in most articles:
# outlets, security vendors, agencies. A feature, not a veto (Microsoft is sometimes breached).
REPORTERS = frozenset(
    """cisa fbi nsa ncsc anssi ccb bsi europol interpol doj microsoft google mandiant crowdstrike
    kaspersky eset sophos bitdefender malwarebytes proofpoint sentinelone trend talos unit check point
    palo recorded future fortinet fortiguard tenable rapid7 qualys wiz cloudflare akamai bleepingcomputer
    reuters bloomberg techcrunch record register securityweek darkreading krebs schneier securelist
    hackread cybernews zdnet wired guardian bbc cnn sans isc threatdown huntress darktrace checkmarx
    socket sonatype jfrog snyk group-ib eclecticiq secureworks dragos claroty nozomi zscaler okta
    gen avast norton mcafee trellix rubrik cybereason symantec broadcom ibm x-force volexity harfanglab
    gitguardian mstic nytimes journal podcast smashing threatpost securityaffairs""".split()
)

# The news outlets (those of REPORTERS and more), folded with spaces taken out ("Bleeping Computer" is
# "bleepingcomputer"), with the longer spellings pages write ("The Record", "Ars Technica"): an outlet
# written as the subject of its reporting is never a victim (`victim_reporting.outlet_reporting`).
NEWS_OUTLETS = frozenset(
    """bleepingcomputer therecord record theregister register securityweek darkreading krebsonsecurity
    hackread cybernews zdnet wired reuters bloomberg techcrunch theguardian guardian bbc cnn nytimes
    threatpost securityaffairs thehackernews arstechnica theverge associatedpress ap""".split()
)

# Agencies that investigate, warn and prosecute far more often than they are breached, by their
# usual names (folded): reporters too. (The US health department publishes the health sector's
# threat advisories, through its HC3: a health ministry that warns hospitals is no attacked hospital.)
AGENCIES = frozenset(
    " ".join(a.split())
    for a in """department of justice, justice department, doj, united states department of justice,
    us department of justice, department of homeland security, homeland security, dhs,
    cybersecurity and infrastructure security agency, infrastructure security agency,
    cyber safety review board, safety review board, national cyber security centre, ncsc,
    national crime agency, nca, federal trade commission, ftc, securities and exchange commission, sec,
    federal communications commission, fcc, ico, cnil, eurojust, secret service, cia, gchq, bka,
    scotland yard, department of government efficiency, doge, european union agency for cybersecurity,
    enisa, european union agency, cert ua, anssi, ministry of intelligence, autoriteit persoonsgegevens,
    gegevensbeschermingsautoriteit, datenschutzbehörde, bundesdatenschutzbeauftragte,
    department of health and human services, us department of health and human services,
    u s department of health and human services, health and human services, hhs""".split(",")
)
# Well-known software products and platforms: a flaw's or a campaign's setting, rarely the victim
# ("WhatsApp fixes zero-click flaw", "attacks on Alexa, Siri and Cortana").
# Not the firms named like their product (Slack, Zoom, Docker): "Slack confirms data breach" is the
# firm's own breach.
PRODUCTS = frozenset(
    " ".join(p.split())
    for p in """windows, linux, android, ios, macos, chrome, chromium, firefox, safari, outlook, exchange,
    sharepoint, teams, microsoft teams, microsoft office, office 365, microsoft 365, alexa, siri, cortana,
    iphone, ipad, macbook, messenger, whatsapp, telegram, signal, log4j, log4shell, openssl, kubernetes, elk,
    elasticsearch, kibana, jenkins, wordpress, drupal, joomla, powershell, chatgpt, copilot, azure, aws,
    amazon web services, simple storage service, s3, onedrive, google drive, icloud, gmail, npm, pypi,
    virustotal, active directory, entra id, visual studio code, vs code, netscaler, fortigate, fortios,
    pan os, confluence, jira, moveit,
    ntlm, lnk, cvss, ssh, rdp, vpn, dns, smb, http, https, tls, ssl, sql, api, sso, mfa, 2fa, otp, pc, usb,
    bios, uefi, javascript, java, php, html, json, xml, pdf, exe, dll, edr, xdr, siem, iot, llm,
    mac, esxi, vmware esxi, ot""".split(",")
)  # products, and protocols, file kinds and tool classes: never an organisation


# An agency's usual name cut before its last words ("Department of Homeland": the capitalised run
# stops at "Security", a word of the triggers).
_AGENCY_PREFIXES = frozenset(
    " ".join(a.split()[:n]) for a in AGENCIES if " of " in a for n in range(3, len(a.split()))
) | frozenset(
    a.split(" and ", 1)[1] for a in AGENCIES if " and " in a and len(a.split(" and ", 1)[1].split()) > 1
)
# (and its name's part after "and", where a capitalised run started: "Exchange Commission" of
# "Securities and Exchange Commission", whose filings name the filer, not the regulator, as the victim)


# A security body by the shape of its name ("Health Sector Cybersecurity Coordination Center",
# "Computer Emergency Response Team", "Centre for Cyber Security"): it warns and reports.
_SECURITY_BODY = re.compile(
    r"\b(?:cyber ?security|cyber|security|emergency response|incident response|cert|csirt)\b.*\b(?:cent(?:er|re)|"
    r"agency|team|council|directorate|command|bureau|coordination)\b|\b(?:cent(?:er|re)|agency) for cyber"
)


def agency(key: str) -> bool:
    return key in AGENCIES or key in _AGENCY_PREFIXES or bool(_SECURITY_BODY.search(key))


# A description that says a name sells or researches security ("cybersecurity firm X", "the security
# consultancy X", "threat intelligence company X", "la société de cybersécurité X",
# "beveiligingsbedrijf X", "Sicherheitsfirma X") or regulates data protection: it reports or
# investigates attacks far more often than it suffers one.
SECURITY_FIRM = re.compile(
    r"(?i)\b(?:(?:cyber\s?)?security|threat[- ]intel(?:ligence)?|anti-?virus|infosec|cyber)\s(?:research\s)?"
    r"(?:firm|company|vendor|consultancy|consultants?|outfit|provider|researchers?|specialist|startup|giant|biz|"
    r"shop|house)\b"
    # The trades that watch attacks for others: "cyber intelligence firm X", "attack surface management
    # firm X", "the breach tracking service X", "blockchain analytics firm X" (not "artificial
    # intelligence company X": intelligence only after a word of threats).
    r"|\b(?:(?:cyber|threat|security|risk|dark[- ]?web)\s?intel(?:ligence)?|attack[- ]surface(?:\smanagement)?|"
    r"exposure\smanagement|breach\s(?:tracking|monitoring|notification)|dark[- ]?web\smonitoring|"
    r"blockchain\s(?:analytics|analysis|intelligence|forensics)|incident\sresponse|digital\sforensics|"
    r"penetration\stesting|threat\s(?:hunting|detection))\s"
    r"(?:firm|company|vendor|consultancy|outfit|provider|specialist|startup|service|platform|biz|shop|house)\b"
    # A data-protection regulator receives breach notices and investigates ("the Polish data protection
    # authority X", "the privacy watchdog X").
    r"|\b(?:data[- ]protection|privacy)\s(?:authority|regulator|watchdog|commissioner|supervisor|agency)\b"
    r"|\b(?:société|entreprise|éditeur|spécialiste|chercheurs?)\s(?:\w+\s)?(?:de|en)\s(?:la\s)?(?:cyber)?sécurité"
    r"|^(?:la\s)?cybersécurité$"  # ("la société de cybersécurité X": the description after its "de")
    r"|\b(?:beveiligings|cyberbeveiligings|sicherheits|it-sicherheits|cybersicherheits)"
    r"(?:bedrijf|firma|onderzoekers?|unternehmen|anbieter|forscher|spezialist|experten?)\b"
)
