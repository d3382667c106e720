"""Words that say what a malware does or how it was made, glued to a name the shapes of
`new_threats` read: "ChatGPT-Written Malware", "a DNS-Controlled Backdoor", "Data-Wiping malware",
"Info-Stealing RisePro" (a compound modifier), "Downloaded Aurora Stealer malware sample" (a
sentence's opening verb). An analyst names the family, never the description: `without_modifiers`
drops those words and keeps the name, if one is left."""

from __future__ import annotations

import re

from veilleur.enrich.nlp import english_words
from veilleur.enrich.threat_words import NEVER

# A compound modifier: a word, a hyphen, a participle or gerund ("-Written", "-controlled",
# "-Stealing", "-authored"). Irregular participles are listed; the others end in -ed or -ing.
_COMPOUND = re.compile(r"[\w.]+-([A-Za-z]+)")
_IRREGULAR = frozenset(
    "written driven stolen hidden given taken made built grown drawn known shown run sent spread".split()
)


def _participle(word: str) -> bool:
    """An English verb's -ed or -ing form ("Downloaded", "Using", "encoded", "Written"), not a word
    that merely ends so ("Red", "Sting") nor a name."""
    key = word.casefold()
    if key in _IRREGULAR:
        return True
    words = english_words()
    for suffix in ("ing", "ed"):
        if key.endswith(suffix) and len(key) >= len(suffix) + 2:
            stem = key[: -len(suffix)]
            # "using" is "use", "encoded" "encode", "stopped" "stop"
            if any(len(s) > 2 and s in words for s in (stem, stem + "e", stem[:-1])):
                return True
    return False


def _opening_verb(word: str) -> bool:
    """A verb's form that is no word of its own ("Deploying", "Downloaded"); an adjective such as
    "Wired" or "Cracked" may be a family's first word."""
    return _participle(word) and word.casefold() not in english_words()


# A headline's verb in the third person before the family it delivers ("UAC-0000 Deploys Example
# Stealer", "Fake Installers Distribute Example RAT"): the attack chain's verbs, listed, since a plural
# noun may open a family's name ("Hunters International", "Winos 4.0").
_HEADLINE_VERBS = frozenset(
    "deploys delivers distributes drops spreads uses pushes serves installs unleashes launches leverages "
    "employs abuses targets exposes uncovers unveils reveals".split()
)
# The same verbs after "to" ("Malicious Ads to Deliver Example RAT"), and a sentence's demonstrative
# or possessive before the family ("This Example Loader campaign is…", "Its Example RAT payload"):
# never a family's first word.
_OPENING_WORDS = _HEADLINE_VERBS | frozenset(
    "deploy deliver distribute drop spread use push serve install unleash launch leverage employ abuse "
    # (a headline's plural subject: "Researchers Expose Example RAT")
    "expose uncover unveil reveal "
    "this that these those its their".split()
)


# A release's number after a family's name ("BadBox 2.0", "Winos 4.0", "LockBit v3", "X V3.0"):
# never a name of its own.
VERSION = re.compile(r"[vV]?\d{1,3}(?:\.\d{1,3}){1,2}|[vV]\d{1,3}")


_NEWNESS = frozenset({"New", "Novel", "Nouveau", "Nouvelle", "Neue", "Neuer", "Nieuwe"})


def _modifier(token: str) -> bool:
    compound = _COMPOUND.fullmatch(token)
    return compound is not None and _participle(compound.group(1))


def without_modifiers(name: str) -> str:
    """The malware's name without the descriptive words before it: a compound modifier anywhere
    before the last word ("Info-Stealing RisePro" is RisePro; "ChatGPT-Written" alone is no name: "")
    and an inflected verb opening it ("Deploying RomCom RAT" is RomCom RAT, "Deploys Example RAT" is
    Example RAT), or a verb after "to" or a demonstrative ("Deliver Example RAT", "This Example Loader")."""
    tokens = name.split()
    while tokens and (
        _modifier(tokens[0])
        # a headline's "New" says the family is new, it is no part of its name ("New Poco RAT")
        or (len(tokens) > 2 and tokens[0] in _NEWNESS)
        or (len(tokens) > 1 and (_opening_verb(tokens[0]) or tokens[0].casefold() in _OPENING_WORDS))
    ):
        tokens.pop(0)
    if len(tokens) < len(name.split()) and all(t.casefold() in english_words() for t in tokens):
        return ""  # "Rust-based Stealer", "Spoofed Loader": a kind described, no name
    if len(tokens) == 1 and VERSION.fullmatch(tokens[0]):
        return ""  # "Deploys 2.0": a headline's verb before a version, no name
    return " ".join(tokens)


def kept_whole(raw: str, cut: str, text: str) -> str:
    """The headline's name with the words `trim` cut after it when the body writes it so ("New
    LuckyStrike Agent Malware" over a body naming "LuckyStrike Agent": not LuckyStrike); never a
    platform's name ("the Mirai IoT botnet", "the Triada Android malware" are Mirai and Triada)."""
    at = raw.find(cut) if cut else -1
    longer = raw[at:] if at >= 0 else ""
    if any(word.casefold() in NEVER for word in longer[len(cut) :].split()):
        return cut
    body = text.split("\n", 1)[1] if "\n" in text else ""
    if longer and longer != cut and re.search(rf"(?<![\w-]){re.escape(longer)}(?![\w-])", body):
        return longer
    return cut


def as_the_body_writes(name: str, text: str) -> str:
    """A Title Case headline's name cut to what the body calls the family: "RedTail Crypto-Mining
    Malware" over a body that writes "the RedTail cryptocurrency mining malware" is RedTail, "FakeCalls
    Vishing Malware" over "known as FakeCalls" FakeCalls; a name the body writes whole stays whole
    ("LuckyStrike Agent"). The headline's words before the kind describe it, the body names it."""
    first, _, _ = name.rpartition(" ")
    body = text.split("\n", 1)[1] if "\n" in text else ""
    if not first or not body or re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
        return name
    return first if re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", body) else name
