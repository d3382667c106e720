"""Lists that give their names as threats by the kind word before them: "malware families such as
A, B and C", "other threat actors known to leverage it include A and B", "web shells (A and B)",
"criminal groups A and B took credit". Read by `new_threats`, which keeps the names a kind names."""

from __future__ import annotations

from veilleur.enrich.threat_context import NAME, NAMES, NAMES_WITH_ASIDES
from veilleur.text.openings import opened

# The kind word ("malware families like"; "bespoke tools like": the attackers' own, not "tools like
# AnyDesk"), then at most a few words that are not a verb's (not "the malware is that permissions such as").
LISTED = opened(
    # (not the agent of what the list holds: "the banks impersonated by the malware include A and B",
    # "the programs used by the threat actor include A and B")
    r"(?<!\bby\s)(?<!\bby\sthe\s)(?<!\bby\sthe\sthreat\s)\b(?:malware|backdoors?|famil(?:y|ies)|payloads?|implants?|loaders?|stealers?|strains?|"
    r"web\sshells?|"  # "web shells such as China Chopper": the attackers' own, as backdoors are
    r"ransomware|groups?|gangs?|actors?|crews?|collectives?|malwares|maliciels|logiciels malveillants|"
    r"rançongiciels|groupes|familles|chevaux de Troie|portes dérobées|Schadsoftware|Schadprogramme|Gruppen|"
    # ("EDR-killing tools like A, B and C", "EDR killers such as A": made to blind the defences)
    r"groepen|(?:custom|bespoke|malicious|hacking|offensive|post-exploitation|(?:EDR|AV|antivirus)[-\s]killing)\stools|"
    r"(?:EDR|AV|antivirus)[-\s]killers|"
    r"facilitators|(?:cybercrime|criminal|underground|darknet|dark web|illicit|laundering)\s(?:forums?|"
    r"marketplaces?|markets?|services?|exchanges?|shops?|platforms?))\b"
    r"(?:\s(?!(?:is|are|was|were|that|which|has|have|to|from|of|for|with)\b)[\w-]+){0,2}?,?\s"
    r"(?:such as|including|like|namely|include|consist of|tel(?:le)?s? que|comme|incluant|notamment|"
    r"y compris|wie|zoals|waaronder)\s"
    # (a name's aside in brackets does not end the list: "such as RustDoor (aka Thiefbucket), and X")
    rf"({NAMES_WITH_ASIDES})"
)


# "Other threat actors known to leverage it include Bl00dy and Buhti."
LISTED_INCLUDE = opened(
    # (the kind is the subject of "include", not the agent of what the list holds: "the banks
    # impersonated by the malware include A and B" lists banks)
    # ("the programs used by the threat actor include A and B" lists programs, not actors)
    rf"(?<!\bby\s)(?<!\bby\sthe\s)(?<!\bby\sthe\sthreat\s)\b(?:actors?|groups?|gangs?|crews?|families|strains?|malware)\b[^.;:]{{0,40}}?"
    rf"\binclude\s({NAMES})|"
    # the families' own plural noun, then their names bare or in brackets: "malware families QuillData,
    # QuillPost, and LightQuill", "web shells (QUILLSWORD and QUILLMOON)", "tunneling tools Quilret and
    # Quinar" (in lower case: a sentence's list, not a Title Case headline's words; tools only when the
    # words say whose: "remote access tools AnyDesk and ScreenConnect" are software the attackers abuse)
    rf"\b(?:malware\sfamilies|web\sshells|backdoors|droppers|implants|loaders|stealers|"
    rf"(?:custom|bespoke|malicious|hacking|offensive|post-exploitation|tunnel(?:l)?ing)\stools)\s"
    rf"(?:\(({NAMES})\)|({NAME}(?:,\s{NAME})*,?\s(?:and|or)\s{NAME}))|"
    # "the four implants used by the group: TinyPosh, TinyNode, and TinyShell"
    rf"\b(?:implants|backdoors|payloads|families|loaders|stealers|strains|variants)\b[^.;:\n]{{0,40}}:\s({NAMES})|"
    # "criminal groups Examplebroker and ExampleUser took credit": attackers' groups, in the plural and
    # in lower case (a sentence, not a Title Case headline's "Hacking Groups Exploit Flaws and …"), then
    # names joined as a list — each name one group
    rf"\b(?:ransomware|extortion|hacking|hacker|hacktivist|cybercrime|cybercriminal|criminal|threat|APT)\s"
    rf"(?:groups|gangs|crews)\s({NAME}(?:,\s{NAME})*,?\s(?:and|or)\s{NAME})"
)
