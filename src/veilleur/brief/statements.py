"""Facts of an Intel record → French statements, each with the fact it comes from.

A `Statement` is one fact said twice: as a short nominal key point ("Déviation des urgences vers
d'autres hôpitaux.") and as a sentence of the summary ("Les urgences ont été déviées vers d'autres
hôpitaux."). Every statement is made from a fact the record holds (an impact with its sentence, a
victim as written, a CVE's own sentence…); words come from our templates, names and numbers from
the record, so nothing here can state what the article does not. A fact we do not hold gives no
statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veilleur.brief.amounts import parse_amount
from veilleur.brief.arrests import FILED, complaint_place
from veilleur.brief.countries import country_written
from veilleur.brief.names import bare_name
from veilleur.brief.patients import patients_count, spelled
from veilleur.brief.stolen import as_written, exposed_only, exposure, theft_point, theft_sentence
from veilleur.brief.systems import systems_cut
from veilleur.enrich.offensive_tools import offensive_tool
from veilleur.models import Category, ImpactRecord, Intel, Named
from veilleur.text.french import (
    capitalize,
    contract,
    elide,
    in_country,
    join,
    sector_names,
    weekday,
    with_article,
)
from veilleur.text.hedges import MODAL_WORDS

# "a été victime …", by kind of event; kinds not listed do not make a victim sentence (a vendor
# named in an advisory is not a victim).
VICTIM_OF = {
    Category.RANSOMWARE: "d'une attaque par rançongiciel",
    Category.DATA_BREACH: "d'une fuite de données",
    Category.DDOS: "d'une attaque par déni de service (DDoS)",
    Category.APT_ESPIONAGE: "d'une opération de cyberespionnage",
    Category.MALWARE_CAMPAIGN: "d'une cyberattaque",
    Category.FRAUD_PHISHING: "d'une fraude",
    Category.OTHER: "d'une cyberattaque",
}
# "BleepingComputer rapporte …", when no victim is named but the article tells the event's facts
# (a date, an impact, a response).
EVENT = {
    Category.RANSOMWARE: "une attaque par rançongiciel",
    Category.DATA_BREACH: "une fuite de données",
    Category.VULNERABILITY: "une vulnérabilité",
    Category.MALWARE_CAMPAIGN: "une campagne de logiciels malveillants",
    Category.APT_ESPIONAGE: "une opération de cyberespionnage",
    Category.DDOS: "une attaque par déni de service (DDoS)",
    Category.FRAUD_PHISHING: "une campagne de fraude ou d'hameçonnage",
    Category.LAW_ENFORCEMENT: "une action des autorités contre la cybercriminalité",
    Category.POLICY_REGULATION: "une évolution de la réglementation en cybersécurité",
    Category.RESEARCH_TOOLING: "des travaux de recherche en sécurité",
    Category.OTHER: "un sujet de cybersécurité",
}
# "BleepingComputer traite des attaques par rançongiciel.", when it names no victim and tells no
# event's fact: the article's subject. A yearly report or a trend piece tells no attack, and
# "X rapporte une attaque par rançongiciel" would invent one.
SUBJECT = {
    Category.RANSOMWARE: "des attaques par rançongiciel",
    Category.DATA_BREACH: "des fuites de données",
    Category.VULNERABILITY: "de vulnérabilités",
    Category.MALWARE_CAMPAIGN: "des campagnes de logiciels malveillants",
    Category.APT_ESPIONAGE: "du cyberespionnage",
    Category.DDOS: "des attaques par déni de service (DDoS)",
    Category.FRAUD_PHISHING: "de fraude ou d'hameçonnage",
    Category.LAW_ENFORCEMENT: "de l'action des autorités contre la cybercriminalité",
    Category.POLICY_REGULATION: "de la réglementation en cybersécurité",
    Category.RESEARCH_TOOLING: "de recherche en sécurité",
    Category.OTHER: "de cybersécurité",
}
# Where the emergency patients went, as the article says it: "vers l'hôpital régional" is one
# hospital, "to nearby hospitals" several; "les urgences de l'hôpital ont été fermées" says nowhere.
_DIVERTED_TO = re.compile(
    r"\b(?:vers|to|towards|naar|nach|in)\s(?:[\w'’-]+\s){0,3}?(?:l['’])?(?P<to>hôpitaux|hôpital|hospitals?|"
    r"ziekenhuizen|ziekenhuis|krankenhäuser|krankenhaus|kliniken|klinik|établissements?|cliniques?)\b",
    re.I,
)
_MANY_HOSPITALS = {
    "hôpitaux",
    "hospitals",
    "ziekenhuizen",
    "krankenhäuser",
    "kliniken",
    "établissements",
    "cliniques",
}
# What the sentence says happened to the operations: postponed, cancelled, or both (the impact's own
# pattern accepts either). "report\w*" alone would read the English "reported" as postponed.
_POSTPONED = re.compile(
    r"\breporté\w*|\breport(?:er|ent)\b|déprogrammé\w*|postpon\w*|delay\w*|rescheduled|uitgesteld|verschoben",
    re.I,
)
_CANCELLED = re.compile(r"annulé\w*|\bannul(?:er|ent)\b|cancel\w*|geannuleerd|abgesagt", re.I)
_OPERATIONS = re.compile(r"opérat|intervention|chirurg|surger|operat|procedure|ingrep|eingriff", re.I)
# A complaint still to come is announced, not filed: "sera déposée", "va déposer plainte", "will be
# filed", "plans to file a complaint", "is going to report it to the police", "zal aangifte doen",
# "wird Anzeige erstatten".
_FUTURE = re.compile(
    r"\bsera\b|va être|\bv(?:a|ont) (?:déposer|porter)\b|will be|\bwill\b|\bshall\b|is to be|going to|"
    r"\bplan(?:s|ning)? to\b|\bintend(?:s|ing)? to\b|"
    # Dutch and German auxiliaries say other things too ("het gaat om", "der Vorfall wird
    # untersucht"): a future only when the complaint's own word is near.
    r"\b(?:zal|zullen|gaat|gaan)\s(?:[\w'’-]+\s){0,3}?aangifte\b|"
    r"\b(?:wird|werden)\s(?:[\w'’-]+\s){0,3}?(?:straf)?anzeige\b|\b(?:straf)?anzeige\s(?:wird|werden)\b",
    re.I,
)
# A complaint the victim considers or may file is not filed ("envisage de déposer plainte",
# "is considering filing a complaint"); "va déposer plainte" is a future, which _FUTURE tells. The
# modals are those of every rule (veilleur.text.hedges: "may", "pourrait", "zou", "könnte"); not
# its other hedge words: "aurait porté plainte" says a complaint reportedly filed, not considered.
_INTENDED = re.compile(
    r"\b(?:envisag\w*|compt\w*|pourrai\w*|pourra|prévoi\w*|souhait\w*|entend\w*|réfléchi\w*|"
    rf"consider\w*|weighing|overweeg\w*|erwäg\w*|{MODAL_WORDS})\b"
    r"[^.;]{0,25}?\b(?:déposer|porter|file|filing|lodge|lodging|aangifte|anzeige)\b",
    re.I,
)
_PLANS = {  # plan as written (lower case) → (French noun phrase with article, gender+number)
    "emergency plan": ("le plan d'urgence", "ms"),
    "contingency plan": ("le plan de continuité", "ms"),
    "disaster plan": ("le plan catastrophe", "ms"),
    "crisis plan": ("le plan de crise", "ms"),
    "downtime procedures": ("les procédures dégradées", "fp"),
}
_UNTIL_PART = {"morning": "matin", "evening": "soir", "matin": "matin", "soir": "soir", "midi": "midi"}


@dataclass(frozen=True)
class Statement:
    label: str  # the key point's label
    point: str  # the short nominal statement, ending with a full stop
    sentence: str = ""  # the summary's sentence ("" when the key point says it all)


def victim_statements(intel: Intel, text: str = "") -> list[Statement]:
    """The victims' sentence and key points; `text`, the article, says which victim's country the
    page names (`country_written`)."""
    victims = intel.victims[:3]
    if not victims:
        return []
    phrases = [with_article(v.name) for v in victims]
    first = victims[0]
    sectors = sector_names(first.sectors)
    named = [code for code in first.countries if country_written(code, intel, text)]
    country = in_country(named[0]) if named else ""
    point = capitalize(phrases[0]) + (f" ({', '.join(sectors)})" if sectors else "")
    point += (f", {country}" if country else "") + "."
    out = [Statement("Victime", point)]
    if len(victims) > 1:
        out.append(Statement("Autres victimes", capitalize(join(phrases[1:])) + "."))
    event = VICTIM_OF.get(intel.category)
    if event:
        where = f", {country}," if country and len(victims) == 1 else ""
        verb = "a été victime" if len(victims) == 1 else "ont été victimes"
        out[0] = Statement("Victime", point, f"{capitalize(join(phrases))}{where} {verb} {event}.")
    return out


def _names(items: list[Named]) -> list[str]:
    """The first three names, each once: a story's outlets spell one name their own ways, and
    "les logiciels malveillants BADBOX 2.0, BadBox 2.0 et BadBox 2" said one botnet three times
    (case, spaces, hyphens and a version's ".0" aside; the first spelling is kept)."""
    seen: dict[str, str] = {}
    for item in items:
        name = bare_name(item.name)
        seen.setdefault(_name_key(name), name)
    return list(seen.values())[:3]


def _name_key(name: str) -> str:
    return re.sub(r"(?<=\d)\.0$", "", re.sub(r"[\s_-]+", "", name.casefold()))


def threat_statements(intel: Intel) -> list[Statement]:
    out = []
    victims = {v.name.casefold() for v in intel.victims}  # the one spied on is not who spies on her
    actors = [name for name in _names(intel.threat_actors) if name.casefold() not in victims]
    if actors:
        one = len(actors) == 1  # groups and people charged alike: "groupe" is false of a person
        named, noun = ("acteur cité", "l'acteur") if one else ("acteurs cités", "les acteurs")
        out.append(
            Statement(
                "Acteur" if one else "Acteurs",
                f"{join(actors)}, {named} par l'article.",
                f"L'article nomme {noun} {join(actors)}.",
            )
        )
    listed = [name for name in _names(intel.malware) if name not in actors]
    # a framework both attackers and testers run is said as a tool ("l'outil offensif Metasploit")
    tools = [name for name in listed if offensive_tool(name)]
    malware = [name for name in listed if name not in tools]
    for names, label, singular, plural in (
        (malware, "Logiciel malveillant", "le logiciel malveillant", "les logiciels malveillants"),
        (tools, "Outil offensif", "l'outil offensif", "les outils offensifs"),
    ):
        if names:
            noun = singular if len(names) == 1 else plural
            out.append(
                Statement(
                    label, f"{capitalize(noun)} {join(names)}.", f"L'article décrit {noun} {join(names)}."
                )
            )
    return out


def _impact(record: ImpactRecord) -> Statement | None:
    s = record.sentence
    if record.kind == "emergency_diverted":
        to = _DIVERTED_TO.search(s)
        many = to is not None and to.group("to").casefold() in _MANY_HOSPITALS
        where = " vers d'autres hôpitaux" if many else " vers un autre hôpital" if to else ""
        return Statement(
            "Urgences", f"Déviation des urgences{where}.", f"Les urgences ont été déviées{where}."
        )
    if record.kind == "surgeries_cancelled":
        return _surgeries(s)
    if record.kind == "patients_transferred":
        if count := spelled(patients_count(s)):  # "Douze patients … ont été transférés"
            return Statement(
                "Patients",
                f"Transfert de {count} patients.",
                f"{capitalize(count)} patients ont été transférés.",
            )
        return Statement("Patients", "Transfert de patients.", "Des patients ont été transférés.")
    if record.kind == "systems_shut_down":
        return Statement(*systems_cut(s))
    if record.kind == "data_stolen":
        amount = parse_amount(as_written(record.amount, record.sentence)) if record.amount else ""
        if exposed_only(s):
            return Statement("Données", *exposure(amount))
        return Statement("Données", theft_point(amount), theft_sentence(amount))
    if record.kind == "ransom_demanded":
        return Statement(
            "Rançon", "Demande de rançon des attaquants.", "Les attaquants réclament une rançon."
        )
    if record.kind == "services_disrupted":
        if re.search(r"rendez-vous|appointments?|afspraken|termine", s, re.I):
            return Statement(
                "Services", "Perturbation des rendez-vous.", "Les rendez-vous ont été perturbés."
            )
        if re.search(r"ralenti|slow", s, re.I):
            return Statement("Activité", "Ralentissement de l'activité.", "L'activité a été ralentie.")
        if site := re.search(
            r"\b(site|website)(s?)\b(?=[^.;]*?(?:inaccessible|indisponible|unavailable))", s, re.I
        ):
            many = bool(site.group(2))  # "les sites internet … rendus inaccessibles": as many as said
            sites = "des sites internet" if many else "du site internet"
            said = "Des sites internet ont été rendus" if many else "Le site internet a été rendu"
            return Statement(
                "Services", f"Indisponibilité {sites}.", f"{said} inaccessible{'s' if many else ''}."
            )
        return Statement("Services", "Perturbation des services.", "Des services ont été perturbés.")
    if record.kind == "services_restored":
        if _PARTLY.search(s):  # "the first steps toward a full recovery": not all is back
            return Statement(
                "Rétablissement",
                "Rétablissement partiel des services.",
                "Une partie des services a été rétablie.",
            )
        return Statement("Rétablissement", "Rétablissement des services.", "Les services ont été rétablis.")
    return None


# A restoration its sentence says is partial or only begun: "has taken the first steps toward a full
# recovery by bringing its prescription services back online" was "Les services ont été rétablis".
_PARTLY = re.compile(
    r"\b(?:first (?:steps?|systems?|services?)|toward(?:s)? (?:a )?full|partial\w*|some (?:of (?:its|the) )?"
    r"(?:systems|services)|gradual\w*|begun|began|beginning to|partiel\w*|progressiv\w*|en partie|"
    r"certains (?:services|systèmes)|commenc\w*)\b",
    re.I,
)


# Most serious first: what stops care, then what stops systems, then the rest.
IMPACT_ORDER = [
    "emergency_diverted",
    "patients_transferred",
    "surgeries_cancelled",
    "systems_shut_down",
    "data_stolen",
    "services_disrupted",
    "ransom_demanded",
    "services_restored",
]


def _surgeries(sentence: str) -> Statement:
    """Operations (consultations when the sentence names only those) postponed, cancelled or both,
    as the sentence says: never "cancelled" for a sentence that only says postponed."""
    postponed, cancelled = bool(_POSTPONED.search(sentence)), bool(_CANCELLED.search(sentence))
    noun = "interventions" if _OPERATIONS.search(sentence) else "consultations"
    done, said = {
        (True, False): ("Report", "reportées"),
        (False, True): ("Annulation", "annulées"),
        (True, True): ("Report et annulation", "reportées ou annulées"),
    }.get((postponed, cancelled), ("Report ou annulation", "reportées ou annulées"))
    return Statement("Soins", f"{done} {elide(noun, 'de')}.", f"Des {noun} ont été {said}.")


def impact_statements(intel: Intel) -> list[Statement]:
    records = sorted(
        intel.impacts, key=lambda r: IMPACT_ORDER.index(r.kind) if r.kind in IMPACT_ORDER else 99
    )
    return [s for s in (_impact(r) for r in records) if s is not None]


# Announced actions of justice share their verb: "Deux arrestations et des inculpations ont été
# annoncées", not "Deux arrestations ont été annoncées ; des inculpations ont été annoncées".
_ANNOUNCED = re.compile(r"(.+\b(?:arrestations?|inculpations|condamnations?)) (?:a|ont) été annoncées?", re.I)


def clauses(statements: list[Statement], most: int = 3) -> str:
    """Up to `most` statements' sentences as one French sentence of clauses joined by semicolons
    ("Les urgences ont été déviées ; les serveurs ont été coupés."); a subject said again is "elle"
    ("L'attaque a été révélée le 6 mai ; elle a été revendiquée…")."""
    parts = [s.sentence.rstrip(".") for s in statements if s.sentence][:most]
    if not parts:
        return ""
    out: list[str] = []
    for part in parts:
        later = part if part[1:2].isupper() else part[:1].lower() + part[1:]
        if out and (m := _ANNOUNCED.fullmatch(later)) and (before := _ANNOUNCED.fullmatch(out[-1])):
            out[-1] = f"{before.group(1)} et {m.group(1)} ont été annoncées"
            continue
        if out and later.startswith("l'attaque ") and any(p.lower().startswith("l'attaque ") for p in out):
            later = "elle " + later[len("l'attaque ") :]
        out.append(later if out else part)
    return " ; ".join(out) + "."


def _complaint(record: ImpactRecord) -> Statement:
    where = complaint_place(record.amount)
    if _INTENDED.search(record.sentence):
        considered = f"Le dépôt d'une plainte est envisagé{where}."
        return Statement("Plainte", f"Dépôt de plainte envisagé{where}.", considered)
    # A complaint that "sera déposée" is announced, not filed: the key point says so as the summary does.
    future = _FUTURE.search(record.sentence) and not FILED.search(record.sentence)
    tense, done = ("sera déposée", " annoncé") if future else ("a été déposée", "")
    return Statement("Plainte", f"Dépôt de plainte{done}{where}.", f"Une plainte {tense}{where}.")


def _plan(record: ImpactRecord) -> Statement | None:
    plan, until, state = [*record.amount.split("|"), "", "", ""][:3]
    if not plan:
        return None
    phrase, kind = _PLANS.get(plan.lower(), (elide(plan, "le"), "ms"))
    words = until.split()
    when = f" jusqu'à {weekday(words[0])}" if words else ""
    if len(words) > 1:
        when += f" {_UNTIL_PART.get(words[1].lower(), '')}".rstrip()
    noun = {"kept": "Maintien", "activated": "Activation"}.get(state, "Mise en œuvre")
    participle = {"kept": "maintenu", "activated": "activé"}.get(state, "mis en œuvre")
    if kind == "fp":
        participle = {"maintenu": "maintenues", "activé": "activées"}.get(participle, "mises en œuvre")
    verb = "sont" if kind == "fp" else "est"
    return Statement(
        "Plan d'urgence",
        f"{noun} {contract('de', phrase)}{when}.",
        f"{capitalize(phrase)} {verb} {participle}{when}.",
    )


# Whose data was not taken (response.py's amount): the plural for the key point, the singular after
# "Aucune donnée".
_WHOSE_DATA = {
    "patient": (" de patients", " de patient"),
    "medical": (" médicales", " médicale"),
    "customer": (" de clients", " de client"),
    "personal": (" personnelles", " personnelle"),
}


def response_statements(intel: Intel) -> list[Statement]:
    out: list[Statement] = []
    for record in intel.response:
        if record.kind == "complaint":
            out.append(_complaint(record))
        elif record.kind == "notified" and record.amount:
            bodies = record.amount.split("|")  # each with its own preposition: "au CNC et à l'APD"
            to, of = (join([contract(word, body) for body in bodies]) for word in ("à", "de"))
            out.append(Statement("Notification", f"Information {of}.", f"L'incident a été signalé {to}."))
        elif record.kind == "no_data_taken":
            whose, one = _WHOSE_DATA.get(record.amount, ("", ""))
            said = f"Aucune donnée{one} n'aurait été dérobée."
            out.append(Statement("Données", f"Aucun vol de données{whose} constaté.", said))
        elif record.kind == "emergency_plan":
            plan = _plan(record)
            if plan is not None:
                out.append(plan)
    return out
