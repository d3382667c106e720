"""Shapes of a candidate that is never a victim whatever the model says, read on the name and the
words written before it (`never_by_shape`): a campaign, a stretch of time, a state, a unit, a thing
introduced by name, a person introduced by the role they speak in, a supplier's client; and a
product named by its kind of thing (`product_kind`). Split from `victim_admissible` (the veto's
order of reasons), which asks them in turn."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.victim_features import Candidate
from veilleur.enrich.victim_fragments import ends_initialled_name
from veilleur.enrich.victim_named_anyway import organisation_called, own_thing_attacked
from veilleur.enrich.victim_reporting import alias_listed, outlet_reporting, reporter_or_file_kind
from veilleur.enrich.victim_written_as import describes_many, listed_as_things

# A product or feature named by its kind of thing ("Customer Identity Cloud", "Cross-Origin
# Authentication", "Plateforme Fictiva"): what an attack aimed at, its maker or users are the victims,
# unless the sentence says the thing itself was breached ("Acme Cloud was breached", "piratage de X").
# ("Services" is left out: "National Health Service" is an organisation.)
_PRODUCT_KIND = re.compile(
    r"\s(?:Cloud|Platform|Suite|Authentication|Portal|API|Plugin|Plug-in|Extension|Framework|SDK|Feature|"
    r"Console|Dashboard|VPN|CLI|Desktop|Server|Firmware"
    # (and kinds of things in the plural: "Windows PCs", "Malicious Nx Packages", "Large Language Models")
    r"|PCs|Laptops|Smartphones|Phones|Devices|Routers|Packages|Libraries|Modules|Plugins|Extensions|Models|Apps|ATMs)$"
    r"|^(?:Plateforme|Portail|Suite|Platform|Plattform)\s"
)
_ITSELF_BREACHED = (
    r"{name}\s(?:(?:was|were|has been|had been|got|a été|ont été|werd|wurde|is)\s)?(?:breached|hacked|"
    r"compromised|piratée?s?|compromise|gehackt)\b|\b(?:breach|hack|compromise|intrusion|piratage|"
    r"compromission)\s(?:of|at|on|de|du|chez)\s(?:the\s|la\s|le\s|l['’])?{name}"
)


def product_kind(candidate: Candidate) -> bool:
    """A name shaped as a product or feature that the sentence never says was itself breached."""
    if not _PRODUCT_KIND.search(candidate.name):
        return False
    said = _ITSELF_BREACHED.format(name=re.escape(candidate.name))
    return not re.search(said, candidate.sentence, re.I)


@lru_cache(maxsize=1)
def _never_shapes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a name that is no organisation, words introducing a thing's name, a role before a person's
    name), compiled on first use."""
    name = re.compile(
        # A campaign ("Operation Phantom Circuit"), a stretch of time the recogniser calls a date
        # ("Earlier in the year", "End of this month"), a state ("Democratic People's Republic of
        # Korea"), a unit ("5.6 Tbps"), the "s" of a typographic possessive ("group’s Tor").
        # A time word inside a name follows another word ("Zero-day", "two years ago"): a name that
        # starts with one is a company's ("Days Harbour Inn").
        r"(?i)^(?:operation|opération|operatie|operación|campaign)\s"
        r"|\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|ago|this|last|next|earlier|later)$"
        r"|(?<=[\s-])(?:years?|months?|weeks?|days?)\b(?:\s|$)"
        # "Federation of X" alone is an association's name ("Federation of Small Businesses").
        r"|\bpeople['’]s republic\b|^(?:(?:democratic|islamic|federal|united)\s)*(?:republic|kingdom)\sof\s"
        # (and an amount of data, "25.7GB", "200 MB": what was stolen, never a brand with digits)
        r"|^(?:[\d.,]+\s?)?(?:[KMGT]bps|[KMGTP]B)$"
        # A people and a kind of organisation describe one without naming it ("Australian FinTech",
        # "North Korean IT"), and a people and kinds of organisation describe many ("Chinese Hackers
        # Target Japanese Firms"); "Australian Defence Force" is a name.
        r"|^(?:(?:south|north|east|west)\s)?[a-z]+(?:an|ese|ish|i|ic)\s(?:IT|fintech|tech|firms?|company|"
        r"companies|governments?|hospitals?|banks?|telcos?|retailers?|giant|state media|media|officials?|"
        r"startups?|organi[sz]ations|entities|businesses|agencies|users|targets|victims)$"
        # A region's people ("Eastern European", "Southeast Asian", "South Korean", "Middle Eastern"):
        # no organisation.
        r"|^(?:eastern|western|northern|southern|central|south-?east|north-?east|south-?west|north-?west|"
        r"southeast|northeast|southwest|northwest|south|north|east|west|middle|latin)\s[a-z]+(?:an|ese|ish|ic|ern)$"
        # A column's or a newsletter's own name ("Threatsday Bulletin", "Monday Recap").
        r"|\s(?:bulletin|newsletter|recap|roundup|round-up|digest|podcast)$"
        # A former member's description ("Ex-White House", "Former NSA"): a person, not the body.
        r"|^(?:ex-|former\s|ancien\s|ancienne\s|voormalig\s|ehemalige?r?\s)"
        # Kinds of data a breach exposes ("Social Security Numbers", "Customer Proprietary Network
        # Information"), not the owner of the data ("National Public Data" is a firm).
        r"|\s(?:numbers|information|records|credentials|passwords|details|informations|gegevens|daten)$"
        # A kind of attack named with its unit or protocol ("5.6 Tbps DDoS", "HTTP Flood", "Device
        # Code Phishing", "SMS-Phishing"), or the malware used ("Linux Systems Using SNOWLIGHT Malware",
        # a headline's Title Case run): the attack or its tool, not who suffered it.
        r"|[\s-](?:ddos|flood|phishing|smishing|vishing|botnet|exploit|attacks?|hameçonnage|aanval|angriff|"
        r"malware|maliciel|schadsoftware)$"
        # An adverb opening a sentence ("Typically", "Additionally", "Reportedly", "Similarly").
        r"|^[a-z]{3,}(?:ically|ionally|ially|ively|ously|ently|antly|ately|edly|ingly|ularly|ilarly|nally)$"
    )
    # "a backdoor called Rungan", "a variant codenamed PromptLock", "dubbed Operation X": a thing named.
    introduced = re.compile(
        r"(?i)\b(?:called|dubbed|termed|codenamed|code-named|nicknamed|tracked as|known as|aka|a\.k\.a\.|"
        r"baptisé|surnommé|nommé|genaamd|genannt)\s+[\"“‘']?$"
        # "which termed the leak X", "named the campaign X": what an event is called, not who suffered it
        r"|\b(?:called|dubbed|termed|named|nicknamed)\s(?:the|this|it)\s(?:leak|breach|incident|exposure|"
        r"campaign|operation|attack|flaw|bug|vulnerability|technique)s?\s+[\"“‘']?$"
    )
    # "Trend Micro researchers Jaromir Horejsi and Nitesh Surana said", "the company's CEO Ben Zhou":
    # a person named by the role they speak in.
    role = re.compile(
        # Only the role ignores case: the words between it and the name are capitalised first names
        # ("researchers Jon Vey and "), not "the director of the Clinique X" nor "le porte-parole de
        # la mairie de X", where X is the victim. An employer is none: a researcher's ("researchers
        # at Trend Micro", "from Acme's Threat Hunter Team", "an analyst for the US Air Force"),
        # anyone's "at" ("founder and CEO at the Cordoba Foundation").
        r"\b(?i:researchers?|analysts?|chercheurs?|onderzoekers?|Forscher)\s"
        r"(?i:at|in|from|with|for|of|chez|de|bij|von|bei)\s(?i:the\s)?(?:[A-Z][\w’'-]+\s){0,2}$"
        r"|\b(?i:CEO|CTO|CISO|founder|co-founder|president|chairman|spokes(?:wo)?man|secretary|minister|"
        r"governor|mayor|senator|commissioner|spokesperson|director)\s(?i:at)\s(?i:the\s)?$"
        r"|\b(?i:researchers?|analysts?|CEO|CTO|CISO|founder|co-founder|co-authors?|president|chairman|"
        r"spokes(?:wo)?man|secretary|minister|ministre|governor|mayor|senator|commissioner|"
        r"spokesperson|director|chercheurs?|porte-parole|PDG|onderzoekers?|Forscher)\s"
        r"(?:[A-Z][\w’'-]+\s){0,3}?(?:(?:and|et|en|und)\s)?$"
        # "The president of the Parliament, Roberta Metsola,": the role, its institution, the person.
        r"|\b(?i:CEO|CTO|CISO|founder|co-founder|president|chairman|spokes(?:wo)?man|spokesperson|secretary|"
        r"minister|director|head|chief|porte-parole|PDG|président|directeur)\s(?i:of|at|de|du|van|von)\s"
        r"(?i:the\s|la\s|le\s|l['’])?(?:[A-Z][\w’'&-]+\s?){1,4},\s$"
    )
    return name, introduced, role


@lru_cache(maxsize=1)
def _client() -> re.Pattern[str]:
    """What a supplier serves, written before the client's name; compiled on first use."""
    return re.compile(
        r"(?i)\b(?:suppliers?|providers?|vendors?|contractors?|supplies|provides|sells)\b[^.;]{0,60}?"
        r"\bto\s(?:the\s)?(?:[A-Z][\w’'-]*['’]s\s)?$"
    )


def never_by_shape(candidate: Candidate) -> bool:
    """A campaign, a stretch of time, a state, a unit; a thing the text introduces by name ("a
    backdoor called X"); a person introduced by the role they speak in ("researchers X and Y")."""
    name, introduced, role = _never_shapes()
    # (a handle, "@Europarl_EN", is an account, its owner named elsewhere; "X Orgs" describes many)
    if name.search(candidate.name) or candidate.name.startswith("@") or describes_many(candidate.name):
        return True
    # The "s" of a typographic possessive the recogniser took as a name ("group’s Tor" → "S Tor"),
    # not a name that starts with "S" ("S Group").
    if candidate.name[:2] in {"S ", "s "} and re.search(
        rf"\w['’]{re.escape(candidate.name)}", candidate.sentence, re.I
    ):
        return True
    at = candidate.sentence.find(candidate.name)
    before = candidate.sentence[max(0, at - 60) : at] if at >= 0 else candidate.described_as
    if (introduced.search(before) and not organisation_called(before)) or (
        at >= 0 and listed_as_things(candidate.sentence[max(0, at - 200) : at])
    ):
        return True
    if reporter_or_file_kind(candidate) or alias_listed(candidate) or outlet_reporting(candidate):
        return True
    if ends_initialled_name(candidate.name, candidate.sentence):  # "Planet" of "Hack the Planet (HTP)"
        return True
    # "a major supplier of healthcare equipment to the UK's National Health Service": the client of
    # the company the article is about, not its victim (unless a trigger rule reads it as attacked).
    if not any(f.startswith("rule:") for f in candidate.features) and _client().search(before):
        return True
    return (
        candidate.label in {"PERSON", "PER", "ORG", ""}
        and " " in candidate.name
        and bool(role.search(before))
        and not own_thing_attacked(candidate.name, candidate.sentence)
    )
