"""A victim's sectors (models' `Sector`), read from its own words (the vocabularies and the
well-known firms: `sector_words`): the rule that picks a victim's sector — its name's head noun
when that is an institution, else the head of how the text describes it, else its name's, else
the sector named nearest to its mentions.
"""

from __future__ import annotations

import re

from veilleur.enrich import sector_words as trades
from veilleur.enrich.nlp import english_words
from veilleur.enrich.sector_words import _SECTOR_PATTERNS as _SECTOR_PATTERNS
from veilleur.enrich.sector_words import KNOWN_SECTORS as KNOWN_SECTORS
from veilleur.enrich.sector_words import LEGAL_FORM_END, first_sectors, known_sector, name_sectors, sued
from veilleur.enrich.sector_words import SECTORS as SECTORS
from veilleur.enrich.sector_words import head_sectors as head_sectors
from veilleur.enrich.sector_words import sectors_of as sectors_of
from veilleur.enrich.victim_descriptions import ACTIVITY, definite_descriptions, descriptions, own_noun_phrase
from veilleur.models import Sector
from veilleur.text.companies import LEGAL_FORMS
from veilleur.text.prefilter import screened

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
# (not a clause the comma opens, whose subject is another's: "a cyber incident at X, where a threat
# actor was able to access")
_ROLE_AFTER = re.compile(
    rf",\s(?!(?:where|which|who|when|while|as|and|but|after|because|since|if|that)\s)"
    rf"(?:[\w&'’-]+\s){{0,3}}?(?<!threat\s)(?i:{_ROLES})\b"
)
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


# A lower-case sector word that leads, through at most two lower-case words (no preposition), to a
# capitalised name describes that name ("fintech firm Revolut", "videogame developer Rockstar
# Games"); German capitalises its nouns ("Medizinischen Versorgungszentren"), so not those.
_LEADS_TO_NAME = re.compile(
    r"(?:[^\S\n](?!(?:in|of|at|for|to|from|and|or|with|on|by|de|du|des|en|à|van|uit|für|aus|bei)\s)"
    r"[a-z][\w-]{0,30}){0,2}[^\S\n](?=[A-Z])"
)


# A word of a proper name: capitalised or a number ("Dublin Airport", "404 Media").
_NAME_TOKEN = r"[A-Z0-9][\w&'’.-]*"
_NAME_BEFORE = re.compile(rf"{_NAME_TOKEN}[^\S\n]\Z")
_NAME_AFTER = re.compile(rf"[^\S\n]{_NAME_TOKEN}")
# Function words of German around a run of capitalised words: its nouns, not a name's.
_GERMAN = re.compile(r"\b(?:der|das|des|dem|und|eines|einer|einem|wurde|wurden|nicht|sich|bei)\b")
_NAME_WORDS = 4  # words of the longest name read as one ("Latvian State Radio Center")


def _in_other_name(head: str, start: int, end: int, mention: tuple[int, int] = (-9, -9)) -> bool:
    """Whether the sector word at `start:end` is a word of another organisation's proper name
    ("staff at the Dublin Airport", "told 404 Media"): capitalised, in a run of two to
    `_NAME_WORDS` capitalised words or numbers that neither holds nor touches the victim's
    `mention`. A run that leads to the mention describes it ("Hackers Hit Healthcare Giant Acme",
    a headline in title case); a longer run is such a headline, not a name; German capitalises the
    words of a description ("eines der größten Medizinischen Versorgungszentren")."""
    if not head[start].isupper():
        return False
    lo, hi, words = start, end, 1
    while words <= _NAME_WORDS and (before := _NAME_BEFORE.search(head, max(0, lo - 40), lo)):
        lo, words = before.start(), words + 1
    while words <= _NAME_WORDS and (after := _NAME_AFTER.match(head, hi)):
        hi, words = after.end(), words + 1
    if words == 1 or words > _NAME_WORDS:
        return False  # a sentence's first word ("Healthcare firms were hit"), or a headline's
    if _GERMAN.search(head, max(0, lo - 80), hi + 80):
        return False
    return hi < mention[0] - 1 or lo > mention[1] + 1


def _around_nearest(name: str, text: str) -> list[Sector]:
    """The sector named nearest to the name's mentions (within 60 characters and its own sentence,
    first 6,000 of text): a word of the next sentence speaks of something else ("...hacked NASCAR.
    Also listed: British high schools"), and so does a word of another name ("Dublin Airport")."""
    written = re.escape(name)
    head = text[:6000]
    best: dict[Sector, int] = {}
    others = {Sector.LEGAL} if sued(head) else set()  # (the suing party's lawyers: `sued`)
    for m in re.finditer(rf"(?<!\w){written}(?!\w)", head):
        lo, hi = max(0, m.start() - 60), m.end() + 60
        ends = [e.end() for e in _SENTENCE_END.finditer(head, lo, m.start())]
        lo = ends[-1] if ends else lo
        after = _SENTENCE_END.search(head, m.end(), hi)
        hi = after.start() if after else hi
        for sector, pattern in _SECTOR_PATTERNS.items():
            if sector in others:
                continue
            for found in pattern.finditer(head, lo, hi):
                leads = head[found.start()].islower() and _LEADS_TO_NAME.match(head, found.end())
                if leads and leads.end() != m.start():
                    continue  # another's description: "hacking Uber, fintech firm Revolut"
                if _in_other_name(head, found.start(), found.end(), (m.start(), m.end())):
                    continue
                gap = m.start() - found.end() if found.end() <= m.start() else found.start() - m.end()
                best[sector] = min(best.get(sector, 10**6), max(0, gap))
    return sorted(best, key=lambda s: best[s])


# An insurer the article elsewhere says is one of health ("the insurer", "l'assureur").
_INSURER = re.compile(r"(?i)^(?:insurers?|assureurs?|verzekeraars?|versicherer)$")
_HEALTH_INSURANCE = screened(
    r"(?i)health insur\w*|health (?:fund|plan)|zorgverzekeraar|krankenversicherung|krankenkasse|mutuelle|"
    r"assureur santé|assurance (?:santé|maladie)|complémentaire santé"
)


# A maker's sector is what it makes ("chipmaker", "app maker", "drug maker"); a maker of anything
# else makes goods ("label maker", "napkin manufacturer").
_MAKER = re.compile(r"(?i)^(?:makers?|manufacturers?|producers?|fabricants?|hersteller|fabrikant(?:en)?)$")
# Software by its kind ("stalkerware maker X", "spyware maker"): a software firm (not "glassware").
_SOFTWARE_KIND = re.compile(r"(?i)(?:stalker|spy|ad|mal|ransom|firm|middle|soft|share|free|scare)ware$")
# A site or an app is of what it serves ("news site" → media), else of technology ("marital
# infidelity site X").
_SITE = re.compile(r"(?i)^(?:(?:web)?sites?|apps?)$")


def _description_sectors(description: str, text: str) -> list[Sector]:
    """`head_sectors` of a description, where a bare insurer is of health when the article speaks of
    health insurance ("Medibank, Australia's largest health insurer … the insurer said"); a maker is
    of what it makes; a generic noun ("company") is of the activity after it ("a company selling
    software for … medical billing"): a care word there first (the guide's health-data firms), else
    the first named."""
    found = ACTIVITY.search(description)
    noun, activity = (
        (description[: found.start()], description[found.start() :]) if found else (description, "")
    )
    words = noun.split()
    if not words:
        return []
    if _INSURER.match(words[-1]) and _HEALTH_INSURANCE.search(text[:6000]):
        return [Sector.HEALTHCARE]
    # (what it is said to sell or make, when its goods are no sector's word: "an arms manufacturer
    # that sells forensic software" is a software firm)
    if _MAKER.match(words[-1]):
        goods = " ".join(words[:-1])
        software = [Sector.TECHNOLOGY] if _SOFTWARE_KIND.search(goods) else []
        return head_sectors(goods) or software or first_sectors(activity)[:1] or [Sector.MANUFACTURING]
    # (a contractor of the state is no public body: "Government contractor X", "federal vendor X")
    if trades.state_contractor(words):
        return first_sectors(activity)[:1] or [Sector.TECHNOLOGY]
    if _SITE.match(words[-1]):
        return head_sectors(" ".join(words[:-1])) or first_sectors(activity)[:1] or [Sector.TECHNOLOGY]
    own = head_sectors(noun)
    if own or not activity:
        return own
    done = first_sectors(activity)
    return [Sector.HEALTHCARE] if Sector.HEALTHCARE in done else done


def definite_sectors(text: str) -> list[Sector]:
    """The sector the article's definite descriptions name most ("the insurer said", "l'établissement
    de santé", "het ziekenhuis", "das Krankenhaus"), the first named on a tie; [] when none does.
    Read only for an article's sole victim: they speak of it."""
    counts: dict[Sector, int] = {}
    others = {Sector.LEGAL} if sued(text) else set()
    for description in definite_descriptions(text):
        found = _description_sectors(description, text)[:1]
        for sector in set(found) - others:
            counts[sector] = counts.get(sector, 0) + 1
    return sorted(counts, key=lambda s: -counts[s])[:1]


def victim_sectors(name: str, text: str, described_as: str = "", sole: bool = False) -> list[Sector]:
    """`own_sectors`, else the sector named nearest to the victim's mentions."""
    return (
        own_sectors(name, text, described_as, sole)
        or _around_nearest(name, text)[:1]
        or (_dominant(text) if sole else [])
    )


# What stands between two names of one list: commas, conjunctions and the other names ("Gucci,
# Balenciaga, and Alexander McQueen"). A word in lower case makes a clause whose names are no
# peers: "MOVEit attack on Aon exposed data of the staff at the Dublin Airport".
_LIST_SEPARATORS = re.compile(r"[\s,;/]+")
_LIST_WORDS = frozenset({"and", "or", "&", "et", "ou", "en", "of", "und", "oder", "y"})


def listed_together(name: str, other: str, sentence: str) -> bool:
    """Whether the sentence writes `name` and `other` in one list ("A, B and C"): only names,
    commas and conjunctions between them (Dutch "of" is "or"; English "of" joins no list, but
    sits inside names: "Bank of America")."""
    at, other_at = sentence.find(name), sentence.find(other)
    if at < 0 or other_at < 0:
        return False
    lo, hi = (at + len(name), other_at) if at < other_at else (other_at + len(other), at)
    if lo > hi:
        return False  # (one name holds the other)
    words = _LIST_SEPARATORS.split(sentence[lo:hi])
    return all(not w or w.casefold() in _LIST_WORDS or w[0].isupper() or w[0].isdigit() for w in words)


def page_sector(text: str) -> list[Sector]:
    """The sector the lead names most (`_dominant`): for a victim nothing describes."""
    return _dominant(text)


def _dominant(text: str) -> list[Sector]:
    """The sector the lead names most, when it names one at least twice and more than any other; a
    word of an organisation's name ("told 404 Media") names that organisation, not the lead's."""
    lead = text[:1500]
    others = {Sector.LEGAL} if sued(text) else set()
    counts = {
        sector: sum(
            1 for found in pattern.finditer(lead) if not _in_other_name(lead, found.start(), found.end())
        )
        for sector, pattern in _SECTOR_PATTERNS.items()
        if sector not in others
    }
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1] and ranked[0][0] != Sector.GOVERNMENT:
        return [ranked[0][0]]
    return []


def own_sectors(name: str, text: str, described_as: str = "", sole: bool = False) -> list[Sector]:
    """The victim's sectors: a well-known firm's; an individual's when a person's role describes it
    ("BBC journalist X"); its own name's head when that is an institution ("X University
    Hospital"); else how the article describes it ("Multinational telco X", "X, a UK engineering
    company", "X, Australia's largest health insurer", "X est un assureur santé"); else its name's;
    else, for an article's `sole` victim, its definite descriptions' ("the insurer said"); else []."""
    # "London Stock Exchange-listed" says where its shares trade, not what it does.
    # (a name's legal form is not how the text writes it everywhere: "Vesuvius plc", "Vesuvius, UK
    # engineering company")
    short = LEGAL_FORM_END.sub("", name)
    found_descriptions = descriptions(name, text) + (descriptions(short, text) if short != name else [])
    described = [re.sub(r"(?i)\S*(?:stock exchange|nasdaq|nyse)\S*", "", d) for d in found_descriptions]
    known = known_sector(name)
    if known:
        return [known]
    before = [described_as.strip(" ,"), *described]
    # "Joe Bloggs, a BBC journalist", "Ann Lee, founder and CEO at X": an apposition that is a role.
    apposition = _role_apposition(name, text[:6000])
    if (apposition or any(_ROLE.search(d) for d in before if d)) and not head_sectors(name):
        return [Sector.INDIVIDUALS]
    own = name_sectors(name)
    if own and own[0] in _INSTITUTION_SECTORS and not trades.federal_only(name, own[0]):
        return own[:2]
    for source in described:
        found = _description_sectors(source, text) if source.strip() else []
        if found:
            return found[:2]
    # (its own words only: not a list's other names, "include Acme School, Beta Hospital and ", nor
    # a clause of another party's, "Lawyer sees complainants sign up to ")
    found = head_sectors(own_noun_phrase(described_as))
    if found:
        return found[:2]
    return own[:2] or (definite_sectors(text) if sole else [])


_PERSON_LABELS = {"PERSON", "PER"}
# How a text writes an organisation, not a person, even when the recogniser calls its name a
# person's ("Estée Lauder", "Johnson Controls"): an event or a belonging of the name.
_ORGANISATION_AFTER = re.compile(
    r"(?:['’]s)?\s(?:attack|breach|incident|hack|data breach|customers?|clients?|employees|staff|systems?|"
    r"networks?|website|stores?|shares?|products?|brands?|spokes(?:person|man|woman)|Inc|Corp|Ltd|LLC|Group|Companies)\b"
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


# A phone or a mailbox "used by" or "of" the name (and a name coordinated before it): a person's
# ("targeted phones used by Trump and Vance", "les téléphones de X et Y").
_DEVICES_OF = re.compile(
    r"\b(?:(?:smart|i|cell[- ]?)?phones?|mobiles?|handsets?|e-?mail accounts?|mailbox(?:es)?|inbox(?:es)?|"
    r"téléphones?|smartphones?|telefoons?|handys?)\s(?:used by|of|belonging to|owned by|de|van|von)\s"
    r"(?:[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2},?\s(?:and|or|et|en|und)\s)?\Z"
)


def _devices_of(name: str, text: str) -> bool:
    """Whether the text speaks of the name's phones or mailboxes ("phones used by X")."""
    head = text[:6000]
    return any(
        _DEVICES_OF.search(head, max(0, m.start() - 90), m.start())
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", head)
    )


def named_person(name: str, text: str, label: str | None) -> bool:
    """Whether the victim `name` is a person: the recogniser says so of a name of several words, or
    the name has a person's shape and the text treats it as one; never when the text writes it as
    an organisation's."""
    if _organisation_usage(name, text) or _ORGANISATION_WORD.search(name):
        return False
    if label in _PERSON_LABELS and " " in name:
        return True
    if name.casefold() not in KNOWN_SECTORS and not head_sectors(name) and _devices_of(name, text):
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
    """A victim's sectors: a person's ([individuals] unless the text says what it is; never a name it
    describes as an organisation), else
    `victim_sectors` in its own text (a roundup's item), else its own words in the whole page."""
    # (not a name the text describes with an organisation's noun, whatever the recogniser calls it:
    # "Texas oilfield supplier X Resources")
    if named_person(name, own_text, label) and not descriptions(name, own_text):
        return own_sectors(name, own_text, described_as) or [Sector.INDIVIDUALS]
    return victim_sectors(name, own_text, described_as, sole) or (
        own_sectors(name, text) if own_text != text else []
    )
