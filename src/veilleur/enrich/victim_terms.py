"""The field's technical terms, which news writes with capitals as if they were names ("BEC",
"AitM", "CCTV", "SMTP", "OAuth", "TV", "Email"): what an attack used or went through, never who
suffered it (`victim_admissible.veto`).

Most are acronyms that security outlets spell out in lower case ("business email compromise
(BEC)", "adversary-in-the-middle (AitM)", "infrastructure as code (IaC)"): an organisation's acronym
is spelled out with capitals ("Police Service of Northern Ireland (PSNI)"). The list below holds the
acronyms that unlabelled pages of the corpus spell out so on at least two pages, with the common
ones of protocols, cryptography, devices and data that the field writes without spelling them out;
left out are acronyms that are also an organisation's or a place's ("CA", "DC", "DGA", "TDS", "SEC",
"BT", "ISO", "CERT", "MSI").
"""

from __future__ import annotations

import re

TERMS = frozenset(
    """
    AI GenAI LLM LLMs ML NLP RAG GPU CPU OCR ASR TTS
    MFA 2FA OTP SSO RBAC PAM IAM KBA JWT OAuth SAML OIDC PKI PGP GPG RSA AES DES SHA MD5 TLS SSL HSM TPM
    RAT APT DDoS DoS RCE SSRF CSRF XSS SQLi XXE IDOR LFI CRLF MitM AitM AiTM BitB BEC TOAD LotL LOTL
    PoC IOC IoC IOCs CVE CVEs CVSS KEV EoL NHI PII PHI CSAM
    MaaS RaaS PhaaS SaaS PaaS IaaS iPaaS IaC PaC CI/CD CNAPP WAF DLP EDR XDR MDR NDR SIEM SOAR SOC IDS IPS
    IT OT ICS IoT IIoT SCADA PLC HMI DCS CNI ERP CRM CMS SEO CDN DNS TLD FQDN IP IPv4 IPv6 ISP MSP
    IAB VPN VNC RDP SMB SSH SFTP FTP HTTP HTTPS SMTP IMAP LDAP NTLM SNMP BGP TCP UDP ICMP URL URLs API APIs
    SDK CLI GUI UI VM VMs OS BIOS UEFI DLL LNK PDF ZIP JSON XML YAML HTML USB NFC RFID GPS LAN WAN NAS
    SIM eSIM USIM SMS MMS RCS SSID QR PIN ATM ATMs PoS POS CCTV TV ALPR LFR FRT VoIP HR KPI MTTR RTO RPO
    BACnet Modbus OPC UA DNP3 PROFINET Zigbee
    Email E-mail Wi-Fi WiFi
    """.split()
)


# What a term is written before when the whole names a thing: its data, devices or accounts, or a
# kind of attack through it ("OAuth Apps", "SMTP Servers", "SSID Confusion", "SIM Swapping").
_THING_AFTER = frozenset(
    """
    data key keys token tokens app apps application applications server servers account accounts
    credential credentials code codes card cards device devices camera cameras protocol protocols
    flaw flaws bug bugs vulnerability vulnerabilities exploit exploits attack attacks scam scams fraud
    phishing confusion abuse bypass injection spoofing hijacking swapping swap traffic
    """.split()
)


def technical_term(name: str) -> bool:
    """A name made of the field's terms ("SMTP", "OAuth", "CCTV"), or one of them before what names
    a thing ("USIM data", "OAuth Apps", "SSID Confusion"): not an organisation. A term before any
    other word is a name ("TV Azteca", "AI Singapore", "IT University")."""
    words = name.split()
    if not words or words[0] not in TERMS:
        return False
    return all(w in TERMS or w.casefold() in _THING_AFTER for w in words[1:])


def _initials(words: list[str]) -> str:
    """The first letters of words and of their hyphenated parts ("adversary-in-the-middle": aitm)."""
    return "".join(part[0] for word in words for part in re.split(r"[-/]", word) if part).casefold()


def spelled_out_in_lower_case(name: str, sentence: str) -> bool:
    """An acronym its sentence spells out in lower case before it ("a business email compromise
    (BEC) scheme", "adversary-in-the-middle (AitM) attacks", "the defense industrial base (DIB)"):
    a term, whatever the list above holds. An organisation's acronym is spelled out with capitals
    ("the Police Service of Northern Ireland (PSNI)")."""
    if " " in name or not 2 <= len(name) <= 8 or sum(c.isupper() for c in name) < 2:
        return False
    letters = name[:-1] if name.endswith("s") else name  # ("LLMs", "IABs": plurals)
    for mark in re.finditer(rf"\({re.escape(name)}\)", sentence):
        words = re.findall(r"[\w'’-]+", sentence[: mark.start()])[-10:]
        for size in range(1, len(words) + 1):
            if _initials(words[-size:]) == letters.casefold():
                return all(w[:1].islower() for w in words[-size:])
    return False


def term_of_the_field(name: str, sentence: str) -> bool:
    """A term of the field written with capitals ("BEC", "SMTP", "OAuth", "USIM data"), or an acronym
    its sentence spells out in lower case, which the recogniser often calls an organisation and a
    trigger rule may read as hit ("SMTP accounts stolen"): what the attack used or went through."""
    return technical_term(name) or spelled_out_in_lower_case(name, sentence)
