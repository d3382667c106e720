"""How a stolen amount is said in French: a count of people is whose data was taken, never what
was taken ("le vol de 7,6 millions de personnes" said a theft of people), and a size says its own
"de données" once ("Vol de 3,5 téraoctets de données.", not "Vol de données : 3,5 téraoctets de
données.").

`amount` is `statements.parse_amount`'s French phrase ("près de 300 000 adhérents",
"1,2 million d'enregistrements", "3,5 téraoctets de données") or "" when none was read."""

from __future__ import annotations

import re

from veilleur.brief.amounts import QUALIFIER
from veilleur.text.french import elide

PEOPLE = frozenset({"clients", "utilisateurs", "personnes", "adhérents", "patients", "salariés"})


def of(amount: str) -> str:
    """ "de" before `amount` as French writes it: "d'environ 2 000 clients" (was "de environ"), and
    a bound put after its count ("de 400 000 personnes au plus", was "de jusqu'à 400 000 personnes")."""
    if amount.startswith("jusqu'à "):
        return "de " + amount[len("jusqu'à ") :] + " au plus"
    return elide(amount, "de")


def of_people(amount: str) -> bool:
    """Whether `amount` counts people ("7,6 millions de personnes", "5,4 millions d'utilisateurs": the
    noun read past its elided "d'")."""
    return bool(amount) and re.sub(r"^d['’]", "", amount.rsplit(" ", 1)[-1]) in PEOPLE


def theft_point(amount: str, claimed: bool = False) -> str:
    """The key point: "Vol des données de 7,6 millions de personnes.", "Vol de données : 1,2 million
    d'enregistrements.", "Vol de données revendiqué : …" when the attackers say it."""
    if of_people(amount):
        return f"Vol{' revendiqué' if claimed else ''} des données {of(amount)}."
    if amount.endswith(" de données"):
        return f"Vol{' revendiqué' if claimed else ''} {of(amount)}."
    said = " revendiqué" if claimed else ""
    return f"Vol de données{said} : {amount}." if amount else f"Vol de données{said}."


def stolen_object(amount: str) -> str:
    """What was taken, as an object: "les données de 7,6 millions de personnes", "400 gigaoctets de
    données"."""
    return f"les données {of(amount)}" if of_people(amount) else amount


def theft_sentence(amount: str) -> str:
    """The summary's sentence: "Les données de près de 300 000 adhérents ont été dérobées.", "Des
    données ont été dérobées (1,2 million d'enregistrements)."."""
    if of_people(amount):
        return f"Les données {of(amount)} ont été dérobées."
    return f"Des données ont été dérobées{f' ({amount})' if amount else ''}."


# A date whose sentence tells of the data offered for sale or posted on a leak site dates that, not
# the attack: "On January 18, denizens of the forum posted for sale records stolen from X" was
# "Attaque survenue le 18 janvier".
_SALE = re.compile(
    r"\b(?:for sale|(?:tried|attempted|offer\w*|began|started) to sell|put up for sale|auction\w*|"
    r"mis(?:es?)? en vente|te koop|zum Verkauf|verkauft)\b",
    re.I,
)
_POSTED = re.compile(
    r"\b(?:leak (?:site|blog)|(?:posted|listed|published|dumped|leaked)\b.{0,60}\b(?:data|records|files|"
    r"database)|site de fuite|(?:publié|divulgué)\w* (?:les|des) données|lekensite|Leak-Seite)",
    re.I,
)


# Data a flaw or a misconfiguration left open was exposed, not stolen, unless the sentence says it
# was taken too: "the weak password exposed 64 million records" was "Vol de 64 millions
# d'enregistrements" (the company said nobody but the researchers had looked).
_EXPOSED = re.compile(
    r"\b(?:expos(?:ed|es|ing)|left (?:open|unprotected|accessible)|publicly accessible|unsecured|unprotected|"
    r"accessible to anyone|exposée?s?|blootgesteld|offen zugänglich)\b",
    re.I,
)
_TAKEN = re.compile(
    r"\b(?:st[eo]len?|steal\w*|stole|exfiltrat\w*|dérob\w*|vol(?:é|és|ée|ées|er)?|leaked|dumped|copied|"
    r"downloaded|posted|published|for sale|gestolen|gestohlen|erbeutet|gelekt)\b",
    re.I,
)


def exposed_only(sentence: str) -> bool:
    """Does `sentence` say data was exposed, and not that it was taken?"""
    return bool(_EXPOSED.search(sentence)) and not _TAKEN.search(sentence)


def exposure(amount: str) -> tuple[str, str]:
    """The key point and sentence of data left exposed: "Exposition des données de 2 000 clients.",
    "Exposition de données : 64 millions d'enregistrements."."""
    if of_people(amount):
        return f"Exposition des données {of(amount)}.", f"Les données {of(amount)} ont été exposées."
    if amount:
        return f"Exposition de données : {amount}.", f"L'article fait état de l'exposition {of(amount)}."
    return "Exposition de données.", "Des données ont été exposées."


# A date a disclosing verb leads to dates the disclosure ("when it first disclosed the attack on May
# 6" was "Attaque survenue le 6 mai"); one after a verb of saying dates what someone said ("a trade
# site posited on July 30 that the victim was X" was "Attaque survenue le 30 juillet"): no date then.
_DISCLOSED = re.compile(
    r"\b(?:disclos|announc|reveal|confirm|report|notif|révél|annonc|signal|dévoil|meld|bekannt)\w*\b"
    r"[^.;]{0,40}$",
    re.I,
)
# A date a verb of finding leads to dates the detection: "became aware of the intrusion on May 23"
# was "Attaque survenue le 23 mai", though the attackers had been in since April 14.
_FOUND = re.compile(
    r"\b(?:became aware|discover|detect|notic|spott|découv|détect|constat|ontdekt|entdeck)\w*\b"
    r"(?P<gap>[^.;]{0,40})$",
    re.I,
)
_FOUND_AFTER = re.compile(
    r"(?P<gap>[^.;]{0,50}?)\b(?:became aware|discover|detect|notic|spott|découv|détect|constat|"
    r"ontdekt|entdeck)",
    re.I,
)
# Another clause or a denial between the date and the finding: "the breach occurred on May 29, 2023,
# but wasn't discovered until July 30, 2024" dates the breach.
_TURN = re.compile(
    r"\b(?:but|mais|while|whereas|although|until|not|never|pas|jamais|occurr\w*)\b|n't\b|;", re.I
)
# ("discovered that it was hit on July 30" dates the attack)
_STRUCK = re.compile(
    r"\b(?:hit|attacked|breached|struck|compromised|touchée?s?|attaquée?s?|frappée?s?)\b", re.I
)
_SAID = re.compile(
    r"\b(?:posited|said|says|wrote|told|claimed|speculated|suggested|argued|theori[sz]ed|"
    r"a (?:affirmé|déclaré|écrit|estimé|avancé|supposé))\s$",
    re.I,
)


def dated(when: str, sentence: str, value: str = "") -> tuple[str, str] | None:
    """The key point and sentence for a date the article gives an attack (`when`: "le 18 janvier
    2023", `value` as written: "on January 18, 2023"), read in its `sentence`: the sale or the
    posting of the data, or the attack's disclosure, when that is what it dates; None when it dates
    what someone said."""
    at = sentence.find(value) if value else -1
    before = sentence[:at] if at >= 0 else ""
    if _SALE.search(sentence):
        return f"Mise en vente des données {when}.", f"Les données ont été mises en vente {when}."
    if _POSTED.search(sentence):
        return f"Publication des données {when}.", f"Les données ont été publiées {when}."
    if _SAID.search(before):
        return None
    # A date opening the clause of a verb of finding after it: "On December 9, Avery said it became
    # aware of an attack" (sixth audit) was "Attaque survenue le 9 décembre", the skimmer active
    # since July.
    later = _FOUND_AFTER.match(sentence, at + len(value)) if at >= 0 and value else None
    if later is not None and not _STRUCK.search(later.group("gap")) and not _TURN.search(later.group("gap")):
        return f"Attaque détectée {when}.", f"L'attaque a été détectée {when}."
    found, disclosed = _FOUND.search(before), _DISCLOSED.search(before)
    if (
        found
        and not _STRUCK.search(found.group("gap"))
        and (disclosed is None or found.start() > disclosed.start())
    ):  # the nearer verb
        return f"Attaque détectée {when}.", f"L'attaque a été détectée {when}."
    if disclosed:
        return f"Attaque révélée {when}.", f"L'attaque a été révélée {when}."
    return f"Attaque survenue {when}.", f"L'attaque a eu lieu {when}."


# A count's qualifier its sentence writes before the value recognition kept: "began selling more than
# 400 gigabytes" recorded "400 gigabytes", and the briefing said 400 exactly.
_BEFORE = re.compile(rf"\b(?:{QUALIFIER})\s+$", re.I)


# A count a share is taken of is not the count stolen: "less than 1% of its 9.7 million monthly
# customers were affected" was "Vol des données de 9,7 millions de clients".
_SHARE_OF = re.compile(
    r"(?:%|\bper ?cent|\bpercent|\bpour ?cent)\s+(?:of|des|de|d['’])\s*"
    r"(?:(?:its|the|their|our|ses|leurs)\s+)?$",
    re.I,
)


def as_written(value: str, sentence: str) -> str:
    """`value` with the qualifier `sentence` writes just before it, if it has none of its own; ""
    when it is the whole a share is taken of."""
    at = sentence.find(value) if value else -1
    if at > 0 and _SHARE_OF.search(sentence[:at]):
        return ""
    before = _BEFORE.search(sentence[:at]) if at > 0 else None
    if before is None or _BEFORE.search(value.split(" ", 1)[0] + " "):
        return value
    return before.group(0) + value
