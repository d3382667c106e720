"""A family's or brand's name written between "the" and its kind in a sentence: "the Black Blasta
ransomware operation", "The Fickle stealer is…", "the Raptor Train botnet" — whole, even made of
English words, which no other shape takes for a name; and a coined word in quotes between an article
and a malware kind: 'a “Fragtor” trojan'."""

from __future__ import annotations

from veilleur.enrich.threat_words import COMMON, GENERIC_ADJECTIVES, NEVER, all_words, coined, title_line
from veilleur.text.prefilter import screened

# "the Example Lark ransomware operation", "The Fickle stealer is…": in a sentence, capitals between
# "the" and a kind word in lower case are a family's or a brand's name, whole, even made of English
# words ("Black", "Train"); a Title Case headline's capitals say nothing (its lines are skipped). Not
# a platform or a language ("the Python backdoor", `NEVER`, GENERIC_ADJECTIVES), nor the name of what
# the kind word qualifies ("the Colonial Pipeline ransomware attack", "the VirusTotal malware database").
THE_NAMED_KIND = screened(
    r"\b[Tt]he ((?:[A-Z][\w-]{1,30} )?[A-Z][\w-]{1,30}) "
    r"(ransomware|stealer|infostealer|loader|botnet|backdoor|trojan|wiper|malware|spyware)\b"
    r"(?! (?:attacks?|incidents?|hacks?|breach|database|signatures?|detections?|scanners?|analysis|samples?)\b)"
)


# 'a “Fragtor” trojan', 'the "Quillcask" stealer': a detection's or a family's name in quotes between an
# article and a malware kind. Only a coined word (`coined`: not an English word, or with an inner
# capital or a digit): quotes also set off what the malware pretends to be ('a "Free Movies" trojan').
QUOTED_KIND = screened(
    r"\b(?:[Aa]n?|[Tt]he) [\"“‘']([A-Z][\w-]{2,30})[\"”’'] "
    r"(ransomware|stealer|infostealer|loader|botnet|backdoor|trojan|wiper|malware|spyware|RAT|rootkit)\b"
    r"(?! (?:attacks?|incidents?|hacks?|breach|database|signatures?|detections?|scanners?|analysis|samples?)\b)"
)


def _inflected_word(token: str) -> bool:
    """An English word with an ending ("Movies", "Updated"), which `coined` takes for a coined name."""
    key = token.casefold()
    stems = {
        "s": [key[:-1]],
        "es": [key[:-2]],
        "ies": [f"{key[:-3]}y"],
        "ed": [key[:-2], key[:-1]],
        "ing": [key[:-3], f"{key[:-3]}e"],
    }
    return any(
        all_words(stem)
        for end, found in stems.items()
        if key.endswith(end)
        for stem in found
        if len(stem) > 2
    )


def named_before_kind(text: str) -> list[tuple[str, str, str]]:
    """("malware", name, "the-kind") of THE_NAMED_KIND's names outside Title Case headlines; a
    stealer or loader of English words is named with its kind ("Fickle Stealer", as vendors write)."""
    out = []
    for match in THE_NAMED_KIND.finditer(text):
        name, kind_word = match.groups()
        if title_line(text, match.start()) or any(
            t.casefold() in GENERIC_ADJECTIVES | NEVER for t in name.split()
        ):
            continue
        if kind_word in {"stealer", "loader"} and " " not in name and not coined(name):
            name = f"{name} {kind_word.title()}"
        out.append(("malware", name, "the-kind"))
    for match in QUOTED_KIND.finditer(text):
        name = match.group(1)
        if coined(name) and not _inflected_word(name) and name.casefold() not in NEVER | COMMON:
            out.append(("malware", name, "the-kind"))
    return out
