"""Names a sentence writes in a role beside an attack, not as what it hit (`bystander`): the venue
where stolen data was posted or sold ("criminals on X", "posted for sale on X", "the cybercrime
forum X"), a person or brand impersonated ("fake audio of A, B and C"), the firm whose fault caused
an outage ("caused by a tech company called X"), a game played ("hacked while playing X"), the
institution of researchers ("a group of X engineers who studied…"), a customer named to describe a
supplier ("…, the Department of X, amongst its customers"), an acronym ending a product's name
("GoAnywhere MFT"). Asked by `victim_misreads.misread`, so a trigger rule's reading is vetoed too;
every pattern here is fixed, none is built per name."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.nlp import english_words

# A capitalised name of up to five words, "of"/"de"/"&" inside ("Call of Duty"); never followed by a
# possessive ("on Acme's leak site" names the gang's site, not a venue called Acme).
_NAME = r"(?P<name>[A-Z](?:[\w&.-]*[\w&])?(?:\s(?:of\s|de\s|&\s)?[A-Z0-9](?:[\w&.-]*[\w&])?){0,4})(?![\w&-])(?!['’]s\b)"
# Where stolen data or access was offered: a verb of posting or selling, or its sellers and posts,
# "on" the venue ("posted for sale on X", "criminals on X", "a thread on the hacking forum X").
_VENUE = re.compile(
    r"\b(?:(?:posted|put\sup|offered|listed|advertised|sold|selling|leaked|dumped|published|shared|traded|"
    r"auctioned)(?:\s(?:it|them|online))?(?:\sfor\ssale)?|criminals|hackers|sellers|buyers|posts?|threads?|"
    r"listings?|adverts?|actors?)\s(?:on|via)\s(?:the\s)?(?:(?:dark\sweb|darknet|cybercrime|cybercriminal|"
    r"hacking|hacker|criminal|underground|notorious|infamous|Russian-language)\s)*"
    r"(?:(?:forum|marketplace|market|community|channel)\s)?" + _NAME
)
# A criminal venue named by its kind ("the cybercrime community X", "data leak site X"): the place
# where others' data is sold, unless the sentence says the venue itself was breached.
_DESCRIBED_VENUE = re.compile(
    r"\b(?:cybercrime|cybercriminal|hacking|hacker|criminal|underground|dark\sweb|darknet|carding|"
    r"(?:data\s)?leak)\s(?:forum|marketplace|market|community|shop)s?,?\s(?:called\s|named\s)?" + _NAME
)
_ITSELF_HIT = (
    r"{name}\s(?:(?:itself\s)?(?:was|were|has\sbeen|had\sbeen|got)\s)(?:\w+\s)?(?:breached|hacked|compromised|"
    r"leaked|attacked|infiltrated)\b"
)
# A person or brand impersonated: the fakes' maker used their names, it did not hit them.
_LIST = (
    _NAME.replace("(?P<name>", "(?:") + r"(?:,\s(?:and\s|or\s)?" + _NAME.replace("(?P<name>", "(?:") + r")*"
)
_LIST += r"(?:,?\s(?:and|or)\s" + _NAME.replace("(?P<name>", "(?:") + r")?"
_IMPERSONATED = re.compile(
    r"\b(?:(?:fake|deepfake|deep-fake|spoofed|cloned|AI-generated|synthetic|bogus|fraudulent|phony|forged)\s"
    r"(?:audio|voices?|videos?|messages?|e-?mails?|accounts?|profiles?|websites?|sites?|pages?|ads?|adverts?|"
    r"apps?|calls?|recordings?|clips?|endorsements?)\s(?:of|from|impersonating|mimicking|mocking)"
    r"|impersonat(?:e|es|ed|ing)|posing\sas|pretending\sto\sbe|masquerad(?:e|es|ed|ing)\sas)"
    rf"\s(?:the\s)?(?:[a-z][\w-]*\s){{0,3}}(?P<list>{_LIST})"
)
_LIST_SPLIT = re.compile(r",\s(?:and\s|or\s)?|,?\s(?:and|or)\s")
# The firm whose fault caused an outage ("caused by a mid-sized tech company called X"), words of an
# attack or a preposition between making it the attack's target ("caused by a cyberattack on X").
_CAUSE = re.compile(
    r"\b(?:caused|triggered|sparked)\sby\s(?:an?\s|the\s)?(?:(?!(?:attacks?|cyberattacks?|breach|hack|"
    r"intrusion|ransomware|hackers?|criminals?|on|at|against|of|in|from|to)\b)[\w-]+\s){0,5}?"
    r"(?:called\s|named\s)?" + _NAME
)
# A game played ("gamers hacked while playing X", "players of X"): a product, its publisher is hit.
_GAME = re.compile(r"\b(?:play|plays|playing|played|players\sof|gamers\sof)\s(?:the\s)?(?:game\s)?" + _NAME)
# The institution of the researchers who did something ("a group of X engineers who had been
# studying…"): unless an attack's verb acts on them ("phishers targeted X engineers").
_RESEARCHERS = re.compile(
    _NAME + r"\s(?:researchers?|engineers?|scientists?|academics?|students?|professors?|boffins)\b"
    r"(?!['’])(?!\s(?:were|was|had\sbeen|have\sbeen|are|is)\b)(?!\s(?:data|records|information|details|accounts)\b)"
)
_ACTED_ON = re.compile(
    r"(?:targeted|targeting|targets|phished|hacked|attacked|breached|compromised|tricked|duped|scammed|hit|"
    r"impersonat\w+)\s(?:[\w-]+\s){0,3}$"
)
# A customer named to describe a supplier ("which counts …, including the Department of X, amongst
# its customers"): the supplier was hit.
_CUSTOMER = re.compile(
    _NAME + r",?\s(?:[a-z]+\s){0,2}(?:among|amongst)\s(?:its|their)\s(?:customers|clients)\b"
)
# An acronym right after a brand's word that is no English word ("GoAnywhere MFT", "Citrix ADC"):
# the end of a product's name, not an organisation of its own.
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "its",
    "their",
    "our",
    "his",
    "her",
    "le",
    "la",
    "les",
    "de",
    "het",
    "die",
    "der",
    "das",
}
_BRAND_BEFORE = re.compile(r"(?<![\w-])(?P<brand>[A-Z][\w-]*[a-z][\w-]*)\s$")
# A named asset hit ("the X submarine cable was cut"): its owner is the victim (GUIDE), not its name.
_ASSET = re.compile(
    _NAME
    + r"\s(?:(?:submarine|undersea|subsea|fib(?:re|er)(?:-optic)?|optical|data|power|telecoms?|gas|oil)\s)*"
    r"(?:cables?|pipelines?|interconnectors?|power\slines?)\b"
)
# A named vessel or craft hit ("a nuclear submarine, the “X”"): an asset, its owner is the victim.
_CRAFT = re.compile(
    r"\b(?:submarine|ship|vessel|tanker|frigate|destroyer|aircraft|plane|satellite|drone)s?,?\s(?:the\s)?[“\"'‘]?"
    + _NAME
)
# Who published the figures, not what was stolen from it ("according to new research from X, a firm that…"): a reporter.
_RESEARCH_FROM = re.compile(
    r"(?<!stole\s)(?<!stolen\s)(?<!took\s)(?<!taken\s)\b(?:research|report|study|survey|analysis|findings|figures)"
    r"\s(?:from|by|of)\s(?:the\s)?" + _NAME
)
# The parent of the organisation hit ("the school's parent company X", "its holding group X"; not "X and
# parent company Y suffered…", which names both hit) and the
# founder of one ("the credit union was founded by employees of X"): what describes the victim.
_PARENT_OR_FOUNDER = re.compile(
    r"(?:(?:['’]s|\bits|\btheir)\s(?:parent|holding)\s(?:company|organi[sz]ation|group|firm|trust|body)"
    r"|\b(?:founded|set\sup|established)"
    r"\sby(?:\s(?:employees|members|staff|workers)\sof)?)\s(?:the\s)?" + _NAME
)
# A show's episode code ("Lock and Code S06E08"): a podcast, no organisation.
_EPISODE = re.compile(r"\bS\d{1,2}E\d{1,3}\b")
# A product named by its maker's brand and an acronym, whose users or installations were hit
# ("victimizing GoAnywhere MFT customers", "Citrix ADC appliances"): the users, not the product.
_PRODUCT_USERS = re.compile(
    _NAME
    + r"\s(?:customers|users|instances|servers|appliances|deployments|installations|admins|administrators)\b"
)
_BRAND_ACRONYM = re.compile(r"(?P<brand>(?:[A-Z][\w-]*[a-z][\w-]*\s){1,2})(?P<acronym>[A-Z]{2,5})")
# (legal forms and places end a firm's name: "Acme PLC customers" are a firm's)
_NOT_PRODUCT = {"PLC", "LLC", "INC", "LTD", "AG", "SA", "NV", "BV", "SE", "SPA", "SAS", "AB", "AS", "OY", "KK", "UK",
                "US", "USA", "EU", "NHS", "LLP", "CO", "CORP", "GMBH", "TSB"}  # fmt: skip
# A product named before its patch or flaw ("the release of the X patch"): the vendor of a flawed
# product is no victim (GUIDE), nor is the product.
_PATCHED = re.compile(
    _NAME + r"\s(?:patch|patches|security\supdate|flaw|flaws|vulnerability|vulnerabilities|bug|bugs)\b"
)
# Cheap tests for each pattern's fixed words, run once per sentence (`_cues`), so most sentences are
# answered without running the patterns, which try a name at every capital letter.
_CUE_WORDS = {
    "venue": r"\s(?:on|via)\s",
    "kind": r"forum|market|community|shop",
    "fake": r"fake|spoofed|cloned|generated|synthetic|bogus|fraudulent|phony|forged|impersonat|posing|pretending|masquerad",
    "cause": r"(?:caused|triggered|sparked)\sby",
    "play": r"play",
    "researchers": r"researcher|engineer|scientist|academic|student|professor|boffin",
    "customer": r"among",
    "asset": r"cable|line|connector",
    "craft": r"submarine|ship|vessel|tanker|frigate|destroyer|aircraft|plane|satellite|drone",
    "research": r"research|report|study|survey|analysis|findings|figures",
    "parent": r"parent|holding|founded|set\sup|established",
    "patch": r"patch|update|flaw|vulnerabilit|bug",
}
_CUES = {kind: re.compile(words) for kind, words in _CUE_WORDS.items()}


@lru_cache(maxsize=512)
def _cues(sentence: str) -> frozenset[str]:
    """The kinds of wording whose fixed words `sentence` holds (asked for each of its names)."""
    return frozenset(kind for kind, cue in _CUES.items() if cue.search(sentence))


def only_as(pattern: re.Pattern[str], name: str, sentence: str) -> bool:
    """Whether `pattern` (a group `name`) names `name` in `sentence` and the sentence writes it
    nowhere else (also `victim_misreads`' test)."""
    named = sum(1 for match in pattern.finditer(sentence) if match.group("name") == name)
    return named > 0 and sentence.count(name) == named


def _itself_hit(name: str, sentence: str) -> bool:
    """Whether `sentence` also says `name` itself was hit (`_ITSELF_HIT`)."""
    return re.search(_ITSELF_HIT.format(name=re.escape(name)), sentence) is not None


def _impersonated(name: str, sentence: str) -> bool:
    """Whether `sentence` names `name` only among those impersonated ("fake audio of A, B and C")."""
    named = 0
    for match in _IMPERSONATED.finditer(sentence):
        items = _LIST_SPLIT.split(match.group("list"))
        named += sum(1 for item in items if item == name)
    return named > 0 and sentence.count(name) == named


def _researchers(name: str, sentence: str) -> bool:
    """Whether `sentence` names `name` only as the institution of researchers doing something."""
    found = [m for m in _RESEARCHERS.finditer(sentence) if m.group("name") == name]
    if not found or sentence.count(name) != len(found):
        return False
    return not any(_ACTED_ON.search(sentence[max(0, m.start() - 60) : m.start()]) for m in found)


def _acronym_tail(name: str, sentence: str) -> bool:
    """Whether `name` is an acronym each mention of which follows a brand's word ("GoAnywhere MFT")."""
    if not _ACRONYM.fullmatch(name):
        return False
    starts = [m.start() for m in re.finditer(rf"(?<![\w-]){name}(?![\w-])", sentence)]
    for start in starts:
        brand = _BRAND_BEFORE.search(sentence[max(0, start - 40) : start])
        word = brand.group("brand").casefold() if brand else ""
        if not word or word in _DETERMINERS or word in english_words() or word.rstrip("s") in english_words():
            return False
    return bool(starts)


def _product_users(name: str, sentence: str) -> bool:
    """Whether `name` is a brand and an acronym ("GoAnywhere MFT") the sentence writes only before
    its users or installations."""
    shape = _BRAND_ACRONYM.fullmatch(name)
    if not shape or shape.group("acronym") in _NOT_PRODUCT:
        return False
    if any(word.casefold() in english_words() for word in shape.group("brand").split()):
        return False
    return only_as(_PRODUCT_USERS, name, sentence)


def bystander(name: str, sentence: str) -> str:
    """Why `sentence` writes `name` beside the attack, not as hit by it ("" when it does not)."""
    cues = _cues(sentence)
    if "venue" in cues and only_as(_VENUE, name, sentence):
        return "a venue where data was offered"
    if "kind" in cues and only_as(_DESCRIBED_VENUE, name, sentence) and not _itself_hit(name, sentence):
        return "a criminal venue"
    if "fake" in cues and _impersonated(name, sentence):
        return "impersonated"
    if "cause" in cues and only_as(_CAUSE, name, sentence):
        return "the cause of an outage"
    if "play" in cues and only_as(_GAME, name, sentence):
        return "a game played"
    if "researchers" in cues and _researchers(name, sentence):
        return "the researchers' institution"
    if "customer" in cues and only_as(_CUSTOMER, name, sentence):
        return "a customer describing a supplier"
    if ("asset" in cues and only_as(_ASSET, name, sentence)) or (
        "craft" in cues and only_as(_CRAFT, name, sentence)
    ):
        return "a named asset"
    if "research" in cues and only_as(_RESEARCH_FROM, name, sentence):
        return "who published the research"
    if "parent" in cues and only_as(_PARENT_OR_FOUNDER, name, sentence) and not _itself_hit(name, sentence):
        return "the victim's parent or founder"
    if _EPISODE.search(name):
        return "a show's episode"
    if "patch" in cues and only_as(_PATCHED, name, sentence):
        return "a product's patch or flaw"
    if _product_users(name, sentence):
        return "a product whose users were hit"
    if _acronym_tail(name, sentence):
        return "the end of a product's name"
    return ""
