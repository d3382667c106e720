"""A victim candidate and its features (`victim_model` scores them): where it is, the words
around it, its shape, what it is known as."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlparse

from veilleur.enrich.geo import _gazetteer
from veilleur.enrich.nlp import english_adjective, entity_spans
from veilleur.enrich.threat_mentions import _index
from veilleur.enrich.victim_descriptions import defined_names
from veilleur.enrich.victim_dictionary import _dictionary_word, _lower_case_phrase
from veilleur.enrich.victim_lead import lead_sentences
from veilleur.enrich.victim_name_sets import GENERIC_DESCRIPTORS, description_end
from veilleur.enrich.victim_openings import institution_named, threat_word_in
from veilleur.enrich.victim_sectors import _SECTOR_PATTERNS, KNOWN_SECTORS
from veilleur.enrich.victim_shapes import (
    add_run,
    before_tool,
    without_article,
    without_common_noun,
    without_opening,
)
from veilleur.enrich.victim_words import (
    _LIST_NEXT,
    _LIST_PREV,
    _NAME_RUN,
    _STOPS,
    _TOKEN,
    CLASSES,
    LEAD_CHARS,
    LEAD_SENTENCES,
    NER_CHARS,
    PRODUCTS,
    REGION,
    REGION_KIND,
    REPORTERS,
    _words,
    agency,
    data_named,
    nationality,
    part_of_place,
    particle_to_stop,
    written_roles,
)
from veilleur.enrich.victims import (
    _THREAT_SHAPED,
    BATCH_OF,
    COUNT_WORD,
    OWNER_DATA_WORDS,
)
from veilleur.models import Sector


@dataclass
class Candidate:
    """A name of the headline or lead, with what was seen around each of its mentions."""

    name: str
    sentence: str = ""  # the first passage that names it
    described_as: str = ""  # the words just before its first mention
    label: str = ""  # the recogniser's label of one of its mentions
    features: set[str] = field(default_factory=set)
    score: float = 0.0
    # Passages where the trigger rules read this name (0 the headline, 1 the first sentence…):
    # evidence beside the model, not a feature of it (as features they lowered the held-out F1).
    rules_read_in: set[int] = field(default_factory=set)
    background: bool = False  # only an earlier attack's sentences name it (`victim_time`)
    owner: str = ""  # whose thing it names ("Toyota" of "Toyota Supplier Management Network")


def outlet_of(url: str) -> str:
    """The page's host without "www.", dots and hyphens ("thehackernewscom"): the outlet's own
    name is never a victim."""
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.").replace(".", "").replace("-", "")


def fold(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


# "Hamm-based", "Belgian-style", "state-backed": a compound adjective describes a name, it is none.
_MODIFIER_SUFFIX = r"(?:based|style|like|born|owned|linked|backed|made|speaking|sponsored|affiliated|run)"
_MODIFIER = re.compile(rf"(?i)[\w.-]+-{_MODIFIER_SUFFIX}")


def _clean(name: str) -> str:
    # ("X (ICBC" of "X (ICBC), a bank": a bracket the name does not close is no part of it)
    name = re.sub(r"\s\([^)]*$", "", name).strip(" ,.'’!?:;\"()[]")
    # "hacking group MuddyWater", "the gang LockBit": a threat's kind written before its name.
    name = re.sub(r"^(?:group|gang|crew|groupe|bende|gruppe)\s(?=[A-Z])", "", name)
    name = without_opening(without_article(name, indefinite=True))
    name = re.sub(r"['’]s$", "", name).strip(" ,.'’")
    # "Argentina's Judiciary of Córdoba", "UK's National Health Service": the place owns, the rest is named.
    owner = re.match(r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s(?=[A-Z])", name)
    if owner and owner.group(1).casefold() in _gazetteer()[0]:
        name = name[owner.end() :]
    name = without_common_noun(name)  # "hôpital AZ Monica" is AZ Monica
    # "Hamm-based X", "5.7M X", "Privacy-invading X": where it is based, counts, -ing/-ed adjectives.
    name = re.sub(
        rf"^(?:[\w.-]+-(?:{_MODIFIER_SUFFIX}|[a-z]+(?:ing|ed))\s|[\d.,]+[KMB]?\s|[KMGTP]B\sof\s)", "", name
    )
    name = re.sub(r"^(?:[\d.,]+\s)?[KMGTP]B\sof\s", "", name)  # "1.469 TB of Orvane"
    name = BATCH_OF.sub("", name)  # "Another Set of Medibank"
    name = COUNT_WORD.sub("", name)  # "20 Million X accounts": a count, then the owner
    # "Medibank Customer" (Data): the owner of the data named after it.
    name = re.sub(rf"\s(?:{OWNER_DATA_WORDS})s?['’]?$", "", name)
    # "X-listed"; "Quorvane Hospital in" (of "… in Ghent": the recogniser stopped before the place)
    name = re.sub(r"[\s-]listed$|\s(?:in|at|of|for|and|on|from|by|de|du|des|van|von|und|et)$", "", name)
    # "Casino Giant Crown Resorts", "Satellite TV giant Dish": the name follows its description.
    words = name.split()
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.casefold() in GENERIC_DESCRIPTORS), default=0)
    words = words[max(cut, description_end(words)) :]  # "Crypto exchange FTX": in lower case too
    words = before_tool(words)  # "Disney Slack", "Salesloft Drift OAuth": the firm's workspace
    name = " ".join(words)
    if re.match(r"[a-z]{1,5}[A-Z]", name):  # "digiDirect", "iPhone": the brand's own spelling
        return name
    return name[:1].upper() + name[1:]  # "centre hospitalier de X" opening a sentence fragment


_WORD_CLASSES: dict[str, set[str]] = {}
for _name, _members in CLASSES.items():
    for _word in _members:
        _WORD_CLASSES.setdefault(_word, set()).add(_name)


def _classes(words: list[str]) -> set[str]:
    out: set[str] = set()
    for word in words:
        out |= _WORD_CLASSES.get(word, set())
    return out


@lru_cache(maxsize=64)
def _passage_classes(passage: str) -> frozenset[str]:
    """The classes of a passage's words that describe the event (one passage, many names)."""
    found = _classes([w.casefold() for w in _TOKEN.findall(passage)])
    return frozenset(found & {"attack", "passive", "flaw", "reporter"})


def _passages(title: str, text: str) -> list[tuple[int, str]]:
    """(index, passage): 0 is the headline, then the lead's sentences, within LEAD_CHARS."""
    out = [(0, title.strip())]
    used = len(title)
    # (an author's, a date's or an hour's line is read but not counted: `victim_lead`)
    for index, sentence in enumerate(lead_sentences(text, LEAD_SENTENCES), start=1):
        if used >= LEAD_CHARS:
            break
        out.append((index, sentence[: LEAD_CHARS - used]))
        used += len(sentence) + 1
    return out


def _spans(passage: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the candidate names of one passage: entities, then capitalised runs."""
    out = []
    # An agency's name is one ("The Securities and Exchange Commission"): no run or part of it is another.
    agencies = [(s, e) for s, e, _ in ents if agency(fold(_clean(passage[s:e])))]
    # So is a name its acronym in brackets spells ("Defence Research and Development Organization
    # (DRDO)"): a candidate whole, and none of its parts.
    defined = defined_names(passage)
    agencies += defined
    for s, e, label in ents:  # "Revoview and Szroco": two names the recogniser took for one
        start = s
        one_name = (s, e) in agencies or any(s <= a and b <= e for a, b in defined)
        ands = () if one_name else re.finditer(r"\s(?:and|et|en|und)\s(?=[A-Z])", passage[s:e])
        for match in ands:
            out.append((start, s + match.start(), label))
            start = s + match.end()
        out.append((start, e, label))
    runs, title_case = [], is_title_case(passage)
    for match in _NAME_RUN.finditer(passage):
        # "Google's VirusTotal": the owner and the owned (not "the Prime Minister's Office", one body).
        start = match.start()
        for part in re.finditer(r"['’]s\s(?!Office\b)", match.group(0)):
            runs.append((start, match.start() + part.start()))
            start = match.start() + part.end()
        add_run(runs, passage, start, match.end() if title_case else data_named(passage, match.end()))
    out += [(start, end, "") for start, end in runs if not any(s <= start and end < e for s, e in agencies)]
    # (a run that ends the defined name is a part of it too: "Development Organization")
    out = [
        (s, e, lab)
        for s, e, lab in out
        if not any(a <= s and e <= b and (s, e) != (a, b) for a, b in defined)
    ]
    return out + [(start, end, "") for start, end in defined]


# Short words that Title Case headlines may keep in lower case ("Hackers Breach Firm with Old VPN"),
# and the long prepositions a house style keeps so ("Supply Chain Attack against Courtroom Software",
# "Malware Delivered through Google Search": Chicago style lowers every preposition).
_MINOR = _words(
    """with from into over onto upon than that this amid after about under when what dans pour avec sous
    chez contre après vers entre sans selon leur leurs nach über eine einer door voor naar over
    against through between without within across behind before during since toward towards until
    among beyond"""
)


# What surrounds a headline's word but is none of its letters: quotes, a French elision, and the
# punctuation after it ("npm," is a word of three letters, not a content word of four).
_WORD_MARKS = re.compile(r"^[\"'“”«»(‘]*(?:[dlDL]['’])?|[,;:.!?\"'”»)’]+$")
_CAMEL_BRAND = re.compile(r"[a-z]{1,5}[A-Z]")  # "iPhone", "eBay": a brand's own capitals
_DOTTED = re.compile(r"(?:\w\.)+\w")  # "U.S" of "in the U.S.": its last dot read as a full stop


def is_title_case(title: str) -> bool:
    """A headline written in Title Case ("Yamaha Confirms Cyberattack On Unit"): every content word
    of four letters or more after the first is capitalised, and there are at least two. A
    sentence-case headline whose names are capitalised ("Ransomware hits Alpha Corp") is not: there
    a capital marks a name."""
    words = [_WORD_MARKS.sub("", w) for w in title.split()[1:]]
    content = [w for w in words if len(w) > 3 and w[:1].isalpha() and w.casefold() not in _MINOR]
    # (a brand spelt from a lower-case letter is capitalised as its owner writes it)
    return len(content) >= 2 and all(w[:1].isupper() or _CAMEL_BRAND.match(w) for w in content)


# What a reporter publishes ("research from X", "a report by X", "data released by X", "une étude de X").
_REPORT_NOUN = re.compile(
    r"\b(?:reports?|research|study|studies|survey|analysis|findings|figures|data released|released|published|"
    r"rapport|étude|enquête|onderzoek|rapportage|studie|bericht|analyse)\b"
)


def _mention_features(passage: str, start: int, end: int, index: int, title_case: bool) -> set[str]:
    left = [w.casefold() for w in _TOKEN.findall(passage[max(0, start - 80) : start])][-4:]
    right = [w.casefold() for w in _TOKEN.findall(passage[end : end + 80])][:4]
    where = "title" if index == 0 else ("first" if index == 1 else "lead")
    out = {f"at:{where}"}
    if index == 0 and title_case:
        out.add("at:title_case")
    for side, words in (("L", left), ("R", right)):
        near = words[-1:] if side == "L" else words[:1]
        out |= {f"{side}1:{c}" for c in _classes(near)}
        out |= {f"{side}3:{c}" for c in _classes(words[-3:] if side == "L" else words[:3])}
        if not words:
            out.add(f"{side}:edge")
    if passage[end : end + 2] in {"'s", "’s"}:
        out.add("R1:possessive")
    # "Planned operations were postponed": a word that opens the sentence, not a name.
    if not left and " " not in passage[start:end] and _dictionary_word(passage[start:end].casefold()):
        out.add("shape:opening_word")
        # "Massive breach at…", "Dental group fined…": an adjective opening the sentence before a
        # lower-case noun describes that noun; it names no one.
        if english_adjective(passage[start:end].casefold()) and re.match(r"\s[a-z]", passage[end : end + 2]):
            out.add("shape:opening_adjective")
    # "Gucci, Balenciaga and Alexander McQueen": one of a list of names.
    if _LIST_NEXT.match(passage[end:]) or _LIST_PREV.search(passage[max(0, start - 40) : start]):
        out.add("in:list")
    # "researchers at X", "according to the X", "new research from X", "data released by the X".
    bare = left[:-1] if left[-1:] in (["the"], ["la"], ["le"], ["het"], ["der"], ["die"]) else left
    if (
        bare[-2:] in (["researchers", "at"], ["according", "to"])
        or bare[-1:] == ["selon"]
        or (
            bare[-1:] in (["from"], ["by"], ["van"], ["von"], ["de"])
            and _REPORT_NOUN.search(" ".join(bare[-4:-1]))
        )
    ):
        out.add("L:reported_by")
    out |= {f"S:{c}" for c in _passage_classes(passage)}
    return out


def _context_word(word: str) -> bool:
    """A word of the context classes, inflected or not ("Opfer", "Cyberangriffs", "Hackers"):
    German capitalises its nouns, Title Case headlines every word."""
    return any(word in members or word.rstrip("sen") in members for members in CLASSES.values())


# What a text writes alone in brackets ("(AAP)", "( M&S )"): an acronym is expanded only when it is
# one of them, and its pattern (compiled per name) is not run on the others' texts.
def brand_with_digits(word: str) -> bool:
    """A word that mixes digits with two or more letters and is no CVE id: "3CX", "23andMe",
    "7-Eleven", not "5.7M", "Q3", "2024" or "CVE-2024-1234"."""
    return (
        bool(re.search(r"\d", word))
        and sum(c.isalpha() for c in word) >= 2
        and not re.match(r"(?i)cve-\d", word)
    )


def _sector_noun(word: str) -> bool:
    """ "Zorggroep", "Klinikbetreiber", "Krankenhaus": a noun naming a kind of organisation, which
    German and Dutch capitalise (not a brand the sector patterns name, "Experian", "Co-op")."""
    return word.casefold() not in KNOWN_SECTORS and any(p.fullmatch(word) for p in _SECTOR_PATTERNS.values())


def _compound_words(word: str) -> bool:
    """ "Health-data", "Cyber-security", "Self-service": English words joined, not a name."""
    parts = word.casefold().split("-")
    return len(parts) > 1 and all(len(p) > 2 and _dictionary_word(p) for p in parts)


def _name_features(name: str, text: str, source: str, lower_words: set[str]) -> set[str]:
    words = name.split()
    key = name.casefold() + ("." if _DOTTED.fullmatch(name) else "")  # ("U.S." is a place)
    out = {f"words:{min(len(words), 4)}"}
    if name.isupper() and len(name) > 1:
        out.add("shape:upper")
    # A number among the words ("Windows 11", "5.7M", "Q3 2024", "CVE-2024-1234") is rarely a
    # victim's; a brand that writes digits inside a word ("3CX", "23andMe", "7-Eleven", "Org0") is one.
    if any(re.search(r"\d", w) and not brand_with_digits(w) for w in words):
        out.add("shape:digit")
    if re.fullmatch(r"[\d\s.,:/-]+", name):
        out.add("shape:number")
    if (
        (words and words[0].casefold() in _STOPS and not institution_named(words))
        or key in _STOPS
        or particle_to_stop(words)
        or (len(words) == 1 and _context_word(key))
    ):
        out.add("known:stop")
    if any(w.casefold() in CLASSES["date"] for w in words):
        out.add("known:date")
    if key in _index() or _THREAT_SHAPED.search(name):
        out.add("known:threat")
    places, _ = _gazetteer()
    region = REGION.fullmatch(REGION_KIND.sub("", key)) or part_of_place(key, places)  # "North West England"
    if key in places or nationality(key, places) or region:
        out.add("known:place")
    elif any(w.casefold() in places for w in words):
        out.add("has:place")
    # (and "Dark Reading", "Bleeping Computer": an outlet written in two words is the one in one)
    if REPORTERS & {*map(fold, words[:2]), key.replace(" ", "")} or agency(fold(name)):
        out.add("known:reporter")
    if fold(name) in PRODUCTS:
        out.add("known:product")
    if source and len(key) > 3 and fold(name).replace(" ", "") in source:
        out.add("known:outlet")
    if any(w.casefold() in CLASSES["descriptor"] for w in words):
        out.add("has:institution")
    if _SECTOR_PATTERNS[Sector.HEALTHCARE].search(name):
        out.add("has:health")
    # "Safran Group", "Einhaus Group": a group is a firm's name as often as a gang's.
    if threat_word_in(words):
        out.add("has:threat_word")
    if len(words) == 1 and key in lower_words:
        out.add("shape:lowercase_elsewhere")  # "Unlike", "Supply": words, not names
    if len(words) > 1 and _lower_case_phrase(name, text):
        out.add("shape:lowercase_phrase")  # "Supply Chain" where the text writes "supply chain"
    if len(words) == 1 and _sector_noun(name):
        out.add("shape:sector_noun")
    if len(words) == 1 and _compound_words(name):
        out.add("shape:compound_words")
    if words and words[-1].casefold() in _DATA_NOUNS:
        out.add("shape:data_kind")  # "Social Security Numbers", "Customer … Information": data, not its owner
    out |= written_roles(name, text)  # a person by surname, a gang ("the X gang"): features of no weight
    count = text.count(name)
    out.add("count:1" if count <= 1 else "count:2" if count <= 3 else "count:4+")
    return out


_DATA_NOUNS = frozenset("numbers information data records details credentials passwords files".split())


def _description_before(left: str) -> str:
    """The words just before a name that describe it: from the last clause boundary (a comma,
    a verb of the trigger, "by", "of"…) to the name ("…hit the Belgian hospital group " → "Belgian
    hospital group")."""
    words = left.split()
    out: list[str] = []
    for word in reversed(words):
        if word.endswith((",", ".", ";", ":")) or word.casefold() in _CLAUSE_WORDS:
            break
        out.append(word)
    return " ".join(reversed(out))


_CLAUSE_WORDS = _words(
    """by at on of in from to and or with for after hit hits attacked breached targeted said says and
    victim victime bij op door van à de chez par contre auf bei von gegen around near across that which who"""
)


def _entities(passages: list[tuple[int, str]], lang: str) -> list[tuple[int, int, str]]:
    """The recogniser's entities of the passages (offsets into their "\n" join) that speak of an
    attack: it is most of the time spent here, and a passage without one rarely names a victim."""
    chosen, starts, offset = [], [], 0
    for _, passage in passages:
        if _classes([w.casefold() for w in _TOKEN.findall(passage)]) & {"attack", "passive"}:
            chosen.append(passage)
            starts.append(offset)
        offset += len(passage) + 1
    if not chosen:
        return []
    shift, at = [], 0  # where each chosen passage starts in the recogniser's text
    for passage in chosen:
        shift.append(at)
        at += len(passage) + 1
    out = []
    for start, end, label in entity_spans("\n".join(chosen), lang, limit=NER_CHARS):
        k = max(i for i, s in enumerate(shift) if s <= start)
        out.append((start - shift[k] + starts[k], end - shift[k] + starts[k], label))
    return out
