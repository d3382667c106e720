"""A ransom note a malware drops is its way of working, not a ransom this event's victim was asked.

"Once files are encrypted, it proceeds to drop the ransom note", "the ransomware leaves a ransom
note named README.txt" (a family's analysis) were told as "Les attaquants réclament une rançon".
The present, the infinitive and the gerund describe what the program does each time it runs; the
past ("the attackers left ransom notes on the servers") tells this attack and still counts, and so
does a note said to demand something ("drops a note demanding $2 million").
"""

from __future__ import annotations

import re

# The verbs a malware's analysis uses for its note: EN present, infinitive and gerund, FR present.
_DROPS = re.compile(
    r"\b(?:drops?|dropping|leaves?|leaving|writes?|writing|creates?|creating|displays?|displaying|"
    r"generates?|generating|places?|placing|deposits?|depositing|shows?|showing|"
    r"dépose|déposer|laisse|laisser|affiche|afficher|crée|créer|génère|générer)\s"
    r"(?:(?:a|an|the|its|their|his|her|une|la|sa|leur)\s)?(?:[\w-]+\s)?$",
    re.I,
)
# What the note itself asks for: then the page states a demand, whatever the verb.
_ASKS = re.compile(r"\b(?:demand\w*|ask\w*|exig\w*|réclam\w*|fordert?|eist)\b", re.I)


def dropped_note(sentence: str, match: re.Match[str]) -> bool:
    """Is the ransom impact `match` found in `sentence` only a note a program drops or leaves?"""
    # the impact's match may open on an earlier "ransomware" ("The ransomware leaves a ransom note"):
    # the verb is looked for before the note's own phrase
    # (the match may end inside the word: "ransom note" of "ransom notes")
    note = _NOTE.search(sentence, match.start())
    if note is None or note.start() >= match.end():
        return False
    dropped = _DROPS.search(sentence, 0, note.start()) or _DROPPED_ON.match(sentence, note.end())
    return dropped is not None and _ASKS.search(sentence, note.end()) is None


# The participle after the note, on machines in general: "the ransom notes dropped on compromised
# machines" (a family's comparison); "a note left on the town hall's servers" is this attack's.
_DROPPED_ON = re.compile(
    r"\s(?:dropped|left|placed|deposited|written|displayed|generated|déposée?s?|laissée?s?)\s(?:on|in|onto|to|sur|dans)\s"
    r"(?:the\s|les\s)?(?:compromised|infected|encrypted|targeted|victims['’]?|each|every|all|chaque|tous)\b",
    re.I,
)
_NOTE = re.compile(r"\b(?:ransom|rançon)\snotes?\b|\bnotes?\sde\srançon\b", re.I)
