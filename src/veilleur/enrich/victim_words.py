"""The words victim candidates are read with, in French, English, Dutch and German: the word
classes of the context, reporters, agencies, products, names that are never victims."""

from __future__ import annotations

import re

from veilleur.enrich.security_people import shortened_to_surname
from veilleur.enrich.victim_name_sets import _STOP_NAMES
from veilleur.enrich.victim_shapes import _NAME
from veilleur.enrich.victims import _DESCRIPTION_END

LEAD_SENTENCES = 6
LEAD_CHARS = 1100
# Characters of the headline and lead's attack passages that the recogniser reads: it is most of
# enrich's time.
NER_CHARS = 800
_TOKEN = re.compile(r"[\w][\w'’&.+-]*[\w]|[\w]")
_NAME_RUN = re.compile(_NAME)
_LIST_NEXT = re.compile(r"(?:,\s|\s(?:and|et|en|und|&)\s)[A-Z]")
_LIST_PREV = re.compile(r"(?<![\w'’-])[A-Z][\w&'’-]*(?:,|\s(?:and|et|en|und|&))\s$")
# "MC2 Data", "National Public Data": "Data" capitalised inside a sentence, after a name and before a
# lower-case word or a stop, is the name's last word (sentence case writes the noun in lower case;
# a run stops at "Data" for Title Case headlines' "Acme Data Breach").
_DATA_WORD = re.compile(r" Data(?=[,.;:!?)]|\s[a-z]|$)")


def data_named(passage: str, end: int) -> int:
    """Where a name of `passage` that a run ends at `end` ends, past a "Data" that is its last word."""
    match = _DATA_WORD.match(passage, end)
    return match.end() if match else end


_PARTICLES = frozenset("of de du des d la le l van der von do da dos del di della".split())
# Pronouns, sentence words, generic nouns, months: never a name ("There", "Hackers", "April").
# The firms and agencies of the rules' stop list may be breached too: they are REPORTERS here.
_STOPS = (_STOP_NAMES - {"microsoft", "google", "apple", "cisa", "fbi", "nsa", "europol"}) | frozenset(
    """het een die der das den dem des ein eine einer eines nach bei auf im van voor met zijn na door
    bij laut wie was wat dit deze dat healthcare health finance financial retail education government
    technology energy media insurance banking hospitality telecom telecommunications manufacturing
    transportation legal defense defence ddos dos html ai dns api vpn sql xss rce iot plusieurs selon
    depuis dans pour cette ces aucun aucune tous toutes mais ainsi lors après avant hier également enfin
    certains certaines quelques volgens sinds daarnaast ook maar gisteren vandaag enkele seit auch aber
    gestern heute mehrere einige alle dozens hundreds thousands millions residents citizens weekly
    recap von wurden wird werden hackern angreifern kriminellen cyberkriminellen erpressern millionen
    milliarden kundenservice
    another other others every each several many most such both either neither various numerous
    number via through during amid despite following into within without among amongst across toward
    towards per avec pour sans durant pendant parmi tijdens zonder met mit durch während ohne für
    if unless whether although though because""".split()
)  # (the last lines: determiners, prepositions and conjunctions, which open no name: "hits ANOTHER
# school", "Via X", a quoted post's "If Examplia attacks Europe, …")


def _words(pattern: str) -> frozenset[str]:
    return frozenset(pattern.split())


# Word classes of the context, in the four languages (folded to lower case).
CLASSES: dict[str, frozenset[str]] = {
    "attack": _words(
        """cyberattack cyberattacks cyber-attack cyber-attacks attack attacks breach breaches hack hacks
        hacking intrusion incident incidents ransomware leak leaks outage compromise extortion theft
        cyberincident cyber-incident heist raid cyberattaque cyberattaques cyber-attaque attaque attaques
        piratage fuite rançongiciel intrusion cyberaanval aanval datalek hack lek inbraak cyberangriff
        angriff angriffs cyberangriffs hackerangriff datenleck datenpanne sicherheitsvorfall cyber fine fined amende boete bußgeld
        penalty settlement lawsuit disruption"""
    ),
    "passive": _words(
        """hacked breached hit attacked targeted compromised struck crippled extorted fined victim victims
        victime victimes paralysé paralysée touché touchée frappé frappée visé visée ciblé ciblée piraté
        piratée attaqué attaquée getroffen gehackt aangevallen slachtoffer opfer angegriffen lahmgelegt
        infiltrated disrupted impacted affected exposed leaked stolen suffers suffered suffer spied
        rançonné rançonnée afgeperst beboet erpresst"""
    ),
    "disclose": _words(
        """confirms confirmed discloses disclosed admits admitted investigates investigating notifies
        notifying notified says said detects detected restores restoring recovering reports reported warns
        bevestigt bestätigt confirme confirmé signale reconnaît déclare annonce meldet"""
    ),
    "verb_on": _words(
        """hits hacks breaches targets attacks stole steals claims claimed claim compromises infiltrates
        extorts leaks leaked revendique vise cible frappe treft trifft fines fined sues sued targeting
        hitting affecting impacting breaching rançonne rançonnent beboet persen erpressen"""
    ),
    "prep": _words("on against at of contre visant chez sur op bij tegen auf gegen bei from"),
    "place_prep": _words("in à te aus uit near based located headquartered nahe près"),
    "reporter": _words(
        """researchers researcher according analysts analyst experts expert report firm vendor told
        chercheurs selon onderzoekers forscher laut spokesperson spokesman"""
    ),
    "vendor_act": _words(
        """patches patched fixes fixed releases released update updates advisory warns warned discovered
        found observed published publishes urges launches launched announces announced unveils says"""
    ),
    "flaw": _words(
        """vulnerability vulnerabilities flaw flaws bug bugs zero-day 0-day exploit exploits exploited
        products product devices software firewall firewalls router routers appliance appliances
        servers instances versions plugin faille vulnérabilité kwetsbaarheid lücke schwachstelle"""
    ),
    "actor": _words(
        """ransomware gang group hackers hacker apt actors actor operators botnet malware stealer rat loader
        spyware campaign crew affiliates groupe pirates bende gruppe"""
    ),
    "victim_noun": _words(
        """customers users employees patients students data records members subscribers clients
        systems network networks staff accounts database clients patiënten kunden daten données"""
    ),
    "descriptor": _words(
        """giant firm company maker carmaker automaker provider retailer operator chain startup manufacturer
        developer insurer hospital clinic bank airline telco isp agency department university school
        charity brand publisher broadcaster network city town county council ministry government
        hôpital clinique ziekenhuis krankenhaus klinikum société entreprise bedrijf unternehmen ville
        gemeente stadt commune mairie journalist activist centre center hospitalier chu chr az
        universität université universiteit groupe municipality province provincie région college
        academy institute"""
    ),
    "date": _words(
        """january february march april may june july august september october november december monday
        tuesday wednesday thursday friday saturday sunday janvier février mars avril mai juin juillet
        août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
        januari februari maart mei juni juli augustus oktober januar februar märz juni juli oktober
        dezember week today yesterday mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept
        oct nov dec maandag dinsdag woensdag donderdag vrijdag zaterdag zondag montag dienstag mittwoch
        donnerstag freitag samstag sonnabend sonntag"""
    ),
}
# Names that report, investigate or sell security rather than being attacked in most articles:
# outlets, security vendors, agencies. A feature, not a veto (Microsoft is sometimes breached).
REPORTERS = _words(
    """cisa fbi nsa ncsc anssi ccb bsi europol interpol doj microsoft google mandiant crowdstrike
    kaspersky eset sophos bitdefender malwarebytes proofpoint sentinelone trend talos unit check point
    palo recorded future fortinet fortiguard tenable rapid7 qualys wiz cloudflare akamai bleepingcomputer
    reuters bloomberg techcrunch record register securityweek darkreading krebs schneier securelist
    hackread cybernews zdnet wired guardian bbc cnn sans isc threatdown huntress darktrace checkmarx
    socket sonatype jfrog snyk group-ib eclecticiq secureworks dragos claroty nozomi zscaler okta
    gen avast norton mcafee trellix rubrik cybereason symantec broadcom ibm x-force volexity harfanglab
    gitguardian mstic nytimes journal podcast smashing threatpost securityaffairs"""
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
# usual names (folded): reporters too.
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
    gegevensbeschermingsautoriteit, datenschutzbehörde, bundesdatenschutzbeauftragte""".split(",")
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


def particle_to_stop(words: list[str]) -> bool:
    """ "Stadtwerke Almfeld von Hackern", a span the recogniser calls a person: a particle ("von",
    "van") followed by a word that is never a name (the attackers, an auxiliary) ends no name."""
    return any(
        w.casefold() in {"von", "van"} and words[i + 1].casefold() in _STOPS for i, w in enumerate(words[:-1])
    )


# A people's everyday short names, which no suffix rule derives from its place ("Aussie cops", "a Brit
# school", "les Brits"): a demonym, never a victim.
_SHORT_DEMONYMS = frozenset("brit aussie kiwi yank yankee canuck pom".split())


def nationality(key: str, places: dict[str, str]) -> bool:
    """ "Bangladeshi", "Pakistani", "Iranian", "Aussie": the people of a place the gazetteer knows."""
    if " " in key:
        return False
    if key in _SHORT_DEMONYMS or (key.endswith("s") and key[:-1] in _SHORT_DEMONYMS):
        return True
    if key.endswith("s") and len(key) > 5 and nationality(key[:-1], places):  # "Russians", "Israelis"
        return True
    if len(key) > 4 and key + "s" in places:  # "Philippine" (subsidiary)
        return True
    for suffix, add in (
        ("i", ""),
        ("n", ""),
        ("ian", ""),
        ("an", ""),
        ("ese", ""),
        ("ese", "a"),
        ("ian", "ia"),
    ):
        if key.endswith(suffix) and len(key) > len(suffix) + 3 and key[: -len(suffix)] + add in places:
            return True
    return False


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


# A region of the world and its people ("Southeast Asia", "Latin America", "East Asian", "Afrique de
# l'Ouest", "Zuidoost-Azië", "Südostasien"): where attacks happen, never an organisation. (Folded.)
REGION = re.compile(
    r"(?:(?:north|south|east|west|central|eastern|western|northern|southern|south-?east|north-?east|"
    r"south-?west|north-?west|sub-saharan|latin)\s)?"
    r"(?:asia|america|europe|africa|middle east|pacific|asia-pacific|caribbean|oceania|balkans|baltics?|nordics?|"
    r"scandinavia|levant|apac|emea|latam)(?:ns?|an)?"
    r"|(?:afrique|amérique|asie|europe)(?: du (?:nord|sud)| de l['’](?:ouest|est)| centrale| latine)?"
    r"|(?:noord|zuid|oost|west|zuidoost)-?(?:azië|amerika|europa|afrika)|(?:nord|süd|ost|west|südost)(?:asien|amerika|europa|afrika)"
)
# A compass part of a place ("North West England", "Southern Italy"): where things happen, no
# organisation ("West Midlands Police" is more than the part: a name).
_COMPASS_PART = re.compile(r"(?:north|south|east|west)(?:[\s-]?(?:east|west)|ern)?\s|central\s")


def part_of_place(key: str, places: dict[str, str]) -> bool:
    """Whether the folded `key` is a compass part of a place the gazetteer `places` knows."""
    match = _COMPASS_PART.match(key)
    return match is not None and key[match.end() :] in places


# What follows a region in a name that is still the region ("Asia-Pacific region", "Middle East
# Telecoms": its organisations of a kind, unnamed).
REGION_KIND = re.compile(
    r"\s(?:regions?|area|governments?|telecoms?|telcos|banks|organi[sz]ations|companies|firms|entities|"
    r"countries|states|nations|ministries|militar(?:y|ies))$"
)


# A list of malicious software or tools the text introduces ("malware families like A, B and C",
# "des maliciels comme A et B", "malware zoals A", "Schadsoftware wie A"): threats, not victims.
_THREAT_LIST = re.compile(
    r"(?i)\b(?:malware|families|strains|loaders?|stealers?|backdoors?|trojans?|RATs|ransomware|variants|payloads|"
    r"tools|maliciels|logiciels malveillants|rançongiciels|Schadsoftware|Trojaner)\s(?:[\w-]+\s)?"
    r"(?:like|such as|including|namely|comme|tels? que|telles? que|dont|zoals|wie|darunter)\s"
    r"(?:[\w.&-]+(?:\s[\w.&-]+){0,2},\s(?:and\s|et\s|en\s|und\s)?)*(?:[\w.&-]+\s(?:and|et|en|und)\s)?$"
)


# Products named as examples of what a firm makes or sells ("Riot, stewards of titles such as X and
# Y", "apps like X", "games including X"), or of what a stealer raids ("web browsers, including X",
# "cryptocurrency wallets such as X"): things, not organisations hit by the event; their maker is.
_PRODUCT_LIST = re.compile(
    r"(?i)\b(?:(?:titles|games|franchises|products|apps|applications|consoles|devices|gadgets|brands|packages|"
    r"libraries|extensions|plug-?ins|browsers|wallets|clients|messengers)"
    r",?\s(?:like|such as|including|namely)\s"
    # ("two of its open-source packages, Picasso and Xene, were compromised": named in apposition)
    r"|(?:packages|libraries|extensions|plug-?ins),\s)"
    r"(?:[\w.&'-]+(?:\s[\w.&'-]+){0,3},\s(?:and\s)?)*(?:[\w.&'-]+(?:\s[\w.&'-]+){0,3}\s(?:and|or)\s)?$"
)


def listed_as_things(before: str) -> bool:
    """Whether the words `before` a name put it in a list of threats or of products ("malware
    families like A, B and", "titles such as")."""
    return bool(_THREAT_LIST.search(before) or _PRODUCT_LIST.search(before))


# The lower-case kind of organisation written right before a name ("travel booking giant X", "IT
# giant X", "Finnish telco X", "autoparts company X"): what follows is that organisation's name.
_KIND_THEN_NAME = re.compile(rf"(?<![\w-]){_DESCRIPTION_END}\s$")


def named_after_kind(name: str, sentence: str) -> bool:
    """Whether `sentence` writes `name` capitalised right after a lower-case kind of organisation
    ("the travel booking giant Sabre, which was hit by…"): a name, even when it is also an English
    word, since a sentence never writes a word of its own so. ("journalist X" names a person.)"""
    if not name[:1].isupper():
        return False
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence):
        if _KIND_THEN_NAME.search(sentence[max(0, match.start() - 40) : match.start()]):
            return True
    return False


# What follows the name of the attacked, not of the attackers: "the hackers behind the X breach".
_ITS_ATTACK = re.compile(
    r"(?![\w-])(?!['’]s\b|\s(?:attacks?|breach|hack|intrusion|incident|heist|leak|data)\b)"
)


# The attackers' words right after the name ("X ransomware gang", "X hacking group") and right before it
# ("the cybercriminals behind X", "perpetrated by X"). Static patterns tried at each place the text
# writes the name: one pattern built around each candidate's name was compiled again for every
# candidate of every page (re's cache holds 512), a quarter of the enrichment's time.
_GANG_AFTER = re.compile(
    r"\s(?:(?:ransomware|extortion|hacking|hacker|cybercrime|threat)\s)?(?:gang|crew)\b"
    r"|\s(?:ransomware|extortion|hacking|hacker|cybercrime)\s(?:group|operation|operators|affiliates)\b"
)
_GANG_BEFORE = re.compile(
    r"(?:\b(?:cybercriminals|criminals|hackers|attackers|crooks|gang|group)\sbehind"
    r"|\b(?:perpetrated|carried out|conducted)\sby)\s(?:the\s)?$"
)
_WORD_OR_DASH = re.compile(r"[\w-]")


def written_as_gang(name: str, text: str) -> bool:
    """Whether the text writes `name` as the attackers' own: "the X gang", "X ransomware group", "the
    cybercriminals behind X", "attacks perpetrated by X" (not "the X attackers", who attacked X)."""
    if not name:
        return False
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _WORD_OR_DASH.match(text[start - 1])) and _GANG_AFTER.match(text, end):
            return True
        if _GANG_BEFORE.search(text, max(0, start - 60), start) and _ITS_ATTACK.match(text, end):
            return True
        start = text.find(name, start + 1)
    return False


def written_roles(name: str, text: str) -> set[str]:
    """What the way the text writes `name` says it is: a person shortened to a surname ("Elon Musk" …
    "Musk's companies": shape:surname), the attackers' own ("the X gang": written:gang)."""
    out = {"shape:surname"} if shortened_to_surname(name.split(), text) else set()
    return out | ({"written:gang"} if written_as_gang(name, text) else set())


# Kinds of organisation in the plural ending a run ("Turkmenistan Orgs", "Middle Eastern NGOs"; not
# "Apollo Hospitals", "Allied Banks": names), or a count, a span or a group before "of" opening one
# ("Hundred of CISCO", "Decades of Canadian", "Targets of ScRansom"; not "Bank of America").
_MANY = re.compile(
    r"(?i)\s(?:orgs|organi[sz]ations|ngos|entities|businesses|firms|telcos|targets|victims)$|^(?:hundreds?|"
    r"thousands?|millions?|billions?|dozens?|decades?|years?|targets|victims|customers|users|members|clients|"
    r"employees|patients)\sof\s"
)


def describes_many(name: str) -> bool:
    """A Title Case run that describes many organisations or a share of something, naming none."""
    return bool(_MANY.search(name))
