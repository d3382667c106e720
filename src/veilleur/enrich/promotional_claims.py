"""What a vendor's headline claims of itself, in EN/FR/NL/DE, as regular expressions matched
case-insensitively at word starts; promotional.py counts them with the other kinds a headline states
(promotional_words.MORE_KINDS: only when the headline names no lure, crook or named threat).

A reporter writes about a test, a ranking, a certification or a channel programme ("Vendors pull out
of MITRE's evaluations", "FedRAMP authorisation under scrutiny", "Broadcom axes partner programme");
the vendor's own page claims its place in it, with a verb of achievement or of launch: "Examplesoft
achieves 100% detection in MITRE ATT&CK Evaluations", "named in the Gartner Hype Cycle", "earns SOC 2
Type II", "launches MSSP partner program", "appoints Chief Revenue Officer", "now available in AWS
Marketplace", "Download the report: …". Such pages promote (GUIDE.md §2: awards and analyst rankings,
feature announcements, product launches); none reports an attack, a breach or a flaw.
"""

from __future__ import annotations

import re

from veilleur.enrich.promotional_company import COMPANY_NEWS
from veilleur.text.prefilter import screened

# Independent tests and analysts' reports a vendor cites its own place in.
_TESTS = (
    r"(?:mitre (?:engenuity )?)?att&ck®? evaluations?|mitre (?:engenuity )?evals?(?:uations?)?|av-test|av-comparatives|"
    r"se labs|mrg[- ]effitas|vb100|virus bulletin|cyberratings|nss labs"
)
_ANALYST_REPORTS = (
    r"hype cycles?|market guides?|critical capabilities|magic quadrant|forrester wave|wave™|wave report|marketscape|"
    r"gigaom radar|frost radar|radar report|spark matrix|peak matrix|provider lens|omdia universe|"
    r"leadership compass|market compass|(?:innovation|market) (?:radar|quadrant)"
)
_ANALYSTS = r"(?:gartner|forrester|idc|gigaom|frost (?:&|and) sullivan|kuppingercole|omdia|isg|everest group|qks)(?!\w)"
# Compliance schemes a provider is authorised or certified under.
_SCHEMES = (
    r"fedramp|stateramp|govramp|soc ?2|soc 3|iso(?:/iec)? ?27001|iso(?:/iec)? ?270(?:17|18|701)|iso(?:/iec)? ?42001|"
    r"pci[- ]dss|hitrust|bsi[- ]?c5|c5[- ]testat|secnumcloud|cyber essentials|common criteria|"
    r"fips 140(?:-[23])?|irap|tisax|cmmc|ens (?:high|alto)|aws (?:security )?competency|dod il\d"
)
# A vendor's result, as it states it ("achieves", "earns", "scores", "delivers" …).
_SCORING = (
    r"achieves?|achieved|earns?|earned|receives?|received|obtains?|obtained|secures?|secured|attains?|gains?|"
    r"awarded|scores?|scored|delivers?|demonstrates?|wins?|won|obtient|décroche|reçoit|remporte|erhält|erreicht|"
    r"behaalt|ontvangt|verkrijgt|haalt"
)
# A provider's authorisation, as it states it; narrower, as breach news names the schemes too ("records
# … PCI DSS", "receives … fine"): no "receives", "passes", "records", "secures".
_CERTIFIED = (
    r"achieves?|achieved|earns?|earned|obtains?|obtained|attains?|attained|awarded|completes?|completed|"
    r"renews?|renewed|obtient|décroche|erhält|erreicht|behaalt|verkrijgt"
)

VENDOR_CLAIMS: dict[str, str] = {
    # a vendor's result in an independent test ("Examplesoft achieves 100% detection in MITRE ATT&CK
    # Evaluations", "Examplesoft Earns AAA Rating in SE Labs Test", "results in the 2024 ATT&CK
    # Evaluations"), and its place in an analyst's report ("named in the Gartner Hype Cycle", "a Leader
    # in the GigaOm Radar", "recognized as a Cool Vendor", "nommé dans le Hype Cycle de Gartner")
    "ranking or award": rf"(?:{_SCORING})\b[\w%&®™' .,-]{{0,60}}\b(?:in|from|at|by|on|dans|lors|bei|im|in de|bij) "
    rf"(?:the |les? |la |l['’]|den |der |de |het )?(?:\d{{4}} )?(?:{_TESTS})|"
    rf"\bresults? (?:in|of|from) (?:the )?(?:\d{{4}} )?(?:{_TESTS})|(?:{_TESTS})\W{{0,3}} ?(?:\w+ ){{0,3}}results?\b|"
    r"(?:named|recogni[sz]ed|featured|included|listed|positioned|cited|mentioned|highlighted|identified|placed|"
    r"nommée?|reconnue?|citée?|positionnée?|genannt|aufgeführt|erwähnt|genoemd|opgenomen)\b[\w ,'’-]{0,40}\b"
    rf"(?:in|dans|im|in de) (?:the |two |three |multiple |several |le |les |la |den |der |de |het )?(?:\d{{4}} )?"
    rf"(?:(?:{_ANALYSTS})®?['’]?s? )?(?:\d{{4}} )?(?:{_ANALYST_REPORTS})|"
    rf"\bcool vendors?\b|customers['’] choice|an? leader in (?:the |two |three |\d+ )?(?:\d{{4}} )?(?:{_ANALYSTS})",
    # a provider's own authorisation or certification ("Examplesoft achieves FedRAMP High
    # authorization", "earns SOC 2 Type II", "is now FedRAMP Authorized", "obtient la qualification
    # SecNumCloud", "erhält BSI C5-Testat", "behaalt ISO 27001-certificering")
    "certification": rf"(?:{_CERTIFIED})\b[\w ,'’-]{{0,30}}\b(?:{_SCHEMES})\b|"
    rf"\bis now (?:{_SCHEMES})\b[\w -]{{0,20}}(?:authori[sz]ed|certified|compliant|validated)|"
    rf"(?:{_SCHEMES})[\w -]{{0,20}}(?:zertifiziert|gecertificeerd|certifiée?)\b",
    # its partner or channel programme launched, expanded or joined ("launches new MSSP partner
    # program", "lance son programme partenaires", "startet neues Partnerprogramm")
    "partnership or customer story": r"(?:launch|unveil|introduc|announc|expand|revamp|debut|roll(?:s|ed|ing)? out|"
    r"open|join|lance|dévoile|étend|rejoint|startet|erweitert|lanceert|introduceert)\w*\b[\w ,'’&-]{0,40}\b"
    r"(?:partner|channel|mssp|msp|reseller|alliance) ?(?:program(?:me)?s?|network|ecosystem)\b|"
    r"programmes? (?:de )?(?:partenaires?|partenariat|revendeurs?)\b|partnerprogramm\w*|partnerprogramma\w*",
    # a hire for its sales, marketing or channel, or to its advisory board: a press release's news
    # ("Examplesoft appoints Jane Doe as Chief Revenue Officer", "nomme un directeur commercial")
    "appointment": r"(?:appoints?|names|hires?|welcomes|adds|promotes|taps|nomme|ernennt|benoemt)\b[\w .,'’-]{0,60}"
    r"\b(?:chief (?:revenue|marketing|sales|commercial|customer|growth|channel|partner) officer|cro|cmo|cco|"
    r"(?:vp|vice president|svp|evp|head|director)(?: of)?(?: global| worldwide)? (?:sales|marketing|channel|"
    r"partnerships?|alliances|revenue|business development)|advisory board|directeur commercial|"
    r"directrice commerciale|vertriebsleiter\w*|marketingleiter\w*)\b",
    # its listing in a cloud marketplace ("Examplesoft now available in AWS Marketplace")
    "launch or release notes": r"available (?:in|on|through|via) (?:the )?(?:aws|azure|google cloud|microsoft|oracle cloud) "
    r"(?:commercial )?marketplace",
    # the headline's own call to download ("Download the report: …", "Get the 2025 Cloud Threat Report",
    # "[eBook] …", "Téléchargez le livre blanc", "Whitepaper herunterladen", "Download het rapport")
    "download offer": r"^(?:download|get|grab) (?:the |our |your |this |a )?(?:free |new |latest |full )?"
    r"(?:\d{4} |[\w&-]+ ){0,5}(?:report|guide|e-?book|white ?paper|checklist|playbook|toolkit|template|study|"
    r"survey|infographic|handbook|datasheet|copy)\b|^[\[(](?:free )?(?:e-?book|white ?paper|report|guide|"
    r"infographic|checklist|toolkit)[\])]|^téléchargez (?:le |la |notre |nos |gratuitement )(?:[\w'’-]+ ){0,3}"
    r"(?:livre blanc|guide|rapport|e-?book|étude|checklist)|(?:whitepaper|e-?book|studie|leitfaden|checkliste)\W{0,3}"
    r"(?:jetzt )?(?:kostenlos )?herunterladen|^(?:jetzt )?(?:kostenlos )?herunterladen\b|^download (?:het |ons |de |"
    r"gratis )(?:[\w-]+ ){0,3}(?:rapport|whitepaper|e-?book|gids|checklist)",
}

# Counted as promotional_words.MORE_KINDS are (no lure, crook or named threat: promotional.py checks),
# and never under a headline that names a threat at all ("Ransomware gang launches partner program" is
# news of a gang) but for the headline's own call to download ("Download the report: the state of
# ransomware"). The company's own news (promotional_company.py: customer wins, offices, lists, hires)
# is counted the same way.
_CLAIMS = [
    (kind, screened(rf"(?<!\w)(?:{p})", re.I)) for kind, p in (*VENDOR_CLAIMS.items(), *COMPANY_NEWS.items())
]


def vendor_claim(title: str, threat_named: bool) -> str:
    """Which claim the vendor's headline makes of itself ("" when none); `threat_named`: whether the
    headline names a kind of threat (ransomware, an attack, a flaw …)."""
    for kind, pattern in _CLAIMS:
        if (found := pattern.search(title)) and not (threat_named and kind != "download offer"):
            return f"promotional headline ({kind}): {found.group(0)!r}"
    return ""
