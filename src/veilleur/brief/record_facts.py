"""The typed facts of the Intel record (enrich/facts.py: the main flaw, the attack, the action of
police and justice) → French statements (brief/statements.py's `Statement`).

Each statement is made from one fact with the sentence that states it: a vendor and product as
written, a CVSS score, exploitation or KEV listing, a fixed version, a date, an amount stolen or
demanded, a claim, arrests, charges, a prison term, seizures and agencies. A value we cannot read
with certainty (an English date we cannot parse, an amount without a unit) gives no statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache

from dateutil import parser as dateparser

from veilleur.brief.amounts import MAX_DIGITS, QUALIFIER, QUALIFIERS, money, parse_amount, plain_number
from veilleur.brief.arrests import (
    agency_name,
    arrests_said,
    court_step,
    french_agency,
    prison_term,
    probation,
    suspended,
)
from veilleur.brief.flaw_phrases import advice_statement, effects, hedged
from veilleur.brief.patients import french_count, spelled
from veilleur.brief.seizures import seizure_statement
from veilleur.brief.statements import Statement
from veilleur.brief.stolen import (
    as_written,
    dated,
    exposed_only,
    exposure,
    of,
    of_people,
    stolen_object,
    theft_point,
)
from veilleur.brief.versions import french_versions
from veilleur.models import AttackFacts, Intel, VulnerabilityFacts
from veilleur.text.french import capitalize, elide, french_date, french_number, join

SEVERITY = {"critical": "critique", "high": "élevée", "medium": "moyenne", "low": "faible"}

_FLAW_WORDS = re.compile(
    r"(?:\s+(?:0-?day|zero-?day|flaws?|bugs?|vulnerab?l?it(?:y|ies)|vulnerablity|exploits?))+$", re.I
)
# A headline's verb and what follows it are no part of a product: "MOVEit Transfer Faces Increased
# Threats" was said three times with its vendor, and the guard refused the briefing as a loop.
_HEADLINE_VERB = re.compile(
    r"\s+(?:Faces?|Hit|Hits|Sees|Gets|Under|Targeted|Exploited|Patched|Fixed|Warns?|Urges?|Allows?|Lets|"
    r"Could|Can|May|Is|Are|Exposes?|Leaves?|Opens?)\b.*$"
)


def subject(facts: VulnerabilityFacts | None, text: str) -> str:
    """ "Fortinet FortiOS" (vendor and product as written), or "" when the article names none. A
    vendor the article does not write (found from the product, "Windows" → Microsoft) is left out:
    a briefing names only what its sources name."""
    if facts is None or not (facts.product or facts.vendor):
        return ""
    # "WinRAR 0-Day" (a headline's words) names WinRAR: "touche WinRAR 0-Day" said the flaw twice.
    product = _FLAW_WORDS.sub("", _HEADLINE_VERB.sub("", facts.product or "")).strip()
    vendor = facts.vendor or ""
    if vendor and vendor.casefold() not in text.casefold():
        vendor = ""
    if product and vendor and not product.casefold().startswith(vendor.casefold()):
        return f"{vendor} {product}"
    return product or vendor


def written(value: str, text: str) -> bool:
    """Does the article (`text`: its title and body) write `value` (spaces and case aside)? A fact
    whose value the sources do not write (a record merged from another article, a stale record) is
    not stated. An empty `text` checks nothing (a record stated alone, without its article)."""
    if not text:
        return True
    return " ".join(value.split()).casefold() in _flat(text)


@lru_cache(maxsize=1)
def _flat(text: str) -> str:
    """`text` with its white space as single spaces, case folded: made once per briefing. A
    story's text is every outlet's article and its merged record every outlet's facts, so making
    it again for each fact cost the square of the story (200 reports: 4.9 s, 1,000: minutes)."""
    return " ".join(text.split()).casefold()


def written_values(values: Iterable[str], text: str, most: int) -> list[str]:
    """The first `most` distinct `values` the text writes, each asked once."""
    out: list[str] = []
    for value in dict.fromkeys(values):
        if len(out) == most:
            break
        if written(value, text):
            out.append(value)
    return out


def _score_written(score: float, text: str) -> bool:
    """ "9.8" or "9,8" (and "10" for 10.0) in the text, as a number of its own."""
    forms = {f"{score:.1f}", f"{score:.1f}".replace(".", ",")}
    if score == int(score):
        forms.add(str(int(score)))
    return not text or any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", text) for f in forms)


def vulnerability_statements(intel: Intel, text: str) -> tuple[list[Statement], set[str]]:
    """Statements about the main flaw, and the situations they show ("exploited", "patch",
    "no_patch") for the playbook. A version or a score the text does not write is not stated."""
    facts = intel.vulnerability
    if facts is None:
        return [], set()
    out: list[Statement] = []
    situations: set[str] = set()
    name = subject(facts, text)
    severity = SEVERITY.get((facts.severity or "").lower(), "")
    if name:
        grave = " critique" if severity == "critique" else ""
        out.append(
            Statement(
                "Produit", f"Vulnérabilité{grave} dans {name}.", f"Une vulnérabilité{grave} touche {name}."
            )
        )
    allows = effects(facts)
    if allows:
        bare = [re.sub(r"^(?:le |l')", "", e) for e in allows]  # a key point names, without articles
        may = hedged(facts)  # "could potentially achieve code execution": a possibility, said as one
        point = f"{capitalize(join(bare))}{' possible' + 's' * (len(bare) > 1) if may else ''}."
        verb = "pourrait permettre" if may else "permet"
        out.append(Statement("Nature", point, f"La faille {verb} {join(allows)}."))
    if facts.cvss is not None and 0 <= facts.cvss <= 10 and _score_written(facts.cvss, text):
        score = french_number(facts.cvss)
        out.append(
            Statement("Gravité", f"Score CVSS de {score}.", f"Le score CVSS de la faille est de {score}.")
        )
    elif severity and severity != "critique":
        out.append(Statement("Gravité", f"Gravité {severity}.", ""))
    if facts.exploited:
        kev = " (catalogue KEV de la CISA)" if facts.in_kev else ""
        out.append(
            Statement(
                "Exploitation",
                f"Exploitation active signalée{kev}.",
                "La faille est activement exploitée"
                + (", selon le catalogue KEV de la CISA." if kev else "."),
            )
        )
        situations.add("exploited")
    elif facts.exploited is False:
        out.append(Statement("Exploitation", "Aucune exploitation connue à ce stade.", ""))
    fixed = facts.fixed_version if facts.fixed_version and written(facts.fixed_version, text) else ""
    if fixed:
        out.append(
            Statement(
                "Correctif",
                f"Correctif publié en version {fixed}.",
                f"Un correctif est disponible en version {fixed}.",
            )
        )
        situations.add("patch")
    elif facts.patch_available:
        out.append(Statement("Correctif", "Correctif publié par l'éditeur.", "Un correctif est disponible."))
        situations.add("patch")
    elif facts.patch_available is False:
        out.append(
            Statement(
                "Correctif",
                "Aucun correctif disponible à ce stade.",
                "Aucun correctif n'est encore disponible.",
            )
        )
        situations.add("no_patch")
    if facts.workaround:
        out.append(Statement("Contournement", "Mesures de contournement proposées.", ""))
    versions = [
        french_versions(v)
        for v in written_values((v.value for v in facts.affected_versions if plain_number(v.value)), text, 3)
    ]
    if versions:
        out.append(Statement("Versions", f"Versions touchées : {join(versions)}.", ""))
    advice = advice_statement(facts)
    if advice is not None:
        out.append(advice)
    return out, situations


_FRENCH_MONTHS = {
    "janvier": "January", "février": "February", "mars": "March", "avril": "April", "mai": "May",
    "juin": "June", "juillet": "July", "août": "August", "septembre": "September", "octobre": "October",
    "novembre": "November", "décembre": "December",
}  # fmt: skip


def french_when(value: str) -> str:
    """ "on December 1, 2026" → "le 1er décembre 2026", "le 3 mars" → "le 3 mars"; "" when the value
    is not a day of a month (a week, a weekend, a month alone)."""
    text = re.sub(r"^(?:on|since|in|le|depuis)\s(?:the\s)?", "", value.strip(), flags=re.I)
    text = re.sub(r"\b1er\b", "1", text)
    for french, english in _FRENCH_MONTHS.items():
        text = re.sub(rf"\b{french}\b", english, text, flags=re.I)
    day = re.search(r"\b([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\d)", text)
    if not day or not re.search(r"[A-Za-z]{3}", text):
        return ""
    try:
        parsed = dateparser.parse(text, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return ""
    with_year = parsed.year != 1900
    return french_date(parsed.date(), with_year=with_year)


_QUALIFIERS = {fr.split()[0] for fr in QUALIFIERS.values()}  # each French qualifier's first word
_SPANS = {"heures": "heures", "hours": "heures", "jours": "jours", "days": "jours", "semaines": "semaines",
          "weeks": "semaines"}  # fmt: skip
_SCALE_UNITS = {"messages": "messages", "emails": "courriels", "e-mails": "courriels",
                "courriels": "courriels", "sms": "SMS", "texts": "SMS", "domains": "domaines",
                "domaines": "domaines", "websites": "sites", "sites": "sites"}  # fmt: skip
# What the count's unit is said to be (every unit above is masculine plural in French).
_KINDS = {"phishing": "d'hameçonnage", "malicious": "malveillants", "fraudulent": "frauduleux",
          "fake": "frauduleux", "spam": "de spam", "scam": "frauduleux"}  # fmt: skip
# The count may group its thousands with spaces ("4 000 courriels"): read whole, not as "4".
_QUALIFIED = re.compile(rf"^(?:({QUALIFIER})\s)?(\d{{1,3}}(?:\s\d{{3}})+|\S+)\s(?:(\w+)\s)?(\w[\w-]*)$", re.I)


def _french_span(value: str, units: dict[str, str]) -> str:
    """ "près de six heures" / "nearly six hours" → "près de six heures", "more than 4,000
    messages" → "plus de 4 000 messages"; "" for a count or a unit we do not read."""
    match = _QUALIFIED.match(" ".join(value.split()))
    if match is None or not plain_number(value):
        return ""
    about, count, unit = (match.group(1) or "").lower(), match.group(2), units.get(match.group(4).lower(), "")
    kind = _KINDS.get((match.group(3) or "").lower(), "") if units is _SCALE_UNITS else ""
    unit = f"{unit} {kind}" if unit and kind else unit
    number = french_count(count) or ("plusieurs" if count.lower() in {"several", "plusieurs"} else "")
    digits = re.sub(r"\D", "", count)
    if (
        not number
        and re.fullmatch(r"\d{1,3}(?:[,\s\u202f\u00a0]\d{3})*", count)
        and len(digits) <= MAX_DIGITS
    ):
        number = french_number(float(digits))  # exact: at most MAX_DIGITS digits
    if not number or not unit:
        return ""
    return f"{QUALIFIERS[about]} {number} {unit}" if about else f"{number} {unit}"


def _scale_statements(facts: AttackFacts) -> list[Statement]:
    spans = list(dict.fromkeys(s for s in (_french_span(f.value, _SCALE_UNITS) for f in facts.scale) if s))
    # A qualifier reads as covering every count after it ("plus de 4 000 messages et 37 domaines"):
    # the counts the source gives exactly come first, each qualified count after them with its own.
    spans.sort(key=lambda span: span.split()[0] in _QUALIFIERS)
    if not spans:
        return []
    each = join([spans[0], *(f"de {span}" for span in spans[1:])])  # "de 37 domaines et de plus de…"
    return [Statement("Ampleur", f"{capitalize(join(spans))}.", f"L'article fait état de {each}.")]


# A stolen amount the attackers state, not the victim or the investigators: "affirme avoir dérobé",
# "revendique le vol", "claims to have stolen", "say they took".
_CLAIMED = re.compile(  # "purportedly stolen", "the alleged theft": the seller's word, not a finding
    r"\b(?:affirm|revendiq|prétend|se vant|claim|boast|say(?:s|ing)? (?:it|they)|threaten|beweer|behaupt|"
    r"purport|allegedly|alleged (?:theft|breach|leak)|supposément|naar verluidt|"
    # the seller's word: "20 million accounts offered for sale" (a blind check, seed-3340 session)
    r"(?:offered|put up|up|listed) for sale|mis\w* en vente|te koop|zum Verkauf|"
    r"(?:deadline|vow\w*|plans?|intends?|menace\w*) (?:to|de) (?:leak|release|publish|publier|divulguer))\w*",
    re.I,
)


def attack_statements(intel: Intel, text: str = "") -> list[Statement]:
    """Statements about the attack; a claimant the text (title and body) does not write is not named."""
    facts = intel.attack
    if facts is None:
        return []
    out: list[Statement] = []
    when, said_when, value = next(
        ((w, f.sentence, f.value) for f in facts.when if (w := french_when(f.value))), ("", "", "")
    )
    if when and (date := dated(when, said_when, value)) is not None:
        out.append(Statement("Date", *date))
    stolen, said = next(
        ((a, f.sentence) for f in facts.stolen if (a := parse_amount(as_written(f.value, f.sentence)))),
        ("", ""),
    )
    if stolen and _CLAIMED.search(said):  # "qui affirme avoir dérobé 400 Go": the attackers' word
        sentence = f"Les attaquants affirment avoir dérobé {stolen_object(stolen)}."
        out.append(Statement("Données", theft_point(stolen, claimed=True), sentence))
    elif stolen and exposed_only(said):  # "the weak password exposed 64 million records"
        out.append(Statement("Données", *exposure(stolen)))
    elif stolen:  # "a confirmé le vol de 2 To": no claim to put in the attackers' mouth
        theft = f"des données {of(stolen)}" if of_people(stolen) else of(stolen)
        out.append(Statement("Données", theft_point(stolen), f"L'article fait état du vol {theft}."))
    ransom = next((m for m in (money(f.value) for f in facts.ransom) if m), "")
    if ransom:
        out.append(Statement("Rançon", f"Rançon de {ransom}.", f"La rançon évoquée s'élève à {ransom}."))
    claimed = written_values((f.value for f in facts.claimed_by), text, 2)
    if claimed:
        group = "le groupe" if len(claimed) == 1 else "les groupes"
        out.append(
            Statement(
                "Revendication",
                f"Revendication par {group} {join(claimed)}.",
                f"L'attaque a été revendiquée par {group} {join(claimed)}.",
            )
        )
    elif any(f.value.casefold().startswith("hacktivist") for f in facts.claimed_by_kind):
        out.append(
            Statement(
                "Revendication",
                "Revendication par un groupe d'hacktivistes.",
                "L'attaque a été revendiquée par un groupe d'hacktivistes.",
            )
        )
    lasted = next((d for d in (_french_span(f.value, _SPANS) for f in facts.lasted) if d), "")
    if lasted:
        out.append(Statement("Durée", f"Interruption pendant {lasted}.", f"L'interruption a duré {lasted}."))
    return out + _scale_statements(facts)


def _with_acronyms(agencies: list[str]) -> list[str]:
    """One agency named once: "Department of Justice" and "DOJ" are "Department of Justice (DOJ)",
    not two services ("l'action implique Department of Justice et DOJ")."""
    out = list(agencies)
    for short in agencies:
        if not re.fullmatch(r"[A-Z]{2,6}", short):
            continue
        for i, name in enumerate(out):
            words = re.findall(r"[^\W\d_][\w'-]*", name)
            initials = {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper())}
            if name != short and len(words) > 1 and short in initials:
                out[i] = f"{name} ({short})"
                out.remove(short)
                break
    return out


def law_statements(intel: Intel, text: str = "") -> list[Statement]:
    """Statements about police and justice; an agency the text does not write is not named."""
    facts = intel.law_enforcement
    if facts is None:
        return []
    out: list[Statement] = []
    agencies = _with_acronyms(written_values((f.value for f in facts.agencies), text, 8))[:4]
    # How many, when a value says it ("two arrests", "arrested four Russian nationals").
    count = spelled(arrests_said((f.value, f.sentence) for f in facts.arrests))
    if count == "une":
        out.append(Statement("Arrestations", "Une arrestation annoncée.", "Une arrestation a été annoncée."))
    elif count:
        out.append(
            Statement(
                "Arrestations",
                f"{capitalize(count)} arrestations annoncées.",
                f"{capitalize(count)} arrestations ont été annoncées.",
            )
        )
    elif facts.arrests:
        out.append(
            Statement("Arrestations", "Arrestations annoncées.", "Des arrestations ont été annoncées.")
        )
    if facts.charges:  # a plea or a verdict is said as what it is, not as charges
        out.append(Statement(*court_step(f.value for f in facts.charges)))
    term = next(((t, f) for f in facts.sentences if (t := prison_term(f.value))), None)
    if term is not None:
        length, fact = term
        prison = "de prison avec sursis" if suspended(fact.value, fact.sentence) else "de prison"
        prison = "de mise à l'épreuve" if probation(fact.value) else prison
        out.append(
            Statement(
                "Peine",
                f"Condamnation à {length} {prison}.",
                f"Une peine {elide(length, 'de')} {prison} a été prononcée.",
            )
        )
    elif facts.sentences:
        out.append(Statement("Peine", "Condamnation prononcée.", "Une condamnation a été prononcée."))
    if facts.seizures:
        out.append(seizure_statement(facts.seizures))
    if agencies:
        noun = "Service impliqué" if len(agencies) == 1 else "Services impliqués"
        out.append(
            Statement(
                "Autorités",
                f"{noun} : {join([french_agency(a) for a in agencies])}.",
                f"L'action implique {join([agency_name(a) for a in agencies])}.",
            )
        )
    return out
