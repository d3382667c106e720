"""A group named by two or three capitals and its noun: "XE Group", "the ZK Team", "the QX gang".
The other shapes want a name of three characters or more, so a short name in capitals was read as
no actor at all; here it is one when an attack's words stand in its line and no everyday acronym or
a firm's framing ("NCC Group researchers", "BT Group hit by…") is what the words say."""

from __future__ import annotations

import re

# The name, an optional attacker's word ("XE Hacker Group" is XE Group), the group's noun. A markdown
# link's bracket may open it ("known as [XE Group](…)").
_SHORT_GROUP = re.compile(
    r"(?<![\w.&/-])([A-Z]{2,3})\s(?:(?:Hacker|hacker|Hacking|hacking|Threat|threat)\s)?"
    r"(Group|group|Team|team|Gang|gang)(?![\w-])"
)
# Everyday acronyms that head a firm's or an office's group: never an attacker's name.
_ACRONYMS = frozenset(
    "IT HR EU UN PR US UK AI IR QA BT ID IP VC PE RE CX UX UI IO GE PC PM HQ RD SOC CEO CFO CTO CIO CSO NHS "
    "FBI CIA NSA DOJ DHS SEC FTC CNN BBC NCC NSO WHO NGO APT ESG KPI SAP BMW ABB AXA CME WPP TSB RBS ANZ "
    "ING HSBC".split()
)
# What an attacking group does, in its line: exploiting flaws, skimming cards, planting web shells.
_ATTACK = re.compile(
    r"\b(?:exploit\w{0,6}|zero-?days?|0-?days?|skimm\w{0,5}|web\s?shells?|malware|ransomware|backdoors?|"
    r"phishing|hackers?|hacking|threat\sactors?|espionage|stealers?|botnet|extortion|infect\w{0,5}|"
    r"cybercrim\w{0,6}|attributed|APT)\b",
    re.I,
)
# A firm's or defender's framing right after the name: the group is who reports or who is hit.
_NOT_ATTACKER_AFTER = re.compile(
    r"^\W{0,3}(?:researchers?|analysts?|experts?|report\w{0,3}|says?|said|warns?|found|finds|discovered|"
    r"observed|hit|struck|targeted|attacked|breached|hacked|suffer\w{0,3}|confirm\w{0,3}|disclos\w{0,3}|"
    r"victim\w{0,3}|customers?|clients?|employees?|staff|CEO|plc|Ltd|Inc|AG|SA)\b"
)
_LINE_WINDOW = 160  # characters either side read for the attack's words, within the line


def short_groups(text: str) -> list[tuple[str, str, str]]:
    """("actor", name, "short-group") of the names ("XE Group", "ZK Team", "QX Gang") of groups written as two or three capitals and a
    group's noun, with an attack's words in their line; everyday acronyms ("IT Group", "HR Team")
    and firms that report or suffer ("NCC Group researchers") are none."""
    out: list[tuple[str, str, str]] = []
    for match in _SHORT_GROUP.finditer(text):
        letters = match.group(1)
        if letters in _ACRONYMS or _NOT_ATTACKER_AFTER.match(text, match.end()):
            continue
        start = text.rfind("\n", max(0, match.start() - _LINE_WINDOW), match.start()) + 1
        start = max(start, match.start() - _LINE_WINDOW)
        end = text.find("\n", match.end(), match.end() + _LINE_WINDOW)
        end = end if end >= 0 else min(len(text), match.end() + _LINE_WINDOW)
        around = text[start : match.start()] + " " + text[match.end() : end]
        if _ATTACK.search(around):
            out.append(("actor", f"{letters} {match.group(2).capitalize()}", "short-group"))
    return out
