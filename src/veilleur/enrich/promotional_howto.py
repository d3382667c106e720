"""A maker's how-to on its own site is documentation, not its offer (promotional.py asks).

A headline that names the site's product as the means ("… in SAP Data Warehouse Cloud", "… with SAP
BTP") is the vendor's offer when it sells ("Increase productivity with the latest innovations in …"),
but a walk-through when it opens on the task done with the product ("How to handle repair production
orders in …", "Using formulas in … data collection", "Working with the embedded data lake in …"):
the community's and the maker's technical posts, which the labelling guide keeps apart from release
announcements and customer stories (GUIDE.md §2, §13: SAP's process and product posts are not
relevant, its announcements and customer stories are promotional). Only a page that is no security
page is read so — no security word, defence or attack in its headline, a few passing ones in its text at most: a
vendor's walk-through of its own security product ("Using Examplesoft Sentinel to hunt in …") is the
guide's vendor marketing, and stays so.
"""

from __future__ import annotations

import re

from veilleur.enrich.promotional_words import DEFENDING
from veilleur.enrich.relevance_terms import evidence, strongest

# The task opening the headline: "how to", a step-by-step, or the doing of it (gerund or imperative).
_TASK_OPENING = re.compile(
    r"^(?:how[- ]to|step[- ]by[- ]step|tutorial|using|use|working with|work with|creat(?:e|ing)|"
    r"configur(?:e|ing)|implement(?:ing|ation of)?|extract(?:ing|ion of)?|handl(?:e|ing)|"
    r"replicat(?:e|ing|ion of)|debug(?:ging)?|troubleshoot(?:ing)?|consum(?:e|ing)|call(?:ing)?|"
    r"enabl(?:e|ing)|set(?:ting)? up|achiev(?:e|ing)|useful functions)\b",
    re.I,
)
# A defence or an attack in the headline is a security subject whatever the lexicon weighs ("How to
# prevent lateral movement attacks using Examplesoft Defender": the vendor's security product sold), and
# so are the controls a security product sells ("Implementing Zero Trust access … with Partnerco MTD",
# "Configuring multifactor authentication", "Enabling encryption at rest"), whose setup steps hold few
# security words.
_SECURITY_TASK = re.compile(
    rf"{DEFENDING}|(?<!\w)(?:attack|threat|secur|detect|hunt|respond|zero[- ]?trust|authenticat|"
    r"(?:multi-?factor|two-?factor|MFA|2FA)\b|encrypt|conditional access|privileged access|access control)\w*",
    re.I,
)
# The text's security words a technical post may hold in passing ("authorization", "security"):
# above this, the page speaks of security (relevance.py's passing mentions are at most 6.0).
PASSING_EVIDENCE = 6.0


def own_how_to(title: str, text: str) -> bool:
    """The headline opens on a task done with the product, and the page is no security page."""
    if not _TASK_OPENING.search(title.strip()) or strongest(title) or _SECURITY_TASK.search(title):
        return False
    return evidence(text) <= PASSING_EVIDENCE
