"""The facts a French briefing needs, each with the sentence that states it.

- a vulnerability: vendor, product, affected and fixed versions, severity and CVSS, exploited in the
  wild or listed in CISA KEV, patch or workaround available;
- an attack: when, what was stopped or diverted, what data was stolen (how much), the ransom, who
  claimed it;
- law enforcement: arrests, charges, sentences, seizures, the agencies.

Rules read the headline and the article's sentences (EN, FR, NL, DE). A fact is recorded only when
a sentence states it; the main flaw's product is the one the headline names.
"""

from __future__ import annotations

import re

from veilleur.models import AttackFacts, Fact, LawEnforcementFacts, VulnerabilityFacts
from veilleur.text.sentences import split_sentences

# Sentences read for facts: enough for the body of a news article, bounded for speed.
MAX_SENTENCES = 60

_CVSS = re.compile(r"CVSS(?:\s?v?[234](?:\.\d)?)?(?:\s(?:base\s)?score)?[^0-9]{0,25}?(\d{1,2}\.\d)\b", re.I)
_SCORE_AFTER = re.compile(
    r"\b(\d{1,2}\.\d)\s?(?:/\s?10|out of 10)?\s?(?:\)|\s)?(?:on the |sur l'échelle )?CVSS", re.I
)
_SEVERITY = re.compile(r"\b(critical|high|medium|moderate|low|critique|élevée|haute|moyenne|kritiek|kritisch|hoch)"
                       r"(?:-|\s)(?:severity|sévérité|gravité|risk)|severity (?:rating )?of (critical|high|medium|low)",
                       re.I)  # fmt: skip
_SEVERITY_NAMES = {"critique": "critical", "kritiek": "critical", "kritisch": "critical", "élevée": "high",
                   "haute": "high", "hoch": "high", "moyenne": "medium", "moderate": "medium"}  # fmt: skip
_EXPLOITED = re.compile(
    r"exploited in the wild|actively exploited|under active exploitation|active exploitation|exploited as a "
    r"zero-day|zero-day (?:flaw |vulnerability |bug )?(?:exploited|under attack)|exploitation (?:active|dans la "
    r"nature)|activement exploitée?s?|exploitée?s? (?:dans la nature|activement)|actief misbruikt|aktiv "
    r"ausgenutzt|(?:are|is|was|were|been|being) exploited|in-the-wild exploitation|exploited in attacks",
    re.I,
)
_KEV = re.compile(r"Known Exploited Vulnerabilities|\bKEV\b", re.I)
_NOT_EXPLOITED = re.compile(
    r"(?:no|not aware of any|without) (?:evidence of |known |reports of )?(?:active )?exploitation|"
    r"(?:none|neither|no\s\w+)\b[^.;]{0,60}?(?:under active exploitation|exploited|being exploited)|"
    r"not (?:been |being )?(?:actively )?exploited|aucune exploitation|pas (?:été )?exploitée",
    re.I,
)
_PATCH = re.compile(
    r"\b(?:patch(?:es|ed)?|fix(?:es|ed)?|security updates?|updates? (?:to|that|for)|correctif\w*|corrig\w*|"
    r"mise à jour|beveiligingsupdate|sicherheitsupdate|released? (?:a )?(?:fix|patch|update)|addressed)\b",
    re.I,
)
_NO_PATCH = re.compile(r"no (?:patch|fix) (?:is )?(?:yet )?available|unpatched|not yet (?:patched|fixed)|"
                       r"pas (?:encore )?de correctif", re.I)  # fmt: skip
_WORKAROUND = re.compile(
    r"workarounds?|mitigations?|contournement|mesures? d'atténuation|tijdelijke oplossing", re.I
)
_VERSION = r"v?\d+(?:\.\d+){1,3}(?:[-._]?(?:build|b|r|R|p|sp|update|hotfix|u)\s?\d+(?:\.\d+)*)?\b"
_FIXED = re.compile(
    rf"(?:fixed|patched|addressed|resolved|remediated|corrigée?s?)\s(?:in|with|by)\s(?:the\s)?(?:version|release|"
    rf"build|la version)?\s?(?P<v>{_VERSION})"
    rf"|(?:upgrade|update|updating|upgrading|mettre à jour|mise à jour)\s(?:to|vers|en)\s(?:the\s)?(?:latest\s)?"
    rf"(?:version|release|la version)?\s?(?P<v2>{_VERSION})"
    rf"|(?:fix(?:es)?|patch(?:es)?)\s(?:is\s|are\s)?(?:available\s|included\s)?in\s(?:version\s)?(?P<v3>{_VERSION})"
    rf"|(?P<v4>{_VERSION})\s(?:and later\s)?(?:fixes|patches|addresses|resolves|contains? (?:the |a )?fix)",
    re.I,
)
_AFFECTED = re.compile(
    rf"(?:versions?|releases?)\s(?:prior to|before|up to|through|earlier than|older than|antérieures? à|"
    rf"avant|vóór|vor)\s(?P<v>{_VERSION})|(?P<v2>{_VERSION})\s(?:and (?:earlier|prior|older|below)|"
    rf"et antérieures?|en ouder|und älter)",
    re.I,
)
# Vendors, and products whose name says their vendor ("Chrome" is Google's).
_VENDORS = (
    "Microsoft Google Apple Cisco Fortinet Ivanti Citrix VMware Broadcom Oracle SAP Adobe Mozilla Atlassian "
    "Juniper SonicWall Zyxel F5 Progress Veeam SolarWinds Samsung Qualcomm Intel AMD Nvidia NVIDIA Apache "
    "WordPress Drupal GitLab GitHub Jenkins Zoho ManageEngine Sophos Kaspersky ESET Barracuda Synology QNAP "
    "D-Link TP-Link Netgear ASUS Asus Dell HP HPE Lenovo IBM Siemens Rockwell Moxa Ubiquiti MikroTik Roundcube "
    "Zimbra Commvault Erlang Kibana Elastic Grafana Fortra Cleo BeyondTrust Sitecore Gladinet CyberArk Okta "
    "Arcserve Trimble Linux Mitel Avaya Hikvision Dahua Veritas Splunk Cacti Craft"
).split()
_VENDORS += ["Palo Alto Networks", "Check Point", "Trend Micro", "Schneider Electric", "Red Hat"]
_PRODUCT_VENDOR = {
    "Chrome": "Google", "Android": "Google", "Pixel": "Google", "Windows": "Microsoft", "Exchange": "Microsoft",
    "SharePoint": "Microsoft", "Outlook": "Microsoft", "Office": "Microsoft", "Edge": "Microsoft",
    "iOS": "Apple", "macOS": "Apple", "Safari": "Apple", "Firefox": "Mozilla", "Thunderbird": "Mozilla",
    "OpenSSH": "OpenBSD", "OpenSSL": "OpenSSL", "Confluence": "Atlassian", "Jira": "Atlassian",
    "WinRAR": "RARLAB", "7-Zip": "7-Zip", "Notepad++": "Notepad++", "MOVEit": "Progress",
    "GoAnywhere": "Fortra", "CrushFTP": "CrushFTP", "NetScaler": "Citrix", "FortiOS": "Fortinet",
    "FortiGate": "Fortinet", "FortiWeb": "Fortinet", "PAN-OS": "Palo Alto Networks", "ESXi": "VMware",
    "vCenter": "VMware", "Veeam": "Veeam", "Kubernetes": "Kubernetes", "Docker": "Docker", "PHP": "PHP",
    "Roundcube": "Roundcube", "Zimbra": "Zimbra", "Joomla": "Joomla", "Magento": "Adobe", "OFBiz": "Apache",
    "Tomcat": "Apache", "Struts": "Apache", "Log4j": "Apache", "BIG-IP": "F5", "WebLogic": "Oracle",
}  # fmt: skip
_NAMES = "|".join(re.escape(n) for n in sorted([*_VENDORS, *_PRODUCT_VENDOR], key=len, reverse=True))
# Title Case words that follow a vendor in headlines without being its product.
_NOT_PRODUCT = (
    r"Patch\w*|Releases?|Released|Fix\w*|Warns?|Tuesday|Updates?|Updated|Vulnerabilit\w*|Could|Lead|Flaws?|"
    r"Bugs?|Including|Targets?|Attacks?|Security|Critical|Zero-Days?|News|Address\w*|Urges?|Confirms?|Says|"
    r"Exploit\w*|Under|Users?|Customers?|Servers?|Devices?|Issues?|Rolls?|Plugs?|Closes?|Squashes|Adds?|"
    r"Disclos\w*|Alerts?|Advisory|Advisories|High|Severity|Remote|Code|Execution|Hole|Holes|New|Multiple|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|"
    r"Emergency|Out-of-Band|RCE|XSS|SQLi|DoS|Faille|Corrige|Publie|Met|And|In|To|For|With|As|After|Of|On|The|A|An"
)
_PRODUCT = re.compile(
    rf"(?<![\w-])(?P<vendor>{_NAMES})(?![\w-])(?:['’]s)?"
    rf"(?P<product>(?:\s(?!(?:{_NOT_PRODUCT})(?![\w-]))(?:[A-Z0-9][\w.+/-]*|\([A-Z0-9]+\))){{0,4}})"
)
# "Ivanti patches Connect Secure zero-day": the product after the vendor's verb.
_AFTER_VERB = re.compile(
    r"^\s(?:patch\w*|fix\w*|warns? (?:of|about)|releases? [\w-]+ (?:for|to fix)|updates?|address\w*|plugs?|"
    r"urges? [\w-]+ to (?:patch|update))\s(?:(?:a|an|the|its|critical|high-severity|severe|new|actively|"
    r"exploited|zero-day|\d+|flaws?|bugs?|vulnerabilit\w*|in|holes?)\s)*"
    rf"(?P<product>(?!(?:{_NOT_PRODUCT})(?![\w-]))[A-Z0-9][\w.+/-]*"
    rf"(?:\s(?!(?:{_NOT_PRODUCT})(?![\w-]))[A-Z0-9][\w.+/-]*){{0,3}})"
)
_ROUNDUP = re.compile(r"patch tuesday|patches \d+|\d+ (?:\w+ )?(?:flaws|vulnerabilities|bugs|security holes)|"
                      r"security updates? for (?:multiple|several)|bulletin", re.I)  # fmt: skip


_WHEN = re.compile(
    r"\b(?:on|since|in|le|depuis|op|am|seit)\s(?:the\s)?(?:(?:night|weekend|morning|evening) of\s)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|er)?\s)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|januari|februari|maart|mei|juni|juli|augustus|oktober|Januar|Februar|März|Juni|"
    r"Juli|Oktober|Dezember)(?:\s\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s\d{4})?|"
    r"\b(?:dans la nuit de|over the weekend|last (?:week|weekend|month)|earlier this (?:week|month)|"
    r"(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche) (?:dernier|soir|matin))",
    re.I,
)
_ATTACK_WORDS = re.compile(
    r"attack|attaque|breach|hack|incident|ransomware|rançongiciel|intrusion|compromis|aanval|angriff|piratage",
    re.I,
)
_STOPPED = re.compile(
    r"(?:diverted|shut down|taken offline|offline|suspended|halted|cancel+ed|postponed|closed|paralys\w*|"
    r"disrupted|dévié\w*|détourné\w*|coupé\w*|arrêté\w*|suspendu\w*|fermé\w*|annulé\w*|reporté\w*|"
    r"omgeleid|stilgelegd|abgemeldet|lahmgelegt|resorts? to (?:pen and )?paper|pen and paper)",
    re.I,
)
_STOLEN = re.compile(
    # The number is bounded ("4 000", "1.2"): an unbounded run of digits and spaces backtracks
    # quadratically on hostile text.
    r"\b\d[\d.,]{0,15}(?:\s\d{3}){0,4}\s?(?:millions?|billion|thousand|mille|miljoen|millionen|[kKmM])?\s?(?:de\s|d')?"
    r"(?:[\w-]+\s){0,3}?(?:records|dossiers|files|fichiers|customers|clients|users|utilisateurs|personnes|"
    r"people|individuals|patients|accounts|comptes|documents|rows|lignes|[GT]B|[GT]o|gigabytes|terabytes|"
    r"gegevens|klanten|datensätze|kunden|employees)\b",
    re.I,
)
_STOLE_CONTEXT = re.compile(r"stol|steal|exfiltrat|leak|expos|access|compromis|vol[ée]|dérob|fuit|gestolen|"
                            r"gestohlen|impact|affect", re.I)  # fmt: skip
_RANSOM = re.compile(
    r"(?:ransom|rançon|losgeld|lösegeld|extortion|demand\w*|paid|payé)[^.]{0,80}?"
    r"(?P<amount>(?:[$€£]\s?\d[\d.,]*\s?(?:million|billion|k|m|bn)?|\d[\d.,\s]*\s?(?:million|millions|"
    r"milliards?)?\s?(?:de\s)?(?:dollars|euros|USD|EUR|bitcoins?|BTC)))|"
    r"(?P<amount2>[$€£]\s?\d[\d.,]*\s?(?:million|billion|k|m|bn)?)\s(?:ransom|rançon)",
    re.I,
)
_CLAIMED = re.compile(
    r"(?:\b(?:The|the|Le|le|La|la)\s)?(?P<who>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+){0,2})(?:\s(?:ransomware|group|gang|"
    r"extortion|crew|hackers|operation|operators|groupe)){0,2}\s(?:has\s|have\s)?(?:claimed|claims|a revendiqué|revendique|eiste|beansprucht|took "
    r"responsibility|listed|added)"
    r"|(?:claimed by|revendiquée? par|claimed responsibility by)\s(?:the\s)?(?P<who2>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)",
)
_ARREST = re.compile(r"\barrest\w*|\bdetained|interpell\w*|arrêté\w*|\binterpellé|aangehouden|opgepakt|"
                     r"festgenommen|verhaftet|\bin custody", re.I)  # fmt: skip
_CHARGE = re.compile(r"\bcharged|indict\w*|charges against|inculpé\w*|mis en examen|poursuivi\w*|aangeklaagd|"
                     r"angeklagt|pleaded guilty|pleads guilty", re.I)  # fmt: skip
_SENTENCE = re.compile(
    r"(?:sentenced to (?P<s>[^.,;]{3,60}?)|condamnée? à (?P<s2>[^.,;]{3,60}?)|veroordeeld tot (?P<s3>[^.,;]{3,60}?)|"
    r"verurteilt zu (?P<s4>[^.,;]{3,60}?))(?=\s(?:after|for|over|following|because|on|by|pour|après|wegen)\b|[.,;]|$)|"
    r"(?P<s5>\d+\s(?:years?|months?|ans|mois)(?: in (?:federal )?prison| "
    r"de prison))",
    re.I,
)
_SEIZE = re.compile(r"\bseiz\w*|seized|confiscat\w*|saisi[es]?\b|taken down|takedown|dismantl\w*|démantel\w*|"
                    r"in beslag|beschlagnahm\w*|shut down", re.I)  # fmt: skip
_AGENCY = re.compile(
    r"\b(FBI|Europol|Eurojust|Interpol|Department of Justice|DOJ|NCA|National Crime Agency|Secret Service|"
    r"Homeland Security Investigations|HSI|IRS-CI|BKA|Bundeskriminalamt|Politie|police|Polizei|gendarmerie|"
    r"parquet|Computer Crime Unit|FCCU|OFAC|Treasury|CISA|NCSC|ANSSI|Guardia Civil|Policía Nacional|"
    r"Garda|Metropolitan Police|Met Police|Royal Canadian Mounted Police|RCMP|AFP|Australian Federal Police)\b"
)


def states_exploitation(sentence: str) -> bool:
    """Does the sentence say the flaw is exploited (in the wild, in KEV)? A denial ("not actively
    exploited", "no known exploitation") says it is not, though it holds the same words."""
    return not _NOT_EXPLOITED.search(sentence) and bool(_EXPLOITED.search(sentence) or _KEV.search(sentence))


def _sentences(title: str, text: str) -> list[str]:
    return (
        [title, *split_sentences(text[:20000])[:MAX_SENTENCES]]
        if title
        else split_sentences(text)[:MAX_SENTENCES]
    )


def vulnerability_facts(title: str, text: str, cves: list[str]) -> VulnerabilityFacts | None:
    """Facts of the main flaw, or None when the article states none (no CVE, no product flaw)."""
    sentences = _sentences(title, text)
    flaw = re.compile(r"vulnerab|vulnérab|flaw|faille|bug|zero-day|0-day|CVE-\d|patch|exploit|kwetsba|schwachstell",
                      re.I)  # fmt: skip
    if not cves and not flaw.search(title):
        return None
    facts = VulnerabilityFacts()
    evidence: list[Fact] = []
    # A roundup (Patch Tuesday, "patches 126 flaws") has no single product, score or fixed version.
    roundup = bool(_ROUNDUP.search(title))
    for sentence in [title, *[s for s in sentences[1:] if flaw.search(s)][:3]]:
        match = _PRODUCT.search(sentence)
        if match:
            name = match.group("vendor")
            product = " ".join(match.group("product").split()).strip(" ()") or None
            if product is None and (after := _AFTER_VERB.match(sentence[match.end() :])):
                product = after.group("product")
            if name in _PRODUCT_VENDOR:
                facts.vendor, facts.product = _PRODUCT_VENDOR[name], f"{name} {product}" if product else name
            else:
                facts.vendor, facts.product = name, product
            if roundup:
                facts.product = None
            evidence.append(Fact(value="product", sentence=sentence))
            break
    for sentence in sentences:
        if (
            facts.cvss is None
            and not roundup
            and (m := _CVSS.search(sentence) or _SCORE_AFTER.search(sentence))
        ):
            value = float(m.group(1))
            if 0.0 <= value <= 10.0:
                facts.cvss = value
                evidence.append(Fact(value="cvss", sentence=sentence))
        if facts.severity is None and (m := _SEVERITY.search(sentence)):
            word = (m.group(1) or m.group(2)).casefold()
            facts.severity = _SEVERITY_NAMES.get(word, word)
            evidence.append(Fact(value="severity", sentence=sentence))
        if facts.exploited is None and _NOT_EXPLOITED.search(sentence):
            facts.exploited = False
            evidence.append(Fact(value="not exploited", sentence=sentence))
        elif facts.exploited is not True and _EXPLOITED.search(sentence):
            facts.exploited = True
            evidence.append(Fact(value="exploited", sentence=sentence))
        if not facts.in_kev and _KEV.search(sentence):
            facts.exploited, facts.in_kev = True, True
            evidence.append(Fact(value="in CISA KEV", sentence=sentence))
        if facts.fixed_version is None and not roundup and (m := _FIXED.search(sentence)):
            facts.fixed_version = m.group("v") or m.group("v2") or m.group("v3") or m.group("v4")
            evidence.append(Fact(value="fixed version", sentence=sentence))
        if len(facts.affected_versions) < 3 and (m := _AFFECTED.search(sentence)):
            facts.affected_versions.append(Fact(value=m.group(0), sentence=sentence))
        if facts.patch_available is None and _NO_PATCH.search(sentence):
            facts.patch_available = False
            evidence.append(Fact(value="no patch", sentence=sentence))
        elif facts.patch_available is None and _PATCH.search(sentence) and flaw.search(sentence):
            facts.patch_available = True
            evidence.append(Fact(value="patch", sentence=sentence))
        if facts.workaround is None and _WORKAROUND.search(sentence):
            facts.workaround = True
            evidence.append(Fact(value="workaround", sentence=sentence))
    if facts.fixed_version and facts.patch_available is None:
        facts.patch_available = True  # a fixed version is a patch
    facts.evidence = evidence
    return facts


def attack_facts(title: str, text: str) -> AttackFacts | None:
    """What the article states about an attack, or None when it states nothing of it."""
    facts = AttackFacts()
    for sentence in _sentences(title, text):
        attack = bool(_ATTACK_WORDS.search(sentence))
        if attack and len(facts.when) < 2 and (m := _WHEN.search(sentence)):
            facts.when.append(Fact(value=m.group(0).strip(), sentence=sentence))
        if (
            len(facts.stopped) < 3
            and (m := _STOPPED.search(sentence))
            and not re.search(r"\bnot?\b|\bpas\b", sentence)
        ):
            facts.stopped.append(Fact(value=m.group(0), sentence=sentence))
        if len(facts.stolen) < 3 and _STOLE_CONTEXT.search(sentence) and (m := _STOLEN.search(sentence)):
            facts.stolen.append(Fact(value=" ".join(m.group(0).split()), sentence=sentence))
        if len(facts.ransom) < 2 and (m := _RANSOM.search(sentence)):
            facts.ransom.append(
                Fact(value=(m.group("amount") or m.group("amount2")).strip(), sentence=sentence)
            )
        if attack and len(facts.claimed_by) < 2 and (m := _CLAIMED.search(sentence)):
            who = (m.group("who") or m.group("who2") or "").strip()
            if who and who.split()[0].casefold() not in {
                "the",
                "it",
                "he",
                "she",
                "they",
                "we",
                "no",
                "nobody",
            }:
                facts.claimed_by.append(Fact(value=who, sentence=sentence))
    if not (facts.when or facts.stopped or facts.stolen or facts.ransom or facts.claimed_by):
        return None
    return facts


def law_enforcement_facts(title: str, text: str) -> LawEnforcementFacts | None:
    """Police and justice action the article states, or None."""
    facts = LawEnforcementFacts()
    agencies: dict[str, Fact] = {}
    for sentence in _sentences(title, text):
        action = False
        for kind, pattern in (("arrests", _ARREST), ("charges", _CHARGE), ("seizures", _SEIZE)):
            found = getattr(facts, kind)
            if (m := pattern.search(sentence)) is not None:
                action = True
                if len(found) < 3:
                    found.append(Fact(value=m.group(0), sentence=sentence))
        if (m := _SENTENCE.search(sentence)) is not None:
            action = True
            value = next(g for g in m.groups() if g)
            if len(facts.sentences) < 3:
                facts.sentences.append(Fact(value=value.strip(), sentence=sentence))
        if action:
            for agency in _AGENCY.findall(sentence):
                agencies.setdefault(agency.casefold(), Fact(value=agency, sentence=sentence))
    facts.agencies = list(agencies.values())[:6]
    if not (facts.arrests or facts.charges or facts.sentences or facts.seizures):
        return None
    return facts
