"""People named as criminals: threat actors who are persons (labelling guide §6: "named individual
criminals when arrested/charged", §13: facilitators sanctioned or charged), found in the sentences
that say they were arrested, charged, sentenced, extradited or sanctioned, in EN/FR/NL/DE.

The statistical recogniser (`nlp.entities`) says which names are people; the sentence says whether
the person is the one the justice verb is about: its subject ("X, 36, was charged", "X has agreed
to plead guilty") or its object ("police arrested Telegram CEO X", "sanctions against senator X"),
never the judge, prosecutor or officer acting, nor anyone quoted.
"""

from __future__ import annotations

import re

from veilleur.enrich.nlp import english_words, entities
from veilleur.enrich.people_listed import FULL_NAME, identified_names, listed_under, named_after_count
from veilleur.enrich.people_lures import used_by_lure
from veilleur.enrich.people_shapes import (
    AGE_ANY,
    AGENT_VERB_AFTER,
    CASE_CAPTION,
    CRIME_ON,
    FIRM_WRITTEN,
    FROM_PLACE,
    HARMED_AFTER,
    NEGATED,
    NICKNAME,
    NICKNAMED,
    NOT_INTENDED,
    OF_BEFORE,
    PLAINTIFF_AFTER,
    ROLE_BEFORE,
    aka,
    foreign_name,
    handle,
    has_age,
    in_prose,
    of_before,
    one_each,
    place_of_person,
    title_case,
    trim_name,
)
from veilleur.enrich.security_people import reports
from veilleur.enrich.threat_context import alias_names, plain_word
from veilleur.models import Named
from veilleur.text.companies import LEGAL_FORMS
from veilleur.text.openings import opened
from veilleur.text.prefilter import counted, screened
from veilleur.text.sentences import split_sentences

_PERSON = {"PERSON", "PER"}
_NUMBERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
JUSTICE = screened(
    r"arrest\w*|charged|charging|indict\w*|sentenced|extradit\w*|pleads? guilty|pleaded guilty|"
    r"plead guilty|convicted|jailed|apprehended|detained|imprison\w*|sanction\w*|most wanted|"
    # a sentence received or handed down: "X received a life sentence", "was handed a 12-year sentence"
    r"(?:received|receives|handed|given|got|gets)\s(?:an?\s)?(?:[\w-]+\s){0,2}?(?:prison\s|jail\s)?sentence|"
    # the charge as what the person faces: "X faces federal charges", "X, facing two charges"
    r"fac(?:es|ed|ing)\s(?:[\w-]+\s){0,2}?charges|"
    r"accused of|awaiting trial|prosecuted|ringleaders?|mastermind\w*|reward for|bount(?:y|ies)|"
    r"arrêté\w*|interpellé\w*|condamné\w*|inculpé\w*|mis en examen|aangehouden|veroordeeld|festgenommen|"
    r"verurteilt|angeklagt|(?<!usual )suspects?\b|suspected of|soupçonnée?s?|verdächtig\w*|verdachte\w*|"
    rf"designat(?:ed|ion){NOT_INTENDED}|(?:was|were|been|being|is|are) sued|alleged to have|prosecutors allege\w*|"
    # a criminal case's caption names its defendant: "United States v. X"
    rf"{CASE_CAPTION}|"
    # (not "lawsuit against": its subject is the plaintiff, its object is read by _ACTS_ON)
    r"poursuivie?s?\b",
    re.I,
)
counted([JUSTICE])  # read with `first`
# A civil suit names its defendant after the verb ("Google sued X", "a lawsuit against X"): a justice
# sentence whose subject (the plaintiff) is not accused, so the verb is not in JUSTICE.
# (`_ACTS_ON` reads the same suit words for the defendant they name.)
_SUIT = r"sued|suing|(?:indictment|complaint|lawsuit|suit|plainte)s? (?:against|contre)"
_SUED = opened(rf"\b(?:{_SUIT}|a poursuivi|poursuit|poursuivent)\b")


def _justice_line(sentence: str) -> bool:
    return JUSTICE.first(sentence) >= 0


def _justice(sentence: str) -> bool:
    return JUSTICE.first(sentence) >= 0 or _SUED.search(sentence) is not None


# Verbs whose object is the person they are about: "police arrested X", "indicted two founders,
# X and Y", "sanctions against senator X".
_ACTS_ON = screened(
    r"\b(?:arrested|indicted|charged|extradited|sanctioned|sentenced|jailed|detained|apprehended|"
    r"convicted|sanctions (?:on|against|targets?|targeted)|charges against|arrêté|interpellé|condamné|inculpé|"
    # "a reward for suspected LockBit mastermind X", "the ringleaders are named as X"
    r"reward for|bount(?:y|ies) (?:for|on)|mastermind|ringleaders?|named as|identified as|unmasked as|"
    # "another suspect in the hacks, X", "included in the designation were X" (not "a tool designated for")
    rf"(?:an?|another|the|main|key|second|third|une?|autre|le|la)\s(?:\w+\s)?suspect|designation|designated{NOT_INTENDED}|"
    r"de verdachte|der Verdächtige|"
    # a civil suit's defendant and an indictment's name ("Google sued X", "an indictment naming X",
    # "prosecutors allege X", "la plainte contre X", "United States v. X")
    rf"{_SUIT}|{CASE_CAPTION}|"
    r"(?:indictment|warrant|complaint|lawsuit)\b[^.]{0,40}?\bnaming|prosecutors allege\w*)\b",
    re.I,
)
_ACTS_RIGHT_BEFORE = re.compile(rf"(?:{_ACTS_ON.pattern.pattern})\s(?:[\w'’-]+\s){{0,2}}$", re.I)
# People acting for the law or quoted, not the accused: "Judge X sentenced", "X, a spokesperson".
_OFFICIAL_BEFORE = re.compile(
    r"\b(?:Judge|Justice|Attorney|Prosecutor|Director|Agent|Officer|Secretary|Minister|Commissioner|"
    r"Inspector|Chief|Detective|Sheriff|Spokesperson|Spokesman|Spokeswoman|Dr|Professor|researcher|"
    r"analyst|judge|prosecutor|attorney|lawyer|procureur|juge|ministre|Richter|Staatsanwalt|officier)"
    r"\.?\s(?:[A-Z][\w.-]+\s){0,2}$"
)
_QUOTED_AFTER = re.compile(r"^[,\s]{0,2}(?:said|says|told|added|explained|noted|wrote|a spokes|who heads)\b")
# The languages whose justice words `JUSTICE` knows: in another, an English stem reads a word that
# reports no act (Italian "bisognerà arrestare anche i manager": one should arrest the managers too).
_JUSTICE_LANGS = frozenset({"en", "fr", "nl", "de"})
# Most people named per page; a long list is a roll of names the guide does not ask for.
MAX_PEOPLE = 8
# Characters of the article read for justice sentences: the part pages give before their teasers.
MAX_CHARS = 6000
# Characters given to the recogniser at once (its own limit).
CHUNK_CHARS = 1200


def people_charged(title: str, text: str, lang: str, known: set[str]) -> list[Named]:
    """People the article says were arrested, charged, sentenced, extradited or sanctioned, once
    each, in order; none whose name (case-folded) is in `known` or is given as another name of a
    person already named ("Kai West, aka IntelBroker" gives one)."""
    if lang and lang not in _JUSTICE_LANGS:
        return []
    head = text[:MAX_CHARS]
    sentences = split_sentences(head)
    # A headline's justice act is about the person the text introduces with an age ("Ex-worker
    # pleads guilty" … "37-year-old X, of Portland"); a justice line ending in a colon
    # or a dash introduces its list, one person a line ("added to the Most Wanted list: | A (aka x) |").
    headline_act = JUSTICE.first(title) >= 0
    listed = listed_under(sentences, _justice_line, MAX_PEOPLE)
    named_after = named_after_count(sentences, _justice_line)
    aged = {s for s in sentences if headline_act and AGE_ANY.search(s) and FULL_NAME.search(s)}
    passages = [
        s
        for s in [title, *sentences]
        if (_justice(s) or s in listed or s in named_after or s in aged)
        and (FULL_NAME.search(s) or NICKNAMED.search(s))
    ]
    aliases = {n.casefold() for _, names, _ in alias_names(text) for n in names}
    people: dict[str, Named] = {}
    for passage, written, label in _people_in(passages, lang):
        # Markdown and asides around a name are not part of it ("[A and B](https://…)", "X - now 18").
        name = _MARKUP_AFTER.split(written, maxsplit=1)[0].strip(" ,.[]*_")
        # A possessive is not part of the name; a name's own final s is ("Erasmus").
        name = re.sub(r"['’]s$", "", name).strip(" ,.")
        # Where the person is from is no part of the name ("X of Miami", "X from Leeds").
        name = FROM_PLACE.sub("", name)
        # A quote whose mate was cut off, a preposition before the town cut off ('Danny" Wang of').
        name = trim_name(name)
        key = name.casefold()
        if _HEADLINE_WORDS.search(name):
            continue  # a Title Case headline's words ("Admin Sentenced", "Kim Dotcom’s Extradition")
        person = label in _PERSON or (
            label not in _NUMBERS
            and all(t.lstrip("\"“‘'")[:1].isupper() for t in name.split())
            # a nickname in quotes between given name and surname ("Jo “Zed” Roe") is a person's
            and (
                has_age(passage, name)
                or (label == "ORG" and (foreign_name(name) or bool(NICKNAME.search(name))))
                or (
                    ROLE_BEFORE.search(passage, 0, max(0, passage.find(name))) is not None
                    and not FIRM_WRITTEN.search(name)
                    and not _FIRM_FORM.search(name)
                )
            )
        )
        if not person or " " not in name or key in known or key in aliases or key in people:
            continue
        if any(key in p.casefold() or p.casefold() in key for p in people) or _NOT_A_PERSON.search(name):
            continue  # "Alexander Moucka" after "Alexander 'Connor' Moucka"; "Installing Malware"
        # (the head only, as for the passages: a page repeating a name down 500,000 characters
        # asked about every mention for every passage took ten times as long)
        if place_of_person(name, passage) or reports(name, head):
            continue  # "a 32-year-old Fairview, Ill. man": where the person is from; "X, a researcher at Acme"
        if handle(name, passage) or _official(name, head) or _unmasked(name, head, known):
            continue  # 'uses the handles "Jane Doe"': a person's other name; "defense attorney X"
        if "defendant" in head and re.search(rf"{re.escape(name)}[”\"’']?\sdefendants?\b", head):
            continue  # '15 other “John Doe” defendants': a placeholder, no one
        if title_case(passage) and passage not in listed and not in_prose(name, head):
            continue  # a Title Case headline's words ("Feds Shut Down", "FSB Uses"): a person is named again
        if (
            _accused(passage, name, known)
            or (passage in listed and passage.startswith(name) and not _OFFICIAL_BEFORE.search(name + " "))
            or (
                passage in named_after and not _QUOTED_AFTER.search(passage[passage.find(name) + len(name) :])
            )
            or (passage in aged and has_age(passage, name) and not HARMED_AFTER.search(passage))
        ):
            # A nickname in quotes inside the name is another name of the person ("Alexander
            # "Connor" Moucka" is Alexander Moucka).
            nickname = NICKNAME.search(name)
            plain = NICKNAME.sub(" ", name) if nickname else name
            other_names = [name, nickname.group(1)] if nickname else []
            people[key] = Named(
                name=plain, canonical=plain, aliases=list(dict.fromkeys([*other_names, *aka(plain, text)]))
            )
    for full in _by_surname(title, head, known):
        key = full.casefold()
        if key not in people and key not in aliases and not any(key in p or p in key for p in people):
            people[key] = Named(name=full, canonical=full)
    # ("impersonated Congressman X", "the lures relate to X": used by the campaign, not attacking)
    return one_each([p for p in people.values() if not used_by_lure(p.name, head)], text)[:MAX_PEOPLE]


# A person's full name, given names first: capitalised words that are no English word ("Babatunde
# Francis Ayeni"); the justice sentence may name the person by the surname alone ("Ayeni was sentenced").
_FULL_PERSON = re.compile(r"\b([A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+){1,2})\b")


def _by_surname(title: str, text: str, known: set[str]) -> list[str]:
    """Full names of people a justice sentence names by their surname alone, as its subject."""
    sentences = [s for s in [title, *split_sentences(text)] if _justice(s)]
    if not sentences:
        return []
    words = english_words()
    full_names: dict[str, str] = {}
    # Names that are also English words ("Roman", "David Slater", "Malone Lam"): a person's when the
    # recogniser says so of the whole name, asked only when its surname is a justice verb's subject.
    worded: dict[str, tuple[str, int]] = {}
    for match in _FULL_PERSON.finditer(text):
        tokens = match.group(1).split()
        if _NOT_A_PERSON.search(match.group(1)) or FIRM_WRITTEN.search(match.group(1)):
            continue
        if not any(t.casefold() in words or plain_word(t, words) for t in tokens):
            full_names.setdefault(tokens[-1], match.group(1))
        elif not of_before(text, match.start()):
            # (not "Europol's Qilin", "at Acme Networks": a possessive, a firm's word or place)
            worded.setdefault(tokens[-1], (match.group(1), match.start()))
    for surname, (full, at) in worded.items():
        if surname not in full_names and any(surname + " " in s for s in sentences):
            around = text[max(0, at - 100) : at + len(full) + 100]
            if any(label in _PERSON and written == full for written, label in entities(around, "en")):
                full_names[surname] = full
    out = []
    for sentence in sentences:
        for surname, full in full_names.items():
            at = sentence.find(surname + " ")
            # the surname alone as the subject of the justice verb: "Ayeni was sentenced"
            if at < 0 or sentence[max(0, at - 1) : at].isalpha() or full in sentence:
                continue
            if (
                full.casefold() not in known
                # the verb after the surname, or acting on it right before ("Google sued X")
                and (_justice(sentence[at:]) or _ACTS_RIGHT_BEFORE.search(sentence, 0, at))
                and _accused(sentence, surname, known)
                and not _official(full, text)
                and not _unmasked(full, text, known)
            ):
                out.append(full)
    return list(dict.fromkeys(out))


def _unmasked(name: str, text: str, known: set[str]) -> bool:
    """Whether the text gives the person as who a known threat is ("name IntelBroker as 25-year-old
    X", "a identifié DataMonger comme étant X"): the threat's other name, not another actor."""
    for m in re.finditer(re.escape(name), text):
        said = _SAID_AS.search(text[max(0, m.start() - 100) : m.start()])
        if said and said.group(1).casefold().strip("\"“”'’") in known:
            return True
    return False


# "name X as", "unmasked X as", "a identifié X comme étant", "identifiziert X als", with the name after.
_SAID_AS = re.compile(
    r"\b(?:nam|identif|unmask|reveal|out|dox|démasqu|entlarv)\w*\s(\S+)\s(?:as|comme(?: étant)?|als)\s[^.]*$",
    re.I,
)


def _official(name: str, text: str) -> bool:
    """Whether the text names the person by a role acting for the law or for a party ("defense
    attorney X", "Judge X") at one of its mentions: a lawyer sanctioned by a court is no criminal."""
    return any(
        _OFFICIAL_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        for m in re.finditer(re.escape(name), text)
    )


_MARKUP_AFTER = re.compile(r"\]\(|\s[-–—]\s|\*|\]|,?\s\(?(?:a\.k\.a\b|aka\b|alias\b)")
# No person's name holds a justice word or a possessive: a headline's words the recogniser took
# for one ("Seedbox Seller Sentenced", "Pleaded Guilty", "Telegram’s Response").
_HEADLINE_WORDS = re.compile(rf"\b(?:{JUSTICE.pattern.pattern})|['’]s\s", re.I)
_NOT_A_PERSON = re.compile(
    r"\b(?:Malware|Ransomware|Operation|Group|Gang|Team|Cash|Coin|Market|Forum|Bank|Police|Court)\b",
    re.I,
)


_FIRM_FORM = re.compile(rf"\b(?:Holdings?|{LEGAL_FORMS}|Corp\w*|Compan\w+|Trading)\b")


def _people_in(passages: list[str], lang: str) -> list[tuple[str, str, str]]:
    """(passage, name, label) of the entities of the passages. Passages are given to the
    recogniser joined in chunks of its passage size: one call per chunk, not per sentence."""
    out: list[tuple[str, str, str]] = []
    chunk: list[str] = []

    def flush() -> None:
        joined = "\n".join(chunk)
        for written, label in entities(joined, lang):
            own = next((p for p in chunk if written in p), "")
            if own:
                out.append((own, _given_names(own, written) if label in _PERSON else written, label))
        for passage in chunk:
            out.extend((passage, name, "PERSON") for name in _named_after_verb(passage))
            # a nickname in quotes between two capitalised words: a person's ("Jo “Zed” Roe")
            out.extend((passage, m.group(0), "PERSON") for m in NICKNAMED.finditer(passage))
        chunk.clear()

    for passage in passages:
        if chunk and sum(len(p) + 1 for p in chunk) + len(passage) > CHUNK_CHARS:
            flush()
        chunk.append(passage[:CHUNK_CHARS])
    if chunk:
        flush()
    return out


def _given_names(passage: str, name: str) -> str:
    """The person's whole name when the recogniser left out given names before it ("Dmitry" of
    "Dmitry Yuryevich Khoroshev", "Artem" of "Artem Aleksandrovich Kalinkin"): capitalised words
    right before the name that are no English word (nor a title or role: "Judge", "CEO")."""
    at = passage.find(name)
    words = english_words()
    while at > 0:
        before = re.search(r"(?:^|(?<=\s))([A-Z][a-zà-ÿ]+)\s$", passage[max(0, at - 30) : at])
        if (
            before is None
            or before.group(1).casefold() in words
            or _OFFICIAL_BEFORE.search(before.group(0))
            # "le patron de Kvarta Ilyas Voronkov": after "de", "of", "at", a firm's or a place's name
            or of_before(passage, at - len(before.group(0)))
        ):
            break
        name, at = f"{before.group(1)} {name}", at - len(before.group(0))
    return name


# A name the recogniser missed right after a verb acting on it, past the words saying who the
# person is ("police arrested Telegram CEO Pavel Durov"): capitalised words that are no English word.
_AFTER_VERB = re.compile(
    r"\b(?:arrested|charged|indicted|extradited|sanctioned|sentenced|detained|apprehended|arrêté|interpellé|"
    r"condamné|inculpé)\s((?:[\w&.-]+\s){0,3}?[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+){1,2})\b"
)


def _named_after_verb(passage: str) -> list[str]:
    words = english_words()
    out = []
    for match in _AFTER_VERB.finditer(passage):
        tokens = match.group(1).split()
        name: list[str] = []
        for index in range(len(tokens) - 1, -1, -1):
            token = tokens[index]
            if not re.fullmatch(r"[A-Z][a-zà-ÿ]+", token) or token.casefold() in words:
                break
            name.insert(0, token)
            if index and OF_BEFORE.search(tokens[index - 1] + " "):
                name = name[1:] if len(name) > 2 else name  # "de Kvarta Ilyas Voronkov": a firm's name first
                break
        if len(name) >= 2:
            out.append(" ".join(name))
    return [*out, *identified_names(passage)]  # and "identified them as X and Y" (people_listed)


def _accused(passage: str, name: str, known: set[str]) -> bool:
    """Whether the passage's justice verb is about `name`: the name stands before the verb of its
    sentence ("X was charged", "X, a 36-year-old accused of running a botnet, pleaded guilty"), not
    among the victims after it, or right after a verb acting on it ("police arrested CEO X")."""
    at = passage.find(name)
    if at < 0:
        return False
    if _OFFICIAL_BEFORE.search(passage[max(0, at - 40) : at]) or _QUOTED_AFTER.match(
        passage[at + len(name) :]
    ):
        return False
    if re.search(r"\bby\s(?:the\s)?$", passage[max(0, at - 8) : at]):
        return False  # "an investigation by French Gendarmerie, a suspect was arrested": the agent
    if PLAINTIFF_AFTER.match(passage, at + len(name)):
        return False  # "X's lawsuit against the spyware maker": who brings the suit, not who faces it
    if AGENT_VERB_AFTER.match(passage, at + len(name)):
        return False  # "Uncle Sam indicts alleged kingpin": who brings the case, not who faces it
    after = passage[at + len(name) :]
    alias = re.match(r",?\s\(?(?:aka|alias|a\.k\.a\.)\s[\"“']?([\w.-]+)", after)
    if alias and alias.group(1).casefold() in known:
        return False  # "Kai West, aka IntelBroker": one actor, under the threat's name
    if any(m.start() > at and not NEGATED.search(passage[at : m.start()]) for m in JUSTICE.finditer(passage)):
        return True
    before = passage[max(0, at - 90) : at]
    acting = list(_ACTS_ON.finditer(before))
    # (not "arrested by X", nor "charged with the murder of CEO X": the one the crime was done to)
    rest = before[acting[-1].end() :] if acting else ""
    return bool(acting) and not re.search(r"\bby\b", rest) and not CRIME_ON.search(rest)
