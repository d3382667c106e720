"""What is never a victim whatever the victim model says (`admissible`): a date, number or
nationality, a pronoun, a month, the outlet, a known threat, product or place, words of a Title Case
headline, a person quoted in the lead. Used by `victim_model` on each candidate."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.nlp import english_noun, english_words
from veilleur.enrich.security_people import named_in_passing
from veilleur.enrich.victim_dictionary import _dictionary_word
from veilleur.enrich.victim_features import _MODIFIER, Candidate, brand_with_digits
from veilleur.enrich.victim_named_anyway import brand_counted, organisation_called, own_thing_attacked
from veilleur.enrich.victim_openings import opens_with_institution
from veilleur.enrich.victim_reporting import alias_listed, is_show, outlet_reporting, reporter_or_file_kind
from veilleur.enrich.victim_sentence_words import sentence_word_reason
from veilleur.enrich.victim_terms import term_of_the_field
from veilleur.enrich.victim_words import _PARTICLES, describes_many, listed_as_things, named_after_kind

# Entity labels that a victim's name never is: dates, numbers, nationalities, languages.
_NOT_A_VICTIM = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "NORP", "LANGUAGE"}
# The recogniser calls some brands NORP ("Yamaha"); only demonym-shaped names are nationalities,
# of a region too, in two words ("Middle Eastern", "South African", "Latin American").
_DEMONYM = re.compile(r"(?i)^(?:[\w-]+\s)?[\w-]+(?:an|ese|ish|i|ic|ern)$")
# Features no victim has: a pronoun or sentence word, a month, a number, the outlet, a threat, a place.
_NEVER = {"known:stop", "known:date", "shape:number", "known:outlet", "known:threat", "known:place"}
_QUOTED = re.compile(r"researchers?|analysts?|\bsaid\b|\bsays\b|\btold\b|according to|in the words of|experts?|spokes\w+|"
                     r"chercheurs?|selon|a déclaré|explique", re.I)  # fmt: skip


# A product or feature named by its kind of thing ("Customer Identity Cloud", "Cross-Origin
# Authentication", "Plateforme Fictiva"): what an attack aimed at, its maker or users are the victims,
# unless the sentence says the thing itself was breached ("Acme Cloud was breached", "piratage de X").
# ("Services" is left out: "National Health Service" is an organisation.)
_PRODUCT_KIND = re.compile(
    r"\s(?:Cloud|Platform|Suite|Authentication|Portal|API|Plugin|Plug-in|Extension|Framework|SDK|Feature|"
    r"Console|Dashboard|VPN|CLI)$|^(?:Plateforme|Portail|Suite|Platform|Plattform)\s"
)
_ITSELF_BREACHED = (
    r"{name}\s(?:(?:was|were|has been|had been|got|a été|ont été|werd|wurde|is)\s)?(?:breached|hacked|"
    r"compromised|piratée?s?|compromise|gehackt)\b|\b(?:breach|hack|compromise|intrusion|piratage|"
    r"compromission)\s(?:of|at|on|de|du|chez)\s(?:the\s|la\s|le\s|l['’])?{name}"
)


def _product_kind(candidate: Candidate) -> bool:
    """A name shaped as a product or feature that the sentence never says was itself breached."""
    if not _PRODUCT_KIND.search(candidate.name):
        return False
    said = _ITSELF_BREACHED.format(name=re.escape(candidate.name))
    return not re.search(said, candidate.sentence, re.I)


_PREPOSITION_BEFORE = {"L1:prep", "L1:place_prep"}
_KIND_OF_ATTACK = frozenset({"words:1", "count:1", "ent:none", "R1:attack"})
_NAME_LABELS = {"ent:ORG", "ent:PER", "ent:PERSON", "ent:LOC", "ent:GPE", "ent:FAC"}

_NAMED = {"ORG", "PERSON", "PER", "GPE", "LOC", "FAC", "PRODUCT"}
_CONTRACTION = re.compile(r"\w+['’](?:m|re|ve|ll|d|s|t)", re.I)


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
        r"(?i)\b(?:called|dubbed|codenamed|code-named|nicknamed|tracked as|known as|aka|a\.k\.a\.|"
        r"baptisé|surnommé|nommé|genaamd|genannt)\s+[\"“‘']?$"
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


def _never_by_shape(candidate: Candidate) -> bool:
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


def _plural_noun(name: str) -> bool:
    """One lower-case-able word that is an English noun's plural ("Teenagers", "Residents")."""
    word = name.casefold()
    return " " not in word and word.endswith("s") and english_noun(word[:-1])


def veto(candidate: Candidate) -> str:
    """Why `candidate` is never a victim whatever the model says ("" when nothing says so): a date,
    number or nationality, a pronoun, a month, the outlet, a known threat or place, a person quoted
    in the lead… (`bench/victim_diagnosis.py --vetoes` counts what each reason removes, held out)."""
    label = candidate.label
    # The recogniser calls some brands dates or nationalities ("Workday", "Experian", "Yamaha"):
    # its label vetoes a name only when the name has the shape too (digits, a month, a people).
    # It calls brands with digits numbers ("3CX", "23andMe" as CARDINAL): a trigger rule's name
    # ("attack on 3CX") of that shape is kept, and so is one such word counted alone (`brand_counted`).
    brand = (any(f.startswith("rule:") for f in candidate.features) or brand_counted(candidate)) and all(
        brand_with_digits(w) or not re.search(r"\d", w) for w in candidate.name.split()
    )
    if label in _NOT_A_VICTIM and (
        (label not in {"DATE", "NORP"} and not brand)
        or (label == "DATE" and (re.search(r"\d", candidate.name) or "known:date" in candidate.features))
        or (label == "NORP" and _DEMONYM.search(candidate.name) and "rule:before" not in candidate.features)
    ):
        return "entity label"
    if candidate.features & _NEVER or _MODIFIER.fullmatch(candidate.name) or _never_by_shape(candidate):
        return "never (date, outlet, threat, place, shape)"
    if term_of_the_field(candidate.name, candidate.sentence):  # "BEC", "SMTP", "USIM data", even ruled
        return "technical term"
    if is_show(candidate.name, candidate.sentence):
        return "show or newsletter"
    # A place the recogniser knows as one and the text writes as one ("la clinique X à Bourg-Fictif",
    # "a hospital in Hamm"): where the victim is, unless a trigger rule names it as attacked.
    if (
        label in {"LOC", "GPE"}
        and "L1:place_prep" in candidate.features
        and not any(f.startswith("rule:") for f in candidate.features)
        and "has:institution" not in candidate.features
    ):
        return "place where"
    # Our training pages are English: on other pages a name must be the recogniser's, the trigger
    # rules' or an institution's ("Jeux Vidéo", "Points Clés" are French headings, not names).
    # (The French model's MISC is headings and works as often as names: "Jeux Vidéo"; a French
    # headline in Title Case is no evidence, nor is "Groupe X", a threat group.)
    if "lang:en" not in candidate.features and not any(f.startswith("rule:") for f in candidate.features):
        if not (candidate.features & _NAME_LABELS or "has:institution" in candidate.features):
            return "not English: no name label"
        if "has:threat_word" in candidate.features:
            return "not English: threat word"
        if {"at:title_case", "at:title"} <= candidate.features and not candidate.features & {
            "at:first",
            "at:lead",
        }:
            return "not English: title case"
    ruled = any(f.startswith("rule:") for f in candidate.features)
    # Without a trigger rule reading it as attacked: a security firm, agency or outlet named outside
    # the headline reports; a run of a Title Case headline the recogniser does not call a name and
    # the lead does not repeat is words ("Western Firms Now Demanding Ransom"); a name with a
    # threat's word is a threat or a product ("Outlook Malware"); a place the recogniser knows is
    # where things happen. (Outlet-held-out, these are 1 victim in 900 candidates.)
    if not ruled and (
        ("known:reporter" in candidate.features and "at:title" not in candidate.features)
        # a name its page describes as a security firm ("the security consultancy X")
        or "desc:security" in candidate.features
        # an agency acting on someone: "Autoriteit Persoonsgegevens beboet X", "ICO fines X"
        or ({"known:reporter", "R1:verb_on"} <= candidate.features)
        or ("at:title_case" in candidate.features and not candidate.features & {"at:first", "at:lead"})
        or "has:threat_word" in candidate.features
        # (a name that opens with an institution word is the institution: "Hôpital X", "AZ X"; one its
        # sentence says was hit or disclosed it is an organisation the recogniser took for a place:
        # "Kalmora, a freight firm based in Leeds, said it had been breached")
        or (
            label in {"GPE", "LOC"}
            and not opens_with_institution(candidate.name)
            and not (
                # (or what an attack's verb acts on, "breached telcos Verizon, AT&T and Lumen", not
                # through a preposition, "target users on LinkedIn": the gazetteer's places are
                # vetoed above, so this is a name the recogniser took for one)
                (
                    candidate.features & {"rel:passive", "rel:subject"}
                    or ("rel:object" in candidate.features and not candidate.features & _PREPOSITION_BEFORE)
                )
                # (not "Texas-based Orlin Freight hit by…": a place in a compound adjective)
                and not re.search(rf"{re.escape(candidate.name)}-[a-z]", candidate.sentence)
            )
        )
    ):
        return "no rule: reporter, title words, threat word, place"
    if not ruled and named_in_passing(candidate.name, candidate.sentence, candidate.features):
        return "person named in passing"
    if not ruled and "written:gang" in candidate.features:  # the attackers ("the X gang") are no victim
        return "written as a gang"
    # A product is no organisation, even read by a rule ("Android users data", "WhatsApp users hit"):
    # its maker or its users' organisations are the victims.
    if "known:product" in candidate.features or _product_kind(candidate):
        return "product"
    if "shape:compound_words" in candidate.features or (
        "shape:sector_noun" in candidate.features and "lang:en" not in candidate.features
    ):
        return "compound or sector noun"
    if "shape:digit" in candidate.features:  # "Windows 11", "Q3 2024", "427GB"
        return "digits"
    # A run of a Title Case headline that the page never writes again, even read by a rule, is a
    # product or words ("Hackers Exploit Windows Flaw", "LLM Coding Integrity Breach").
    if {"at:title_case", "count:1"} <= candidate.features and not candidate.features & {
        "at:first",
        "at:lead",
    }:
        return "title case once"
    # A dictionary word that only ever opens a sentence, which the recogniser does not call a name.
    if {"shape:opening_word", "ent:none", "count:1"} <= candidate.features and not any(
        f.startswith("rule:") for f in candidate.features
    ):
        return "opening word"
    # An adjective opening the sentence before a lower-case noun, written nowhere else ("Massive
    # breach at a data seller", "Dental group fined"), even when a rule read it before "breach".
    if {"shape:opening_adjective", "count:1"} <= candidate.features:
        return "opening adjective"
    # One dictionary word, written once, that the recogniser calls no name, right before an attack
    # noun is a kind of attack, even read by a rule ("Insider breach at a bank exposes…", "AI Malware,
    # Cloud Breaches and Critical CVEs"): a victim's name comes back in the text, or is a name's.
    # (the word as written: "Optus" is no "opt")
    kind_of_attack = candidate.features >= _KIND_OF_ATTACK and candidate.name.casefold() in english_words()
    if kind_of_attack and not candidate.name.isupper():
        return "kind of attack"
    # A plural noun opening the sentence ("Teenagers charged over cyber attack on X", "Politicos: 'There
    # is a case…'", which the recogniser calls a person): people, not a name (a rule's reading stays).
    if (
        {"shape:opening_word", "count:1"} <= candidate.features
        and ("ent:none" in candidate.features or (label in {"PERSON", "PER"} and not ruled))
        and _plural_noun(candidate.name)
    ):
        return "opening plural noun"
    if sentence_word := sentence_word_reason(candidate, ruled):
        return sentence_word
    # One English word that the recogniser does not call a name and no rule reads as attacked
    # ("Years", "Someone", "Looks", "Identity", "Extortionists"): a word of the sentence, whatever
    # Title Case made of it; not one a sentence names after its kind of organisation ("IT giant
    # Accenture") or lists among names hit ("A, Yahoo, and B have all been hit": grammar says so).
    if (
        label not in _NAMED
        and not (ruled or "list:passive" in candidate.features)
        and not _capitalised_inside(candidate)
        and not (
            "at:title_case" not in candidate.features and named_after_kind(candidate.name, candidate.sentence)
        )
        and all(
            _dictionary_word(w.casefold()) or _CONTRACTION.fullmatch(w) or w == "&"
            for w in candidate.name.split()
        )
    ):
        return "one English word"
    # Several English words the page also writes in lower case ("Supply Chain" of a related
    # article's Title Case line, where the text says "supply chain security firm"): a phrase, which
    # no recogniser called a name and no rule read as attacked. A name is not written so.
    if label not in _NAMED and not ruled and "shape:lowercase_phrase" in candidate.features:
        return "phrase written in lower case"
    # A person quoted or named by a reporter, unless the sentence says they suffered it ("an
    # investor named Tony who was robbed", "X a été escroquée") or a trigger rule reads the name as
    # what an attack hit: "The NHS says the attack on pathology services provider X…" names a firm
    # the recogniser took for a person, not someone quoted.
    # Nor a name the sentence writes after a kind of organisation ("at education tech giant X",
    # "the insurer X"): the recogniser took a firm for a person, and a firm is not who is quoted.
    if (
        label in {"PERSON", "PER"}
        and _QUOTED.search(candidate.sentence)
        and "rel:passive" not in candidate.features
        and not (ruled and "rel:object" in candidate.features)
        and not named_after_kind(candidate.name, candidate.sentence)
    ):
        return "quoted person"
    return ""


# How a sentence ties a name to the attack (`victim_relations`): what was hit, who suffered or
# disclosed it, whose systems.
_TIED = {"rel:object", "rel:passive", "rel:subject", "rel:asset"}


def _capitalised_inside(candidate: Candidate) -> bool:
    """Several capitalised words written inside a sentence that ties them to the attack, not in a
    Title Case headline ("demanded a ransom from Johnson Controls", "attacks … including the Royal
    Mail"; not "Supply Chain Attacks Rise", "Supply chain…" opening a sentence, nor "hackers in
    Latin America"): English words so written are a name, not the sentence's."""
    words = candidate.name.split()
    if (
        len(words) < 2
        or "at:title_case" in candidate.features
        or not candidate.features & _TIED
        or not all(w[:1].isupper() or w == "&" or w.casefold() in _PARTICLES for w in words)
    ):
        return False
    at = candidate.sentence.find(candidate.name)
    return at > 0 and bool(candidate.sentence[:at].strip(" \"“‘'([«"))


@lru_cache(maxsize=1)
def _phrase_shapes() -> re.Pattern[str]:
    """Shapes of a phrase that names no one, compiled on first use."""
    return re.compile(
        r"(?i)"
        # A compound whose last part is a lower-case word describes something ("Post-breach",
        # "AI-generated", "Harbourside-area", "Kremlin-friendly"); a name's parts are capitalised
        # ("Coca-Cola", "T-Mobile") or short ("Co-op").
        r"(?-i:[\w.]-[a-zà-ÿ]{3,})$"
        # A sector, not an organisation ("HPH Sector", "Energy Sector", "secteur Santé").
        r"|\s(?:sectors?|secteurs?|sectoren|sektor|sektoren)$"
        # A possessive determiner opens a phrase, not a name ("Your Data", "Our Customers", "Votre
        # Compte", "Uw Gegevens", "Ihre Daten"): a quoted line of the headline.
        r"|^(?:your|our|my|their|his|her|its|votre|vos|notre|nos|jouw|uw|onze|mijn|hun|mein|meine|dein|"
        r"deine|unser|unsere|euer|eure|ihre)(?:\s|$)"
    )


def names_no_one(name: str) -> bool:
    """A description, a sector or a possessive phrase no victim is called ("Post-ransomware", "HPH
    Sector", "Your Data"): left out at choice time, not in the fit (as training rows, plain negatives)."""
    return bool(_phrase_shapes().search(name))


def admissible(candidate: Candidate) -> bool:
    """False for what is never a victim whatever the model says (`veto`)."""
    return not veto(candidate)
