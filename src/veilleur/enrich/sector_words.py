"""The sectors' vocabularies in EN/FR/NL/DE (models' `Sector`) and the well-known firms the news names
without describing them: the words `victim_sectors` reads a victim's sector from, and that the
victim model's features and the stories' descriptors count."""

from __future__ import annotations

import re

from veilleur.enrich.known_organisations import KNOWN_COUNTRIES as KNOWN_COUNTRIES
from veilleur.enrich.known_organisations import KNOWN_SECTORS as KNOWN_SECTORS
from veilleur.models import Sector
from veilleur.text.cased_union import CasedUnion, screens
from veilleur.text.companies import LEGAL_FORMS
from veilleur.text.prefilter import Screened, counted, screened

# An agency is a public body unless a trade names it ("news agency", "travel agency", "agence de
# presse", "ad agency"): those sell a service, and their sector is their trade's, if any.
_PUBLIC_AGENCY = (
    r"(?<!news\s)(?<!press\s)(?<!travel\s)(?<!advertising\s)(?<!marketing\s)(?<!ad\s)(?<!digital\s)"
    r"(?<!creative\s)(?<!staffing\s)(?<!recruitment\s)(?<!talent\s)(?<!modeling\s)(?<!modelling\s)(?<!insurance\s)"
    r"(?<!estate\s)(?<!media\s)(?<!design\s)agency|"
    r"agences?(?!\s(?:de\svoyages?|de\spresse|immobili\w*|web|de\scommunication|digitale|de\spublicité|d['’]intérim))"
)
SECTORS: dict[Sector, str] = {
    # A health-data or health-tech firm is of health ("healthcare technology company", "opérateur de
    # tiers payant"): the compounds come first, an alternation stopping at its first branch that
    # matches ("health\w*"), and end after their "technology" or "opérateur" (the head noun read).
    Sector.HEALTHCARE: r"health ?(?:care)?[- ](?:tech\w*|it|software|data|information)\b|"
    r"nhs(?:\s[\w-]+){0,3}\strust|(?:medical|clinical) software|logiciels? (?:médica\w*|de santé)|"
    r"pharma\w* (?:wholesal\w*|distribut\w*|grossiste\w*)|(?:medical|health) (?:suppl\w+(?: distribut\w*)?|distribut\w*)|"
    r"(?:opérateurs? de )?tiers[- ]payant|health insur\w*|health (?:fund|plan|care provider)s?|zorgverzekeraar\w*|"
    r"krankenversicherung\w*|hôpita\w*|hopita\w*|clinique|centre hospitalier|chu\b|chr\b|hospital\w*|clinic\w*|health\w*|"
    r"santé|medical|médica(?:l|le|les|ux)\b|patients?|ziekenhui\w*|zorg\w*|krankenh\w*|\w*klinik\w*|\w*spital\b|\baz\s[A-Z]|pharma\w*|"
    r"dental|dentist\w*|biotech\w*|nhs\b(?!\s(?:software\s|it\s)?vendors?\b)|medic\w*|care provider|laborator\w*|mutuelle|ziekenfonds|krankenkasse|"
    r"gesundheit\w*|apothe\w*|nursing|care homes?|maison de repos|ehpad|woonzorg\w*|pflege\w*|radiolog\w*|"
    r"dialys\w*|blood (?:bank|service|cent(?:er|re)|donation)s?|huisarts\w*|arztpraxis|cabinet médical|laboratoire|labo\b|ggd\b|ggz\b|"
    r"prescription\w*|therap(?:y|ies|ist\w*)|hospice\w*|ambulan\w*|rettungsdienst\w*|kliniek\w*|medizin\w*|"
    r"centre de soins|soins de santé|assureur santé|assurance (?:santé|maladie)|complémentaire santé|"
    r"nursing homes?|retirement homes?|maison de retraite|verpleeghui\w*|altenheim\w*|seniorenheim\w*|"
    r"diagnostics? (?:lab\w*|cent\w*)|patholog\w*|(?:medical|clinical|testing) labs?\b|pharmac\w*|drugstore|"
    r"(?:patient|health) (?:data|records)|ehr\b|thuiszorg|"
    # Care and its professions by name, EN/FR/NL/DE: "physician group", "senior living", "cabinet
    # dentaire", "tandartspraktijk", "Zahnarztpraxis", "polyclinique", "UZ Leuven", "Amsterdam UMC",
    # "CH de Brive".
    r"physician\w*|surg(?:ery|eries|ical|eons?)|senior living|assisted living|home (?:care|health)|"
    r"polycli\w*|poliklin\w*|dentaire|tandarts\w*|zahnarzt\w*|zahnärzt\w*|ärzt\w*|médecin\w*|"
    r"infirmi\w*|kinésithérap\w*|umc\b|uz\s[A-Z]|ch\s(?:de|du|d['’])\s?[A-Z]|optometr\w*|ophthalm\w*|"
    r"optician\w*|kidney|oncolog\w*|cardiolog\w*|dermatolog\w*|orthop(?:a)?edic\w*|p(?:a)?ediatric\w*|"
    r"psychiatr\w*|psychotherap\w*|psycholog\w*|(?:behavioral|mental) health|fertility|medtech|blood test\w*|drug ?makers?|"
    r"labor(?:dienst|kette|verbund|gruppe|betreiber)\w*|"
    # The other medical specialities a practice is named after ("Rocky Mountain Gastroenterology",
    # "X Urology Associates", "cabinet de gynécologie", "Praxis für Neurologie"): the word names a
    # doctor's field, which no other trade uses.
    r"gastro-?(?:enterolog|entérolog)\w*|urolog\w*|neurolog\w*|nephrolog\w*|endocrinolog\w*|"
    r"rheumatolog\w*|rhumatolog\w*|h(?:a)?ematolog\w*|hématolog\w*|gyn(?:a?e|é|ä)[ck]olog\w*|obstetric\w*|"
    r"obstétri\w*|verloskund\w*|podiatr\w*|chiropra\w*|audiolog\w*|an(?:a)?esthesi\w*|anesthési\w*|"
    r"anästhesi\w*|orthodont\w*|periodont\w*|endodont\w*|otolaryngolog\w*|oto-rhino\w*|pulmonolog\w*|"
    r"pneumolog\w*|allergolog\w*|urgent care|midwi(?:fe|ves|fery)|"
    # Italian and Spanish hospitals, clinics, pharmacies and health services by name ("Ospedale San
    # Raffaele", "Clínica X", "Policlinico X", "Farmacia X", "Servicio de Salud", "Azienda
    # Sanitaria", "casa di cura", "Centro Médico X"), which English news leaves untranslated.
    r"ospedal\w*|clínic\w*|policlinic\w*|farmac\w*|sanitari(?:a|o|e|as|os)\b|salud\b|"
    r"casa di cura|case di cura|ambulatori\w*|médic[oa]s?\b|"
    # (Italy's local health authorities by their abbreviation and area: "ASL Napoli 3", "ASST
    # Rhodense", "ULSS 6"; "ASL" with its number, as sign language has none: "ASL interpreters")
    r"asl\s(?:[\w-]+\s)?\d|(?:asst|ausl|ulss)\s\w",
    # (public museums and libraries are the state's: GUIDE.md; the library branch comes before "city")
    Sector.GOVERNMENT: r"(?:public|city|county|municipal|national|state) librar(?:y|ies)|bibliothèques? (?:municipale|publique|nationale)s?|"
    r"gouvernement|ministère|ministry|government|commune|mairie|municipal\w*|council\b|"
    r"conseil (?:municipal|départemental|régional)|"
    r"city of|county|gemeente|stad\b|stadsdienst\w*|stadsbestuur|federal|fédéral|administration|public body|"
    rf"{_PUBLIC_AGENCY}|"
    r"stadt(?!werk)\w*|behörde|police|judiciary|parliament|senate|state of|department (?:of|for)|\bcity\b|town of|"
    r"national \w+ office|office of|marshals\b|marshall?s service|"
    r"museum\w*|musée\w*|\w*museum|(?<!credit )(?<!reporting )bureau\b|military|tax (?:service|office|authority|agency)|revenue service|"
    r"embass(?:y|ies)|consulates?\b|ambassade\w*|(?:electoral|election) (?:commission|board|office)s?|"
    r"commission électorale",
    Sector.EDUCATION: r"institutes? of technology|polytechni\w*|universit\w*|école|school\w*|college|lycée|académie|academy|academies|campus|hogeschool|hochschule|education",
    # (a cyber insurance policy is what a victim holds, not what it sells: "says it has cybersecurity
    # insurance, which it expects can offset the costs")
    Sector.FINANCIAL_SERVICES: r"escrow|banque|bank\w*|assurance|(?<!cyber )(?<!cyber-)(?<!cybersecurity )insurance|insurer|financ\w*|crypto exchange|(?<!in\s)exchange\b(?!\sfor)|verzekeraar|"
    r"versicherung|payments? (?:firm|company|provider|processor|giant|services?|platform)|credit union|"
    r"credit (?:reporting )?bureau|fintech|wallet|lender|brokerage|trading|transunion|equifax|experian|bitcoin|"
    r"crypto\w*\s(?:exchange|firm|company|platform|lender|wallet|trading|investment)s?|venture capital|vc\b|"
    r"private equity|investment (?:firm|company|bank|group|research|management|fund|partners|platform|app)|asset manag\w*|hedge fund|"
    r"payment (?:gateway|processing|card)s?|card (?:processor|issuer)s?|moyens? de paiement|betaal\w*|zahlungs\w*|"
    r"defi (?:protocol|platform|project|lender|exchange)s?|decentrali[sz]ed finance|stablecoin\w*",
    # (a shop's "store", not data "stored" or "storage")
    Sector.RETAIL: r"retail\w*|commerce|magasin|supermarch\w*|stores?\b|storefronts?|e-commerce|winkel\w*|einzelhandel|fashion|"
    r"luxury|shop\w*|grocer\w*|restaurant chain|food chain|brands?\b|jewel\w*|apparel|clothing|co-op\b|"
    r"ticketing|department store|e-?tailer|mall\b|shopping cent\w*|fast[- ]food|auto parts|wholesal\w*|"
    r"distribut(?:or|eur)|(?<!pharma )(?<!pharmaceutical )(?<!medical )(?<!health )distribution (?:firm|company|group|giant|business)|grossiste|grande distribution|supermarkt\w*|lebensmittel\w*|"
    r"coffee (?:chain|shop)s?|(?:pizza|burger|sandwich) chains?|(?:car|auto) dealer\w*|dealerships?",
    Sector.MANUFACTURING: r"manufactur\w*|usine|industri\w*|factory|fabrikant|hersteller|automaker|carmaker|"
    r"constructeur|steel|chemical\w*|motor\w*|auto\w* maker|(?<!treatment\s)(?<!nuclear\s)(?<!power\s)plants?\b|engineering (?:company|firm|group)|factor(?:y|ies)|"
    # (the guide's makers of goods: "cosmetics giant", "automotive supplier", "food-processing firm",
    # "Japanese brewer X", "beverage biz")
    r"cosmetic\w*|automotive|tyre\w*|brewer(?:y|ies|s)?\b|distiller(?:y|ies|s)?\b|beverages?\b|shipbuild\w*|"
    r"(?:food|meat|dairy)[- ]process\w*|(?:food|meat|dairy) (?:producer|processor|packer|manufacturer)s?|"
    # ("autoparts company X", "auto parts supplier X" make parts; an "auto parts" retailer sells them)
    r"autoparts|auto parts (?:makers?|manufacturers?|suppliers?)",
    # ("IT giant X", "IT firm X": "IT" is information technology, never the pronoun before these nouns)
    # (not an attack's "techniques")
    Sector.TECHNOLOGY: r"software|logiciel\w*|saas|cloud|tech(?!niq)\w*|éditeur|it services|it (?:giant|firm|company)\b|"
    r"hosting|developer|app\b|messaging (?:apps?|services?|platforms?)|"
    r"platform|online|digital|cyber ?security (?:firm|company|vendor)|electronics|semiconductor|gaming|games\b|"
    r"chipmaker|video game|artificial intelligence|\bai (?:company|firm|startup|library)|library\b|(?:chat)?bots?\b|pcs?\b|laptops?\b|hardware",
    Sector.TELECOMMUNICATIONS: r"télécom\w*|telecom\w*|opérateur|mobile (?:network|operator|provider|carrier)|isp\b|telco|"
    r"carrier|broadband|wireless|satellite|cable (?:tv|operator|provider)",
    Sector.ENERGY: r"stadtwerke?\b|energieversorger\w*|wasserwerk\w*|waterbedrijf|netbeheerder|énergie|energy|utilit\w*|électricité|electricity|gas\b|gaz\b|water\b|eau\b|pipeline|oilfields?\b|"
    r"oil\b|petrol\w*|power (?:company|grid|plant|station)s?|nuclear (?:power )?(?:plant|station|operator)s?|"
    r"(?:water|wastewater|sewage) treatment (?:plant|facility|facilities|works)",
    Sector.TRANSPORTATION: r"transport\w*|airport|aéroport|airline|airways\b|compagnie aérienne|rail\w*|port\b|logisti\w*|"
    r"luchthaven|flughafen|aviation|shipping|maritime|delivery|trucking|car rental|rental car|"
    r"postal\b|courier\w*|parcels?\b|freight\w*|cargo\b",
    # (social media are platforms, not the press: "its head of social media")
    Sector.MEDIA: r"média\w*|(?<!social )media\b|newspaper|journal|broadcaster|télévision|television|radio\b|omroep|news outlet|"
    r"streaming|publisher|\bpost\b|"
    r"(?:news|press) agenc(?:y|ies)|wire service|agences? de presse|persbureau\w*|nachrichtenagentur\w*|"
    r"(?:film|movie) studios?|entertainment (?:company|companies|giant|firm|group|conglomerate)s?",
    # (gambling is a casino's trade, online too: "sports betting biz X"; not "betting on" a plan)
    Sector.HOSPITALITY_LEISURE: r"hotel\w*|casino\w*|resort(?!(?:s|ed|ing)?\sto\b)\w*|restaurant\w*|travel|tourism|hôtel\w*|ice rink|leisure|"
    r"gambling|sports ?betting|betting (?:firm|company|site|platform|operator|giant|biz|group)s?|bookmakers?|sportsbooks?",
    # (an attorney general heads a state's legal office: a public body, `CASED_SECTORS`)
    Sector.LEGAL: r"law firms?|cabinet d'avocats|courts?\b|tribunal|legal|attorney(?!s?[- ]general)\w*|lawyers?|"
    r"conveyanc\w*",
    Sector.DEFENSE: r"military|défense|defen[cs]e (?:contractor|ministry|force|firm|research|industr\w*|company|group)|"
    r"armed forces|army|navy|air force|aerospace|arms maker|weapons maker|armées|bundeswehr|rüstung\w*|defensie",
    Sector.NON_PROFIT: r"charity|ngo\b|non-?profit|not-for-profit|sans but lucratif|asbl\b|vzw\b|gemeinnützig\w*|"
    r"foundation|think tank|association\b|red cross|"
    r"(?:human |civil )?rights (?:group|organi[sz]ation)s?|advocacy (?:group|organi[sz]ation)s?|(?:trade|labou?r) unions?",
}
# Words whose case is their meaning, read case-sensitively after the sector's words (a scoped
# `(?-i:…)` inside them would keep the whole pattern off its fast path: veilleur.text.cased_union).
CASED_SECTORS: dict[Sector, str] = {
    # A body whose name ends with "Department" or is an attorney general's ("the State Department",
    # "Treasury Department", "Pennsylvania Attorney General"): the state's; a department of a firm
    # is written in lower case ("its IT department").
    Sector.GOVERNMENT: r"[A-Z][\w.&'’-]*\sDepartment\b|Attorneys?[- ]General\b",
    # Public transit by its name ("Pittsburgh Regional Transit", "Transit Authority"): not data "in
    # transit", nor a cloud's "Transit Gateway".
    Sector.TRANSPORTATION: r"Transit\b(?![^\S\n]Gateway)",
    # "IT giant X", "IT services firm": the upper-case abbreviation before a firm's noun, not "it".
    Sector.TECHNOLOGY: r"IT\s(?i:giant|firms?|compan(?:y|ies)|provider|services?|consultancy|outsourcer|supplier|vendor|"
    r"contractor|group)\b|"
    # "NHS vendor X", "payroll vendor X": a vendor described before its name sells software or IT
    # to its customers (whose sector the word before it names), not "the vendor released a patch".
    r"(?i:vendor)\s(?=[A-Z])|"
    # "Government contractor X", "federal contractor X", "a state IT supplier": a firm that works for
    # the state sells it services — its customer is the public body, not what the firm is (a
    # defence contractor stays defence: DEFENSE's words).
    r"(?i:government|federal|state|public[- ]sector)\s(?i:IT\s)?(?i:contractors?|suppliers?|vendors?)\s(?=[A-Z])",
}


def _sector_pattern(sector: Sector, words: str) -> Screened | CasedUnion:
    big = screened(rf"(?<!\w)(?:{words})", re.I)
    cased = CASED_SECTORS.get(sector)
    return CasedUnion(big, screened(rf"(?<!\w)(?:{cased})")) if cased else big


_SECTOR_PATTERNS = {sector: _sector_pattern(sector, words) for sector, words in SECTORS.items()}
# read with `count` (and `first` by victim_model)
counted(screens(_SECTOR_PATTERNS.values()))


def sectors_of(text: str) -> list[Sector]:
    """Sectors named in the text, most mentioned first."""
    counts = {sector: pattern.count(text) for sector, pattern in _SECTOR_PATTERNS.items()}
    return [sector for sector, count in sorted(counts.items(), key=lambda kv: -kv[1]) if count]


# A suit over the breach: the lawyers the page names are the suing party's ("Lawyer sees 1,000
# complainants sign up to X breach class action", "the law firm that sent a Letter of Claim to X").
_SUIT = re.compile(
    r"(?i)class[- ]action|lawsuits?|\bsu(?:ed|es|ing)\b|letters? of claim|plaintiffs?|complainants|litigation"
)


def sued(text: str) -> bool:
    """Whether the page (its first 6,000 characters) tells of a suit over the breach: then the law's
    words, read around a victim nothing describes, speak of the suing party (a breached law firm is
    described as one, read before them)."""
    return _SUIT.search(text, 0, 6000) is not None


LEGAL_FORM_END = re.compile(rf",?\s(?:{LEGAL_FORMS})\.?$")


def known_sector(name: str) -> Sector | None:
    """A well-known firm's sector, also for a name it opens whose other words say nothing else
    ("Sony Playstation", "Lumen Technologies": the firm's; not "Orange County", "Apple Bank")."""
    known = KNOWN_SECTORS.get(name.casefold())
    if known or " " not in name:
        return known
    first, rest = name.split(" ", 1)
    known = KNOWN_SECTORS.get(first.casefold())
    if known and set(head_sectors(rest)) <= {Sector.TECHNOLOGY}:
        return known
    return None


# The UK's National Health Service names its bodies ("X Hospital NHS Foundation Trust", "NHS Lothian",
# "NHS England"): British, whatever other country the page names.
_NHS_NAME = re.compile(r"\bNHS\b")


def known_country(name: str) -> str | None:
    """A well-known organisation's country (`KNOWN_COUNTRIES`), also under its legal form ("Centene
    Corporation") or as the known firm its name opens when its other words name the firm's own
    trade ("Santander Bank", "Ascension Health"; not "Orange County", "Apple Bank", nor a unit or a
    namesake its other words leave unsaid: "Vodafone Idea" is an Indian telco) or only its corporate
    name ("DISH Network", "Sony Group"); an NHS body's, the UK."""
    short = LEGAL_FORM_END.sub("", name).casefold()
    known = KNOWN_COUNTRIES.get(name.casefold()) or KNOWN_COUNTRIES.get(short)
    if known:
        return known
    if _NHS_NAME.search(name):
        return "GB"
    first, _, rest = short.partition(" ")
    trade = KNOWN_SECTORS.get(first)
    if rest and trade and first in KNOWN_COUNTRIES and set(head_sectors(rest)) == {trade}:
        return KNOWN_COUNTRIES[first]
    # ("DISH Network", "Sony Group", "Verizon Communications": the firm under its corporate name)
    if first in KNOWN_COUNTRIES and rest and set(rest.split()) <= _CORPORATE_WORDS and not head_sectors(rest):
        return KNOWN_COUNTRIES[first]
    return None


# Words a firm's corporate name adds to its usual one, saying nothing of a unit, a trade or a place.
_CORPORATE_WORDS = frozenset(
    "group groupe gruppe network networks communications holdings holding corporation".split()
)


def head_sectors(text: str) -> list[Sector]:
    """Sectors named in `text`, the one named last first: in a name or a description the last noun
    is the head ("Tbilisi City Mall" is a mall, "multisig wallet platform" a platform, "healthcare
    organisations and telecoms firm Intrado" a telecoms firm)."""
    last: dict[Sector, int] = {}
    for sector, pattern in _SECTOR_PATTERNS.items():
        for match in pattern.finditer(text):
            last[sector] = max(last.get(sector, -1), match.end())
    return sorted(last, key=lambda s: -last[s])


# "Ministry of Health", "Department for Education", "Ministère de la Santé": a preposition whose
# complement is a sector's word names the body's domain, not what the body is.
_DOMAIN = re.compile(r"(?i)\s(?:of|for|de|du|des|van|für)\s(?:the\s|la\s|l['’]|het\s|der\s)?")


# A library or an airline by its name: "British Library", "Library of Congress" (a public
# library, the guide's government; not a software library, written in lower case), "Air Serbia",
# "Korean Air" (not the "Air Force").
_LIBRARY_NAME = re.compile(r"\bLibrar(?:y|ies)\b")
_AIRLINE_NAME = re.compile(r"^Air\s(?!Force\b)[A-Z]|\s(?<!Hot\s)Air$")


# Sectors whose own noun makes a public body's domain an institution of its own ("Department of
# Veterans Affairs Medical Center", "Ministry of Defence School").
_INSTITUTIONS = frozenset({Sector.HEALTHCARE, Sector.EDUCATION})
# A utility named by what it supplies ("Nova Scotia Power", "X Power & Light", "X Power Authority", "X
# Aqueduct and Sewer Authority"), which the energy words read in a text leave out: "power" alone is
# any power, and one word before it may be a person's name ("Samantha Power").
_UTILITY_NAME = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s){2,}Power$|\sPower\s(?:(?:&|and)\sLight|Company|Authority|Corporation|Cooperative|"
    r"District)\b|\b(?:Aqueducts?|Sewer(?:age)?)\b"
)


def name_sectors(name: str) -> list[Sector]:
    """`head_sectors` of an organisation's name, where a body named after its domain is of what its
    words before the domain say ("Ministry of Health" is a ministry, "Bank of Tokyo" a bank); a
    complement that is itself a name keeps its own head ("University of Ostrava Hospital"); a
    library's name is a public body's unless another word names its institution ("Cambridge
    University Library"), an airline's name an airline's."""
    found = _DOMAIN.search(name)
    if found:
        body = head_sectors(name[: found.end()].rstrip())
        domain = name[found.end() :]
        # (a trade its words end with is the domain too, "Office of Information Technology", unless
        # it is an institution of its own: "University of Ostrava Hospital")
        trade = head_sectors(domain)[:1]
        if body and (
            any(p.match(domain) for p in _SECTOR_PATTERNS.values())
            or (body[0] == Sector.GOVERNMENT and trade and trade[0] not in _INSTITUTIONS)
        ):
            return body + [s for s in head_sectors(name) if s not in body]
    if _UTILITY_NAME.search(name):
        return [Sector.ENERGY]
    if _LIBRARY_NAME.search(name):
        return [s for s in head_sectors(name) if s != Sector.TECHNOLOGY] or [Sector.GOVERNMENT]
    if _AIRLINE_NAME.search(name):
        return [Sector.TRANSPORTATION]
    return head_sectors(name)


def first_sectors(text: str) -> list[Sector]:
    """Sectors named in `text`, the one named first first."""
    first: dict[Sector, int] = {}
    for sector, pattern in _SECTOR_PATTERNS.items():
        found = pattern.search(text)
        if found:
            first[sector] = found.start()
    return sorted(first, key=lambda s: first[s])


# "Federal" alone in a firm's name ("Byte Federal", "Fairmont Federal Credit Union") is an adjective
# that names no public body: a body of the state has its own noun ("Federal Bureau of X", "Federal
# Trade Commission", "Bundesamt").
_FEDERAL = re.compile(r"(?i)\b(?:federal|fédérale?s?)\b")


def federal_only(name: str, sector: Sector) -> bool:
    """Whether the name is the state's only through the adjective "federal": without it, its words
    name no public body."""
    return (
        sector == Sector.GOVERNMENT
        and _FEDERAL.search(name) is not None
        and Sector.GOVERNMENT not in name_sectors(_FEDERAL.sub(" ", name))
    )


# A firm that works for others, named after its customers ("Government contractor X").
_CONTRACTOR = re.compile(r"(?i)^(?:contractors?|suppliers?|vendors?)$")


def state_contractor(words: list[str]) -> bool:
    """Whether a description's words end with a contractor named after the state it works for
    ("Government contractor", "federal IT vendor"): a firm that sells to public bodies, not one."""
    return (
        bool(words)
        and _CONTRACTOR.match(words[-1]) is not None
        and (head_sectors(" ".join(words[:-1]))[:1] == [Sector.GOVERNMENT])
    )
