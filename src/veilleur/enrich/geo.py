"""Countries an article is about (ISO 3166-1 alpha-2): country names and capitals from the MISP
country galaxy (English), every country's name in English, French, Dutch and German from babel's
CLDR data ("Pérou", "Peru", "Jordanie"), plus demonyms, regional towns our users' local news name
without saying the country ("Herstal", "Roeselare") and the US states and largest cities."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.galaxies import clusters
from veilleur.enrich.geo_saints import saint_in_a_name
from veilleur.text.countries import territories
from veilleur.text.folded import folded_source
from veilleur.text.prefilter import fold
from veilleur.text.trie import alternation

# Names the galaxy does not carry: other languages, demonyms, and towns of the regions we watch.
EXTRA: dict[str, str] = {
    # Belgium
    "belgique": "BE", "belge": "BE", "belges": "BE", "belgië": "BE", "belgie": "BE", "belgien": "BE",
    "belgian": "BE", "belgisch": "BE", "belgische": "BE", "bruxelles": "BE", "brussel": "BE", "brussels": "BE",
    "liège": "BE", "liege": "BE", "luik": "BE", "herstal": "BE", "seraing": "BE", "verviers": "BE",
    "namur": "BE", "namen": "BE", "charleroi": "BE", "mons": "BE", "bergen": "BE", "tournai": "BE",
    "arlon": "BE", "wavre": "BE", "huy": "BE", "anvers": "BE", "antwerpen": "BE", "antwerp": "BE",
    "gand": "BE", "gent": "BE", "ghent": "BE", "bruges": "BE", "brugge": "BE", "louvain": "BE",
    "leuven": "BE", "ostende": "BE", "oostende": "BE", "courtrai": "BE", "kortrijk": "BE",
    "roeselare": "BE", "malines": "BE", "mechelen": "BE", "hasselt": "BE", "genk": "BE", "wallonie": "BE",
    "flandre": "BE", "vlaanderen": "BE", "flanders": "BE", "wallonia": "BE",
    # France
    "française": "FR", "français": "FR", "françaises": "FR", "frankrijk": "FR", "frankreich": "FR",
    "french": "FR", "paris": "FR", "lyon": "FR", "marseille": "FR", "lille": "FR", "toulouse": "FR",
    "bordeaux": "FR", "nantes": "FR", "strasbourg": "FR", "rennes": "FR", "montpellier": "FR",
    "grenoble": "FR", "rouen": "FR", "brest": "FR", "corbeil-essonnes": "FR", "armentières": "FR",
    # Luxembourg, Switzerland, Netherlands, Germany
    "luxembourgeois": "LU", "luxemburg": "LU", "suisse": "CH", "schweiz": "CH", "zwitserland": "CH",
    "swiss": "CH", "genève": "CH", "lausanne": "CH", "zurich": "CH", "zürich": "CH",
    "pays-bas": "NL", "nederland": "NL", "niederlande": "NL", "dutch": "NL", "néerlandais": "NL",
    "néerlandaise": "NL", "rotterdam": "NL", "utrecht": "NL", "den haag": "NL", "la haye": "NL",
    "allemagne": "DE", "duitsland": "DE", "deutschland": "DE", "german": "DE", "allemand": "DE",
    "allemande": "DE", "münchen": "DE", "munich": "DE", "hamburg": "DE", "köln": "DE", "frankfurt": "DE",
    # Others often in the news
    "états-unis": "US", "etats-unis": "US", "américain": "US", "américaine": "US", "american": "US",
    "u.s.": "US", "u.s.a.": "US", "usa": "US", "é.-u.": "US", "e.-u.": "US", "u.k.": "GB", "r.-u.": "GB", "verenigde staten": "US", "royaume-uni": "GB", "britannique": "GB",
    "british": "GB", "uk": "GB", "england": "GB", "angleterre": "GB", "chine": "CN", "chinois": "CN",
    "chinese": "CN", "russie": "RU", "russe": "RU", "russes": "RU", "russian": "RU", "rusland": "RU",
    "russland": "RU", "ukrainien": "UA", "ukrainian": "UA", "oekraïne": "UA", "corée du nord": "KP",
    "north korea": "KP", "north korean": "KP", "nord-coréen": "KP", "iranien": "IR", "iranian": "IR",
    "israël": "IL", "israeli": "IL", "espagne": "ES", "spanish": "ES", "italie": "IT", "italian": "IT",
    "japon": "JP", "japanese": "JP", "inde": "IN", "indian": "IN", "canadien": "CA", "canadian": "CA",
    "australie": "AU", "australian": "AU", "brésil": "BR", "brazilian": "BR",
    # The United Kingdom by its other names and nations ("Britain's X", "a Scottish council", "Glasgow
    # City Council"): "Northern Ireland" is no part of Ireland, whose name it holds.
    "britain": "GB", "great britain": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "glasgow": "GB", "edinburgh": "GB", "manchester": "GB", "liverpool": "GB", "leeds": "GB",
    "belfast": "GB", "cardiff": "GB", "sheffield": "GB", "nottingham": "GB",
    # A country's own name, which its firms' local units carry ("X Italia", "X España", "X Polska").
    "italia": "IT", "españa": "ES", "brasil": "BR", "polska": "PL", "türkiye": "TR", "nippon": "JP",
    # Provinces, states and largest cities of countries English news names without the country
    # ("Toronto District School Board", "a Queensland hospital", "Bengaluru-based X"); not those
    # another country shares ("Perth", "Hyderabad"), first names ("Sydney", "Milan", "Adelaide")
    # nor a firm's name ("Bristol Myers Squibb").
    "ontario": "CA", "quebec": "CA", "québec": "CA", "british columbia": "CA", "alberta": "CA",
    "manitoba": "CA", "saskatchewan": "CA", "nova scotia": "CA", "new brunswick": "CA", "toronto": "CA",
    "montreal": "CA", "montréal": "CA", "vancouver": "CA", "calgary": "CA", "edmonton": "CA",
    "winnipeg": "CA", "new south wales": "AU", "queensland": "AU", "tasmania": "AU",
    "melbourne": "AU", "brisbane": "AU", "mumbai": "IN", "bengaluru": "IN",
    "bangalore": "IN", "chennai": "IN", "kolkata": "IN", "pune": "IN", "shanghai": "CN",
    "shenzhen": "CN", "guangzhou": "CN", "hangzhou": "CN", "osaka": "JP", "são paulo": "BR",
    "sao paulo": "BR", "rio de janeiro": "BR", "barcelona": "ES", "bavaria": "DE",
    "bayern": "DE", "stuttgart": "DE", "düsseldorf": "DE", "dusseldorf": "DE", "cologne": "DE",
    "dubai": "AE", "abu dhabi": "AE", "tel aviv": "IL", "istanbul": "TR", "auckland": "NZ",
}  # fmt: skip
# The United States' states and largest cities, which English news writes without the country
# ("New York's X Hospital", "a Texas county", "Seattle-based X"). Not those that are also a
# first name or a surname ("Virginia", "Austin", "Charlotte", "Denver", "Jackson", "Cleveland"), a
# malware's name ("Phoenix") or another country's place ("Portland", "Richmond", "Georgia").
_US_PLACES = (
    "alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, "
    "idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, "
    "michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, "
    "new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, "
    "rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, west virginia, "
    "wisconsin, wyoming, new york city, nyc, los angeles, chicago, houston, philadelphia, san antonio, "
    "san diego, dallas, san francisco, seattle, boston, detroit, baltimore, atlanta, miami, minneapolis, "
    "pittsburgh, new orleans, las vegas, sacramento, nashville, st. louis, salt lake city, kansas city, "
    "indianapolis, milwaukee, cincinnati, tampa, oklahoma city, memphis, louisville, honolulu, "
    "albuquerque, tucson, fort worth, el paso, oakland, san jose, silicon valley"
)
# The states as the AP writes them after a town ("Concord, Calif.", "Nashville, Tenn."), but those
# that are also words or names ("Ind.", "Miss.", "Md.", "Wash.", "La.", "Del.", "Me.", "Ga.").
_US_STATE_ABBREVIATIONS = (
    "ala., ariz., ark., calif., colo., conn., fla., kan., ky., mass., mich., minn., mont., neb., nev., "
    "n.h., n.j., n.m., n.y., n.c., n.d., okla., ore., pa., r.i., s.c., s.d., tenn., tex., vt., wis., wyo."
)
US_PLACES = {name.strip(): "US" for name in f"{_US_PLACES},{_US_STATE_ABBREVIATIONS}".split(",")}
# English demonyms: news describes a firm by its people's adjective ("Bangladeshi drugs maker
# X", "Malaysian pharma firm Y"); without them the victim took the one country its list named.
# ("Korean" alone is two countries, "Polish" a verb: left out.)
# Only a victim's own words read them (`victim_country`): the page's countries are named ones.
DEMONYMS: dict[str, str] = {
    "south korean": "KR", "taiwanese": "TW", "thai": "TH", "malaysian": "MY", "bangladeshi": "BD",
    "vietnamese": "VN", "singaporean": "SG", "indonesian": "ID", "pakistani": "PK", "filipino": "PH",
    "sri lankan": "LK", "nepalese": "NP", "afghan": "AF", "turkish": "TR", "mexican": "MX",
    "swedish": "SE", "norwegian": "NO", "finnish": "FI", "danish": "DK", "icelandic": "IS", "czech": "CZ",
    "austrian": "AT", "irish": "IE", "scottish": "GB", "welsh": "GB", "portuguese": "PT", "greek": "GR",
    "romanian": "RO", "hungarian": "HU", "bulgarian": "BG", "serbian": "RS", "croatian": "HR",
    "slovak": "SK", "slovenian": "SI", "lithuanian": "LT", "latvian": "LV", "estonian": "EE",
    "belarusian": "BY", "moldovan": "MD", "kazakh": "KZ", "saudi": "SA", "emirati": "AE", "qatari": "QA",
    "kuwaiti": "KW", "bahraini": "BH", "jordanian": "JO", "lebanese": "LB", "iraqi": "IQ", "syrian": "SY",
    "egyptian": "EG", "moroccan": "MA", "algerian": "DZ", "tunisian": "TN", "nigerian": "NG",
    "kenyan": "KE", "ghanaian": "GH", "ethiopian": "ET", "argentinian": "AR", "chilean": "CL",
    "colombian": "CO", "peruvian": "PE", "venezuelan": "VE", "cuban": "CU",
    # (the rest of the world's, as the press describes a firm: "South African Airways", "a Puerto
    # Rican utility", "Maltese gaming firm X", "a Flemish hospital")
    "south african": "ZA", "puerto rican": "PR", "argentine": "AR", "ecuadorian": "EC",
    "uruguayan": "UY", "paraguayan": "PY", "bolivian": "BO", "costa rican": "CR", "panamanian": "PA",
    "guatemalan": "GT", "honduran": "HN", "nicaraguan": "NI", "salvadoran": "SV", "jamaican": "JM",
    "haitian": "HT", "armenian": "AM", "azerbaijani": "AZ", "uzbek": "UZ", "mongolian": "MN",
    "cambodian": "KH", "burmese": "MM", "omani": "OM", "yemeni": "YE", "libyan": "LY", "sudanese": "SD",
    "ugandan": "UG", "tanzanian": "TZ", "zimbabwean": "ZW", "zambian": "ZM", "rwandan": "RW",
    "cameroonian": "CM", "senegalese": "SN", "ivorian": "CI", "angolan": "AO", "namibian": "NA",
    "mauritian": "MU", "maltese": "MT", "cypriot": "CY", "albanian": "AL", "bosnian": "BA",
    "montenegrin": "ME", "luxembourgish": "LU", "flemish": "BE", "walloon": "BE", "fijian": "FJ",
    "maldivian": "MV", "bhutanese": "BT", "kyrgyz": "KG", "tajik": "TJ", "turkmen": "TM",
    # the British press's short words ("Brit telco X", "Aussie insurer Y")
    "brit": "GB", "aussie": "AU",
}  # fmt: skip
# (Abbreviations with dots: "U.S.", "U.K.", French "É.-U." and "R.-U."; "E.U." is no country.)
# French and Dutch write these in lower case; every other place name must be capitalised.
LOWERCASE_OK = set(
    """
    belge belges français française françaises russe russes chinois allemand allemande américain
    américaine britannique néerlandais néerlandaise ukrainien iranien nord-coréen canadien
    luxembourgeois belgisch belgische
    """.split()
)
# Names that are ordinary words, first names or ambiguous in news text, in any of our languages:
# "Georgia" and "Géorgie" are also a US state, "Dominique", "Maurice", "Salvador" and "Chad" first
# names, "Grenade" a weapon, "La Réunion" a meeting at a sentence's start, "Island" (German for
# Iceland) and "Norfolk" (Dutch) English words. Capitals that name larger or nearer places elsewhere
# ("Victoria" an Australian state and Canadian city, "Hamilton" Canadian and New Zealand cities,
# "Kingston" a Canadian city and London's borough, "Georgetown" a Washington district) or an English
# word ("Male") would give a victim a far country.
_SKIP = {
    "victoria",
    "hamilton",
    "kingston",
    "georgetown",
    "male",
    "jersey",
    "georgia",
    "géorgie",
    "chad",
    "guinea",
    "niger",
    "china town",
    "turkey",
    "mali",
    "oman",
    "nice",
    "dominique",
    "maurice",
    "salvador",
    "grenade",
    "la réunion",
    "réunion",
    "island",
    "norfolk",
    "ascension",
}
# babel's languages for country names: those of the regions we watch and English.
LANGUAGES = ("en", "fr", "nl", "de")
# CLDR territory codes that are not ISO 3166-1 countries: the EU, the UN, the euro zone, CLDR's
# "outlying" and pseudo-regions, and places ISO counts under another country (Ceuta, Canaries).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"}
_AND = {"en": "and", "fr": "et", "nl": "en", "de": "und"}


def _babel_names() -> dict[str, str]:
    """Lower-cased country name → ISO code, in `LANGUAGES`, with the forms articles write too:
    "Côte d'Ivoire" with an ASCII apostrophe, "Trinidad and Tobago" for CLDR's "&", "Myanmar" and
    "Burma" for "Myanmar (Burma)". Names in `_SKIP` are left out."""
    names: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in territories(language).items():
            if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
                continue
            forms = [name, name.replace("’", "'"), name.replace(" & ", f" {_AND[language]} ")]
            bracket = re.fullmatch(r"(.+?) \((.+)\)", name)
            if bracket:
                forms += [bracket.group(1), bracket.group(2)]
            for form in forms:
                key = form.lower()
                if " - " not in key and key not in _SKIP:  # "Congo - Kinshasa": "Congo" alone is two
                    names.setdefault(key, code)
    return names


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], str]:
    """Lower-cased place name → ISO code, and the places' pattern (to read ignoring case)."""
    names: dict[str, str] = {}
    cluster = clusters().get("country")
    if cluster is not None:
        for value in cluster.cluster_values.values():
            extra = getattr(value.meta, "additional_properties", None) or {}
            code = extra.get("ISO")
            if not code:
                continue
            for name in (value.value, extra.get("Capital", "")):
                if name and name.lower() not in _SKIP:
                    names.setdefault(name.lower(), code)
    for name, code in _babel_names().items():
        names.setdefault(name, code)
    names.update(EXTRA)
    names.update(US_PLACES)
    # One branch per character (text.trie), not 627 names tried at each word: same matches.
    # A place joined by a hyphen is another word ("Russia-Ukraine", "China-linked"), but where a firm
    # is based is its place ("a Ukraine-based developer", "Texas-headquartered X"), and so is its
    # owners' ("the Swiss-owned hospital group X").
    return names, r"(?<![\w-])(" + alternation(names) + r")(?![\w]|-(?!based\b|headquartered\b|owned\b))"


@lru_cache(maxsize=1)
def _folded_gazetteer() -> re.Pattern[str] | None:
    """The places' pattern rewritten for the folded text (`veilleur.text.folded`): the same spans,
    found faster; the names are read back from the text as written. The pattern ignoring case is
    compiled only when it cannot be rewritten (`_gazetteer_pattern`): 0.04 s of every start-up."""
    return folded_source(_gazetteer()[1], re.I)


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> re.Pattern[str]:
    return re.compile(_gazetteer()[1], re.I)


# A place opening a longer proper name that names a school, a street or a church after someone: "the
# San Juan Bosco secondary school" (a Spanish school named after a saint) is not in Puerto Rico. The
# name's other words are capitalised and the noun saying what it names follows them.
# A place's own district, county or public body keeps it ("Toronto District School Board", "Examplecity
# Public School"), and so does a name that goes on after the noun ("… School Board") or a possessive
# ("University of Nevada Reno's Reynolds School": Reno's school).
_NAMED_AFTER = re.compile(
    r"(?:[^\S\n](?!(?:District|County|City|Public|State|Unified|Area|Regional|Municipal|Community|"
    r"Independent|Central|Board)\b)[A-Z][\w-]+(?!['’\w-])){1,2}[^\S\n]"
    r"(?:(?i:secondary|high|primary|elementary|middle|grammar|catholic)[^\S\n])?"
    r"(?i:school|street|road|avenue|church|cathedral|parish|chapel|basilica|lyceum|colegio|instituto|"
    r"calle|avenida|iglesia)\b(?![^\S\n][A-Z])"
)


def _place_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each place name the gazetteer's pattern finds in the text, but for a place
    that only opens the name of a school, street or church (`_NAMED_AFTER`) and a saint's name
    inside a hospital's or a church's ("CHU Saint-Pierre", "AZ Sint-Maarten": `geo_saints`)."""
    folded = _folded_gazetteer()
    if folded is None:
        spans = [match.span(1) for match in _gazetteer_pattern().finditer(text)]
    else:
        spans = [match.span(1) for match in folded.finditer(fold(text))]
    return [
        (start, end)
        for start, end in spans
        if not _NAMED_AFTER.match(text, end) and not saint_in_a_name(text, start, end)
    ]


# The letters the places' pattern (case-insensitive, or on the folded text) reads as "i" and "s" but
# whose lower case is another: "İSTANBUL" lowers to "i̇stanbul" (a dotted i of two characters), "ı"
# and "ſ" stay themselves; a page writing them crashed the lookup of the name's country.
_SIMPLE_LOWER = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _key(written: str) -> str:
    """The gazetteer's key of a place name as the text writes it."""
    return written.translate(_SIMPLE_LOWER).lower()


def place_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each place `country_positions` finds: capitalised, or a lower-case demonym."""
    return [
        (start, end)
        for start, end in _place_spans(text)
        if text[start].isupper() or _key(text[start:end]) in LOWERCASE_OK
    ]


def country_positions(text: str) -> list[tuple[str, int]]:
    """(ISO code, character offset) of each place named, in order; same capitalisation rule."""
    names, _ = _gazetteer()
    out = []
    for start, end in _place_spans(text):
        written = text[start:end]
        if (written[0].isupper() or _key(written) in LOWERCASE_OK) and _key(written) in names:
            out.append((names[_key(written)], start))
    return out


def is_place(name: str) -> bool:
    """Whether the whole name is a place or its people's adjective ("Iran", "Syrian", "North
    Korean"), not a name holding one ("Mysterious Team Bangladesh")."""
    if name.casefold() in DEMONYMS:
        return True
    return any(start == 0 and end == len(name) for start, end in _place_spans(name))


def find_countries(text: str) -> list[str]:
    """ISO codes of the places named, most mentioned first. Names must be capitalised as places
    are ("Nice", not "nice"), demonyms excepted ("belge", "russes")."""
    names, _ = _gazetteer()
    counts: dict[str, int] = {}
    for start, end in _place_spans(text):
        written = text[start:end]
        key = _key(written)
        if (not written[0].isupper() and key not in LOWERCASE_OK) or key not in names:
            continue
        code = names[key]
        counts[code] = counts.get(code, 0) + 1
    return sorted(counts, key=lambda code: -counts[code])


@lru_cache(maxsize=1)
def _demonym_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + alternation(DEMONYMS) + r")(?![\w-])", re.I)


# "US" without dots, the way English news writes the country most ("US law firm X", "T-Mobile US",
# "a US-based insurer"): only in capitals (the gazetteer reads names ignoring case, and "us" is a
# pronoun), not in a menu's capitals ("CONTACT US", "FOLLOW US"), nor a currency ("US$ 5 million",
# "a US $51 million ransom", "5 million US dollars") or an acronym it opens ("US-CERT").
_US_ABBREVIATION = re.compile(
    r"(?<![\w.$-])(?<![A-Z]{2}\s)US(?![\w$]|[^\S\n]?(?:\$|dollars?\b)|-(?!based|headquartered|listed|born))"
)


def abbreviation_positions(text: str) -> list[tuple[str, int]]:
    """(ISO code, character offset) of each "US" written in capitals as the country's abbreviation:
    read in a victim's own words only (`victim_country`), like the demonyms, not among the page's
    countries (whose readers never saw it)."""
    return [("US", match.start()) for match in _US_ABBREVIATION.finditer(text)]


def demonym_positions(text: str) -> list[tuple[str, int]]:
    """(ISO code, character offset) of each English demonym of `DEMONYMS`, capitalised ("Thai",
    "South Korean"): read in a victim's own words only, not among the page's countries."""
    return [
        (DEMONYMS[match.group(1).lower()], match.start(1))
        for match in _demonym_pattern().finditer(text)
        if match.group(1)[0].isupper()
    ]
