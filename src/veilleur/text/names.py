"""Names a briefing gives — victims, actors, malware, products, places — must be in its sources.

A name is a capitalised word that does not open a sentence, an acronym, or a word with an inner
capital or digit (`LockBit`, `njRAT`, `APT28`). It is supported when the sources contain it,
allowing case, accents and inflection, or its usual English, Dutch or German form (`Belgique` for
`Belgium`). Generic vocabulary of security writing (`CVE`, `VPN`, `RGPD`…) is not a name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property, lru_cache

from veilleur.text.countries import territories

# Words that are capitalised in French security prose without naming anything in the article.
GENERIC = set(
    """
    cve cvss cwe kev rgpd gdpr edr xdr ndr siem soc vpn mfa 2fa ioc iocs ids ips dns http https tls
    ssl api apis url urls ip ddos dos pdf zip sms usb rdp ssh smb ldap sql xss csrf ssrf rce lpe apt
    cert csirt it ot pme poc iot ia ai llm saas cloud web internet dpo cnil wifi wi-fi os id pc faq
    html javascript json xml dll exe ransomware malware phishing zero-day bitcoin crypto admin root
    sso ntlm lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre points vulnérabilités recommandations source
    sources article note mise jour
    """.split()
)

# French names of places and bodies whose sources use another language.
TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "belgique": ("belgium", "belgie", "belgië", "belgien", "belgian"),
    "france": ("france", "frankrijk", "frankreich", "french"),
    "allemagne": ("germany", "duitsland", "deutschland", "german"),
    "pays-bas": ("netherlands", "nederland", "niederlande", "dutch"),
    "luxembourg": ("luxembourg", "luxemburg"),
    "suisse": ("switzerland", "zwitserland", "schweiz", "swiss"),
    "royaume-uni": ("united kingdom", "uk", "britain", "british", "england"),
    "états-unis": ("united states", "us", "u.s", "usa", "america", "american"),
    "chine": ("china", "chinese"),
    "russie": ("russia", "russian", "rusland", "russland"),
    "ukraine": ("ukraine", "ukrainian", "oekraïne"),
    "corée": ("korea", "korean"),
    "nord": ("north", "noord"),
    "sud": ("south", "zuid"),
    "iran": ("iran", "iranian"),
    "israël": ("israel", "israeli"),
    "inde": ("india", "indian"),
    "japon": ("japan", "japanese"),
    "espagne": ("spain", "spanish"),
    "italie": ("italy", "italian"),
    "europe": ("europe", "european", "eu"),
    "union": ("union",),
    "européenne": ("european", "eu"),
    "australie": ("australia", "australian"),
    "canada": ("canada", "canadian"),
    "brésil": ("brazil", "brazilian"),
    "taïwan": ("taiwan",),
    "vietnam": ("vietnam", "vietnamese"),
    "turquie": ("turkey", "turkish", "türkiye"),
    "pologne": ("poland", "polish"),
    # Capitals of agencies' French names (brief/arrests.py): "département du Trésor américain".
    "tresor": ("treasury",),
    "etat": ("state",),
}

_TOKEN = re.compile(r"[\w][\w'’.-]*[\w]|[\w]", re.UNICODE)
_SENTENCE_START = re.compile(r"(^|[.!?;«\"“(]\s*|\n\s*)$")  # searched in the few characters before
_AFTER_COLON = re.compile(r":\s*$")
# After "Sujet :", a capital is a name unless it is one of these.
FUNCTION_WORDS = set(
    """
    le la les l un une des du de d ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous
    plus aucun aucune selon après avant depuis pour par dans en au aux à quand si mais et ou alors
    nouvelle nouveau nouvelles nouveaux près environ
    """.split()
)


@lru_cache(maxsize=1 << 16)  # the same words come back in every sentence checked
def fold(word: str) -> str:
    """Case-, accent- and apostrophe-insensitive form."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


# The forms looked up by a name's folded key ("États-Unis" → "etats-unis"): while only the name was
# folded, the keys written with accents were never found, and a true "États-Unis", "Corée" or "Brésil"
# was deleted when the source said "United States", "Korea", "Brazil".
_FORMS = {fold(name): forms for name, forms in TRANSLATIONS.items()}
# Acronyms English also writes as a word or inside one ("contact us"): only their capitals count, or
# a page that says "us" would name the United States (brief/countries.py says a country the page names).
_ACRONYMS = frozenset({"uk", "us", "u.s", "usa", "eu", "uae", "dprk"})
# "America" after these words is a continent or region, not the United States.
# "America" after "of" ends a name: "Bank of America", "Voice of America" place nothing.
_REGIONS = ("latin ", "south ", "central ", "north ", " of ")


def whole_word_starts(text: str, name: str) -> list[int]:
    """Offsets where `text` writes `name` as whole words: no letter or digit touches either end
    ("Acme" in "Acme's" and "(Acme)", not in "Acmeware"); [] for an empty name."""
    starts: list[int] = []
    at = text.find(name) if name else -1
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            starts.append(at)
        at = text.find(name, at + 1)
    return starts


def _is_name(token: str, starts_sentence: bool) -> bool:
    core = token.split("'")[-1].split("’")[-1]  # "l'ANSSI" → "ANSSI"
    if not core or fold(core) in GENERIC or core.isdigit() or core.upper().startswith("CVE"):
        return False
    inner = any(c.isupper() for c in core[1:]) or (any(c.isdigit() for c in core) and core[:1].isalpha())
    if inner:
        return True
    return core[:1].isupper() and not starts_sentence


@lru_cache(maxsize=1 << 16)
def _plain(token: str) -> bool:
    """Whether a token has no capital and no digit: none of its parts is a name wherever it
    stands (`_is_name` is False), so its place in the sentence need not be looked at. Most
    words of a text are such words."""
    return token.islower() and not any(c.isdigit() for c in token)


def find_names(text: str) -> list[str]:
    """The single-word names of `text` (clustering compares these); `stated_names` reads a place of
    several words as one name, as the guard must."""
    return [name for _at, name in _single_names(text, ())]


def _single_names(text: str, skipped: tuple[tuple[int, int], ...]) -> list[tuple[int, str]]:
    """(offset, name) of each single-word name of `text` outside the `skipped` spans."""
    names = []
    for match in _TOKEN.finditer(text):
        token = match.group(0).strip(".-")
        if _plain(token) or any(start <= match.start() < end for start, end in skipped):
            continue
        before = text[max(0, match.start() - 6) : match.start()]  # enough to see ". ", ": " or a line start
        starts = bool(_SENTENCE_START.search(before)) or (
            bool(_AFTER_COLON.search(before)) and fold(token.split("'")[0].split("’")[0]) in FUNCTION_WORDS
        )
        if _is_name(token, starts):
            names.append((match.start(), token.split("'")[-1].split("’")[-1]))
    return names


# Places whose French name has several words ("Corée du Sud", "Émirats arabes unis", "Sri Lanka"):
# checked word by word, "Korea" and any "south" grounded "Corée du Sud", and "Sud" alone could.
# Their English, Dutch and German names (CLDR) are their forms, with the English demonyms of a
# two-word name ("South Korean", "Costa Rican"); a few usual short forms are added by hand.
_PLACE_EXTRA = {"AE": ("uae", "emirati"), "KP": ("dprk",), "SA": ("saudi",), "EU": ("eu",)}
_FORM_LANGUAGES = ("en", "nl", "de")


def _place_names() -> dict[str, tuple[str, ...]]:
    """Folded French name of several words → its folded forms in the sources' languages. Names in
    lower case ("zone euro"), with an article ("La Réunion": "la réunion" is a meeting) or a
    parenthesis are left to the word-by-word reading."""
    places: dict[str, tuple[str, ...]] = {}
    short = {"HK": "Hong Kong", "MO": "Macao"}  # CLDR's "R.A.S. chinoise de Hong Kong"
    for code, french in territories("fr").items():
        name = short.get(code, french)
        if " " not in name or not name[:1].isupper() or "(" in name or name.split()[0] in {"La", "Le", "Les"}:
            continue
        forms = {fold(territories(language).get(code, "")) for language in _FORM_LANGUAGES} - {""}
        forms |= {form + end for form in forms if " " in form for end in ("n", "ns")}
        places[" ".join(fold(name).split())] = (*sorted(forms), *_PLACE_EXTRA.get(code, ()))
    return places


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    places = _place_names()
    words = (r"\s+".join(map(re.escape, key.split())) for key in sorted(places, key=len, reverse=True))
    return places, re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each of its characters, the offset of the character it came from
    (folding may make one character two: "ﬁ")."""
    folded: list[str] = []
    origin: list[int] = []
    for at, char in enumerate(text):
        for piece in fold(char):
            folded.append(piece)
            origin.append(at)
    return "".join(folded), origin


def stated_names(text: str) -> list[str]:
    """The names a briefing states, in order: a place of several words as one name, accents and
    case folded past its capital ("Corée du Sud", "Coree du sud"), then every other name of
    `find_names`. The guard checks these."""
    _forms, pattern = _places()
    folded, origin = _folded_with_offsets(text)
    places: list[tuple[int, int]] = []
    for match in pattern.finditer(folded):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        if text[start].isupper():  # a name: "la réunion" or "le nord du pays" are not
            places.append((start, end))
    found = [(start, text[start:end]) for start, end in places] + _single_names(text, tuple(places))
    return [name for _at, name in sorted(found, key=lambda pair: pair[0])]


@lru_cache(maxsize=1)
def _one_word_places() -> dict[str, frozenset[str]]:
    """Folded one-word place names (CLDR, in French and the sources' languages) → their codes."""
    codes: dict[str, set[str]] = {}
    for language in ("fr", *_FORM_LANGUAGES):
        for code, name in territories(language).items():
            if code.isalpha() and " " not in name.strip():
                codes.setdefault(fold(name.strip()), set()).add(code)
    return {name: frozenset(found) for name, found in codes.items()}


def _other_place(word: str, key: str) -> bool:
    """Whether `word` is, or begins with, the name of a place that `key` does not name: the stem
    rule grounded "Niger" on "Nigeria" and "Nigerian", another country, so the guard let a
    briefing place its victim "au Niger" when the page said Nigeria."""
    places = _one_word_places()
    own = places.get(key, frozenset())
    return any(
        word.startswith(name) and len(name) > len(key) and not (codes & own) for name, codes in places.items()
    )


# The endings an inflected name adds to its stem: possessive and plural, French gender and number,
# the demonyms and foreign forms of a place ("russes", "Ukrainian", "Chinese", "Nigerien", "China").
# Any longer word sharing the stem grounded a name, and "Franceville", a city of Gabon, "France".
_ENDINGS = frozenset(
    """
    s e es n ns a an ans en ens ne nes ian ians ien iens ienne iennes ese ais aise aises ois oise ish i
    """.split()
) | {""}


def _inflects(word: str, key: str, cut: int = 3) -> bool:
    """Whether `word` is `key` (five letters or more) cut by at most `cut` letters, plus a usual
    ending: "russes" and "Russian" of "russie", "Chinese" of "chine"; not "Russell", "Franceville".
    Another name may end in any three letters: English spellings of a French word ("Defence" for
    "Défense", "Security" for "Sécurité") share its stem."""
    least = max(4, len(key) - cut)
    if len(key) < 5 or len(word) <= least:
        return False
    loose = key not in _one_word_places()
    return any(
        word[:at] == key[:at] and (word[at:] in _ENDINGS or (loose and len(word) - at <= 3))
        for at in range(least, len(key) + 1)
    )


@lru_cache(maxsize=1)
def _place_forms() -> dict[str, frozenset[str]]:
    """Folded one-word place name → the one-word names of the same places in the other languages
    ("mexique" → "mexico", "mexiko"…): a French place is grounded by its English name."""
    names: dict[str, set[str]] = {}
    for name, codes in _one_word_places().items():
        for code in codes:
            names.setdefault(code, set()).add(name)
    return {
        name: frozenset().union(*(names[code] for code in codes))
        for name, codes in _one_word_places().items()
    }


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Folded words that make a place's name with a place: "South Korea", "Russia Ukraine",
    "Republic of China"; next to a place name they leave it a place."""
    words = {fold(word) for forms in TRANSLATIONS.values() for word in forms}
    for language in ("fr", *_FORM_LANGUAGES):
        for name in territories(language).values():
            words |= {fold(word) for word in re.split(r"[\s-]+", name) if word}
    directions = "northern southern eastern western central mainland republic federation kingdom state states"
    return frozenset(words | set(directions.split()))


# Capitalised at a sentence's or a title's start without naming anything: "In China", "And Japan".
_OPENERS = FUNCTION_WORDS | set(
    """
    the a an in at on from to for by with and or but of as across into over under after before since
    while when if then so also both all some many most only even how why what where who which this
    that these those its their our his her my your we they he she it like including via against
    within about inside outside unlike
    """.split()
)
_WORD = re.compile(r"\w+(?:-\w+)*")  # "Zuid-Korea" whole


def _holds_name(before: str, after: str) -> bool:
    """Whether a place name's neighbour words, each joined to it by blanks only, make it part of a
    longer name: "Jordan Smith", "Georgia Tech", "China Airlines" (a capitalised word that is no
    place word); "South Korea", "the Chinese government" or "In China" stay places."""

    def foreign(word: str) -> bool:
        return word[:1].isupper() and fold(word) not in _place_words() and fold(word) not in _OPENERS

    left = re.search(r"(\w+)[ \t\u00a0]+$", before)
    right = re.match(r"[ \t\u00a0]+(\w+)(?:[ \t\u00a0]+(\w+))?", after)
    # (a place word between the place and a name's word is that name's: "Georgia State University")
    named = right and right.group(2) and right.group(1)[:1].isupper() and foreign(right.group(2))
    return bool(named or (left and foreign(left.group(1))) or (right and foreign(right.group(1))))


# Prefixes that make a compound of a place ("Pro-Russia", "Anti-China").
_PREFIXES = frozenset({"pro", "anti", "ex", "non", "post", "pre", "sino", "russo"})


def _small(word: str) -> bool:
    """A compound's word that leaves a place in it a place: lower case, a participle ("Linked",
    "Based", "Backed"), a prefix or a place word."""
    key = fold(word)
    return word.islower() or key.endswith("ed") or key in _PREFIXES or key in _place_words()


def _places_written(raw: str) -> frozenset[str]:
    """Folded place names that `raw` writes as places at least once: capitalised, and not inside
    a person's or firm's name."""
    places = _one_word_places()
    found: set[str] = set()
    for match in _WORD.finditer(raw):
        # A place in a compound of small words is written as a place ("China-linked",
        # "China-Linked", "US-based", "Pro-Russia", "Russia-Ukraine"), whatever its neighbours
        # ("China-linked APT"); "Georgia-Pacific" is a firm, and a compound place is read whole.
        parts = match.group(0).split("-")
        if len(parts) > 1 and all(_small(part) or fold(part) in places for part in parts):
            found |= {fold(part) for part in parts if part[:1].isupper() and fold(part) in places}
        key = fold(match.group(0))
        if key in found or key not in places or not match.group(0)[:1].isupper():
            continue
        before, after = raw[max(0, match.start() - 40) : match.start()], raw[match.end() : match.end() + 40]
        if not _holds_name(before, after):
            found.add(key)
    return frozenset(found)


class NameIndex:
    """The folded words of the sources, to check a briefing's names against."""

    def __init__(self, sources: list[str]) -> None:
        joined = " ".join(sources)
        self.words = {fold(word) for word in re.findall(r"[\w][\w.-]*[\w]|[\w]", joined)}
        self.by_prefix: dict[str, list[str]] = {}  # an inflection shares its stem's first four letters
        for word in self.words:
            self.by_prefix.setdefault(word[:4], []).append(word)
        self.text = " ".join(fold(joined).split())  # one space between words: "United\nStates"
        self.raw = joined

    def supported(self, name: str) -> bool:
        key = " ".join(fold(name).split())
        # As whole words only: found anywhere, "Oman" was in "Romania" and "Iran" in "Irani".
        if key in self.words or whole_word_starts(self.text, key):
            return True
        forms = _FORMS.get(key) or _places()[0].get(key, ())
        if any(self._writes(form) for form in forms if not self._name_of_place(form)):
            return True
        if " " in key:
            return False
        # An inflection of the name or of the place's name in another language: "russes"/"Russie",
        # "Moldova"/"Moldavie", "Mexican"/"Mexique"; the inflected word is longer than its stem
        # ("core" is no form of "Corée"). A foreign name loses one letter at most: cut by two,
        # "Greece" gave "green". A place's name must be written as a place: "Jordan Smith" does
        # not ground "Jordanie", nor "China Airlines" "Chine".
        stems = {key: 3} | {form: 1 for form in _place_forms().get(key, ()) if form != key}
        return any(
            word not in forms  # a form is written as `_writes` reads it ("Bank of America")
            and any(word[:4] == s[:4] and _inflects(word, s, cut) for s, cut in stems.items())
            and not _other_place(word, key)
            and not self._name_of_place(word)
            for stem in stems
            for word in self.by_prefix.get(stem[:4], ())
        )

    def _name_of_place(self, word: str) -> bool:
        """Whether a folded word is a place's name that the sources write only inside other names."""
        return word in _one_word_places() and word not in self.places_written

    @cached_property
    def places_written(self) -> frozenset[str]:
        """The place names the sources write as places (read once, and only when a check needs it)."""
        return _places_written(self.raw)

    def _writes(self, form: str) -> bool:
        """Whether the sources write an English form as whole words: "uk" inside "Ukraine" or "eu"
        inside "Deutsche" is no name the sources give, and grounded so the guard let an invented
        "Royaume-Uni" or "Union européenne" through."""
        if form in _ACRONYMS:
            return bool(whole_word_starts(self.raw, form.upper()))
        return any(
            not (form.startswith("america") and self.text[max(0, at - 8) : at].endswith(_REGIONS))
            for at in whole_word_starts(self.text, form)
        )

    def unsupported(self, text: str) -> list[str]:
        return [name for name in stated_names(text) if not self.supported(name)]
