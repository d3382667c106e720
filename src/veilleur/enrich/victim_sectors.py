"""A victim's sectors (models' `Sector`), read from its own words: the sectors' vocabularies in
EN/FR/NL/DE, the well-known firms the news names without describing them, and the rule that picks
a victim's sector — its name's head noun when that is an institution, else the head of how the text
describes it, else its name's, else the sector named nearest to its mentions.
"""

from __future__ import annotations

import re

from veilleur.enrich.nlp import english_words
from veilleur.enrich.victim_descriptions import definite_descriptions, descriptions
from veilleur.models import Sector
from veilleur.text.companies import LEGAL_FORMS
from veilleur.text.prefilter import counted, screened

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
    r"dental|dentist\w*|biotech\w*|nhs\b|medic\w*|care provider|laborator\w*|mutuelle|ziekenfonds|krankenkasse|"
    r"gesundheit\w*|apothe\w*|nursing|care homes?|maison de repos|ehpad|woonzorg\w*|pflege\w*|radiolog\w*|"
    r"dialys\w*|blood (?:bank|service)|huisarts\w*|arztpraxis|cabinet médical|laboratoire|labo\b|ggd\b|ggz\b|"
    r"prescription\w*|therap(?:y|ies|ist\w*)|hospice\w*|ambulan\w*|rettungsdienst\w*|kliniek\w*|medizin\w*|"
    r"centre de soins|soins de santé|assureur santé|assurance (?:santé|maladie)|complémentaire santé|"
    r"nursing homes?|retirement homes?|maison de retraite|verpleeghui\w*|altenheim\w*|seniorenheim\w*|"
    r"diagnostic (?:lab\w*|cent\w*)|patholog\w*|(?:medical|clinical|testing) labs?\b|pharmac\w*|drugstore|"
    r"(?:patient|health) (?:data|records)|ehr\b|thuiszorg|"
    # Care and its professions by name, EN/FR/NL/DE: "physician group", "senior living", "cabinet
    # dentaire", "tandartspraktijk", "Zahnarztpraxis", "polyclinique", "UZ Leuven", "Amsterdam UMC",
    # "CH de Brive".
    r"physician\w*|surg(?:ery|eries|ical|eons?)|senior living|assisted living|home (?:care|health)|"
    r"polycli\w*|poliklin\w*|dentaire|tandarts\w*|zahnarzt\w*|zahnärzt\w*|ärzt\w*|médecin\w*|"
    r"infirmi\w*|kinésithérap\w*|umc\b|uz\s[A-Z]|ch\s(?:de|du|d['’])\s?[A-Z]|optometr\w*|ophthalm\w*|"
    r"optician\w*|kidney|oncolog\w*|cardiolog\w*|dermatolog\w*|orthop(?:a)?edic\w*|p(?:a)?ediatric\w*|"
    r"psychiatr\w*|psychotherap\w*|psycholog\w*|(?:behavioral|mental) health|fertility|medtech|blood test\w*|drug ?makers?|"
    r"labor(?:dienst|kette|verbund|gruppe|betreiber)\w*",
    Sector.GOVERNMENT: r"gouvernement|ministère|ministry|government|commune|mairie|municipal\w*|council\b|"
    r"conseil (?:municipal|départemental|régional)|"
    r"city of|county|gemeente|stadsbestuur|federal|fédéral|administration|agency|agence|public body|"
    r"stadt(?!werk)\w*|behörde|police|judiciary|parliament|senate|state of|department of|\bcity\b|town of|"
    r"national \w+ office|office of|marshals\b|marshall?s service|"
    r"museum\w*|musée\w*|\w*museum|(?<!credit )(?<!reporting )bureau\b|\bagency\b|military|tax (?:service|office|authority|agency)|revenue service",
    Sector.EDUCATION: r"universit\w*|école|school\w*|college|lycée|académie|academy|academies|campus|hogeschool|hochschule|education",
    Sector.FINANCIAL_SERVICES: r"escrow|banque|bank\w*|assurance|insurance|insurer|financ\w*|crypto exchange|(?<!in\s)exchange\b(?!\sfor)|verzekeraar|"
    r"versicherung|payments? (?:firm|company|provider|processor|giant|services?|platform)|credit union|"
    r"credit (?:reporting )?bureau|fintech|wallet|lender|brokerage|trading|transunion|equifax|experian|bitcoin|"
    r"crypto\w*\s(?:exchange|firm|company|platform|lender|wallet|trading|investment)s?|venture capital|vc\b|"
    r"private equity|investment (?:firm|company|bank|group)|asset manag\w*|hedge fund|"
    r"payment (?:gateway|processing|card)s?|card (?:processor|issuer)s?|moyens? de paiement|betaal\w*|zahlungs\w*",
    Sector.RETAIL: r"retail\w*|commerce|magasin|supermarch\w*|store\w*|e-commerce|winkel\w*|einzelhandel|fashion|"
    r"luxury|shop\w*|grocer\w*|restaurant chain|food chain|brands?\b|jewel\w*|apparel|clothing|co-op\b|"
    r"ticketing|department store|e-?tailer|mall\b|shopping cent\w*|fast[- ]food|auto parts|wholesal\w*|"
    r"distribut(?:or|eur)|grossiste|grande distribution|supermarkt\w*|lebensmittel\w*",
    Sector.MANUFACTURING: r"manufactur\w*|usine|industri\w*|factory|fabrikant|hersteller|automaker|carmaker|"
    r"constructeur|steel|chemical\w*|motor\w*|auto\w* maker|plants?\b|engineering (?:company|firm|group)|factor(?:y|ies)",
    Sector.TECHNOLOGY: r"software|logiciel\w*|saas|cloud|tech\w*|éditeur|it services|hosting|developer|app\b|"
    r"platform|online|digital|cyber ?security (?:firm|company|vendor)|electronics|semiconductor|gaming|games\b|"
    r"chipmaker|video game|artificial intelligence|\bai (?:company|firm|startup|library)|library\b",
    Sector.TELECOMMUNICATIONS: r"télécom\w*|telecom\w*|opérateur|mobile (?:network|operator|provider|carrier)|isp\b|telco|"
    r"carrier|broadband|wireless|satellite|cable (?:tv|operator|provider)",
    Sector.ENERGY: r"stadtwerke?\b|energieversorger\w*|wasserwerk\w*|waterbedrijf|netbeheerder|énergie|energy|utilit\w*|électricité|electricity|gas\b|gaz\b|water\b|eau\b|pipeline|"
    r"oil\b|petrol\w*|power (?:company|grid|plant)",
    Sector.TRANSPORTATION: r"transport\w*|airport|aéroport|airline|compagnie aérienne|rail\w*|port\b|logisti\w*|"
    r"luchthaven|flughafen|aviation|shipping|maritime|delivery|trucking|car rental|rental car",
    Sector.MEDIA: r"média\w*|media\b|newspaper|journal|broadcaster|télévision|television|radio\b|omroep|news outlet|"
    r"streaming|publisher|\bpost\b",
    Sector.HOSPITALITY_LEISURE: r"hotel\w*|casino\w*|resort(?!(?:s|ed|ing)?\sto\b)\w*|restaurant\w*|travel|tourism|hôtel\w*|ice rink|leisure",
    Sector.LEGAL: r"law firm|cabinet d'avocats|court\b|tribunal|legal|attorney\w*|lawyers?|conveyanc\w*",
    Sector.DEFENSE: r"military|défense|defen[cs]e (?:contractor|ministry|force|firm|research|industr\w*|company|group)|"
    r"armed forces|army|navy|air force|aerospace|arms maker|weapons maker|armées|bundeswehr|rüstung\w*|defensie",
    Sector.NON_PROFIT: r"charity|ngo\b|non-?profit|not-for-profit|sans but lucratif|asbl\b|vzw\b|gemeinnützig\w*|"
    r"foundation|think tank|association\b|red cross",
}
_SECTOR_PATTERNS = {sector: screened(rf"(?<!\w)(?:{p})", re.I) for sector, p in SECTORS.items()}
counted(_SECTOR_PATTERNS.values())  # read with `count` (and `first` by victim_model)


def sectors_of(text: str) -> list[Sector]:
    """Sectors named in the text, most mentioned first."""
    counts = {sector: pattern.count(text) for sector, pattern in _SECTOR_PATTERNS.items()}
    return [sector for sector, count in sorted(counts.items(), key=lambda kv: -kv[1]) if count]


# Sectors of organisations the news names without describing them (common knowledge).
_KNOWN: dict[Sector, str] = {
    Sector.TELECOMMUNICATIONS: "AT&T, T-Mobile, Verizon, Vodafone, Orange, Telefónica, Deutsche Telekom, BT, Proximus, KPN, "
    "Telenet, Comcast, Dish, Sprint, Lumen, Cellcom, Optus, Singtel, SFR, Bouygues Telecom, Swisscom, Telia, "
    "Telstra, O2, EE",
    Sector.MEDIA: "BBC, CNN, Reuters, New York Times, Washington Post, Fox News, Le Monde, RTBF, VRT, NOS, ARD, ZDF, "
    "Associated Press, Bloomberg, Guardian",
    Sector.RETAIL: "Target, Walmart, Home Depot, Ticketmaster, Marks & Spencer, Marks and Spencer, M&S, Co-op, "
    "Harrods, Cartier, Gucci, Balenciaga, Adidas, Nike, IKEA, Carrefour, Delhaize, Colruyt, Albert Heijn, Lidl, "
    "Aldi, Kering, Louis Vuitton, Dior",
    Sector.FINANCIAL_SERVICES: "MoneyGram, Visa, Mastercard, PayPal, Coinbase, Binance, Bybit, Western Union, American Express, "
    "JPMorgan, Goldman Sachs, Wells Fargo, Bank of America, HSBC, BNP Paribas, ING, KBC, Belfius",
    Sector.TECHNOLOGY: "Microsoft, Google, Apple, Amazon, Meta, Oracle, Cisco, IBM, Dell, HP, Samsung, LG, MediaTek, "
    "Acer, Asus, Lenovo, Salesforce, Snowflake, Okta, LastPass, GitHub, GitLab, Reddit, Twitter, Discord",
}
KNOWN_SECTORS = {n.strip().casefold(): sector for sector, names in _KNOWN.items() for n in names.split(",")}


def head_sectors(text: str) -> list[Sector]:
    """Sectors named in `text`, the one named last first: in a name or a description the last noun
    is the head ("Tbilisi City Mall" is a mall, "multisig wallet platform" a platform, "healthcare
    organisations and telecoms firm Intrado" a telecoms firm)."""
    last: dict[Sector, int] = {}
    for sector, pattern in _SECTOR_PATTERNS.items():
        for match in pattern.finditer(text):
            last[sector] = max(last.get(sector, -1), match.end())
    return sorted(last, key=lambda s: -last[s])


# Sectors a name's own head noun settles whatever the text adds ("X University Hospital", "City of X").
_INSTITUTION_SECTORS = {Sector.HEALTHCARE, Sector.EDUCATION, Sector.GOVERNMENT}
# A person's role in front of the name or in its apposition: the victim is an individual.
_ROLES = (
    r"(?:journalist|reporter|activist|dissident|singer|actor|actress|rapper|musician|celebrity|"
    r"politician|senator|lawmaker|MP|candidate|founder|co-founder|CEO|executive|chairman|lawyer|"
    r"influencer|youtuber|streamer|scam-hunter|blogger|researcher|professor|student|"
    r"journaliste|militant|chanteur|chanteuse|avocat|activiste|Journalistin|Aktivist)s?"
)
_ROLE = re.compile(rf"(?i)\b{_ROLES}$")


# A role after the name's comma ("X, a BBC journalist"), or right before the name ("activist X").
_ROLE_AFTER = re.compile(rf",\s(?:[\w&'’-]+\s){{0,3}}?(?i:{_ROLES})\b")
_ROLE_BEFORE = re.compile(rf"\b(?i:{_ROLES})\s\Z")
_LONGEST_ROLE = 20  # characters of the longest role word, its plural "s" and the space, and more


def _role_apposition(name: str, head: str) -> bool:
    r"""Whether `head` writes a role as the name's apposition or title: what the pattern
    `(?<!\w)NAME,\s(?:[\w&'’-]+\s){0,3}?ROLE\b|\bROLE\sNAME(?!\w)` finds, read at each place
    the name is written (checked in the string itself: lookarounds see the characters outside
    the positions given), without compiling that pattern for every name."""
    at = head.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _WORD_CHAR.match(head, at - 1)) and _ROLE_AFTER.match(head, end):
            return True
        if (end == len(head) or not _WORD_CHAR.match(head, end)) and _ROLE_BEFORE.search(
            head, max(0, at - _LONGEST_ROLE), at
        ):
            return True
        at = head.find(name, at + 1)
    return False


_WORD_CHAR = re.compile(r"\w")


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _around_nearest(name: str, text: str) -> list[Sector]:
    """The sector named nearest to the name's mentions (within 60 characters and its own sentence,
    first 6,000 of text): a word of the next sentence speaks of something else ("...hacked NASCAR.
    Also listed: British high schools")."""
    written = re.escape(name)
    head = text[:6000]
    best: dict[Sector, int] = {}
    for m in re.finditer(rf"(?<!\w){written}(?!\w)", head):
        lo, hi = max(0, m.start() - 60), m.end() + 60
        ends = [e.end() for e in _SENTENCE_END.finditer(head, lo, m.start())]
        lo = ends[-1] if ends else lo
        after = _SENTENCE_END.search(head, m.end(), hi)
        hi = after.start() if after else hi
        for sector, pattern in _SECTOR_PATTERNS.items():
            for found in pattern.finditer(head, lo, hi):
                gap = m.start() - found.end() if found.end() <= m.start() else found.start() - m.end()
                best[sector] = min(best.get(sector, 10**6), max(0, gap))
    return sorted(best, key=lambda s: best[s])


# An insurer the article elsewhere says is one of health ("the insurer", "l'assureur").
_INSURER = re.compile(r"(?i)^(?:insurers?|assureurs?|verzekeraars?|versicherer)$")
_HEALTH_INSURANCE = screened(
    r"(?i)health insur\w*|health (?:fund|plan)|zorgverzekeraar|krankenversicherung|krankenkasse|mutuelle|"
    r"assureur santé|assurance (?:santé|maladie)|complémentaire santé"
)


def _description_sectors(description: str, text: str) -> list[Sector]:
    """`head_sectors` of a description, where a bare insurer is of health when the article speaks of
    health insurance ("Medibank, Australia's largest health insurer … the insurer said")."""
    if _INSURER.match(description.split()[-1]) and _HEALTH_INSURANCE.search(text[:6000]):
        return [Sector.HEALTHCARE]
    return head_sectors(description)


def definite_sectors(text: str) -> list[Sector]:
    """The sector the article's definite descriptions name most ("the insurer said", "l'établissement
    de santé", "het ziekenhuis", "das Krankenhaus"), the first named on a tie; [] when none does.
    Read only for an article's sole victim: they speak of it."""
    counts: dict[Sector, int] = {}
    for description in definite_descriptions(text):
        found = _description_sectors(description, text)[:1]
        for sector in found:
            counts[sector] = counts.get(sector, 0) + 1
    return sorted(counts, key=lambda s: -counts[s])[:1]


def victim_sectors(name: str, text: str, described_as: str = "", sole: bool = False) -> list[Sector]:
    """`own_sectors`, else the sector named nearest to the victim's mentions."""
    return (
        own_sectors(name, text, described_as, sole)
        or _around_nearest(name, text)[:1]
        or (_dominant(text) if sole else [])
    )


def _dominant(text: str) -> list[Sector]:
    """The sector the lead names most, when it names one at least twice and more than any other."""
    counts = {sector: pattern.count(text[:1500]) for sector, pattern in _SECTOR_PATTERNS.items()}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
        return [ranked[0][0]]
    return []


def own_sectors(name: str, text: str, described_as: str = "", sole: bool = False) -> list[Sector]:
    """The victim's sectors: a well-known firm's; an individual's when a person's role describes it
    ("BBC journalist X"); its own name's head when that is an institution ("X University
    Hospital"); else how the article describes it ("Multinational telco X", "X, a UK engineering
    company", "X, Australia's largest health insurer", "X est un assureur santé"); else its name's;
    else, for an article's `sole` victim, its definite descriptions' ("the insurer said"); else []."""
    # "London Stock Exchange-listed" says where its shares trade, not what it does.
    described = [re.sub(r"(?i)\S*(?:stock exchange|nasdaq|nyse)\S*", "", d) for d in descriptions(name, text)]
    known = KNOWN_SECTORS.get(name.casefold())
    if known:
        return [known]
    before = [described_as.strip(" ,"), *described]
    # "Joe Bloggs, a BBC journalist", "Ann Lee, founder and CEO at X": an apposition that is a role.
    apposition = _role_apposition(name, text[:6000])
    if (apposition or any(_ROLE.search(d) for d in before if d)) and not head_sectors(name):
        return [Sector.INDIVIDUALS]
    own = head_sectors(name)
    if own and own[0] in _INSTITUTION_SECTORS:
        return own[:2]
    for source in described:
        found = _description_sectors(source, text) if source.strip() else []
        if found:
            return found[:2]
    found = head_sectors(described_as)
    if found:
        return found[:2]
    return own[:2] or (definite_sectors(text) if sole else [])


_PERSON_LABELS = {"PERSON", "PER"}
# How a text writes an organisation, not a person, even when the recogniser calls its name a
# person's ("Estée Lauder", "Johnson Controls"): an event or a belonging of the name.
_ORGANISATION_AFTER = re.compile(
    r"(?:['’]s)?\s(?:attack|breach|incident|hack|data breach|customers?|clients?|employees|staff|systems?|"
    r"networks?|website|stores?|shares?|products?|brands?|spokes(?:person|man|woman)|Inc|Corp|Ltd|LLC|Group)\b"
)
# A person's title or honorific right before the name.
_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|President|President-elect|Vice President|Senator|Sen|Rep|Governor|Gov|Minister|"
    r"Prime Minister|Mayor|Judge|Professor|Prof|M|Mme|Herr|Frau|meneer|mevrouw)\.?\s$"
)
# A person's role right before the name, in lower case ("audience producer X", "scam-hunter X"):
# a noun of an agent, not a comparative or a determiner ("another", "newer").
_ROLE_NOUN_BEFORE = re.compile(
    r"\b(?!(?:another|other|former|latter|under|over|after|never|ever|however|whether|either|neither|rather|"
    r"further|together|newer|older|larger|bigger|smaller|earlier|later|her|their|per|outer|inner|upper|lower)\s)"
    r"[a-z][a-z-]+(?:er|ist|ian|student|senator|actor|author|editor|director|investor|doctor|governor|mayor)\s$"
)
# He or she (not "it", "they") right after the name's sentence begins: the name is a person's.
_GENDERED = re.compile(r"\b(?:he|she|his|her|him|herself|himself)\b")
# A person's name: two to four capitalised words or initials ("Julie-Anne Kearns", "Donald J. Trump").
_NAME_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*"  # "Julie-Anne", "O’Brien"
_PERSON_SHAPE = re.compile(rf"{_NAME_WORD}(?:\s(?:[A-Z]\.|{_NAME_WORD})){{1,3}}")


# A name ending with an organisation's word is no person's ("Safran Group", "Kessler & Partners").
_ORGANISATION_WORD = re.compile(
    rf"\s(?:Group|Groupe|Gruppe|Groep|{LEGAL_FORMS}|Holdings?|Company|Co|"
    r"Partners|Associates|Bank|Foundation|Stiftung|Fondation|Stichting|Institute|Institut)\.?$"
)


def _organisation_usage(name: str, text: str) -> bool:
    """Whether the text writes `name` as an organisation's ("the recent Estée Lauder attack")."""
    return any(_ORGANISATION_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name), text[:6000]))


def _person_evidence(name: str, text: str) -> bool:
    """A title or a role right before one of its mentions, "he"/"she" in the words after one, or
    its last word written alone elsewhere (a surname: "Kearns complied")."""
    head = text[:6000]
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", head):
        before = head[max(0, m.start() - 30) : m.start()]
        if _TITLE_BEFORE.search(before) or _ROLE_NOUN_BEFORE.search(before):
            return True
        if _GENDERED.search(head, m.end(), m.end() + 80):
            return True
    last = name.split()[-1]
    if last.casefold() in english_words():
        return False  # "Data" of "National Public Data" is a word, not a surname
    alone = re.compile(rf"(?<![\w.'’-])(?<![A-Z][a-z]\s){re.escape(last)}(?![\w'’-])(?!\s[A-Z])")
    rest = head.replace(name, " ")
    return len(last) > 2 and alone.search(rest) is not None


def named_person(name: str, text: str, label: str | None) -> bool:
    """Whether the victim `name` is a person: the recogniser says so of a name of several words, or
    the name has a person's shape and the text treats it as one; never when the text writes it as
    an organisation's."""
    if _organisation_usage(name, text) or _ORGANISATION_WORD.search(name):
        return False
    if label in _PERSON_LABELS and " " in name:
        return True
    # "an investor named Tony", "une retraitée prénommée Anne", "een vrouw genaamd Els": introduced as one.
    if label in _PERSON_LABELS and re.search(
        rf"\b(?:named|called|nommée?|prénommée?|appelée?|genaamd|genannt|namens)\s{re.escape(name)}\b", text
    ):
        return True
    return (
        _PERSON_SHAPE.fullmatch(name) is not None
        and not name.startswith(("The ", "La ", "Le ", "De ", "Die ", "Der "))
        and not head_sectors(name)
        and not any(w.casefold() in KNOWN_SECTORS for w in name.split())
        and _person_evidence(name, text)
    )


def sector_of_victim(
    name: str, own_text: str, described_as: str, label: str | None, text: str, sole: bool = False
) -> list[Sector]:
    """A victim's sectors: a person's ([individuals] unless the text says what it is), else
    `victim_sectors` in its own text (a roundup's item), else its own words in the whole page."""
    if named_person(name, own_text, label):
        return own_sectors(name, own_text, described_as) or [Sector.INDIVIDUALS]
    return victim_sectors(name, own_text, described_as, sole) or (
        own_sectors(name, text) if own_text != text else []
    )
