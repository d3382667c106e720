"""Named organisations and people attacked or breached (their sectors: `victim_sectors`).

News states a victim in the headline and the lead, in a few ways, in every language: the
organisation then what happened to it ("Planet Ice hacked!", "Yamaha confirms cyberattack", "La
clinique André Renard a été victime d'une cyber-attaque", "AZ Monica was hit by"), or the attack
then the organisation ("cyberattack on AZ Monica", "Rhysida claims the hack of the Government of
Peru", "cyberaanval op het ziekenhuis van Roeselare"). We find those triggers in the headline and
the first sentences and read the name next to them; a statistical recogniser (spaCy, see
`veilleur.enrich.nlp`) then vetoes what is a date, a number or a nationality ("April 19"), and
says which names are people. Words that begin sentences ("There", "Hackers") never name a victim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veilleur.enrich.geo import _gazetteer
from veilleur.enrich.victim_dictionary import lower_case_tail
from veilleur.enrich.victim_lists import _listed, _listed_victims, _threat_or_place
from veilleur.enrich.victim_more_reads import MORE_READS
from veilleur.enrich.victim_name_sets import _DESCRIPTORS, _INSTITUTIONAL, _STOP_NAMES
from veilleur.enrich.victim_rule_names import (
    COUNTRY_OPENING,
    ITS_SITE,
    PRODUCT_FLAW,
    TITLE_VERB,
    breached_agency,
    without_domain,
)
from veilleur.enrich.victim_shapes import (
    _BEFORE_FR,
    _HEADLINE,
    _NAME,
    _SUBJECT_FR,
    LONG_NAME,
    OWN_DATA_TAKEN,
    PUBLIC_BODY,
    before_tool,
    whole_body_name,
    without_article,
    without_common_noun,
    without_opening,
)
from veilleur.text.openings import opened
from veilleur.text.prefilter import screened
from veilleur.text.sentences import split_sentences

# What follows an active verb: its object ("hacked Iranian State TV", "breached the bank"), not a
# preposition or adverb of a passive ("hacked In March", "Breached By LockBit", "hacked again").
_OBJECT_NEXT = (
    # ("hacked into the servers of": the attacker's verb, its object after "into")
    r"\s(?:into\s)?(?:(?:the|a|an|its|their|his|her|several|multiple|dozens|hundreds|thousands)\s|"
    r"(?!(?i:by|in|on|at|after|via|through|over|during|following|amid|and|as|for|with|from|again|last|"
    r"this|twice|earlier|since|but|or|to|into)\b)(?-i:[A-Z0-9])(?!\w*ing\b))"
)
_ATTACK = (
    r"(?:cyber[- ]?attack|cyber[- ]?incident|cyber ?security incident|security incident|data breach|breach|"
    r"ransomware attack|ransomware|hack|network intrusion|intrusion|data leak|leak|attack|incident|"
    r"outage|compromise|extortion)"
)
_BODY_AFTER = re.compile(rf"\s{PUBLIC_BODY}\b")
# The name, then what happened to it (the headline may drop the auxiliary).
_BEFORE_EN = screened(
    rf"(?P<name>{LONG_NAME})(?:['’]s)?(?:\s\([^)]{{1,20}}\))?"
    # An apposition between the name and the verb: "Vesuvius, a UK engineering company, said it was hit".
    r"(?:,\s(?:a|an|the)\s[^,.;()]{2,60},)?"
    # What of it was hit, in lower case: "GroupGreeting e-card site attacked", "X dating app hacked".
    r"(?:\s(?:[a-z][\w-]*\s){0,2}?(?:site|website|app|platform|portal|store|shop|service)"
    # and its size: "X streaming platform with 37m subscribers leaks user data".
    r"(?:\swith\s[\d.,]+\s?(?:[mk]|million|thousand)?\s[a-z]+)?)?"
    # A country's or a town's body, in lower case: "Dutch police breached by a state actor".
    rf"(?:\s{PUBLIC_BODY})?"
    # When, between the name and its verb, as news writes it: "X on Monday confirmed", "X in
    # October revealed", "X last week disclosed".
    r"(?:\s(?:on|in|last|earlier\sthis|this)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|week|month))?"
    rf",?\s(?:(?i:"
    r"(?:(?:is|was|has been|have been|were|gets|got)\s(?:hacked|breached|attacked|compromised|extorted|defaced)"
    # Without an auxiliary, a participle with an object is the attacker's verb: "Planet Ice hacked!",
    # not "Hacktivists hacked Iranian State TV" nor "Crooks breached the bank".
    rf"|(?:hacked|breached|attacked|compromised|extorted|defaced)(?!{_OBJECT_NEXT})"
    r"|(?:(?:is|was|has been|have been|were|gets|got)\s)?"
    r"(?:hit by|hit with|struck by|targeted by|crippled by|"
    r"fined\s(?:over|for)|(?:the\s)?(?:latest\s|newest\s|new\s|another\s|next\s)?victim\sof|"
    # ("Pierce Transit has fallen victim to a cyberattack", "X fell victim to ransomware")
    r"(?:(?:has|have|had)\s)?(?:falls|fell|fallen)\svictim|"
    # "X, a UK retail company, had its systems compromised", "X had its website defaced".
    r"had\s(?:its|their)\s(?:[\w-]+\s){0,3}?(?:hacked|breached|compromised|encrypted|stolen|accessed|"
    r"leaked|exposed|defaced|hijacked)))"
    # A progressive verb after its auxiliary: "NHLS is recovering from a ransomware attack", "X is still
    # investigating the breach", "X was battling a cyberattack".
    r"|(?:(?:is|was|are|were)\s(?:still\s|now\s)?(?=recovering|investigating|responding|probing|notifying|"
    r"battling|dealing|reeling|grappling))?"
    # (not "X reported on a breach": who tells the news)
    r"(?:confirms?|confirmed|discloses?|disclosed|(?:reports?|reported)(?!\son\s(?:a|an|the)\s)|suffers?|"
    r"suffered|admits?|admitted|"
    r"investigat\w*|probes?|notif\w*|detects?|declares?|hit by|recovering from|responds to|responding to|"
    r"battl(?:es?|ed|ing)|dealing with|reeling from|grappling with|warns (?:of|about)|"
    # What an attack cost it: "Keytronic incurred $17 million of expenses following ransomware attack".
    r"incur(?:s|red)?|"
    # "X warns customers about potentially stolen data", "X tells users their data was exposed".
    r"(?:warns?|warned|tells?|told|alerts?|alerted|emails?|emailed)\s(?:its\s)?(?:customers|users|clients|"
    r"members|patients|staff|employees|subscribers)|"
    r"paid|pays|restores?|restored|restarts?|restarted|recovers?|recovered|shuts?|shut down|"
    r"(?:recently\s)?(?:encountered|experienced|sustained|faced)|"
    r"bevestigt|meldt|bestätigt|meldet)\s"
    rf"(?:[^\s.;:]+\s){{0,7}}?(?:{_ATTACK}|attackers|hackers|thieves|crooks|extortionists|unauthori[sz]ed|stolen|"
    r"cyberaanval|hackerangriff|"
    # (a whole word, inflected: "breached", "Cyberangriffe"; not "The Hacker News")
    r"cyberangriff)(?:s|es|e|ed|d|ing|en)?\b)"
    # "Activision employee data", "Gucci customer records": whose data was taken.
    # Title Case headlines write them capitalised: "Hackers Leak Another Set of Medibank Customer Data".
    r"|(?i:(?:customer|employee|user|patient|student|client|member|staff|subscriber|passenger)s?['’]?\s"
    r"(?:data|records|information|details|PII|database|accounts|passwords))\b"
    # "Shopify says stolen customer data was taken", "X confirms stolen employee records": the stolen
    # data it speaks of is its own.
    r"|(?:says|said|confirms?|confirmed|admits?|admitted)\s(?:that\s)?stolen\s(?:[\w-]+\s){0,2}?"
    r"(?:data|records|information|details|credentials|files)\b"
    # "X says thousands of customer accounts breached": what it says was taken is its own.
    r"|(?:says|said|reveals|revealed|admits|admitted)\s(?:[\w,]+\s){0,4}?(?:customer|employee|user|patient|"
    r"client|member|staff|subscriber)s?['’]?\s(?:data|records|information|details|accounts|passwords)\s"
    r"(?:(?:were|was|had been|have been)\s)?(?:breached|stolen|exposed|accessed|leaked|compromised)"
    # What of its own people's data a firm says was taken (`victim_shapes.OWN_DATA_TAKEN`).
    rf"|{OWN_DATA_TAKEN}"
    # "FlipaClip animation app data breach": a few lower-case words describing it, then the attack.
    r"|(?:[a-z][\w-]*\s){0,3}?[\"“‘']?(?i:data breach(?:es)?|cyber[- ]?attack|ransomware attack|hack|"
    r"breach(?:es)?)\b)"
)
# Lower-case nouns that end a description in front of a name, in English, French, Dutch and German
# ("Dutch shipping firm", "Russian state media", "payment service provider", "the Portuguese municipal
# water utility", "Indian multinational", "datalek bij zorgverzekeraar X", "chez l'opérateur X").
_DESCRIPTION_END = (
    r"(?:giant|firm|company|maker|carmaker|automaker|provider|conglomerate|retailer|operator|chain|"
    r"vendor|startup|outfit|biz|specialist|manufacturer|developer|dev|insurer|hospital|clinic|bank|platform|"
    r"app|utility|service|airline|telco|isp|agency|department|university|school|charity|brand|publisher|"
    r"broadcaster|media|outlet|network|organi[sz]ation|business|group|exchange|supplier|contractor|player|"
    r"district|multinational|entreprise|société|opérateur|fabricant|fournisseur|éditeur|enseigne|assureur|"
    r"bedrijf|leverancier|verzekeraar|zorgverzekeraar|webwinkel|winkelketen|Unternehmen|Hersteller|Konzern|"
    r"Anbieter|Versicherer|Dienstleister|Zulieferer|Händler|Betreiber|Maschinenbauer|Autobauer)"
)
# The attack, then its target.
_AFTER = opened(
    r"(?i:(?:cyberattaque|cyber-attaque|attaque(?: informatique)?|piratage|fuite de données|intrusion|"
    r"cyber[- ]?attacks?|ransomware attacks?|attacks?|breach(?:es)?|hack(?:s|ing)?|leak|cyberaanval|aanval|"
    r"cyberangriff|angriff|hackerangriff|incident|(?:data\s)?thefts?|raids?)\s(?:contre|visant|chez|sur|on|at|"
    r"against|targeting|"
    r"affecting|hitting|of|op|bij|tegen|auf|gegen|bei)\s"
    # "Ransomware attack hit KFC", "a cyber attack that targeted VGTRK", "outage affecting Cellcom".
    r"|(?:attacks?|cyberattacks?|cyber attacks?|breach(?:es)?|hacks?|incidents?|outages?|intrusions?)\s"
    r"(?:(?:that|which)\s)?(?:(?:has|have|had)\s)?(?:hit|hits|targeted|targets|affect(?:s|ed|ing)|"
    r"impact(?:s|ed|ing)|disrupt(?:s|ed|ing)|crippled|cripples|struck|strikes|paralys(?:es|ed))\s"
    r"|(?:datalek|lek|datenleck|datenpanne|fuite de données)\s(?:bij|chez|bei)\s"
    # "incident de cybersécurité à l'hôpital X", "cyberattaque au CHU de X", "cyberaanval in AZ X".
    r"|(?i:cyber-?attaque|attaque informatique|piratage|rançongiciel|incident (?:de cybersécurité|de sécurité|"
    r"informatique|cyber)|cyberaanval|hackersaanval)\s(?:à|au|aux|dans|in|bij)\s"
    r"|(?:claims?|claimed|revendique)\s(?:the\s|responsibility for the\s|la\s|le\s)?(?:hack|attack|breach|"
    r"attaque|piratage)\s(?:of|on|against|de|contre)\s"
    # (as a Title Case headline writes it too: "Hackers Breach X", "Ransomware Gang Hits X")
    r"|(?i:(?:ransomware|hackers?|gang|group|crooks|attackers?|cybercriminals?)\s(?:attacks?|hits?|hit|strikes?|"
    r"struck|raid(?:s|ed)?|breach(?:es|ed)?"
    r"|hacks?|hacked|targets?|targeted|steals? from|stole from|stole data from|leaks? data (?:of|from)))\s"
    # "when it attacked Argentina's Judiciary of Córdoba", "stole data from X"; not "hit by X".
    # Extorted and fined in Dutch, German and French: "Hackers persen X af", "AP beboet X", "Hacker
    # erpressen X", "Bußgeld gegen X", "des pirates rançonnent X".
    r"|\b(?:persen|perst|beboet|beboette|erpressen|erpresste|rançonnent|rançonne|Bußgeld gegen|"
    r"boete (?:aan|voor)|(?:inflige|infligé|infligée|infligent)\s(?:une\s)?amende\s(?:de\s[^.;]{1,40}?\s)?à)\s"
    r"|\b(?:attacked|breached|hacked|compromised|infiltrated|compromise|infiltrate|singled out|"
    r"(?:stole|steal|steals) (?:[\w$€£.,]+\s){0,3}?from|stolen from|theft of (?:[\w$,.]+\s){0,6}?from|"
    # "exposed data of the staff at the Dublin Airport", "stole records of X customers".
    r"(?:exposed|exposes|leaked|leaks|stole|steals)\s(?:the\s)?(?:\w+\s)?(?:data|records|information|details)\s"
    r"(?:of|from|belonging to)(?:\s(?:the\s)?(?:staff|customers|employees|users|patients|students|members|clients)"
    r"\s(?:at|of))?|"
    # The same in French: "volent les identifiants des clients de X", "dérobé les données de X".
    r"(?:vol(?:e|ent|é|ait|aient)|dérob(?:e|ent|é|ait|aient))\s(?:les\s|des\s|leurs\s)?(?:données|informations|"
    r"identifiants|fichiers)\s(?:de|des)(?:\s(?:clients|utilisateurs|employés|salariés|patients|abonnés|membres|"
    r"étudiants)\sde)?|"
    r"involving data from(?: [\d.,]+(?: million| billion)?)?|"
    # The owner of what the attackers broke into or took: "broke into systems belonging to X",
    # "break into a database belonging to X", "accessed files owned by X".
    r"(?:broke|break|breaking|broken|hacked|hacking)\sinto\s(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,2}?"
    r"(?:systems?|networks?|servers?|databases?|accounts?|computers?|devices?)\s(?:belonging\sto|owned\sby|"
    r"(?:run|operated|managed)\sby)|"
    r"(?:accessed|stole|stolen|steals?|stealing|exfiltrated|leaked|leaking|encrypted)\s(?:[\w$€£.,-]+\s){0,3}?"
    r"(?:data|files|documents|records|information|emails|databases?)\s(?:belonging\sto|owned\sby))\s)"
    # (a title's "The" too: "a database belonging to The Heritage Foundation")
    r"(?:(?:l'|la |le |les |the |The |het |de |die |der |das )?)(?:(?:[\w-]+\s){0,2}?(?:systems?|networks?|servers?) of (?:the )?)?"
    # "hit Dutch shipping firm Royal Dirkzwager": the description is not the name ("Argentina's
    # Judiciary of Córdoba", "Toptal's GitHub account": `_clean` keeps the owner unless it is a place).
    rf"(?:(?:[\w.&-]+\s){{0,3}}?{_DESCRIPTION_END}\s)?"
    rf"(?P<name>{_NAME})"
)
# A place's possessive, its description of a name, then the name ("Sweden's power grid operator X").
_PLACE_DESCRIBED = re.compile(rf"['’]s\s(?:[a-z][\w-]*\s){{0,4}}?{_DESCRIPTION_END}\s(?P<name>{_NAME})")
# Sentences of the text, after the headline, where victims are looked for: the lead.
LEAD_SENTENCES = 10


@dataclass(frozen=True)
class VictimMention:
    name: str
    sentence: str  # the headline or sentence that names it as attacked
    described_as: str = ""  # the words just before the name ("telecom giant")
    how: str = ""  # which shape named it: before, fr, after, headline, list
    breached: bool = False  # an agency the sentence says was breached (`victim_rule_names.breached_agency`)


# One to three capitalised words and a possessive: maybe a place ("South Korea's") before the name.
_PLACE_OWNER = re.compile(r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})['’]s\s(?=[A-Z0-9])")


def _clean(name: str) -> str:
    name = name.split("\n", 1)[0]  # a title line and the next one are not one name
    name = name.strip(" ,.'’!?:;")
    name = without_opening(without_article(name))
    name = re.sub(r"['’]s$", "", name)
    name = without_common_noun(name)
    # "427 TB of AAP data": the amount stolen is not part of the owner's name.
    name = re.sub(r"^(?:[\d.,]+\s?)?[KMGTP]B\sof\s", "", name)
    # "Another Set of Medibank Customer Data", "Millions of X Users": a Title Case headline's amount
    # or batch of what was taken is not part of the owner's name either.
    name = BATCH_OF.sub("", name)
    # "China's Microsoft email breach", "South Korea's SK Telecom": the place that owns the story is
    # not part of the name.
    owner = _PLACE_OWNER.match(name)
    if owner and owner.group(1).casefold() in _gazetteer()[0]:
        name = name[owner.end() :]
    # "MITRE's Networked Experimentation Environment": the owner ("the Prime Minister's Office": one body).
    name = re.split(r"['’]s\s(?!Office\b)", name, maxsplit=1)[0]
    words = name.split()
    # "U.S. Telecom Giant T-Mobile": the name starts after the last descriptor word.
    # A capitalised institution noun is part of the name ("Bank Sepah", "Toronto District School Board",
    # "Richmond University Medical Center").
    cut = max(
        (
            i + 1
            for i, w in enumerate(words[:-1])
            if w.casefold().strip(",") in _DESCRIPTORS
            and not (w[:1].isupper() and w.casefold() in _INSTITUTIONAL)
        ),
        default=0,
    )
    name = " ".join(words[cut:])
    if re.match(r"[a-z]{1,5}[A-Z]", name):  # "digiDirect", "iPhone": the brand's own spelling
        return name
    return name[:1].upper() + name[1:]


# Words that end a candidate without being part of the name ("MITRE Network Intrusion"), and one
# of its people whose device or account was hit ("Attack on CircleCI Engineer's Laptop"): the firm.
_TRAILING = set(
    """
    network networks intrusion zero-day rce flaw flaws bug bugs vulnerability vulnerabilities breach hack
    data attack attacks servers systems customers users employees accounts database databases leaders
    members staff officials executives workers students patients clients subscribers ddos
    engineer employee developer staffer worker executive
    """.split()
)
# A name tied to a country or a threat ("Iran-linked", "Russian-speaking", "Kimsuky APT").
_THREAT_SHAPED = re.compile(r"(?i)-(?:linked|nexus|backed|aligned|sponsored|speaking)\b|\bAPT\d*$|\bgang$")


# "Another Set of Medibank Customer Data", "Millions of X Users": a Title Case headline's amount or
# batch of what was taken is not part of the owner's name (`_clean` here and in victim_features).
BATCH_OF = re.compile(
    # A Title Case verb may open it: "Dump Millions of Kellbrook".
    r"^(?:[A-Z][a-z]+\s){0,2}?(?i:(?:another|a|new|more|latest|fresh|second|third|huge|massive)\s)?"
    r"(?i:set|batch|trove|cache|"
    r"dump|tranche|wave|round|millions|thousands|hundreds|billions)\sof\s(?=[A-Z0-9])"
)
# A Title Case count before a name ("20 Million X Accounts"): the count is no word of the name.
COUNT_WORD = re.compile(r"^(?:Millions?|Billions?|Trillions?)\s(?=[A-Z0-9])")
# "Medibank Customer" of "Medibank Customer Data": whose data it is, then the data.
OWNER_DATA_WORDS = r"Customer|Employee|User|Patient|Student|Client|Member|Staff|Subscriber|Passenger"
_DATA_KIND = re.compile(
    # Not the owner's data ("Medibank Customer Data", "Acme Employee Records"): the name owns it.
    rf"(?!\s(?:{OWNER_DATA_WORDS})s?['’]?\s)"
    r"(?:\s[A-Z][\w-]*){1,2}\s(?:Numbers?|Records|Data|Details|Information|Credentials)\b"
)


def _trim(name: str) -> str:
    name = ITS_SITE.sub("", name) if " " in name else name
    words = before_tool(name.split())  # (which leaves no tool after the first word)
    while len(words) > 1 and words[-1].casefold() in _TRAILING:
        words.pop()
    return " ".join(words)


def _acceptable(name: str, text: str = "") -> bool:
    words = name.split()
    if (
        not words
        or len(name) < 2
        or words[0].casefold().strip(".") in _STOP_NAMES
        or _THREAT_SHAPED.search(name)
    ):
        return False
    # One capitalised word the text also writes in lower case ("Supply chain", "Unlike") is a word.
    # (A domain, "bybit.com", is the brand's own spelling, not a word.)
    if len(words) == 1 and text and re.search(rf"(?<![\w.]){re.escape(name.casefold())}(?!\w|\.\w)", text):
        return False
    return name.casefold() not in _STOP_NAMES and not re.fullmatch(r"[\d\s.,:/-]+|(?i:CVE-\d{4}-\d+)", name)


def _passages(text: str) -> list[str]:
    """The headline (first line) and the lead's sentences."""
    title, _, body = text.partition("\n")
    return [title, *split_sentences(body[:3000])[:LEAD_SENTENCES]]


def listed_victims(sentence: str, text: str = "", loose: bool = True) -> list[str]:
    """The names of the lists `sentence` introduces as victims ("LockBit's high profile targets
    have in the past included tech manufacturer X, NHS vendor Y, and IT giant Z"), each once, those
    `_acceptable` in `text`: what the body of an explainer says a gang hit (not `loose`: without
    "companies like X" lists, `victim_lists._listed_victims`)."""
    out: list[str] = []
    for match in _listed_victims(sentence, loose):
        written = [match.group("name"), *_listed(sentence, match.start("name"), match.end("name"), True)]
        for name in (_trim(_clean(w)) for w in written):
            if name not in out and _acceptable(name, text):
                out.append(name)
    return out


def victim_mentions(text: str) -> list[VictimMention]:
    """Names the headline (first line of `text`) and the lead say were attacked, in order, once."""
    return rule_reads(text)[0]


def rule_reads(text: str) -> tuple[list[VictimMention], dict[str, set[int]]]:
    """`victim_mentions` and, for each mention's name, the passages whose trigger read it (0 the
    headline, 1 the lead's first sentence…): a name read in both is the story's victim."""
    found: dict[str, VictimMention] = {}
    where: dict[str, set[int]] = {}
    for index, passage in enumerate(_passages(text)):
        patterns = [("before", _BEFORE_EN), ("fr", _BEFORE_FR), ("fr", _SUBJECT_FR), ("after", _AFTER)]
        patterns += MORE_READS  # (`victim_more_reads`: STOLE_OWN and the roundups' wordings)
        if index == 0:
            patterns.append(("headline", _HEADLINE))
        # A list introduced as victims first: its names are read as such whatever else reads them.
        reads = [("victims", match) for match in _listed_victims(passage)]
        reads += [(how, match) for how, pattern in patterns for match in pattern.finditer(passage)]
        for how, match in reads:
            written, (start, stop) = match.group("name"), match.span("name")
            # "hack of Sweden's power grid operator X": the place owns the story, X was hit.
            owner = re.sub(r"['’]s$", "", written)
            described = _PLACE_DESCRIBED.match(passage, start + len(owner))
            if described and owner.casefold() in _gazetteer()[0]:
                written, (start, stop) = described.group("name"), described.span("name")
            # ("Svenska kraftnät": a name that goes on in lower case, `lower_case_tail`)
            longer = lower_case_tail(written, passage, stop, text)
            written, stop = longer, stop + len(longer) - len(written)
            name = without_domain(_trim(_clean(written)), text)
            # "attackers target Zyxel RCE vulnerability": a product's flaw, not a victim.
            if PRODUCT_FLAW.match(f"{written} {passage[stop:][:40]}"[len(name) :].lstrip()):
                continue
            # "the theft of Social Security Numbers": the first word of a kind of data, not its owner.
            kind = _DATA_KIND.match(passage, stop)
            if kind and not any(TITLE_VERB.fullmatch(w) for w in kind.group(0).split()[:-1]):
                continue  # (not "Talvox Confirms Data Breach": a Title Case verb comes first)
            body = _BODY_AFTER.match(passage, stop)
            # "Dutch police": the body, not its country (a people's name opens no other name)
            public_body = bool(body and name == written and name.casefold() in _gazetteer()[0])
            name += body.group(0) if body and public_body else ""
            end = stop
            if written.endswith(name) and not public_body:
                name, end = whole_body_name(name, passage, end)
            breached = breached_agency(name, passage[match.start() : start])
            name = COUNTRY_OPENING.sub("", name) if breached else name
            if not (public_body or breached or _acceptable(name, text)):
                continue
            key = name.casefold()
            # "Yamaha Motor Philippines" and "Yamaha" in the lead are one victim.
            same = [k for k in found if k == key or (min(len(k), len(key)) > 3 and (key in k or k in key))]
            if same:
                where[found[same[0]].name].add(index)
                continue
            where[name] = {index}
            before = passage[max(0, start - 40) : start]
            found[key] = VictimMention(
                name, passage, f"{before} {written[: max(0, len(written) - len(name))]}", how, breached
            )
            # "Gucci, Balenciaga and Alexander McQueen": the other names of the list.
            for other in _listed(passage, start, end, how == "victims"):
                other = _trim(_clean(other))
                if _acceptable(other, text) and other.casefold() not in found:
                    found[other.casefold()] = VictimMention(
                        other, passage, "", "victims" if how == "victims" else "list"
                    )
                    where.setdefault(other, set()).add(index)
    return list(found.values()), where


def find_victims(text: str) -> list[str]:
    """Names of the organisations the text says were attacked, in order, without repeats. The
    first line of `text` is read as the headline."""
    return [mention.name for mention in victim_mentions(text) if not _threat_or_place(mention.name)]
