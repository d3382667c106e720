"""Which product an article's main flaw is in, as the article names it.

`main_product(title, sentences, text)` → (vendor, product, sentence) | None: a known vendor or
product in the headline (the one a flaw word follows, or the first of a list), else the product the
headline's wording names ("flaw in X", "X Patches", "X : …") when the article uses the name again,
else a product the first sentences about a flaw name. Never a platform ("for Windows"), a CVE id,
a headline verb or flaw type ("Reveals", "Auth Bypass"), an agency, or a generic noun; acronyms and
shortened names are spelled out as the article does ("Cisco ISE" → "Identity Services Engine (ISE)").
"""

from __future__ import annotations

import re
from itertools import pairwise

from veilleur.text import WORD_CHARS

FLAW = re.compile(
    r"vulnerab|vulnérab|flaw|faille|bug|zero-day|0-day|CVE-\d|patch|exploit|kwetsba|schwachstell", re.I
)
# Vendors, and products whose name says their vendor ("Chrome" is Google's).
_VENDORS = (
    "Microsoft Google Apple Cisco Fortinet Ivanti Citrix VMware Broadcom Oracle SAP Adobe Mozilla Atlassian "
    "Juniper SonicWall Zyxel F5 Progress Veeam SolarWinds Samsung Qualcomm Intel AMD Nvidia NVIDIA Apache "
    "WordPress Drupal GitLab GitHub Jenkins Zoho ManageEngine Sophos Kaspersky ESET Barracuda Synology QNAP "
    "D-Link TP-Link Netgear NetGear ASUS Asus Dell HP HPE Lenovo IBM Siemens Rockwell Moxa Ubiquiti MikroTik "
    "Roundcube Zimbra Commvault Erlang Kibana Elastic Grafana Fortra Cleo BeyondTrust Sitecore Gladinet CyberArk "
    "Okta Arcserve Trimble Linux Mitel Avaya Hikvision Dahua Veritas Splunk Cacti Craft WhatsApp Opera Avast AVG "
    "FreePBX pgAdmin Git Sudo OpenVPN WinRAR DrayTek Yubico Digiever Langflow LangChain"
).split()
_VENDORS += [
    "Palo Alto Networks",
    "Check Point",
    "Trend Micro",
    "Schneider Electric",
    "Red Hat",
    "Rockwell Automation",
    "Progress Software",
    "Juniper Networks",
    "Cisco Systems",
]
# Vendors whose name is also their product's ("a flaw in GitLab", "Jenkins Security Alert").
_SELF_NAMED = set(
    "WordPress Drupal GitLab Jenkins Roundcube Zimbra Kibana Grafana Splunk Cacti Craft WhatsApp Opera Git Sudo "
    "FreePBX pgAdmin OpenVPN WinRAR Langflow LangChain Erlang".split()
)
_PRODUCT_VENDOR = {
    "Chrome": "Google", "Android": "Google", "Pixel": "Google", "Windows": "Microsoft", "Exchange": "Microsoft",
    "SharePoint": "Microsoft", "Outlook": "Microsoft", "Office": "Microsoft", "Edge": "Microsoft",
    "iOS": "Apple", "macOS": "Apple", "Safari": "Apple", "Firefox": "Mozilla", "Thunderbird": "Mozilla",
    "OpenSSH": "OpenBSD", "OpenSSL": "OpenSSL", "Confluence": "Atlassian", "Jira": "Atlassian",
    "7-Zip": "7-Zip", "Notepad++": "Notepad++", "MOVEit": "Progress",
    "GoAnywhere": "Fortra", "CrushFTP": "CrushFTP", "NetScaler": "Citrix", "FortiOS": "Fortinet", "FortiClient": "Fortinet", "FortiSIEM": "Fortinet",
    "FortiProxy": "Fortinet", "FortiNAC": "Fortinet", "FortiSwitch": "Fortinet", "FortiAnalyzer": "Fortinet",
    "FortiGate": "Fortinet", "FortiWeb": "Fortinet", "FortiManager": "Fortinet", "PAN-OS": "Palo Alto Networks",
    "ESXi": "VMware", "vCenter": "VMware", "Kubernetes": "Kubernetes", "Docker": "Docker", "PHP": "PHP",
    "Joomla": "Joomla", "Magento": "Adobe", "OFBiz": "Apache", "Tomcat": "Apache", "Struts": "Apache",
    "Log4j": "Apache", "BIG-IP": "F5", "WebLogic": "Oracle", "NetWeaver": "SAP", "ControlLogix": "Rockwell",
}  # fmt: skip
# Product names that are also common words: theirs only after the vendor's name.
_AMBIGUOUS = {"Edge", "Office", "Exchange", "Pixel", "Outlook", "Struts", "Safari", "Docker", "Kubernetes"}
# Operating systems named as the platform a product runs on ("Avast for Windows"), not as the product.
PLATFORMS = {"Windows", "macOS", "Linux", "Android", "iOS"}
# Platforms others' add-ons run on: "the plugin, installed on WordPress sites" speaks of the add-on.
ADD_ON_PLATFORMS = {"WordPress", "Drupal", "Joomla"}
_PLATFORM_BEFORE = re.compile(
    r"(?:\bon|\bfor|\bunder|\bsur|\bpour|d'exploitation|\bsous)\s(?:the\s|le\s)?$", re.I
)
_NAMES = "|".join(re.escape(n) for n in sorted([*_VENDORS, *_PRODUCT_VENDOR], key=len, reverse=True))
# Title Case words that follow a vendor in headlines without being its product.
_NOT_PRODUCT = (
    r"Patch\w*|Releases?|Released|Fix\w*|Warns?|Tuesday|Updates?|Updated|Vulnerabilit\w*|Could|Lead|Flaws?|"
    r"Bugs?|Including|Targets?|Attacks?|Security|Critical|Zero-Days?|News|Address\w*|Urges?|Confirms?|Says|"
    r"Exploit\w*|Under|Users?|Customers?|Servers?|Devices?|Issues?|Rolls?|Plugs?|Closes?|Squashes|Adds?|"
    r"Disclos\w*|Alerts?|Advisory|Advisories|High|Severity|Remote|Code|Execution|Hole|Holes|New|Multiple|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|"
    r"Emergency|Out-of-Band|RCE|XSS|SQLi|DoS|Faille|Corrige|Publie|Met|And|In|To|For|With|As|After|Of|On|The|A|An|"
    r"CVE-[\d-]+|Two|Three|Four|Five|Several|Major|Allows?|Enables?|Lets?|Expose\w*|Bypass\w*|Hit|Hits|Impacts?|"
    r"Backports?|Unveils?|Flags?|Confirms?|Explains?|Shares?|Publishes|Delivers?|Quietly|Silently|Finally|Now|"
    r"Still|Also|Affecting|Impacting|Auth|Authentication|Bypass|Privilege|Escalation|Injection|SQL|Command|Path|"
    r"Traversal|Memory|Buffer|Overflow|Denial|Login|Password|Admin|Root|Are|Is|Not|Be|Was|Were|Has|Have|"
    r"CISA|FBI|NSA|NCSC|ANSSI|BSI|CERT[\w-]*|ENISA|NIST|Experts?|Researchers?|Hackers?|Attackers?|PoC|"
    r"Reveals?|Links?|Discloses?|Finds?|Details|Investigat\w*|Potential|Ongoing|Spots|Launches|Announces|"
    r"Issues|Ships|Pushes|Tells|Sees|Acknowledges|Admits|Blames|Attributes|Ties|Tracks|Observes|Detects|"
    r"Notifies|Revokes|Delays|Disables|Blocks|Removes|Like|Apps?|"
    r"Software|Networks|Systems|Inc|Corp|Corporation|Technologies|Everything|All|Products?|Its?|Their|Vulnérabilit\w*|Critique|Exécution|Alerte|Urgent|Mise|Nouvelle|Nouvelles|Corrections?|Failles?|"
    # a headline's "Apple 0-Day", "PLC Models Found Vulnerable", "BMC Supply Chain Vulnerabilities", "CVSS 10.0 Flaw"
    r"0-Days?|Found|Vulnerable|Supply|Chain|CVSS\w*|"
    # a headline's verbs and words on the flaw ("Uncovers macOS Flaw", "APT Using Old Office Flaws")
    r"Uncovers?|Leaves|Using|Leading|Allowing|Exposing|Enabling|Putting|Abusing|Without|Loophole|Feature|"
    r"Use-After-Free|Stealthy|"
    # a determiner the headline opens the name with ("Through This Amazon ECR Public Gallery Flaw")
    r"This|These|That|Those|Every|Each"
)
# A product's word, whatever the flags of the pattern it sits in: capitalised, a number or camelCase,
# whole (not "9" of "9,8": a score written with a decimal comma is no product's word, and the
# briefing's heading then named a number its sources never write, so the guard held it back).
_WORD = (
    rf"(?-i:(?<![\w-])(?!(?:{_NOT_PRODUCT})(?![\w-]))(?:[A-Z0-9][\w.+/&-]*|[a-z]{{1,3}}[A-Z][\w.+/-]*)"
    r"(?![\w.+/&-]|,\d))"
)
PRODUCT = re.compile(
    rf"(?<![\w-])(?P<vendor>{_NAMES})(?![\w-])(?:['’]s)?"
    rf"(?P<product>(?:\s(?:{_WORD}|\([A-Z0-9]+\))){{0,4}})"
)
# "Ivanti patches Connect Secure zero-day": the product after the vendor's verb.
_AFTER_VERB = re.compile(
    r"^\s(?i:patch\w*|fix\w*|warns? (?:of|about)|releases? [\w-]+ (?:for|to fix)|updates?|address\w*|plugs?|"
    r"urges? [\w-]+ to (?:patch|update))\s(?i:(?:a|an|the|its|critical|high-severity|severe|new|actively|"
    r"exploited|zero-day|\d+|two|three|four|five|six|several|multiple|dozens|of|flaws?|bugs?|vulnerabilit\w*|in|"
    r"holes?|affecting|impacting)\s)*"
    rf"(?P<product>{_WORD}(?:\s{_WORD}){{0,3}})"
)
# A headline's product without a known vendor: "Critical Sudo bugs", "flaw in Git's code",
# "LangSmith Bug Could…", "FreePBX : corrections de failles", "faille dans pgAdmin".
_LETTER = r"(?=[\w.+/&-]*[A-Za-z])"  # a product's first word is not a bare number ("Patches 4 Flaws")
_TITLE_PRODUCT = re.compile(
    rf"(?:flaws?|vulnerabilit(?:y|ies)|bugs?|zero-days?|failles?|vulnérabilités?)"
    # a French adjective after the noun: "Faille critique dans X"
    rf"(?:\s(?:critiques?|graves?|majeures?|de sécurité|zero-day|zéro-day))?\s(?:in|dans|affecting|impacting)\s"
    rf"(?:the\s)?(?P<p>{_LETTER}{_WORD}(?:\s{_WORD}){{0,2}})"
    rf"|(?P<p2>{_LETTER}{_WORD}(?:\s{_WORD}){{0,2}})(?:['’]s)?\s"
    rf"(?:(?:critical|high-severity|severe|security|RCE|XSS|SQLi?|auth\w*|zero-click|{_WORD})\s){{0,2}}"
    r"(?:flaws?|vulnerabilit(?:y|ies)|bugs?|zero-days?|CVE-\d)\b"
    rf"|^(?P<p3>{_LETTER}{_WORD}(?:\s{_WORD}){{0,2}})\s?:\s"
    rf"|^(?P<p4>{_LETTER}{_WORD})\s(?-i:Patches|Fixes|Addresses|Patched|Fixed|Releases|Issues|Warns|Corrige)\b",
    re.I,
)
_FLAW_AFTER = re.compile(
    rf"(?:\s{_WORD}){{0,4}}(?:['’]s)?\s(?:(?i:critical|security|rce|xss|zero-day|auth\w*|)\s)?"
    r"(?i:flaws?|vulnerabilit(?:y|ies)|bugs?|zero-days?)\b"
)
_FLAW_BEFORE = re.compile(
    r"(?i:flaws?|vulnerabilit(?:y|ies)|bugs?|zero-days?)\s(?:in|affecting|impacting)\s(?:the\s)?$"
)
_FLAW_IN = re.compile(
    r"(?:(?i:flaws?|vulnerabilit(?:y|ies)|bugs?|zero-days?)\s(?:in|affecting|impacting)\s(?:the\s)?"
    # French: "une vulnérabilité critique dans X"
    r"|(?i:failles?|vulnérabilités?)(?:\s(?i:critiques?|graves?|majeures?|de sécurité))?\sdans\s"
    r"(?:(?i:le|la|les|l['’])\s?)?)"
    rf"(?P<p>{_LETTER}{_WORD}(?:\s{_WORD}){{0,2}})"
)
# The name right before a platform's ("ChatGPT" in "ChatGPT macOS"): a word with a letter.
_NAME_BEFORE = re.compile(rf"(?<![\w-])({_LETTER}{_WORD})\s$")
_LISTING = re.compile(r"\b(?:including|such as|several|multiple|among them|like)\b", re.I)
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


# Product acronyms outlets use without spelling them out, by vendor.
_ACRONYMS = {
    ("Barracuda", "ESG"): "Email Security Gateway", ("Cisco", "ISE"): "Identity Services Engine",
    ("Cisco", "ASA"): "Adaptive Security Appliance", ("Cisco", "FTD"): "Firepower Threat Defense",
    ("Ivanti", "EPMM"): "Endpoint Manager Mobile", ("Ivanti", "ICS"): "Connect Secure",
    ("Citrix", "ADC"): "Application Delivery Controller", ("SonicWall", "SMA"): "Secure Mobile Access",
    ("Fortinet", "EMS"): "FortiClient EMS", ("SAP", "NW"): "NetWeaver",
}  # fmt: skip


def _expand(product: str, text: str, vendor: str | None = None) -> str:
    """The product's full name as the article spells it: "ISE" → "Identity Services Engine (ISE)",
    "Cloud Appliance" → "Cloud Service Appliance" when the article says "Ivanti Cloud Service Appliance"."""
    last = product.split()[-1]
    if _ACRONYM.match(last):
        match = re.search(
            rf"(?<![\w-])((?:[A-Z][\w-]{{0,{WORD_CHARS}}}\s(?:&\s|and\s|of\s)?){{1,6}})\({re.escape(last)}\)",
            text,
        )
        if match is not None:
            words = [w for w in match.group(1).split() if w[0].isupper()][-len(last) :]
            if "".join(w[0] for w in words).upper() == last:
                before = product.split()[:-1]  # "SafeLine WAF" → "SafeLine Web Application Firewall (WAF)"
                return " ".join([*before, *words, f"({last})"])
        if vendor is not None and (vendor, product) in _ACRONYMS:
            return f"{_ACRONYMS[vendor, product]} ({product})"
        return product
    words = product.split()
    if len(words) < 2:
        return product
    longer = re.search(
        rf"(?<![\w-]){re.escape(words[0])}(?:\s{_WORD}){{1,4}}?\s{re.escape(words[-1])}(?![\w-])", text
    )
    if longer is not None and len(longer.group(0).split()) > len(words):
        found = iter(longer.group(0).split())
        if all(w in found for w in words):
            return longer.group(0)
    return product


def _platform_of_other(match: re.Match[str], sentence: str) -> bool:
    """A platform named as the one another product runs on: after "for", "on" ("Avast for Windows"),
    or right after that product's own name ("ChatGPT macOS Flaw", "the Zoom Windows client"), unless
    the name before is the platform's own vendor ("Apple macOS")."""
    name = match.group("vendor")
    if name not in PLATFORMS:
        return False
    before = sentence[: match.start()]
    if _PLATFORM_BEFORE.search(before):
        return True
    named = _NAME_BEFORE.search(before)
    return named is not None and named.group(1) != _PRODUCT_VENDOR.get(name)


def _names(sentence: str) -> list[re.Match[str]]:
    """The known vendors and products the sentence names, without a platform ("for Windows") or a
    product name that is also a common word unless its vendor precedes it ("Microsoft Edge", not
    "Hitachi Energy's APM Edge")."""
    return [
        m
        for m in PRODUCT.finditer(sentence)
        if not _platform_of_other(m, sentence)
        and not (
            m.group("vendor") in _AMBIGUOUS
            and not sentence[: m.start()].rstrip().endswith(_PRODUCT_VENDOR[m.group("vendor")])
        )
    ]


def _headline_names(sentence: str) -> list[re.Match[str]]:
    """The known names of a headline, in order, except that the one a flaw word follows comes first
    ("Microsoft Reveals Four OpenVPN Flaws" → OpenVPN) — unless the headline lists them ("adds
    SonicWall SonicOS and Palo Alto PAN-OS flaws" → SonicOS, the first listed)."""
    names = _names(sentence)
    if any(re.search(r",|\band\b|&", sentence[a.end() : b.start()]) for a, b in pairwise(names)):
        return names
    flawed = [
        m
        for m in names
        if _FLAW_AFTER.match(sentence[m.end() :]) or _FLAW_BEFORE.search(sentence[: m.start()])
    ]
    return flawed[:1] + [m for m in names if m not in flawed[:1]]


def _known_product(sentence: str, title: bool) -> tuple[str | None, str | None] | None:
    """(vendor, product) of the first known vendor or product the sentence names, or None. A platform
    ("for Windows") is skipped; so is a sentence listing several vendors' products."""
    if title:
        names = _headline_names(sentence)
    else:
        names = _names(sentence)
        vendors = len({m.group("vendor") for m in names})
        if vendors >= 3 or (vendors == 2 and _LISTING.search(sentence)):
            return None  # "several products, including Apache Tomcat, F5 BIG-IP and Netty"
    for index, match in enumerate(names):
        name = match.group("vendor")
        product = " ".join(match.group("product").split()) or None
        if _ADD_ON.match(sentence[match.end() :]) or _ADD_ON_FOR.search(sentence[: match.start()]):
            if product is None:
                continue  # "attacks exploiting WordPress gift card plugin": the flaw is the plugin's
            return None, product  # "WordPress Post SMTP plugin": the plugin's name, its maker unsaid
        if title and name in _SELF_NAMED and _ADD_ON_WORD.search(sentence):
            continue  # "WordPress Sites at Risk from Flaw in Wishlist Plugin": a platform's add-on again
        if product and re.fullmatch(r"\([A-Z0-9]+\)", product):
            product = None
        if product and _kind_only(product):
            product = None  # "D-Link Routers": the maker's kind of device, none of them named
        if product is None and (after := _AFTER_VERB.match(sentence[match.end() :])):
            product = after.group("product")
        if name in _PRODUCT_VENDOR:
            return _PRODUCT_VENDOR[name], f"{name} {product}" if product else name
        if product is None:
            # "Microsoft Fix Targets Attacks on SharePoint Zero-Day": the vendor's product named later.
            later = [m.group("vendor") for m in names[index + 1 :]]
            product = next((n for n in later if _PRODUCT_VENDOR.get(n) == name), None)
        if name in _SELF_NAMED:
            product = f"{name} {product}" if product and not product.startswith(name) else name
        return name, product
    return None


# A platform's add-on ("WordPress gift card plugin", "Chrome add-on") is not the platform's product.
_ADD_ON = re.compile(r"^(?:\s[a-z][\w-]*){0,4}\s(?:plug-?ins?|themes?|extensions?|add-?ons?)\b")
_ADD_ON_WORD = re.compile(r"\b(?:plug-?ins?|themes?|extensions?|add-?ons?)\b", re.I)
_ADD_ON_FOR = re.compile(r"\b(?:plug-?ins?|themes?|extensions?|add-?ons?)\s(?:for|of)\s(?:the\s)?$", re.I)
# Capitalised words of headlines that name a kind of thing, not a product.
_GENERIC = set(
    "Industrial Appliances Appliance Devices Device Routers Router Cameras Camera Systems System Apps App Software "
    "Firmware Products Product Platform Platforms Cloud Email Mobile Smart Home Web Network Server Servers "
    "Security Popular Enterprise Open Source Control Controls Industrial Chips Plugins Plugin Extensions Extension Browser Browsers "
    # The maker's kinds of device ("a vulnerability impacting Examplenet laptops"): the maker, no product.
    "Laptops Laptop Notebooks Computers Computer PCs Phones Smartphones Smartphone Printers Printer Tablets Tablet "
    "Motherboards Motherboard Modems Modem Models Model".split()
)


def _kind_only(product: str) -> bool:
    """The words after a maker say only what kind of thing it makes, one in the plural, an acronym
    maybe saying which ("Routers", "PLC Models"): a class of products, none named."""
    words = product.split()
    plural = any(w in _GENERIC and w.endswith("s") for w in words)
    return plural and all(w in _GENERIC or _ACRONYM.match(w) for w in words)


# A plural acronym names a class of products ("IDEs", "VPNs", "PLCs"), not one; the headline's
# "like X", "such as X", "including X" gives the one it means.
_CLASS = re.compile(r"[A-Z]{2,}s")
_LIKE = re.compile(
    r"^\s(?i:like|such as|including|comme|tels? que)\s(?P<p>[A-Z][\w.+/&-]*(?:\s[A-Z][\w.+/&-]*){0,4})"
)


def _listed(words: str, text: str) -> str:
    """The longest run of a headline's capitalised words, from the first, that the article writes
    too ("Acme Code Studio Lets Rogue" → "Acme Code Studio"); the first word else."""
    tokens = words.split()
    return next(
        (" ".join(tokens[:k]) for k in range(len(tokens), 1, -1) if " ".join(tokens[:k]) in text), tokens[0]
    )


# After a maker's possessive, its product, in capitalised words of any meaning ("ETIC's Remote Access Server").
_POSSESSED = re.compile(r"['’]s\s(?P<p>[A-Z][\w.+/&-]*(?:\s[A-Z][\w.+/&-]*){0,4})")
# "a flaw in Examplenet routers", "Acme firmware": a maker, then the kind of thing it makes in lower case.
_KIND_AFTER = re.compile(r"^\s([a-z]+)\b")


def _maker(after: str) -> bool:
    """Whether the words after a name say what kind of thing it is ("routers", "firmware"): then
    the name is the maker's, not its product's."""
    kind = _KIND_AFTER.match(after)
    return kind is not None and kind.group(1).capitalize() in _GENERIC


def _is_name(word: str, text: str) -> bool:
    """A word that names something: with a digit or an inner capital ("LangSmith", "GPS", "DS-2105"),
    or capitalised and never written in lower case by the article, and not a generic noun."""
    if not re.fullmatch(r"[A-Z][a-z]+", word):
        if re.search(r"-(?:based|powered|enabled|like|related|style|level|wide|class)$", word):
            return False  # "Chromium-based browsers"
        return bool(re.search(r"[A-Z0-9-]", word[1:])) or word[:1].isdigit()
    return word not in _GENERIC and not re.search(rf"\b{word.lower()}\b", text)


# The maker speaking of its own fix: "Veltrix has released updates", "Veltrix a publié des correctifs",
# "Veltrix heeft updates uitgebracht", "Veltrix hat Updates veröffentlicht".
_MAKER_ACTS = (
    r"\s(?:has\s|have\s|a\s|heeft\s|hat\s)?(?:released|patched|fixed|issued|shipped|published|warned|"
    r"urges|urged|disclosed|addressed|publié|corrigé|diffusé|uitgebracht|gepatcht|veröffentlicht|behoben)\b"
)


def product_vendor(product: str, text: str) -> str | None:
    """The vendor of a product the galaxies of known vendors do not name: the product's first word
    when the article has it release, patch or fix something ("Veltrix has released updates for a
    flaw in Veltrix Gateway" → "Veltrix"); else None."""
    first = product.split()[0] if product.split() else ""
    if len(first) < 3 or not first[:1].isupper():
        return None
    found = re.search(rf"(?<![\w-]){re.escape(first)}{_MAKER_ACTS}", text[:5000])
    return first if found else None


def main_product(title: str, sentences: list[str], text: str) -> tuple[str | None, str | None, str] | None:
    """(vendor, product, sentence) of the main flaw: a known name in the headline, else the product
    the headline's wording names ("flaw in X", "X Patches"), else a known name in the first sentences
    about a flaw."""
    if title and (found := _known_product(title, title=True)) is not None:
        vendor, product = found
        return vendor, _expand(product, text, vendor) if product else None, title
    if title and (m := _TITLE_PRODUCT.search(title)):
        product = re.sub(r"['’]s$", "", next(g for g in m.group("p", "p2", "p3", "p4") if g).strip())
        # An add-on's name, without the words saying it is one ("GiveWP WordPress Plugin" → GiveWP)
        product = re.sub(r"(?<=\w)\s(?:Plug-?ins?|Themes?|Extensions?|Add-?ons?)$", "", product)
        product = re.sub(rf"(?<=\w)\s(?:{'|'.join(_SELF_NAMED)})$", "", product)
        if product in _SELF_NAMED and _ADD_ON_WORD.search(title):
            product = ""
        if _CLASS.fullmatch(product):
            # "Flaw in IDEs Like Acme Code Studio" → Acme Code Studio; "Flaw in IDEs" → none here
            like = _LIKE.match(title[m.end() :])
            product = _listed(like.group("p"), text) if like else ""
        # Only a name the article itself uses again (a headline alone may give a flaw's nickname), and
        # a name, not a common word the article also writes in lower case ("Industrial Appliances").
        first = product.split()[0] if product else ""
        if (
            first
            and any(_is_name(word, text) for word in product.split())
            and re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text)
        ):
            expanded = _expand(product, text)
            return product_vendor(expanded, text), expanded, title
    for sentence in [s for s in sentences if FLAW.search(s)][:3]:
        # "reported the flaw in Ollama Desktop": the flawed product, not the reporter's employer.
        named = _FLAW_IN.search(sentence)
        if (
            named
            and not PRODUCT.match(named.group("p"))
            and all(_is_name(w, text) for w in named.group("p").split()[:1])
        ):
            if owned := _POSSESSED.match(sentence[named.end() :]):
                # "flaws affecting ETIC Telecom's Remote Access Server": the maker, then its product
                return named.group("p"), _expand(owned.group("p"), text), sentence
            if _maker(sentence[named.end() :]):
                return named.group("p"), None, sentence  # "in Examplenet routers": Examplenet makes them
            expanded = _expand(named.group("p"), text)
            return product_vendor(expanded, text), expanded, sentence
        if (found := _known_product(sentence, title=False)) is not None:
            vendor, product = found
            return vendor, _expand(product, text, vendor) if product else None, sentence
    return None
