"""Malware whose name carries its kind fused to it, in one word: "CrimsonRAT", "MDifyLoader",
"ExampleStealer", "WorkersDevBackdoor". Authors and vendors coin such names for families; outlets
write them bare ("infected staff with CrimsonRAT and other tools", "WorkersDevBackdoor and
MadMxShell converge in malvertising campaigns"), with no kind word beside them that the other shapes
need. Across the corpus, a capitalised word fused to "RAT", "Stealer", "Loader", "Downloader",
"Backdoor" or "Dropper" after a lower-case letter or a digit is a family's name but for a few
generic words ("InfoStealer") and detection names ("TrojanDownloader:Win32/…")."""

from __future__ import annotations

import re

from veilleur.enrich.threat_words import DEPLOYED, THREAT_CONTEXT

# The name: a capital, letters or digits ending on a lower-case letter or a digit, then the kind
# with its own capital. Not part of a path, an address, a file or a code identifier ("x.ExampleLoader",
# "ExampleLoader.dll", "ExampleLoader(", "TrojanDownloader:Win32/…").
_FUSED = re.compile(
    r"(?<![\w./\\:@-])([A-Z][A-Za-z0-9]*[a-z0-9](?:RAT|Stealer|Loader|Downloader|Backdoor|Dropper))"
    r"(?![\w(@-])(?![.:/\\][\w])"
)
# What the part before the kind says when it describes what the program does, not whose it is:
# "InfoStealer", "PasswordStealer", "TrojanDownloader" are kinds, not families.
_GENERIC = frozenset(
    "info trojan malware generic password cookie credential credentials crypto coin token data file files "
    "class boot module image script plugin email mail".split()
)
# How far around the name a threat's word must be: the name's sentence, about.
_WINDOW = 200


def fused_families(text: str) -> list[tuple[str, str, str]]:
    """("malware", name, "plain") for each name that fuses a family's kind, with a threat's word
    near it (a product's class name in a developer's page has none)."""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for match in _FUSED.finditer(text):
        name = match.group(1)
        kind = re.search(r"(?:RAT|Stealer|Loader|Downloader|Backdoor|Dropper)$", name)
        if name in seen or kind is None or name[: kind.start()].casefold() in _GENERIC:
            continue
        around = text[max(0, match.start() - _WINDOW) : match.end() + _WINDOW]
        if THREAT_CONTEXT.search(around) or DEPLOYED.search(around) or _INFECTION.search(around):
            seen.add(name)
            out.append(("malware", name, "plain"))
    return out


_INFECTION = re.compile(r"\b(?:infect\w*|deliver\w*|distribut\w*|malicious)\b", re.I)
