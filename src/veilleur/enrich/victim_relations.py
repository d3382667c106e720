"""How a candidate name is tied to the attack in its sentence, in EN/FR/NL/DE: features of the
victim model (`victim_model`) that read the grammar next to the name, not one outlet's words.

`relation_features(passage, start, end)` → a set of:

- `rel:object`     the name is what an attack is on ("cyberattack on X", "breach at X", "hack of X's
                   network", "attaque contre X", "aanval op X", "Angriff auf X") or what an attacker's
                   verb acts on ("hackers breached X", "ransomware hits X", "scammers robbed X"), who a
                   ransom is demanded from, a name listed as one of the victims ("hit …, including X");
- `rel:passive`    the subject of a passive or of suffering ("X was hacked", "X, a UK firm, has been
                   breached", "X a été victime", "X werd getroffen", "X wurde gehackt", "X lost $2,000",
                   "X described how she had been duped");
- `rel:subject`    the subject of a disclosure of its own incident ("X confirms cyberattack", "X
                   discloses data breach", "X resorts to paper after attack", "X restores systems");
- `rel:asset`      the owner of what was hit ("X's systems", "X customer data", "les serveurs de X");
- `rel:actor`      the attacker, active with an object ("X and his gang targeted title companies");
- `rel:agent`      the agent of an attack or of a finding ("by X", "X researchers", "X said", "according
                   to X", "X found", "X's Threat Intelligence team"): attackers and reporters;
- `rel:impersonated` a brand the lure wears ("impersonating X", "posing as X", "fake X", "X-themed");
- `rel:topic`      the name a passage opens with, then a colon or dash, then the attack ("X: hackers
                   breached…", "Hôpital X : la cyberattaque…", "X – Datenleck"), or the name before its
                   own attack noun ("X data breach", "X supply chain attack", "X-datalek");
- `rel:platform`   a service the crime went through, not its victim ("abusing X", "via X", "sold on
                   X", "X abused", "en abusant de X", "misbruik van X", "über X");
- `rel:charged`    a person the sentence says was arrested, charged or sentenced ("X indicted", "X a
                   été interpellé", "X werd gearresteerd", "X wurde festgenommen", "arrest of X").

Each is a regular expression run on at most 140 characters after the mention and 200 before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from veilleur.enrich.victim_named_hit import NAMED_TIES
from veilleur.enrich.victim_relation_clauses import (
    _ACTOR,
    _CHARGED_AFTER,
    _CHARGED_BEFORE,
    _HAD_ITS,
    _NAMED_AS_HIT,
    _NAMED_AS_HIT_FR,
    _PRONOUN_PASSIVE,
    _RELATIVE_PASSIVE,
    _USED_BY,
    clause_ties,
)
from veilleur.enrich.victim_relation_words import (
    _ATTACK_NOUN,
    _ATTACKER_VERB,
    _AUX,
    _DESC,
    _HEAD,
    _NO_OBJECT,
    _ON,
    _OWNER,
    _PRODUCT_KIND,
    _SUFFERED,
    _VERB_LAST_AUX,
    _VERB_LAST_SUFFERED,
)
from veilleur.text.openings import Openings

_OBJECT = (
    rf"(?i:\b{_ATTACK_NOUN}\s(?:\w+\s)?{_ON}\s{_DESC}$"
    rf"|\b{_ATTACKER_VERB}\s{_DESC}{_OWNER}$"
    r"|\b(?:attacks?|attaques?|aanvallen?|angriffe?)\s(?:\w+\s)?(?:on|against|contre|op|auf)\s$"
    # Italian outlets: "Attacco a LastPass", "attacco informatico al Comune di X", "sanzione a X".
    r"|\b(?:attacco|violazione|sanzione)\s(?:informatico\s|hacker\s)?(?:a|al|alla|ai|contro|di)\s$"
    # "Its victims include X, Y and Z", "those named on its leak site included X": a list of victims
    # by the verb (not "attacks now include ransomware": what an attack includes is no victim).
    r"|\b(?:victims|leak site)\b[^.;]{0,80}?\b(?:include|included|have included)\s"
    rf"(?:[^.;]{{0,120}}?(?:,\s(?:and\s)?|\sand\s))?{_DESC}{_OWNER}$"
    # "the victim was the pharmaceutical giant X", "one victim is X", "la victime est X": by a copula.
    rf"|\b(?:victims?|victimes?|slachtoffers?|opfer)\s(?:was|is|were|are|est|était|sont|is|was|waren|ist|war)\s"
    rf"(?:(?:later\s|reportedly\s)?(?:identified|named|revealed)\sas\s)?{_DESC}{_OWNER}$"
    # "stole 5 million files belonging to the London branch of X", "broke into a database belonging to
    # X", "des fichiers appartenant à X": the owner of what was stolen or broken into is what the
    # attack hit (a mere owner of what leaked stays `rel:asset`, below).
    r"|\b(?:stole|stolen|steals?|stealing|swiped|exfiltrated|purloined|pilfered|dumped|leaked|leaking|"
    r"encrypted|broke into|break into|breaking into|volé|volées?|dérobée?s?|gestolen|gestohlen)\s"
    r"(?:(?:[^.;]|\.(?=\d)){0,40}?\s)?(?:data|files|records|documents|information|emails|database|databases|details|"
    r"données|fichiers|documents|gegevens|bestanden|Daten|Dateien)\s(?:belonging to|owned by|appartenant à|"
    r"van|von)\s(?:the\s|la\s|le\s|l['’]|het\s|de\s|der\s|des\s)?(?:[\w-]+\s){0,4}?$"
    # "a cyberattack took X off-air", "the attack knocked X offline": what it took down.
    rf"|\b{_ATTACK_NOUN}\s(?:\w+\s)?(?:took|takes|knocked|knocks|forced|forces)\s{_OWNER}{_DESC}$"
    # "demanded a $51 million ransom from X", "une rançon à X"
    rf"|\b(?:ransom|rançon|losegeld|lösegeld|extort\w*)\b[^.;]{{0,50}}?\b(?:from|to|à|van|von)\s{_DESC}$"
    # "organisations have fallen foul of 3AM, including New York's X, a HVAC firm, and the city of Y"
    r"|\b(?:victims?|victimes|slachtoffers|opfer|fallen foul of|fell victim|been hit|been breached|"
    r"been attacked|targeted|affected|impacted|hit|touchés|touchées|visés|visées|ciblés|ciblées|getroffen|"
    r"betroffen|infiltrations?|intrusions?|breach(?:es)?|cyber[- ]?attacks?|attacks?|compromise|impacting|"
    # ("data that has come from leaks at several sources, including X, Y, and Z")
    r"hitting|targeting|attaques|cyberattaques|visant|aanvallen|angriffe|leaks?)\b"
    # (not after a kind of product: "targeting brands of routers, including X, Y and Z" lists the
    # makers of what was hit, no victims by GUIDE.md §5)
    rf"(?:(?!\b{_PRODUCT_KIND}\b)[^.;]){{0,80}}?\b(?:including|"
    r"such as|among them|"
    rf"notamment|dont|waaronder|darunter)\s(?:[^.;]{{0,120}}?(?:,\s(?:and\s|et\s|en\s|und\s)?|\s(?:and|et|en|und)\s))?"
    rf"{_DESC}{_OWNER}$)"
)
# "X was hacked", "X a été piratée", "X werd getroffen": an auxiliary, then what it suffered.
_PASSIVE_AUX = _HEAD + rf"{_AUX}\s(?:\w+\s)?(?:{_SUFFERED}|victim|victime|victimes|slachtoffer|opfer)\b)"
# "Planet Ice hacked!", "X breached in…": a bare participle with no object after it (not "X hacked Y").
_PASSIVE_BARE = _HEAD + rf"(?:{_SUFFERED})(?=\s*(?:$|[!.,:;?)\-–—]|\s{_NO_OBJECT})))"
_PASSIVE_LAST = _HEAD + rf"{_VERB_LAST_AUX}\s(?:[\w-]+\s){{1,4}}?(?:{_VERB_LAST_SUFFERED})\b)"
# "X suffered a breach", "X falls victim", "X lost $2,000", "X a subi une attaque".
_SUFFERS = (
    _HEAD
    + r"(?:(?:suffered|suffers|suffer|falls victim|fell victim|fell for|lost\s(?:\$|€|£|\d|her|his|their)|"
    # ("victime d'un vol", "victime du rançongiciel": French elides or contracts the "de")
    r"loses|subi|subit|victime (?:de|d['’]|du|des)|slachtoffer van|opfer)(?:\b|(?<=['’]))"
    # "X became the target of blackmail", "X was the target of a cyberattack", "X a été la cible d'une
    # cyberattaque", "X was het doelwit van een aanval": the target of an attack the sentence names.
    r"|(?:became|becomes|has become|had become|was|is|were|has been|a été|est devenue?|was|werd|is)\s"
    r"(?:the\s|la\s|het\s)?(?:latest\s|main\s|prime\s|primary\s|dernière\s)?(?:target|cible|doelwit)\s"
    rf"(?:of|de|d['’]|du|des|van)\s?[^.;]{{0,40}}?\b(?:{_ATTACK_NOUN}|blackmail|hackers?|chantage|pirates?)\b"
    # "X is the latest UK household name to fall victim to a cyberattack", "X is the newest ransomware
    # victim", "X est la dernière victime", "X is het zoveelste slachtoffer", "X ist das jüngste Opfer":
    # one of a series of victims, named by a copula.
    r"|(?:is|was|becomes|became|has become)\s(?:the\s)?(?:latest|newest|most recent|next|another)\s"
    r"(?:[\w-]+\s){0,4}?(?:to\s(?:fall victim|be\s(?:hit|breached|hacked|attacked|targeted|compromised))\b|"
    r"victim\b)"
    r"|(?:est|devient)\s(?:la|le)\s(?:dernière|dernier|nouvelle|nouveau)\s(?:[\w-]+\s){0,3}?victime\b"
    r"|is\s(?:het|de)\s(?:nieuwste|laatste|zoveelste|volgende)\s(?:[\w-]+\s){0,2}?slachtoffer\b"
    r"|ist\s(?:das|der|die)\s(?:jüngste|neueste|nächste)\s(?:[\w-]+\s){0,2}?Opfer\b))"
)
_SUBJECT = (
    r"(?i:^(?:['’]s|\.(?=\s(?-i:[a-z])))?(?:\s\([^)]{1,30}\))?(?:,\s[^,.;]{2,70},)?\s(?:has\s|have\s|is\s|was\s)?"
    # The day between the subject and a verb of its own incident: "X on Friday disclosed", "X
    # yesterday confirmed" (not "reported": researchers report others' incidents on a day too).
    # ("X disclosed on Nov. 30 that…", "X on March 3 confirmed": a date of the month as well)
    r"(?:(?:on\s\w+day|today|yesterday|earlier this week|on\s(?-i:[A-Z])[a-z]{2,8}\.?\s\d{1,2})\s"
    r"(?=confirm|disclos|admit|notif))?"
    r"(?:(?:confirms?|confirmed|discloses?|disclosed|admits?|admitted|reports?|reported)(?!\s(?:details|more)\s(?:of|about|on)\s(?!the\b|its\b))|notif(?:ies|ied|y)|"
    # What the attack cost it: "X incurred $17 million of expenses following ransomware attack".
    r"incur(?:s|red)?|"
    r"investigat(?:es|ing|ed)|(?:warns?|tells?|told|emails?|emailed|alerts?|alerted) (?:its\s|their\s|some\s)?"
    r"(?:customers|users|patients|"
    # ("The NBA tells fans about data breach", "X emails members about cyberattack")
    r"fans|members|staff|employees|students|parents|clients|subscribers|players|passengers|guests|donors|"
    r"shoppers|residents|travell?ers)|"
    r"resorts? to|resorted to|restores?|restored|restarts?|recovers?|recovering|shuts? down|shut|takes? "
    r"(?:\w+\s)?offline|took (?:\w+\s)?offline|pays?|paid|probes?|sends? (?:out\s)?(?:\w+\s)?notifications?|(?:starts?\s)?(?:bring(?:s|ing)?|brought)\s(?:\w+\s){0,3}?back online|"
    r"(?:informe|informent|prévient|informeert|waarschuwt|informiert|warnt)\s(?:ses\s|leurs\s|zijn\s|haar\s|"
    r"seine\s|ihre\s|de\s|die\s)?(?:clients|patients|klanten|patiënten|Kunden|Patienten)|"
    # "X encountered a cyberattack", "X is currently managing a cyber incident", "X a subi une
    # attaque", "X kampt met een datalek", "X kämpft mit einem Hackerangriff".
    r"(?:recently\s|currently\s)?(?:encountered|experienced|sustained|faced|faces|suffered|"
    r"(?:is|are)\s(?:currently\s)?(?:managing|dealing with|responding to|battling|investigating)|"
    r"a subi|subit|fait face à|est confronté à|kampt met|heeft te maken met|kämpft mit|ist betroffen von)|"
    r"confirme|signale|reconnaît|bevestigt|meldt|bestätigt|meldet)\b"
    # (its date, whose abbreviation's full stop ends no sentence: "X disclosed on Nov. 30 that…")
    r"(?:\son\s(?-i:[A-Z])[a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?)?"
    rf"[^.;]{{0,70}}?\b(?:{_ATTACK_NOUN}|attackers?|hackers?|stolen|unauthori[sz]ed|paper|offline|"
    r"systems?|ransom|cyber\w*|rançon|losegeld|lösegeld|suspicious activity)\b"
    # "X says it was hit by a cyberattack", "X a indiqué avoir été victime", "X zegt dat het werd
    # getroffen", "X teilt mit, es sei gehackt worden": what it says happened to itself.
    r"|^(?:['’]s)?(?:,\s[^,.;]{2,100},)?\s(?:has\s|have\s)?(?:says?|said|confirm(?:s|ed)?|disclos(?:es|ed)|admit(?:s|ted)|"
    r"reveal(?:s|ed)|announc(?:es|ed)|indique|a indiqué|annonce|a annoncé|révèle|a révélé|a confirmé|zegt|laat weten|"
    r"teilt mit|erklärt)"
    r",?\s(?:(?:that\s|dat\s|dass\s|que\s|qu['’])?(?:it|its|they|their|il|elle|avoir|ses|son|sa|leurs|het|"
    r"zij|zijn|haar|es|sie|seine|ihre)\s(?!(?:had\s|has\s|have\s)?(?:detected|disrupted|blocked|thwarted|stopped|"
    r"dismantled|removed|uncovered|spotted|observed|tracked)\b)[^.;]{0,50}?"  # (not a defender's act)
    rf"\b(?:{_SUFFERED}|{_ATTACK_NOUN}|victim|victime|slachtoffer|opfer|restored|offline|restaurés?|"
    # ("X said its servers had been encrypted": what an attack did to its things, not "are encrypted")
    r"(?:was|were|had been|has been|have been)\s(?:\w+\s)?(?:encrypted|stolen|accessed|exfiltrated|leaked)|"
    r"hersteld|wiederhergestellt)\b"
    # "X, which is listed on the NYSE, said the incident took place on…": the incident it speaks of
    # with a definite article is its own (not "said the attack": reporters speak of others' so).
    r"|(?:that\s|que\s|dat\s|dass\s)?(?:the|l['’]|het|der|den)\s?(?:(?:cyber|security|ransomware|data)\s?)?"
    r"(?:incident|breach|intrusion|cyberattack|cyber-attack|cyberattaque|inbraak|vorfall|angriff auf (?:sein|ihr))\b"
    # "X has revealed that attackers also breached some of its instances"
    r"|(?:that\s|que\s|dat\s|dass\s)[^.;]{0,50}?\b(?:hacked|breached|compromised|stole|accessed|encrypted|"
    r"compromis|dérobé|volé|piraté|gehackt|gestolen|gestohlen)\s(?:\w+\s){0,3}?"
    # ("ont piraté son réseau": French says "son"/"sa" of one owner)
    r"(?:its|their|ses|son|sa|leurs|zijn|haar|seine|seinen|ihre|ihren)\b))"
)
_ASSET_WORDS = (
    r"(?:systems?|networks?|servers?|databases?|data|infrastructure|customers?|employees?|patients?|"
    r"students?|users?|accounts?|records|emails?|website|site|app|portal|(?-i:IT)|computers?|files)\b"
)
# "X's systems", "X customer data"; without the possessive, a capitalised word ends the name
# ("Quanta Networks" is a carrier, not Quanta's networks).
_ASSET = rf"(?:^['’]s?\s(?i:(?:\w+\s)?{_ASSET_WORDS})|^\s(?:\w+\s)?(?-i:(?=[a-z]|IT\b)){_ASSET_WORDS})"
_ASSET_BEFORE = (
    # "skimmer found on the website of X", "the systems of X"
    # ("broke into the email account of X")
    r"(?i:\b(?:systems|networks?|servers|website|site|database|data|customers|employees|patients|(?:e-?mail\s)?"
    r"accounts?|inbox(?:es)?|e-?mails|phones?|devices?|computers?|wallets?)\sof\s(?:the\s)?$"
    # The owner of what leaked or was hit: "a database belonging to X", "cables owned by telco X", "une
    # base appartenant à X", "ein Server, betrieben von X"; not a parent ("an organization owned by X").
    r"|\b(?:belonging to|(?<!organi[sz]ation\s)(?<!company\s)(?<!firm\s)owned by|operated by|run by|"
    r"managed by|maintained by|appartenant à|exploitée? par|gérée? par|eigendom van|beheerd door|gehört|"
    r"betrieben von|gehörend)\s(?:the\s|la\s|le\s|l['’]|de\s|het\s)?"
    r"(?:[a-z][\w-]*\s){0,3}$"
    r"|\b(?:systèmes|serveurs|données|réseau|clients|patients|site|site web|systemen|gegevens|klanten|website|"
    r"systeme|daten|kunden|server)\s(?:informatiques?\s)?(?:de|du|des|d['’]|van|von|der)\s(?:la\s|l['’]|het\s)?$)"
)
_AGENT_BEFORE = (
    r"(?i:\b(?<!owned\s)(?<!operated\s)(?<!run\s)(?<!managed\s)(?<!maintained\s)(?<!exploité\s)"
    r"(?<!exploitée\s)(?<!géré\s)(?<!gérée\s)(?<!beheerd\s)(?<!betrieben\s)(?:by|par|door|von|according to|selon|volgens|laut|researchers (?:at|from|with)|"
    r"experts (?:at|from)|analysts (?:at|from)|report (?:by|from)|spokes(?:person|man|woman) for|"
    r"told|ceo of|founder of)\s(?:the\s)?(?:[a-z][\w-]*\s){0,2}$)"
)
_AGENT_AFTER = (
    r"(?i:^(?:['’]s)?\s(?:(?:security|threat|cyber\w*|research)\s)?(?:researchers?|analysts?|experts?|"
    r"team|labs?|intelligence|said|says|told|found|discovered|observed|spotted|warned|warns|"
    r"detected|uncovered|reported|reports|tracks|tracked|attributed|published|notes|noted|explains|"
    r"a déclaré|explique|indique|zegt|sagt|erklärt)\b)"
)
_IMPERSONATED = (
    r"(?i:\b(?:impersonat(?:ing|es|ed)|posing as|pretending to be|masquerading as|spoof(?:ing|ed)|"
    r"mimic(?:king|s)|fake|bogus|phony|counterfeit|se faisant passer pour|usurpant|"
    r"zich voordoen als)\s(?:an?\s|the\s)?(?:[a-z][\w-]*\s){0,2}$)"
)
# "LastPass: hackers breached…", "Hôpital X : une cyberattaque…": the headline's topic, then the attack.
_TOPIC = (
    r"(?i:^(?:['’]s)?\s?[:–—]\s[^.;]{0,90}?\b(?:"
    rf"{_ATTACK_NOUN}|{_SUFFERED}|hackers?|attackers?|pirates?|Hacker|Angreifer|aanvallers|"
    # ("HMRC: Crooks broke into 100k accounts", "X : des escrocs…"): whoever the attack's author is called
    r"crooks?|crims|(?:cyber)?criminals?|fraudsters?|scammers?|thieves|intruders?|miscreants|escrocs|"
    r"cybercriminels|criminelen|oplichters|Kriminelle|Betrüger)\b)"
)
# "Hertz data breach", "JumpCloud supply chain attack", "X-datalek", "X-Hackerangriff": the name
# before its own attack noun (not "X attack on Y", where X is the attacker's).
_OWN_ATTACK = (
    # (between them, a system or product of its own: "Disney Slack attack", "X customer data breach")
    r"(?i:^(?:['’]s)?(?:\s(?:data|supply[- ]chain|customer|network|email|e-mail|systems?|IT|server|"
    r"database|account|payment|cloud|(?-i:[A-Z])[a-z]+)){0,2}?[\s-]"
    # ("Bitfinex heist": what was robbed)
    r"(?:data breach|breach|hack|cyber[- ]?attack|ransomware attack|supply[- ]chain attack|attack|data leak|heist|"
    r"cyber incident|security incident|datalek|hack|cyberaanval|datenleck|datenpanne|cyberangriff|"
    r"hackerangriff)(?:e|es|s)?\b(?!\s(?:on|against|targeting|of|contre|op|auf|gegen|targets?|use|uses|hit|hits|"
    r"exploit|exploits|spread|spreads|deliver|delivers|leverage|leverages|abuse|abuses)\b))"
)
# "abusing X", "via X", "sold on the X forum", "über X": the crime's way ("its way through X": in).
_PLATFORM_BEFORE = (
    r"(?i:\b(?:abus(?:e|es|ed|ing)|abuse of|misus(?:e|es|ed|ing)|weaponi[sz](?:e|es|ed|ing)|via|"
    r"(?:sold|posted|advertised|listed|offered|shared|leaked|published|hosted|dumped) (?:on|in|via)|"
    r"for sale on|(?:code|repositor(?:y|ies)|accounts?|channels?|pages?|profiles?|posts?|ads?|listings?)\son|"
    r"through(?<!way\sthrough)|en abusant de|détourn\w+|sur le forum|op het forum|misbruik(?:en|t)? van|"
    r"missbrauch(?:en|t)?|über das|über die|auf dem Forum)\s(?:the\s|le\s|la\s|l['’]|het\s|de\s)?"
    r"(?:[a-z][\w-]*\s){0,2}$)"
)
_PLATFORM_AFTER = (
    r"(?i:^(?:['’]s)?(?:\s[a-z][\w-]*){0,2}\s(?:(?:is|was|were|are|being|has been|have been|a été|werd|"
    r"wordt|wurde|wird)\s)?(?:abused|misused|weaponi[sz]ed|détourné\w*|misbruikt|missbraucht)\b"
    r"|^\s(?:forum|marketplace|market|channel)\b)"
)
_THEMED = re.compile(r"(?i)^[-\s](?:themed|branded|lookalike|look-alike|impersonation|phishing)\b")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """(feature, pattern, reads the left side), compiled on first use."""
    return (
        ("rel:object", re.compile(_OBJECT), True),
        ("rel:passive", re.compile(_PASSIVE_AUX), False),
        ("rel:passive", re.compile(_PASSIVE_BARE), False),
        ("rel:passive", re.compile(_PASSIVE_LAST), False),
        ("rel:passive", re.compile(_SUFFERS), False),
        ("rel:passive", re.compile(_PRONOUN_PASSIVE), False),
        ("rel:passive", re.compile(_HAD_ITS), False),
        ("rel:passive", re.compile(_RELATIVE_PASSIVE), False),
        ("rel:actor", re.compile(_ACTOR), False),
        ("rel:subject", re.compile(_SUBJECT), False),
        ("rel:asset", re.compile(_ASSET), False),
        ("rel:asset", re.compile(_ASSET_BEFORE), True),
        ("rel:agent", re.compile(_AGENT_BEFORE), True),
        ("rel:agent", re.compile(_AGENT_AFTER), False),
        ("rel:impersonated", re.compile(_IMPERSONATED), True),
        ("rel:topic", re.compile(_OWN_ATTACK), False),
        ("rel:platform", re.compile(_PLATFORM_BEFORE), True),
        ("rel:platform", re.compile(_PLATFORM_AFTER), False),
        ("rel:charged", re.compile(_CHARGED_AFTER), False),
        ("rel:charged", re.compile(_CHARGED_BEFORE), True),
        ("rel:passive", re.compile(_NAMED_AS_HIT), True),
        ("rel:passive", re.compile(_NAMED_AS_HIT_FR), True),
    )


# A list of three names or more, closed by "and", said to have suffered an attack as one subject
# ("Equifax, Northwind, and Talvox have all been hit", "A, B and C were breached"): each name of it
# is the passive's subject, not only the last. (Not two names: "A and B have been targeted" names
# countries or allies as often; not the object of a verb before the list: "the outage disrupted the
# likes of A, B and C" named services on the training pages.)
_LIST_ITEM = r"[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3}"
_LIST_PASSIVE = (
    rf"(?P<list>{_LIST_ITEM}(?:,\s{_LIST_ITEM})+,?\s(?:and|&)\s{_LIST_ITEM})\s(?:(?:have|has|had)\s"
    rf"(?:all\s|both\s|each\s|also\s)?been|(?:were|are)(?:\sall|\salso|\seach)?)\s(?:{_SUFFERED})\b"
)

_LIST_JOINS = (", ", " and ", " & ")


@lru_cache(maxsize=1)
def _list_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(_LIST_PASSIVE), re.compile(_LIST_ITEM)


def listed_as_hit(passage: str, start: int, end: int) -> bool:
    """passage[start:end] is one name of a list of three or more said to have suffered the attack
    together ("A, B, and C have all been hit")."""
    # (cheap tests first: the name is next to a list's separator, a passive's auxiliary follows)
    if not (passage.startswith(_LIST_JOINS, end) or passage[max(0, start - 5) : start].endswith(_LIST_JOINS)):
        return False
    right = passage[end : end + _SIDE]
    if " been " not in right and " were " not in right and " are " not in right:
        return False
    listed, item = _list_patterns()
    for match in listed.finditer(passage, max(0, start - _LEFT), min(len(passage), end + _SIDE)):
        if match.start() <= start and end <= match.end("list"):
            spans = [(m.start(), m.end()) for m in item.finditer(passage, match.start(), match.end("list"))]
            return (start, end) in spans
    return False


_SIDE = 140  # room for an apposition ("X, the London-listed engineering firm, says…")
_LEFT = 200  # a list of victims is introduced further back ("…, including A, B, and the city of C")


def relation_features(passage: str, start: int, end: int) -> set[str]:
    """The relations of the mention passage[start:end] to the attack its sentence states."""
    left = passage[max(0, start - _LEFT) : start]
    right = passage[end : end + _SIDE]
    out = {name for name, found, on_left in _readers() if found(left if on_left else right)}
    if _THEMED.match(right):
        out.add("rel:impersonated")
    # The topic of a passage: the name opens it (after a tag such as "Updated"), a colon follows.
    opens = start <= 10 or not passage[max(0, start - 12) : start].strip(" \"“'«")
    if opens and _topic().search(right):
        out.add("rel:topic")
    out |= clause_ties(passage, start, end)
    if listed_as_hit(passage, start, end):
        out |= {"rel:passive", "list:passive"}
    if _used_by()(left):  # "a cyberattack on the payroll system used by X": whose system was hit
        out.add("rel:asset")
    return out


@lru_cache(maxsize=1)
def _used_by() -> Callable[[str], object]:
    """`_USED_BY`, read by its openings like the left side's `_patterns` (kept apart from them: its
    three words in a row are what tests/test_openings.py's random texts never write)."""
    return Openings(re.compile(_USED_BY)).found


@lru_cache(maxsize=1)
def _readers() -> tuple[tuple[str, Callable[[str], object], bool], ...]:
    """`_patterns`, each with what tells whether it matches its side: the left side's patterns end
    where the name starts (`…$`), and `re.search` tried each of them at every one of the 200
    characters before it (a tenth of enrichment's CPU); `Openings` tries them only where one of
    their first words is (the same answers: `veilleur.text.openings`)."""
    return tuple(
        (name, Openings(pattern).found if on_left else pattern.search, on_left)
        for name, pattern, on_left in _patterns()
    )


@lru_cache(maxsize=1)
def _topic() -> re.Pattern[str]:
    return re.compile(_TOPIC)


_TIED = frozenset({"rel:object", "rel:passive", "rel:subject", "rel:asset", "rel:topic"}) | NAMED_TIES
_MENTIONS = 12  # mentions read per name: a long post names its subject dozens of times


def _word_char(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "_&-'’")


def document_relations(name: str, text: str) -> set[str]:
    """The relations of every mention of `name` in the article (its first `_MENTIONS`), as
    `doc:` features: a story's victim is tied to the attack again and again ("doc:passive"), a
    reporter quoted ("doc:agent") or an impersonated brand never ("doc:untied")."""
    if len(name) < 2:
        return set()
    seen: set[str] = set()
    tied = count = 0
    at = text.find(name)
    while at >= 0 and count < _MENTIONS:
        end = at + len(name)
        # a whole word: not "Meta" in "Metadata" (a plain search: one pattern per name costs more)
        # ("Yamaha's systems" is a mention; "Yamaha-owned" and "O'Yamaha" are not)
        if not _word_char(text[at - 1 : at]) and not _word_char(text[end : end + 1].strip("'’")):
            found = relation_features(text, at, end)
            tied += bool(found & _TIED)
            seen |= found
            count += 1
        at = text.find(name, end)
    out = {f"doc:{f.removeprefix('rel:')}" for f in seen}
    if tied >= 2:
        out.add("doc:tied_twice")
    elif not tied:
        out.add("doc:untied")
    return out
