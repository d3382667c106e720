"""What a threat group does, read next to a coined name the galaxies hold (`threat_words.has_context`):
an extortion gang's claims and leak site near it, or the name as the subject of an attack verb."""

from __future__ import annotations

import re

# What an extortion gang does, near a coined name: "Akira claimed the attack on its leak site".
CLAIMS = re.compile(
    r"\b(?:leak site|data leak site|claimed responsibility|claimed (?:the|an|to have|it had)|"
    r"ransom(?:s|ed)?|extort(?:s|ed|ing|ion)?)\b",
    re.I,
)

# A coined name as the subject of an attack, right after it: "Kimsuky has targeted think tanks",
# "X breached the firm". Only for names that are no English word (`has_context`'s loose branch): a
# word or a short name ("Play", "Clop") still needs a threat word right next to it.
# A headline's passive ("Examplesky hacked", "X breached in…", "X targeted by…") makes it a victim:
# the verb must take an object.
ATTACKING = re.compile(
    r"(?:['’]s)?\s(?:has\s|have\s|had\s)?(?:also\s|reportedly\s|allegedly\s|previously\s)?(?:targeted|"
    r"attacked|breached|hacked|compromised|infiltrated|stole|exploited|hijacked|deployed|leaked)\b"
    r"(?!\s*(?:by|in|at|on|after|amid|via|over|during|as|and|or)\b|\s*[:,.;!?()\[\]\"“”'’-]|\s*$)"
)

# A coined name as the subject of its own return, right after it: "Examplesky is back: what's new",
# "X returns with a new backdoor", "X resurfaces": news say so of a group or a family, which a
# headline may name with no other threat word. A service back online or up again is no threat's return.
RETURNING = re.compile(
    r"(?:['’]s)?\s(?:(?:is|are)\s(?:back|active again)(?!\s(?:online|up|to\snormal|in\sservice)\b)|"
    r"(?:returns|resurfaces|re-?emerges|reappears|strikes\sagain|rises\sagain)(?!\s(?:to\snormal|online)\b))\b"
)
