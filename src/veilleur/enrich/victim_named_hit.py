"""Wordings that name a victim which the relations of `victim_relations` read only in part: the
name's own things said to be hit ("X's systems were encrypted", "X customers' info stolen"), a copula
or a list that calls the names targets or victims ("A, B are latest ransomware targets", "affected
companies are A, B and C", "among those in the group's sights were A and B", "entities like A and B"
after an attack), and a name that says it was hit after a long description ("X, a hotel chain with
60 hotels in Germany has announced it has fallen victim…").

These held-out true victims scored just under the model's threshold on the training pages (the
relation features gave them nothing): two features of the victim model, `rel:asset_hit` and
`rel:named_victim`, in EN/FR/NL/DE, read by `victim_relation_clauses.clause_ties`."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.victim_relation_words import _SUFFERED

# A name as a list writes it: capitalised words, "&", "AT&T", "Co-op"; joined by commas or "and".
_ITEM = r"(?:the\s|la\s|le\s|l['’]|de\s|het\s|die\s|der\s)?[A-Z0-9][\w&'’.-]*(?:\s(?:of\s|de\s|van\s)?[A-Z0-9][\w&'’.-]*){0,5}"
_JOIN = r"(?:,\s(?:and\s|et\s|en\s|und\s|&\s)?|\s(?:and|et|en|und|&)\s)"
# The names of the list written before this one ("A, B and " of "A, B and C").
_LIST_BEFORE = rf"(?:{_ITEM}{_JOIN}){{0,8}}(?:the\s|la\s|le\s|l['’]|de\s|het\s|die\s|der\s)?"
# The names of the list written after this one (", B and C" of "A, B and C").
_LIST_AFTER = rf"(?:{_JOIN}{_ITEM}){{0,8}}"

# What an organisation owns that an attack hits: its systems, its data, its customers' details.
_THINGS = (
    r"(?:systems?|networks?|servers?|data|databases?|records|accounts?|website|site|e-?mails?|files|"
    r"infrastructure|computers?|information|info|details|source code|secrets|platforms?|portals?|apps?|"
    r"customer data|customers['’]?\s(?:data|info|information|details|records)|users['’]?\s(?:data|info|"
    r"information|details)|patient data|employee data)"
)
_HIT = (
    rf"(?:{_SUFFERED}|stolen|encrypted|leaked|exposed|accessed|exfiltrated|locked|wiped|deleted|hijacked|"
    r"dumped|fleeced|taken offline|knocked offline|held to ransom)"
)
# "X's systems were encrypted", "X customers' info allegedly stolen", "X's network has been breached".
_ASSET_HIT_RIGHT = (
    # (its own things, or what it says of its own: "X said its servers were encrypted" — not "X said the
    # servers were…", which a reporter says of another's)
    r"(?i:^(?:['’]s?)?\s(?:(?:said|says|confirmed|confirms|revealed|reveals|disclosed|discloses)\s(?:that\s)?"
    r"(?:its|their)\s|(?:its|their)\s)?(?:(?!(?:said|says|told|reported|warned|found|noted|leaks|leaked|publishes|published|posts|posted|sells|sold|dumps|claims|claimed)\b)[\w-]+\s)?"
    rf"{_THINGS}\s(?:(?:were|was|have been|has been|had been|are|is|"
    r"got|allegedly|reportedly|apparently|all|also|being)\s){0,3}"
    rf"{_HIT}\b"
    # "X in October revealed 800,000 people had their data pilfered from its servers": what it says
    # was taken from its own things.
    r"|^(?:\s(?:in|on|last|this)\s\w+)?\s(?:has\s)?(?:revealed|reveals|disclosed|discloses|said|says|confirmed|"
    r"confirms|reported|reports)\s[^.;]{0,80}?\b(?:stolen|pilfered|taken|exfiltrated|accessed|copied|"
    rf"downloaded)\s(?:from|on)\s(?:its|their)\s(?:[\w-]+\s)?{_THINGS}\b)"
)
# "les serveurs de X ont été chiffrés", "de systemen van X werden versleuteld", "die Systeme von X
# wurden verschlüsselt": the thing before the name, what happened to it after.
_ASSET_BEFORE = (
    r"(?i:\b(?:systèmes|serveurs|données|réseaux?|systemen|servers|gegevens|netwerk|Systeme|Server|Daten|"
    r"Netzwerk)\s(?:informatiques?\s)?(?:de|du|des|d['’]|van|von|der)\s(?:la\s|le\s|l['’]|het\s|de\s)?"
    # (the kind of organisation before its name: "les serveurs de la clinique X")
    r"(?:[a-zà-ÿ-]+\s)?$)"
)
_ASSET_AFTER = (
    r"(?i:^\s(?:ont été|a été|sont|werden|werd|zijn|wurden|wurde|sind)\s(?:[\w-]+\s){0,3}?"
    r"(?:chiffrés|chiffrées|volées?|volés|dérobée?s?|piratée?s?|paralysée?s?|versleuteld|gestolen|gehackt|"
    r"getroffen|verschlüsselt|gestohlen|lahmgelegt)\b)"
)

# "A, B are latest ransomware targets", "A, B, and C were all targets", "X becomes third mega retailer
# under cyberattack", "X et Y font partie des victimes", "X zählt zu den Opfern".
_COPULA_RIGHT = (
    rf"(?:^{_LIST_AFTER},?\s(?i:(?:are|were|is|was|become|becomes|became|have become|has become)\s"
    r"(?:all\s|both\s|also\s|now\s)?(?:the\s)?(?:[\w-]+\s){0,3}?(?:targets?|victims?)\b"
    r"|(?:is|was|becomes|became|are|were)\s(?:the\s)?(?:[\w-]+\s){0,3}?under\s(?:cyber[- ]?)?attack\b"
    r"|(?:font|fait) partie des (?:victimes|cibles)\b|(?:zählt|zählen|gehört|gehören) zu den Opfern\b"
    r"|(?:is|zijn|behoort|behoren) (?:een )?(?:van )?de slachtoffers\b))"
)
# "affected companies are A, B and C", "Amongst those in the group's sights were A and B", "those hit
# include A", "parmi les victimes figurent A", "onder de slachtoffers zijn A", "zu den Opfern gehören A".
_COPULA_LEFT = (
    r"(?i:\b(?:(?:affected|targeted|impacted|breached|hacked|compromised|attacked|other)\s(?:companies|"
    r"organi[sz]ations|firms|entities|businesses|victims|targets)|(?:among|amongst)\s(?:those|the\s(?:victims|"
    r"targets|organi[sz]ations|companies))|those\s(?:hit|affected|targeted|breached))"
    r"\b[^.;]{0,50}?\b(?:are|were|include|included|including)\s"
    r"|\bparmi les (?:victimes|cibles|entreprises touchées)[^.;]{0,30}?\b(?:figurent|on trouve|se trouvent)\s"
    r"|\bonder de (?:slachtoffers|getroffen bedrijven)\s(?:zijn|waren|bevinden zich)\s"
    r"|\bzu den (?:Opfern|Betroffenen)\s(?:gehören|gehörten|zählen|zählten)\s)"
    rf"{_LIST_BEFORE}$"
)
# "attacks on … high-profile entities like A and B", "data thefts at Snowflake customers such as A":
# a kind of organisation named after an attack, then examples of it.
_LIKE_LEFT = (
    r"(?i:\b(?:attacks?|attacked|breach(?:es|ed)?|hacks?|hacked|thefts?|compromises?|compromised|"
    r"ransomware|extortion|intrusions?|targeted|targeting|victims?)\b[^.;]{0,80}?\b(?:entities|organi[sz]ations|"
    r"companies|firms|customers|clients|businesses|names|brands|retailers|victims|targets)\s(?:like|such as)\s)"
    rf"{_LIST_BEFORE}$"
)
# "X, a large hotel chain with 60 hotels in Germany and Switzerland has announced it has fallen
# victim…": a description longer than `_HEAD` reads, or closed without its comma, then what the name
# says happened to itself (not another verb of speech inside: "X, which Y said, …").
_SAYS_HIT_RIGHT = (
    r"(?i:^,\s(?:(?!\b(?:said|says|told|according|reported|which|who)\b)[^.;]){2,140}?\s(?:has\s|have\s)?"
    r"(?:announced|said|says|confirmed|confirms|disclosed|discloses|revealed|reveals|admitted|admits)\s"
    r"(?:that\s)?(?:it|they)\s(?:has|had|have|was|were)\s(?:been\s)?(?:the\s)?"
    rf"(?:fallen victim|fell victim|victim|target|{_SUFFERED})\b)"
)


# Both tie the name to the attack as the other relations do (`victim_relations.document_relations`:
# a name no mention ties is "doc:untied", the model's strongest weight against).
NAMED_TIES = frozenset({"rel:asset_hit", "rel:named_victim"})


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    names = (
        "_ASSET_HIT_RIGHT",
        "_ASSET_BEFORE",
        "_ASSET_AFTER",
        "_COPULA_RIGHT",
        "_COPULA_LEFT",
        "_LIKE_LEFT",
        "_SAYS_HIT_RIGHT",
    )
    return {n: re.compile(globals()[n]) for n in names}


def named_hit(passage: str, start: int, end: int) -> set[str]:
    """`rel:asset_hit` when the name's own things are said to be hit, `rel:named_victim` when a
    copula, a list or its own statement names passage[start:end] as attacked."""
    p = _compiled()
    left, right = passage[max(0, start - 200) : start], passage[end : end + 200]
    out: set[str] = set()
    if p["_ASSET_HIT_RIGHT"].search(right) or (
        p["_ASSET_BEFORE"].search(left[-60:]) and p["_ASSET_AFTER"].search(right)
    ):
        out.add("rel:asset_hit")
    if (
        p["_COPULA_RIGHT"].search(right)
        or p["_COPULA_LEFT"].search(left)
        or p["_LIKE_LEFT"].search(left)
        or p["_SAYS_HIT_RIGHT"].search(right)
    ):
        out.add("rel:named_victim")
    return out
