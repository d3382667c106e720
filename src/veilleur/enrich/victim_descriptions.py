"""How a text describes an organisation it names ("car rental giant Avis", "Vesuvius, a UK
engineering company"): read by `victim_sectors` for a victim's sector; and the full name of an
acronym it defines ("American Associated Pharmacies (AAP)"), read by `victim_model`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from veilleur.enrich.victim_name_sets import _DESCRIPTORS
from veilleur.text import WORD_CHARS

# Nouns that end a description of an organisation ("UK engineering company", "car rental giant").
_DESCRIBING = _DESCRIPTORS | set(
    """
    corporation organisation organization business multinational house chain store supplier exchange
    entreprise société groupe opérateur fabricant fournisseur éditeur enseigne hôpital clinique mutuelle
    bedrijf leverancier ziekenhuis verzekeraar unternehmen konzern hersteller anbieter versicherer
    system systems organisations organizations companies firms providers hospitals clinics pharmacy laboratory
    laboratoire pharmacie établissement groupement ziekenhuizen apotheek klinikum krankenhaus praxis
    group groep gruppe assureur assureurs mutuelles zorgverzekeraar krankenkasse klinik kliniek
    pharmacies labs laboratories laboratoires insurers ehpad verpleeghuis pflegeheim
    player leader contractor wholesaler distributor distributeur grossiste processor gateway acteur
    spécialiste leverancier
    """.split()
)
# A site named after what it is ("marital infidelity site X"); "the site" alone, a page's own word
# for any website, is no definite description of a victim.
_SITES = {"site", "website"}
# "X, one of the largest health systems", "X, l'un des principaux hôpitaux", "X, een van de grootste
# ziekenhuizen", "X, einer der größten Klinikbetreiber": a description opened by "one of".
_ONE_OF = r"(?:one of|l['’]une? des|een van|eine[rs]? der)"
_ARTICLE = r"(?:an?|the|une?|le|la|l['’]|een|de|het|ein|eine|der|die|das)"


# What may open an apposition or a copula's complement besides an article: a possessive ("X,
# Australia's largest health insurer", "X, sa filiale") or a rank ("X, premier assureur santé du pays").
_POSSESSIVE = r"(?:[A-Z][\w.-]*['’]s|its|their|sa|son|ses|leur|zijn|haar|hun|seine?|ihre?)"
_RANK = r"(?:premi(?:er|ère)|principale?|deuxième|second|plus grande?|grootste|größte[rns]?)"
_OPENER = rf"(?:(?:{_ONE_OF}\s)?{_ARTICLE}\s|{_POSSESSIVE}\s|{_RANK}\s)"
# (and what a firm says it is: "X describes itself as", "X se présente comme", "X noemt zichzelf",
# "X bezeichnet sich als")
_COPULA = (
    r"(?:is|was|est|ist|is\sone\sof|operates|runs|exploite|gère|betreibt|"
    r"(?:describes|bills|presents|calls)\sitself(?:\sas)?|se\s(?:présente|décrit)\scomme|noemt\szichzelf|"
    r"bezeichnet\ssich\sals)"
)
# Words that complete a French noun after it ("assureur santé", "établissement de santé").
_COMPLEMENT = re.compile(
    r"(?i)(?:santé|maladie|médica\w*|hospitali\w*|pharmaceuti\w*|soins|de|du|des|d['’]\w+)"
)
_CARE_HOME = {"care", "nursing", "retirement"}
_ELIDED = re.compile(r"^[ldLD]['’]")


def _describing(words: list[str], i: int) -> bool:
    """Whether `words[i]` ends a description: an organisation noun ("l'hôpital" without its
    article), or "home" of "care home"."""
    word = _ELIDED.sub("", words[i]).casefold().strip(",")
    if word in ("home", "homes"):
        return i > 0 and words[i - 1].casefold() in _CARE_HOME
    return word in _DESCRIBING


def _compound_end(words: list[str], cut: int) -> int:
    """The last of the organisation nouns that follow each other from `cut`: in an English compound
    the last noun is the head ("a German defense systems manufacturer" is a manufacturer, not a
    system; "a hospital group" a group of hospitals). -1 stays -1."""
    while 0 <= cut < len(words) - 1 and not words[cut].endswith(",") and _describing(words, cut + 1):
        cut += 1
    return cut


def _noun_phrase(words: list[str], cut: int) -> str:
    """The words up to the describing noun at `cut`, with the French complements that follow it
    (at most three: "assureur santé", "établissement de santé"), never ending on "de"."""
    end = cut + 1
    while end < len(words) and end <= cut + 3 and _COMPLEMENT.fullmatch(words[end]):
        end += 1
    while end > cut + 1 and words[end - 1].casefold() in ("de", "du", "des"):
        end -= 1
    return " ".join(words[:end])


# What a firm does, right after the noun that describes it ("X, a company that makes hiring
# chatbots", "an Ohio-based company selling software for … medical billing"): the activity, not the
# bare "company", tells its sector. Read to the sentence's end (at most ACTIVITY_CHARS): a list of
# what it sells goes on past commas.
ACTIVITY = re.compile(
    r"(?i)\b(?:(?:that|which)\s(?:makes?|sells?|provides?|offers?|develops?|builds?|runs?|operates?|"
    r"manufactures?|produces?|supplies?|speciali[sz]es\sin)|making|selling|providing|offering|developing|"
    r"building|running|operating|manufacturing|producing|supplying|speciali[sz]ing\sin)\b"
)
ACTIVITY_CHARS = 160
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_SPACES = re.compile(r"[^\S\n]{1,3}")


def _activity(head: str, at: int) -> str:
    """The activity clause that starts at `at` (just after a describing noun), to its sentence's
    end, or "" when none starts there."""
    spaces = _SPACES.match(head, at)
    start = spaces.end() if spaces else at
    if not ACTIVITY.match(head, start, start + ACTIVITY_CHARS):
        return ""
    end = _SENTENCE_END.search(head, start, start + ACTIVITY_CHARS)
    return head[start : end.start() if end else start + ACTIVITY_CHARS]


# "Hackers hit Vesuvius, UK engineering company, shuts down…": an apposition without an article,
# a few words ending with a describing noun, closed by a comma.
_BARE_APPOSITION = re.compile(rf"((?:[\w&'’-]{{1,{WORD_CHARS}}}[^\S\n]){{0,3}}[\w&'’-]{{1,{WORD_CHARS}}}),")


# What follows a name that its copula or its apposition describes, the name read case aside:
# compiled once, where a pattern opening on each name was built (and its alternations parsed) for
# every name asked about.
_COPULA_OR_APPOSITION = re.compile(
    rf"(?:['’]s)?(?:(?:,[^,.;()]{{3,80}},)?\s{_COPULA}(?=\s{_OPENER})|,)\s{_OPENER}([^,.;()]{{3,80}})", re.I
)
_NAME_CHAR = re.compile(r"[\w&'’-]")
_COMMA_SPACE = re.compile(r",\s")


@lru_cache(maxsize=1024)
def _folded_literal(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name), re.I)


def _after_name(name: str, head: str) -> Iterator[re.Match[str]]:
    """The matches of `_COPULA_OR_APPOSITION` right after `name` (case aside), as
    `re.finditer(re.escape(name) + _COPULA_OR_APPOSITION.pattern, head, re.I)` finds them: the name
    is a literal, so each place it is written is tried in order, and the search goes on after a
    match's end."""
    written = _folded_literal(name)
    at = 0
    while at <= len(head) and (found := written.search(head, at)) is not None:
        match = _COPULA_OR_APPOSITION.match(head, found.end())
        if match is not None:
            yield match
            at = max(match.end(), found.start() + 1)
        else:
            at = found.start() + 1


def _name_comma_ends(name: str, head: str) -> Iterator[int]:
    """The ends of the matches of `re.finditer(rf"(?<![\\w&'’-]){re.escape(name)},\\s", head)`."""
    if not name:
        yield from (m.end() for m in re.finditer(r"(?<![\w&'’-]),\s", head))
        return
    at = head.find(name)
    while at >= 0:
        comma = _COMMA_SPACE.match(head, at + len(name))
        if comma is not None and (at == 0 or not _NAME_CHAR.match(head, at - 1)):
            yield comma.end()
            at = head.find(name, comma.end())
        else:
            at = head.find(name, at + 1)


def descriptions(name: str, text: str) -> list[str]:
    """How the text describes the organisation `name`: the words before it that end with an
    organisation noun ("car rental giant Avis", "l'hôpital X") and its apposition or what it is
    said to be ("Vesuvius, a UK engineering company,", "X, Australia's largest health insurer",
    "X est un assureur santé"), within the first 5,000 characters, in order."""
    out = []
    head = text[:5000]
    written = re.escape(name)
    # (on the name's own line: a headline's last words do not describe the lead's first name; a
    # head that does not write the name needs no pattern built for it)
    for match in (
        re.finditer(rf"(?<![\w&'’-])((?:[\w&'’-]{{1,{WORD_CHARS}}}[^\S\n]){{1,5}}){written}(?!\w)", head)
        if name in head
        else ()
    ):
        words = match.group(1).split()
        if _describing(words, len(words) - 1) or words[-1].casefold() in _SITES:
            out.append(" ".join(words))
    # "Harrods, a purveyor of luxury, is the third major UK retailer", "X ist ein Hersteller".
    for match in _after_name(name, head):
        words = match.group(1).split()
        cut = _compound_end(words, next((i for i in range(len(words)) if _describing(words, i)), -1))
        if cut >= 0:
            phrase = _noun_phrase(words, cut)
            # (where the noun phrase ends in the text: the group's words are split on single spaces)
            at = match.start(1) + len(" ".join(match.group(1).split(" ")[: len(phrase.split())]))
            out.append(" ".join([phrase, _activity(head, at)]).strip())
    for end in _name_comma_ends(name, head):
        bare = _BARE_APPOSITION.match(head, end)
        words = bare.group(1).split() if bare else []
        # (lower-case words but a nationality or place: "UK engineering company", not "Acme, Globex")
        if (
            words
            and _describing(words, len(words) - 1)
            and all(w[:1].islower() or w.isupper() for w in words[1:])
        ):
            out.append(" ".join(words))
    return out


# A definite description: "the insurer said", "l'établissement de santé", "het ziekenhuis",
# "das Krankenhaus" (at most two words between the article and the noun).
_DEFINITE = re.compile(
    r"(?<!\w)((?:[Tt]he|[Ll]e|[Ll]a|[Hh]et|[Dd]e|[Dd]as|[Dd]er|[Dd]ie)\s|[Ll]['’])((?:[\w-]+\s){0,2}[\w-]+"
    r"(?:\s[\w'’-]+){0,3})"
)
# German writes every noun capitalised; elsewhere a capitalised noun after "the" is a name's
# ("the University of Toronto").
_GERMAN_ARTICLES = {"das", "der", "die"}


def definite_descriptions(text: str) -> list[str]:
    """The definite descriptions of the first 5,000 characters of `text` ("the insurer", "the
    health insurer", "l'établissement de santé", "das Krankenhaus"), each cut after its noun, in
    order: when an article names one victim, they speak of it."""
    out = []
    for match in _DEFINITE.finditer(text[:5000]):
        words = match.group(2).split()
        cut = next((i for i in range(min(3, len(words))) if _describing(words, i)), -1)
        german = match.group(1).strip().casefold() in _GERMAN_ARTICLES
        if cut >= 0 and (german or not any(w[:1].isupper() for w in words[: cut + 1])):
            out.append(_noun_phrase(words, cut))
    return out


_BRACKETED = re.compile(r"\(\s*([^\s()]+)\s*\)")


@lru_cache(maxsize=8)
def bracketed(text: str) -> frozenset[str]:
    """The words the text writes alone in brackets ("(AAP)", "( HC3 )"): a name not among them is
    never the acronym in brackets that `_expanded` and `victim_reporting.bracketed_agency` look for."""
    return frozenset(_BRACKETED.findall(text))


def _expanded(name: str, text: str) -> str:
    """The full name an acronym stands for when the text defines it ("American Associated
    Pharmacies (AAP)" for "AAP"), else the name."""
    letters = name.replace("&", "")  # "Marks and Spencer (M&S)"
    if not (name.isupper() and 2 <= len(name) <= 6 and letters.isalpha()) or name not in bracketed(text):
        return name
    match = re.search(
        rf"(?<![\w&'’-])((?:[A-Z][\w&'’-]{{0,{WORD_CHARS}}}\s+(?:(?:of|and|&|for|de|du|des|van|der|für)\s+)?){{1,7}})"
        rf"\(\s*{re.escape(name)}\s*\)",
        text,
    )
    if match is None:
        return name
    full = match.group(1).split()
    initials = "".join(w[0] for w in full if w[0].isupper())
    return (
        " ".join(full[-len(letters) - sum(1 for w in full if not w[0].isupper()) :])
        if initials.endswith(letters)
        else name
    )


_PARTICLE_WORDS = frozenset("and of the for de du des la le van der von für und et en &".split())


# A run of capitalised words, maybe joined by particles and commas, right before an acronym in
# brackets ("Defence Research and Development Organization (DRDO)", "US Agency for International
# Development (USAID)").
_DEFINED = re.compile(
    rf"(?<![\w&'’-])(?P<run>(?:[A-Z][\w&'’-]{{0,{WORD_CHARS}}},?\s+(?:(?:of|and|&|for|de|du|des|van|der|für)\s+)?)"
    r"{1,8})\(\s*(?P<acronym>[A-Z][A-Z&]{1,7})\s*\)"
)


def defined_names(passage: str) -> list[tuple[int, int]]:
    """(start, end) of each name that an acronym in brackets right after it defines, the capitalised
    words' initials spelling it (an upper-case word gives all its letters: "US Agency for
    International Development (USAID)"): one name, its "and" and "for" included, which the
    recogniser and the runs of capitalised words cut in two ("Defence Research" and "Development
    Organization" of "Defence Research and Development Organization (DRDO)")."""
    if "(" not in passage:
        return []
    out = []
    for match in _DEFINED.finditer(passage):
        letters = match.group("acronym").replace("&", "")
        words = list(re.finditer(r"[^\s,]+", match.group("run")))
        spelled = ""
        for word in reversed(words):  # the shortest run of words, from the end, that spells it
            text = word.group(0)
            if text.casefold() in _PARTICLE_WORDS:
                continue
            spelled = (text if text.isupper() else text[0]) + spelled
            if len(spelled) >= len(letters):
                break
        if spelled == letters and len(words) > 1:
            start = match.start("run") + word.start()
            out.append((start, match.start("run") + len(match.group("run").rstrip(" ,"))))
    return out


def within_defined(name: str, sentence: str) -> str:
    """The name an acronym defines in `sentence` that `name` is a part of ("Development
    Organization" of "Defence Research and Development Organization (DRDO)"), else `name`."""
    for start, end in defined_names(sentence):
        whole = sentence[start:end]
        if name != whole and f" {name} " in f" {whole} ":
            return whole
    return name


def initials_match(acronym: str, names: list[str]) -> str:
    """The name among `names` (two words or more) whose capitalised words' initials spell
    `acronym` ("Marks and Spencer" for "M&S", "National Health Service" for "NHS"), when the text
    uses the acronym without defining it in brackets; else "" (also when two names match)."""
    letters = acronym.replace("&", "")
    if not (acronym.isupper() and 2 <= len(letters) <= 6 and letters.isalpha()):
        return ""
    found = []
    for name in names:
        words = [w for w in name.split() if w.casefold() not in _PARTICLE_WORDS]
        if len(words) >= 2 and "".join(w[0] for w in words) == letters and all(w[0].isupper() for w in words):
            found.append(name)
    return found[0] if len(found) == 1 else ""


def _bracketed_after(long: str, short: str, text: str) -> bool:
    """Whether `text` writes `short` in brackets right after `long` as a whole word ("Scandinavian
    Airlines (SAS)"). The name is found as a string and the brackets matched at its end: a pattern
    opening on a lookbehind is tried at every position of the text (70 times slower), for each pair
    of names: a page defining 10,000 acronyms took seconds."""
    bracket = re.compile(rf"\s?\(\s*{re.escape(short)}\s*\)")
    at = text.find(long)
    while at >= 0:
        whole = not at or not (text[at - 1].isalnum() or text[at - 1] in "_-")  # (?<![\w-])
        if whole and bracket.match(text, at + len(long)):
            return True
        at = text.find(long, at + 1)
    return False


def short_forms(names: list[str], text: str) -> set[str]:
    """Of two names among `names` that the text writes as a name and its short form in brackets
    ("Scandinavian Airlines (SAS)", "Circle Sport-Leavine Family Racing (CSLFR)"), one victim: the
    one to leave out, the short form unless the headline (the text's first line) writes only it.
    Only an upper-case short form that opens with the long name's first letter (not "Acme
    (Reuters)", a source)."""
    headline = text.split("\n", 1)[0]
    out: set[str] = set()
    for short in names:
        letters = short.replace("&", "")
        if not (short.isupper() and 2 <= len(letters) <= 8 and letters.isalnum()):
            continue
        for long in names:
            if (
                long != short
                and long[:1].casefold() == short[:1].casefold()
                and _bracketed_after(long, short, text)
            ):
                out.add(long if short in headline and long not in headline else short)
    return out


# What ends the words a victim's own description may hold: a list's or a clause's separator, or an
# attacker's verb ("Ukraine claims it hacked "). An "and" between two lower-case words, the first
# singular, joins the modifiers of one noun ("US oil and gas company X", "food and grocery delivery
# platform X"), not two parties ("hospitals and telecom firm X", "Acme and Globex").
_OWN_DESCRIPTION_START = re.compile(
    r"[;()\[\]\n]|,\s(?:and\s)?|(?<![a-rt-z])\sand\s|\sand\s(?![a-z])|"
    r"\b(?:hacked|breached|attacked|targeted|compromised|infiltrated)\s"
)


def own_description(described_as: str) -> str:
    """The words before the victim's name that are its own: after the last separator ("(7.1GB);
    Malaysian pharma firm " is "Malaysian pharma firm "; "include Acme School, Beta Hospital and "
    is none: the other names of the list) or attacker's verb ("Ukraine claims it hacked " is none
    of the victim's: the attacker's clause)."""
    return _OWN_DESCRIPTION_START.split(described_as)[-1]


# An English preposition before the name ends the clause of another party: "Lawyer sees complainants
# sign up to X" says nothing of what X is, "attack on hospital X" says it is a hospital. (Not the
# Romance "de", which joins an institution to its name: "l'hôpital de X".)
_CLAUSE_PREPOSITION = re.compile(r"\b(?:to|at|on|in|for|from|with|against|by|into|over|about)\s")


def own_noun_phrase(described_as: str) -> str:
    """`own_description`, from its last English preposition on: the noun phrase right before the
    name ("attack on hospital " is "hospital "; "complainants sign up to " is none)."""
    own = own_description(described_as)
    return _CLAUSE_PREPOSITION.split(own)[-1]
