"""The shapes of a victim's name and the trigger rules of French, Dutch and German news.

A name: an optional institution word ("l'hôpital", "CHU de", "AZ", "ziekenhuis"), then capitalised
words. The rules: the name then what happened to it ("X a été victime d'une cyberattaque", "X
getroffen door"), and the name as the subject of a lead sentence whose clause ends with the attack
as the cause ("L'hôpital X, situé en Belgique, a dû suspendre ses activités suite à une
cyberattaque", "Ziekenhuis X schakelt servers uit na een cyberaanval").
"""

from __future__ import annotations

import re

from veilleur.text.prefilter import screened

# An organisation's name: an optional institution word, then capitalised words, which may be
# joined by short lower-case particles ("Centre hospitalier de Valmont", "Bank of America"), the
# Portuguese, Spanish and Italian ones too, which English news leaves untranslated ("Banco do
# Brasil", "Comune di Roma", "Universidad del Valle").
_INSTITUTION = (
    # ("AZ" is the Flemish "algemeen ziekenhuis", "CH" the French "centre hospitalier")
    # (a city's services are the city: "the city services of X", "les services de la ville de X", "de
    # stadsdiensten van X"; `without_common_noun` names them so)
    r"(?:[Cc]ity services|[Ss]ervices de la ville|[Ss]tadsdiensten|clinique|hôpital|hopital|centre hospitalier|CHU|CHR|CH|AZ|ziekenhuis|hospital|clinic|university|"
    r"université|universiteit|commune|ville|mairie|gemeente|stad|city of|ministère|ministry|département|"
    r"région|province|provincie|groupe|group|société|banque|bank|école|school|universität|krankenhaus|"
    r"klinikum|stadt|gemeinde|government of|county of|town of|state of|municipality of|judiciary of)"
)
# A public body written in lower case after its country's or town's name ("Dutch police", "the
# Belgian parliament", "the Texas state government"): the body is the victim, the place is where it is.
PUBLIC_BODIES = frozenset(
    "police government parliament ministry army navy military council municipality senate judiciary".split()
)
PUBLIC_BODY = (
    r"(?:(?:national|federal|state|local|regional|city|county|municipal)\s)?"
    rf"(?:{'|'.join(sorted(PUBLIC_BODIES))})"
)
# The head noun of a public body's or an institution's name, which an "and" or a "for" inside the
# name leads to: "Puerto Rico Aqueduct and Sewer Authority", "Agency for International Development".
_BODY_HEAD = (
    r"(?:Authority|Agency|Board|Bureau|Center|Centre|Commission|Council|Department|Institute|Office|"
    r"Organi[sz]ation|Service|Services|Administration)"
)
# What follows a name read by a rule and is still part of it: "and" then capitalised words up to a
# body's head noun, or "for" then capitalised words after a name that ends with one.
_NAME_AND_HEAD = re.compile(rf"\s(?:and|&)\s(?:[A-Z][\w'’-]*\s){{0,3}}{_BODY_HEAD}\b")
_HEAD_FOR_NAME = re.compile(r"\sfor\s[A-Z][\w'’-]*(?:\s(?:and\s)?[A-Z][\w'’-]*){0,3}")
_HEAD_LAST = re.compile(rf"\b{_BODY_HEAD}$")


def add_run(runs: list[tuple[int, int]], passage: str, start: int, end: int) -> None:
    """Append the capitalised run `passage[start:end]` to `runs`, joined to the run before it when
    that one names a body "for" it ("US Agency" + " for " + "International Development"): the field
    a body's head noun is for is part of its name, no second name."""
    if (
        runs
        and passage[runs[-1][1] : start] == " for "
        and _HEAD_LAST.search(passage[runs[-1][0] : runs[-1][1]])
    ):
        start = runs.pop()[0]
    runs.append((start, end))


# Verbs and nouns of the triggers, which Title Case headlines capitalise like names.
_TRIGGER_WORDS = (
    r"confirms?|confirmed|discloses?|disclosed|reports?|reported|suffers?|suffered|says|said|admits?|hit|"
    r"hits|hacked|breached|attacked|targeted|compromised|struck|crippled|investigat\w*|probes?|notif\w*|"
    r"detects?|declares?|warns?|victim|victime|hack|breach|cyberattack|attack|data|ransomware|"
    r"leaks?|leaked|exposes?|exposed|falls?|shuts?|restores?|recovers?|is|was|has|have|after|following|by|"
    r"in|on|at|with|from|to|and|or|for|as|amid|over|its|their|a|an|the|says|hackers?|cyber|security"
)
# A brand written in camel case from a lower-case letter ("digiDirect", "xAI", "eBay") is a name too.
_WORD = (
    rf"(?<![\w&'’.+-])(?:(?=[A-Z0-9ÀÂÉÈÊÎÔÛÇ])(?!(?i:{_TRIGGER_WORDS})(?:\s|$|[,.:;!?]))[A-Z0-9ÀÂÉÈÊÎÔÛÇ]"
    r"|[a-z]{1,5}(?=[A-Z]))[\w'’&.+-]*"
)
_NAME = (
    # "le département de la Creuse", "l'université de l'Oise": the article stays with the name.
    rf"(?:{_INSTITUTION}\s(?:(?:de la|de|du|des|of|van|der|von)\s|d'|de l')?)?{_WORD}"
    rf"(?:\s(?:(?:de|du|des|d'|do|da|dos|del|di|della|of|van|der|den|la|le|l'|für|am|&)\s)?{_WORD}){{0,5}}"
)
# A public body's full name may run to eight words before its short form and verb: "The Pierce County
# Public Transportation Benefit Area Corporation (Pierce Transit) has fallen victim to…".
LONG_NAME = _NAME.replace("){0,5}", "){0,7}")
_BEFORE_FR = screened(
    rf"(?P<name>{_NAME})(?:,?\s(?:à|in|en|te|de|from|aus|near|près de)\s[A-Z][\w-]+)?,?\s"
    # An apposition between the name and the verb: "Valmont, une ville fictive, a été victime".
    r"(?:[a-zà-ÿ][^,.;()]{2,60},\s)?"
    r"(?:\([^)]{0,40}\)\s)?(?i:"
    r"(?:a été|ont été|est|sont|werd|is|zijn|wurde|ist|a subi|subit|a confirmé|confirme|a signalé|signale|"
    r"a annoncé|annonce|a déclaré|déclare|a détecté|détecte|a essuyé|essuie|fait face à|a fait face à|"
    r"est confrontée? à|a été confrontée? à|heeft|kreeg|meldt|erlitt|hat|wordt|wird)\s(?:\w+\s){0,3}?"
    r"(?:victime|la cible|ciblée?s?|visée?s?|touchée?s?|frappée?s?|paralysée?s?|piratée?s?|attaquée?s?|"
    r"une (?:cyberattaque|cyber-attaque|attaque|fuite de données|intrusion)|"
    r"un (?:piratage|rançongiciel|incident (?:de cybersécurité|de sécurité|informatique|cyber))|"
    r"(?:een|te maken met een) (?:cyberaanval|hack|ransomware-aanval|hackersaanval)|"
    r"(?:einen|einem) (?:cyberangriff|hackerangriff)|"
    r"getroffen|gehackt|aangevallen|slachtoffer|opfer|angegriffen|lahmgelegt|"
    # extorted: "X est rançonnée par", "X wordt afgeperst door", "X wird von Hackern erpresst"
    r"rançonnée?s?|afgeperst|erpresst))"
)
# Headlines drop the auxiliary: "La clinique X victime d'une cyberattaque", "X getroffen door".
_HEADLINE = screened(
    rf"(?m)^(?:(?i:le|la|les|l'|the|het|de|die|der|das)\s)?"
    # After the article, what it is in lower case: "La mutuelle X victime d'une cyberattaque", "Le
    # fabricant X ciblé par" (German writes its nouns capitalised: they open the name).
    r"(?:(?:(?<=[Ll]a\s)|(?<=[Ll]e\s)|(?<=['’]))[a-zà-ÿ]+\s(?:[a-zà-ÿ]+\s)?)?"
    rf"(?P<name>{_NAME})\s(?i:victime\sd(?:e\s|['’])|cible\sd(?:e\s|['’])|"
    r"(?:paralysée?s?|touchée?s?|frappée?s?|visée?s?|ciblée?s?|piratée?s?)\spar\s|"
    r"getroffen door|slachtoffer van|doelwit van|opfer (?:eines|einer)|ziel (?:eines|einer)|gehackt|"
    # "X von Cyberangriff betroffen", "X nach Hackerangriff offline": the German headline's participle
    # or state after the attack.
    r"(?:von|durch)\s(?:einem\s|einer\s)?(?:\w+\s)?(?:cyberangriff|hackerangriff|ransomware-angriff|"
    r"cyberattacke|hackern)\s(?:betroffen|lahmgelegt|erpresst|angegriffen)|"
    r"nach\s(?:einem\s)?(?:cyberangriff|hackerangriff|ransomware-angriff|cyberattacke)\s(?:offline|lahmgelegt|"
    r"eingeschränkt|außer\sbetrieb|ausgefallen|nicht\serreichbar))"
)
# The attack as the cause at the end of a clause whose subject is the name: "L'hôpital X, situé en
# Belgique, a dû suspendre ses activités suite à une cyberattaque", "Le CHU de X annule des
# opérations après une attaque informatique", "AZ X schakelt servers uit na een cyberaanval".
_CAUSE = (
    r"(?:suite à|à la suite d['’]|après|en raison d['’]|à cause d['’]|na|door|wegens|vanwege|nach|wegen)\s?"
    r"(?:une?|een|einem|einer)\s(?:\w+\s)?(?:cyber[- ]?attaque|attaque (?:informatique|par rançongiciel)|"
    r"piratage|intrusion|incident (?:de cybersécurité|informatique|cyber)|cyberaanval|hackersaanval|"
    r"ransomware-aanval|cyberangriff|hackerangriff|ransomware-angriff)"
)
_SUBJECT_FR = screened(
    rf"^(?:(?i:l['’]|la\s|le\s|het\s|de\s|das\s|die\s|der\s))?(?P<name>{_NAME}),?\s"
    # What the subject did in the clause, within it (no sentence or clause end between).
    rf"(?:[a-zà-ÿ][^,.;()]{{2,60}},\s)?[^.;:!?]{{0,160}}?(?i:{_CAUSE})"
)

# What a firm says of its own people's data, after its name in `victims._BEFORE_EN`: how many had it
# taken from its servers, whose data was exposed, what of its users' data it leaked.
OWN_DATA_TAKEN = (
    # "X revealed 800,000 people had their data pilfered from its servers", "X says 1.2M customers had
    # their details stolen": how many of its own people a breach hit, in the owner's own words.
    r"(?:says|said|reveals?|revealed|discloses?|disclosed|admits?|admitted|confirms?|confirmed)\s(?:that\s)?"
    r"(?:(?:more\sthan|over|nearly|almost|about|around|some|up\sto)\s)?[\d.,]+\s?(?:[MK]|million|thousand)?\s?"
    r"(?:people|persons|individuals|customers|users|patients|employees|members|clients|students|subscribers)\s"
    r"had\s(?:their|its)\s(?:[\w-]+\s){0,3}?(?:stolen|pilfered|taken|accessed|exposed|compromised|leaked)\s"
    # (from its own systems or in its own breach: not a reporter's "users had their data stolen by X")
    r"(?:from\s(?:its|their)\b|in\s(?:the|a|an|its)\s(?:[\w-]+\s){0,2}?(?:breach|attack|incident|hack|intrusion))"
    # "X reveals personal data of 437,329 patients exposed in cyberattack", "X says data of 12,000
    # customers stolen": the data of its own patients or customers (not "…exposed by Y": Y's).
    r"|(?:reveals?|revealed|says|said|confirms?|confirmed|discloses?|disclosed|admits?|admitted)\s(?:that\s)?"
    r"(?:the\s)?(?:(?:personal|sensitive|private|medical|health|financial)\s){0,2}(?:data|information|details|"
    r"records)\sof\s(?:(?:more\sthan|over|nearly|almost|about|around|some|up\sto)\s)?[\d.,]+\s?"
    r"(?:[MK]|million|thousand)?\s?(?:people|persons|individuals|customers|users|patients|employees|members|"
    r"clients|students|subscribers)\s(?:(?:were|was|have\sbeen|had\sbeen)\s)?(?:exposed|stolen|accessed|"
    r"compromised|leaked|breached|affected|impacted|taken)\b(?!\sby\b)"
    # "X streaming platform leaks user data", "X exposes customer records": data it held, its own.
    r"|(?:leaks?|leaked|exposes?|exposed)\s(?:the\s)?(?:[\w-]+\s){0,2}?(?:customer|employee|user|patient|"
    r"client|member|staff|subscriber|student)s?['’]?\s(?:data|records|information|details|PII|database)\b"
)
# The attackers' verb, then the name as the owner of what they took: "Hackers stole OpenAI secrets",
# "stole Acme's source code", "leaked X internal documents". (Only what an organisation keeps: not
# "steal Microsoft 365 credentials", whose users phishers trick, nor a product's data.)
STOLE_OWN = screened(
    r"(?i:stole|steals?|stealing|leaked|leaks?|dumped|exfiltrated)\s(?:the\s)?"
    rf"(?P<name>{_NAME})(?:['’]s)?\s(?=(?i:secrets|trade\ssecrets|source\scode|internal\s[a-z]+|documents|emails|"
    r"databases)\b)"
)

_COMMON_BEFORE_INITIALS = re.compile(
    r"^(?i:hôpital|hopital|clinique|ziekenhuis|hospital|centre hospitalier)\s(?=(?:AZ|CHU|CHR|CH)\s)"
)


def without_common_noun(name: str) -> str:
    """ "hôpital AZ Monica" → "AZ Monica": the common noun before a hospital's own initials (AZ, the
    Flemish "algemeen ziekenhuis"; CHU, CHR, CH) is not part of its name; and a city's services are
    the city ("city services of X" → "city of X", "stadsdiensten van X" → "stad X")."""
    name = _CITY_SERVICES.sub(lambda m: _CITY_OF[m.group(0).casefold()], name)
    return _COMMON_BEFORE_INITIALS.sub("", name)


_CITY_SERVICES = re.compile(r"^(?i:city services of |services de la ville de |stadsdiensten van )")
_CITY_OF = {
    "city services of ": "city of ",
    "services de la ville de ": "ville de ",
    "stadsdiensten van ": "stad ",
}


# An article's letters in capitals before a word that is not all capitals are an abbreviation:
# "LA County" is Los Angeles's (a headline all in capitals names nothing to read either way).
CAPITAL_ARTICLE = re.compile(r"(?:LA|LE|DE|LES|THE|HET|DIE|DER|DAS)\s(?![A-Z]+\b)")
_ARTICLE = re.compile(r"(?i:l'|la |le |les |the |het |de |die |der |das )")
# (the candidates' spans: also a typographic apostrophe and the English indefinite articles)
_ANY_ARTICLE = re.compile(r"(?i:l['’]|la |le |les |the |het |de |die |der |das |a |an )")


# What opens a question or a part, not a name: "Does Volvo Cars suffer a new data breach?", "One of
# Germany's major political parties" (a name that follows is the name; "Do" and "Will" open names).
_NOT_NAME_OPENING = re.compile(
    r"^(?:(?:Does|Did|Is|Are|Was|Were|Has|Have|Had|Could|Should|Would)\s|"
    r"(?:One|Some|Many|Most|Each|Several|Two|Three|Four|Five)\sof\s)(?=[A-Z0-9])"
)


def without_opening(name: str) -> str:
    """`name` without a question's auxiliary or a part's "One of" that opens it."""
    return _NOT_NAME_OPENING.sub("", name)


def without_article(name: str, indefinite: bool = False) -> str:
    """`name` without the article that opens it ("la mairie de X" → "mairie de X"; with
    `indefinite`, also "a"/"an" and "l’"), kept when its letters are an abbreviation's ("LA County")."""
    if CAPITAL_ARTICLE.match(name):
        return name
    found = (_ANY_ARTICLE if indefinite else _ARTICLE).match(name)
    return name[found.end() :] if found else name


# What a name describes when a noun of another party follows it ("Harry Potter publisher
# Scholastic", "the Call of Duty players", "NHS supplier hit by", "Pentagon IT provider"): the
# publisher or players are who the sentence speaks of; the name says of what or whose.
_ATTRIBUTE_NEXT = re.compile(
    r"(?:['’]s)?\s(?:publishers?|suppliers?|vendors?|contractors?|subsidiar(?:y|ies)|resellers?|distributors?|"
    r"makers?|franchise|series|players|gamers|(?:IT\s)?(?:service\s)?providers?)\b"
)
# One worker of a trade or of a firm ("the laptop of a DevOps engineer"): the worker is who was hit.
# Without the article the name is the firm the sentence speaks of ("Vortexa developer leaks API
# key", the firm's own key): left to the other rules.
_ONE_WORKER = re.compile(r"\s(?:developer|engineer)\b")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s$")


def written_as_attribute(name: str, sentence: str) -> bool:
    """Whether `sentence` writes `name` as what describes another party's noun (`_ATTRIBUTE_NEXT`,
    or "a X engineer": `_ONE_WORKER`)."""
    at = sentence.find(name)
    while at >= 0:
        end = at + len(name)
        if at == 0 or not sentence[at - 1].isalnum():
            if _ATTRIBUTE_NEXT.match(sentence, end):
                return True
            if _ONE_WORKER.match(sentence, end) and _INDEFINITE_BEFORE.search(sentence[max(0, at - 4) : at]):
                return True
        at = sentence.find(name, at + 1)
    return False


# A ministry or department named after its portfolio ("Ministry of Economy and Finance",
# "Department of Health and Human Services"): the "and" joins two fields of one body, whose
# capitalised words are common nouns; a name after the "and" is another organisation's ("the
# Ministry of Defence and Examplecorp").
_PORTFOLIO_HEAD = re.compile(
    r"(?:^|\s)(?:Ministry|Department|Secretariat|Minister|Office)\sof\s[A-Z][\w'’-]*$"
)
_PORTFOLIO_AND = re.compile(r"\s(?:and|&)\s((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)(?![\w'’&-])")


def _portfolio(words: str) -> bool:
    """Capitalised words that are all English common nouns or adjectives ("Human Services")."""
    from veilleur.enrich.nlp import english_words  # (the word list loads on first use)

    return all(word.casefold() in english_words() for word in words.split())


def whole_body_name(name: str, passage: str, end: int) -> tuple[str, int]:
    """The name with the "and" or "for" part its head noun closes ("Puerto Rico Aqueduct and Sewer
    Authority", "Agency for International Development") or its portfolio's second field ("Ministry
    of Economy and Finance"), and where it ends: one body, no list."""
    joined = _NAME_AND_HEAD.match(passage, end)
    if joined is None and _HEAD_LAST.search(name):
        joined = _HEAD_FOR_NAME.match(passage, end)
    if joined is None and _PORTFOLIO_HEAD.search(name):
        field = _PORTFOLIO_AND.match(passage, end)
        joined = field if field and _portfolio(field.group(1)) else None
    return (name + joined.group(0), joined.end()) if joined else (name, end)


# Tools an organisation works in, written after its name ("Toptal GitHub", "Disney Slack",
# "Salesloft Drift"): the organisation is the victim, not its workspace.
OWNED_TOOLS = frozenset(
    """github gitlab bitbucket slack drift jira confluence sharepoint onedrive dropbox aws azure workspace
    salesforce zendesk""".split()
)
# Access and integration technologies written after a firm's name and its tool ("Salesloft Drift
# OAuth breach", "Examplecorp API leak"): what was abused, not part of the owner's name.
_ACCESS_WORDS = frozenset("oauth api apis sso saml".split())


def before_tool(words: list[str]) -> list[str]:
    """A name's words before the tool or access technology it runs into, if any ("Salesloft Drift
    OAuth" → "Salesloft", "Disney Slack" → "Disney"): the organisation is the victim, its workspace
    and tokens are what the attackers went through. The first word is always kept ("Slack")."""
    for index, word in enumerate(words[1:], 1):
        if word.casefold() in OWNED_TOOLS or word.casefold() in _ACCESS_WORDS:
            return words[:index]
    return words


# A lead that opens on its subject as a kind of organisation, not by name: "The company said…".
LEAD_ANAPHOR = re.compile(
    r"(?:The|This)\s(?:[a-z-]+\s)?(?:company|firm|business|retailer|bank|insurer|hospital|provider|operator|"
    r"maker|manufacturer|airline|university|school|council|agency|chain|organi[sz]ation|group|platform)\b"
)
