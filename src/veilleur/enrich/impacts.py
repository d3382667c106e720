"""Concrete consequences an article states, in French, English, Dutch and German.

Each impact kind is a pair of word groups that must meet in one sentence (the thing and what
happened to it, in either order, a few words apart): "les urgences ont été déviées", "emergency
patients were diverted", "de spoeddienst werd omgeleid". A sentence that denies the consequence
("aucune donnée n'a été dérobée", "no evidence that data was stolen") does not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veilleur.enrich.ransom_notes import dropped_note
from veilleur.enrich.stolen_goods import without_goods
from veilleur.text import WORD_CHARS
from veilleur.text.hedges import CONDITIONAL_WORDS, HEARSAY_WORDS, hedged
from veilleur.text.openings import opened
from veilleur.text.prefilter import counted, screened
from veilleur.text.sentences import split_sentences

# Characters allowed between the two groups: enough for "ont notamment été", not for a new clause.
GAP = r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,70}?"
# "1.2 million records", "160GB", "4 000 dossiers": how much was taken, when the article says.
_AMOUNT = re.compile(
    # The number is bounded ("4 000", "1.2"): an unbounded run backtracks quadratically. So are the
    # words between it and the noun: a run with no space and digits after its hyphens
    # ("CVE-2024-CVE-2024-…") was read to its end from each of its numbers.
    r"(?:\b(?:près de|presque|nearly|almost|plus de|more than|over|environ|about|around|up to|jusqu'à)\s)?"
    r"\b\d[\d.,]{0,15}(?:\s\d{3}){0,4}\s?(?:millions?|milliards?|billion|thousand|mille|miljoen|millionen|[kKmM])?\s?"
    rf"(?:de\s|d')?(?:[\w-]{{1,{WORD_CHARS}}}\s){{0,2}}?(?:records|dossiers|files|fichiers|customers|clients|users|utilisateurs|"
    r"personnes|people|accounts|comptes|documents|rows|lignes|[GT]B|[GT]o|gigabytes|terabytes|adhérents|"
    r"patients|members|salariés|employees|"
    r"gegevens|klanten|datensätze|kunden)\b",
    re.I,
)

_KINDS: dict[str, tuple[str, str]] = {
    "emergency_diverted": (
        r"urgences|emergenc\w*|ambulances?|spoed\w*|notaufnahme|notfallaufnahme|rettungsdienst",
        r"dévié\w*|détourné\w*|redirigé\w*|réorienté\w*|fermé\w*|divert\w*|redirect\w*|rerouted|closed|"
        r"omgeleid|gesloten|afgemeld|abgemeldet|umgeleitet|geschlossen",
    ),
    "surgeries_cancelled": (
        r"opérations?|interventions?( chirurgicales?)?|chirurgi\w*|surger\w*|operations?|procedures|operaties|"
        r"ingrepen|operationen|eingriffe|"
        # Consultations only before a French participle ("after consultations, X reported…" is no
        # delay) and not public ones (a town's consultation publique is no care).
        r"consultations?(?!\s+publiques?)(?=[^.;]{0,60}?\b(?:reporté|annulé|déprogrammé))",
        # The infinitive too: "a dû … annuler les interventions chirurgicales prévues".
        # French "reporté" only: English "reported" is a verb of speech ("X reported that the ransomware
        # operation no longer supports…" was told as surgeries cancelled).
        # ("reporter" is also the English noun: "told a reporter that operations were running")
        r"annul\w*|(?<!\ba\s)(?<!\bthe\s)(?<!\bour\s)(?<!\byour\s)report(?:é\w*|er|ons|ent|ait|aient)\b(?!\s(?:that|who|from|at|for)\b)|"
        r"déprogramm\w*|cancel\w*|postpon\w*|delay\w*|"
        r"rescheduled|geannuleerd|uitgesteld|"
        r"abgesagt|verschoben",
    ),
    "patients_transferred": (
        r"patients?|patiënten|patienten|malades",
        r"transféré\w*|évacué\w*|transfer\w*|moved to|evacuat\w*|overgebracht|overgeplaatst|verlegt|"
        r"evakuiert",
    ),
    "systems_shut_down": (
        r"serveurs?|systèmes?|réseau|informatique|servers?|systems?|network|(?-i:IT) |computers?|servers|systemen|"
        r"netwerk|systeme|netzwerk|rechner",
        r"coupé\w*|couper|arrêté\w*|éteint\w*|mis hors ligne|hors service|déconnecté\w*|isolé\w*|désactivé\w*|shut down|"
        r"shutdown|taken offline|offline|disconnected|isolated|uitgeschakeld|plat(?!\w)|afgesloten|heruntergefahren|"
        r"abgeschaltet|vom netz",
    ),
    "data_stolen": (
        r"données|dossiers|informations personnelles|data|records|files|gegevens|dossiers|daten|datensätze|"
        r"numéros de sécurité sociale|social security numbers",
        # "ont copié les noms, adresses et numéros de sécurité sociale de 300 000 adhérents"
        r"vol\w*|dérob\w*|exfiltr\w*|dérobé\w*|divulgu\w*|fuité|publié\w* sur|copié\w*|copied|stolen|stole|"
        r"exfiltrat\w*|leaked|"
        r"exposed|dumped|published on|gestolen|gelekt|buitgemaakt|gestohlen|abgeflossen|erbeutet|veröffentlicht",
    ),
    "ransom_demanded": (
        r"rançon|ransom|losgeld|lösegeld",
        # ("pay" and its payments, not a gang's name nor a payload: "Pay2Key Ransomware Resurfaces",
        # "ransomware payloads")
        r"demand\w*|exig\w*|réclam\w*|obtenir|paid|pay(?:s|ing|ments?|outs?)?(?![\w-])|payé\w*|payer|eis\w*|geëist|betaald|gefordert|fordern|"
        # a note whole: "VMware noted that … a Phobos ransomware sample" was a ransom demanded
        r"zahl\w*|notes?\b|désireux",
    ),
    "services_disrupted": (
        r"activité|services?|rendez-vous|consultations?|accès|activit\w*|appointments?|operations|dienstverlening|"
        r"afspraken|betrieb|termine|dienste|sites?\s(?:internet|web)|websites?",
        r"ralenti\w*|perturbé\w*|paralysé\w*|interrompu\w*|suspendu\w*|suspendre|indisponibles?|inaccessibles?|"
        r"disrupt\w*|suspended|unavailable|inaccessible|halted|verstoord|lamgelegd|onderbroken|gestört|eingeschränkt|"
        r"lahmgelegt",
    ),
    "services_restored": (
        r"services?|systèmes?|activité|systems?|operations|diensten|systemen|systeme|betrieb",
        r"rétabli\w*|restauré\w*|reprise|redémarré\w*|restored|back online|recovered|resumed|hersteld|"
        r"opnieuw|wiederhergestellt|wieder verfügbar",
    ),
}
_NEGATION = re.compile(
    r"\b(aucune?|pas|ni|n'ont pu|n'a pu|sans|rien|no|not|never|without|nothing|geen|niet|kein\w*|nicht|nichts)\b",
    re.I,
)
_PATTERNS = {
    kind: screened(rf"\b(?:{a}){GAP}\b(?:{b})|\b(?:{b}){GAP}\b(?:{a})", re.I)
    for kind, (a, b) in _KINDS.items()
}
counted(_PATTERNS.values())  # read with `first`
# Advice and forecasts say what should or could happen, not what did: "It advises organisations to
# keep offline backups, to patch exposed systems", "la direction recommande de couper les serveurs".
# An impact named after such a cue in its sentence is not stated. Its "would", "could", "pourrait"
# are forecasts beside the advice; the hedges proper are veilleur.text.hedges' (`weighed`).
_ADVICE = re.compile(
    r"\b(?:advis\w*|recommend\w*|urg(?:e|es|ed|ing)|encourag\w*|should|must|expects?|would|could|"
    r"conseill\w*|recommand\w*|préconis\w*|invit\w* (?:à|les)|appel\w* à|doi(?:t|vent)|devrai\w*|"
    r"pourrai\w*|il faut|raadt|adviseert|aanbevel\w*|moeten|empfiehlt|empfehl\w*|sollten|müssen|"
    # what a flaw or a tool makes possible: "ouvrant la voie à … l'exfiltration de données" (fifth
    # audit, a weekly roundup's AI agents) was told as data stolen
    r"ouvr\w* la voie|pav(?:es|ing) the way|permettant|allowing|enabling|"
    # what an intrusion can turn into: "it can easily become part of a larger campaign, moving from
    # phishing to … eventually data exfiltration" (a Patch Tuesday expert's quote) stole nothing
    r"can\s(?:\w+\s)?(?:lead|result|become|allow|enable|escalate)|"
    # what a tool can do, listed: "has many features, including … keylogging, data exfiltration",
    # "data-oriented threats (e.g., data exfiltration)" (seed-3334 sample: both told as data stolen)
    r"features|capabilit\w+|functionalit\w+|fonctionnalités|e\.g(?=\.))\b",
    re.I,
)
# A consequence only weighed or reported at second hand: "A malicious website may exfiltrate audio
# data" (sixth audit, an Apple advisory's impact) was "Des données ont été dérobées", "may have
# accessed the records of 3,000 customers" a theft of 3,000 customers' data. The briefing says what
# happened in the indicative, so such an impact is not stated. The hedge words are those of every
# rule (veilleur.text.hedges: "may", "auraient", "zouden", "könnte").
# Hearsay: an amount so told is said as the attackers' claim (brief/record_facts._CLAIMED), a bare
# impact cannot say it so.
_HEARSAY = re.compile(rf"\b(?:{HEARSAY_WORDS})\b", re.I)


def weighed(sentence: str, end: int, hearsay: bool = True) -> bool:
    """Is what `sentence` states before character `end` hedged ("may", "auraient"; with `hearsay`,
    "allegedly", "reportedly" too)?"""
    return hedged(sentence, 0, end) or (hearsay and _HEARSAY.search(sentence, 0, end) is not None)


def habitual(sentence: str) -> bool:
    """Does `sentence` tell what usually happens or a statistic, not this event?"""
    return _HABITUAL.search(sentence) is not None


def advised(sentence: str, at: int) -> bool:
    """Is what `sentence` names at character `at` said after an advice or forecast cue, so
    something that should or could happen rather than something that did?"""
    advice = _ADVICE.search(sentence)
    return advice is not None and advice.start() < at


# What usually happens, or a statistic, is no consequence of this event: "usually sending the victim
# … a ransom note", "Every year, countless emails … stolen in a data breach", "the median ransom
# payments rose". ("comme souvent" compares this event with others: it stays.)
_HABITUAL = opened(
    r"\b(?:usually|typically|generally|tend(?:s)? to|in typical|every year|each year|countless|on average|"
    r"median|d'habitude|généralement|habituellement|en général|chaque année|en moyenne|médian\w*|"
    # what happens to such things in general ("stolen logins are often recovered and resold" was
    # told as services restored); "as is often the case" and "comme souvent" compare this event
    # with others
    r"(?<!as is )(?<!as )often|frequently|(?<!comme )souvent|fréquemment|"
    # a gang's way of working, told of its victims in general: "the gang steals files from
    # companies, encrypts their servers and demands a ransom"
    r"(?:steals|encrypts|demands|exfiltrates|extorts|vole|chiffre|exige)\b(?=[^.;]{0,80}\b(?:organi[sz]ations|"
    r"companies|businesses|victims'?|targets|entreprises|victimes)\b)|"
    r"in der Regel|gewöhnlich|jedes Jahr|im Durchschnitt|doorgaans|meestal|elk jaar|gemiddeld|"
    # what a family of malware does, or a group to a kind of victim (sixth audit: "ShrinkLocker is a
    # family of ransomware that encrypts an organisation's data and demands a ransom payment" said
    # "Les attaquants réclament une rançon"; "For large businesses, the group has exfiltrated
    # between 10-100 terabytes of data" a theft of 10 to 100 TB)
    r"(?:most|many|like)\s(?:[\w-]+\s)?(?:groups|gangs|operators|attackers|criminals|crews)|"
    # a gang's pressure on its victims in general: "to compel their victims to pay their ransoms"
    r"(?:compel|force|pressure|coerce)s?\s(?:their|its)\svictims|"
    r"is an?\s(?:[\w-]+\s)?(?:family|type|strain|kind|form|variant|piece)\sof\s(?:[\w-]+\s){0,2}?"
    r"(?:ransomware|malware|trojan|stealer|botnet|wiper)|"
    r"for\s(?:large|larger|small|smaller|big|bigger|most|many|some)\s(?:businesses|companies|firms|"
    r"organi[sz]ations|victims|targets|enterprises)|"
    # a trend over many attacks: "Ransomware Payouts Drop 35%", "victims paid about $813 million in
    # 2024, down 35% from…", "en baisse de 35 %" (a trend page's sum was told as this attack's ransom)
    r"(?:down|up|drop(?:s|ped)?|f[ae]ll(?:s|en)?|r[io]se[ns]?|declin\w*|increas\w*|decreas\w*|plung\w*|"
    r"soar\w*|jump\w*|surg\w*|grew|grow(?:s|n)?|baisse|hausse|recul|chute)\s(?:by\s|de\s)?"
    r"(?:more\sthan\s|nearly\s|almost\s|about\s|over\s)?\d+(?:[.,]\d+)?(?=\s?(?:%|percent|per\scent|pour\scent))|"
    r"\d+(?:[.,]\d+)?\s?(?:%|percent)\s(?:drop|decline|decrease|increase|rise|fall|jump|surge)|"
    r"victims\s(?:have\s)?paid|(?:payments|payouts)\s(?:have\s|has\s)?(?:drop\w*|f[ae]ll\w*|r[io]se\w*|"
    r"declin\w*|increas\w*|decreas\w*|plung\w*|soar\w*|jump\w*|surg\w*|grew|grow\w*|hit|reach\w*))\b",
    re.I,
)


# Kinds whose negation is common and meaningful ("no data was stolen", "pas de rançon payée").
NEGATABLE = {"data_stolen", "ransom_demanded", "patients_transferred"}


def _negated(sentence: str, match: re.Match[str] | None) -> bool:
    """A negation before the impact's words or among them ("no data was stolen", "patients were not
    transferred"), or after them in the same clause ("la possibilité d'une demande de rançon n'a pas
    été confirmée"). After them, "sans"/"without" qualify another noun ("une demande de rançon a été
    découverte, sans montant précisé") and a clause opened by "but"/"mais" speaks of something else
    ("data was stolen, but no ransom was demanded", for the theft)."""
    end = match.end() if match is not None else len(sentence)
    if _NEGATION.search(sentence[:end]):
        return True
    after = _OTHER_CLAUSE.split(sentence[end:], maxsplit=1)[0]
    return any(m.group(1).lower() not in {"sans", "without"} for m in _NEGATION.finditer(after))


# What a sentence says is not done to the victim: a state describing systems ("even isolated
# networks", "an offline backup"), a consequence the attackers avoid ("data theft over disrupting
# operations", "rather than disrupting services"), operations of criminals someone disrupts
# ("Examplesoft disrupts malicious operations"). Three audited pages stated them.
_DESCRIBING = re.compile(
    r"\b(?:the|an?|most|more|highly|fully|physically|even|otherwise|les?|des|plus)\s$", re.I
)
_STATE_WORD = re.compile(r"(?:isolated|isolé\w*|offline|disconnected|déconnecté\w*)\b", re.I)
_AVOIDED = re.compile(r"\b(?:over|rather than|instead of|plutôt que(?: de)?|au lieu de)\s$", re.I)
_CRIMINAL_OPERATIONS = re.compile(
    # ("The NCA and partners have disrupted this criminal service": a laundering network, seed-3339)
    r"\b(?:malicious|criminal|fraudulent|illicit|influence|scam|botnet)\s(?:[\w-]+\s)?(?:operations|services?)\b",
    re.I,
)
# A disruption that any event would be, not one that happened: "any long-term disruption of its
# networks could have a devastating effect on … medical appointments" (seed-3339 sample, a transit
# operator that kept running) was told as appointments disrupted.
_ANY = re.compile(
    r"\b(?:any|toute?s?|jede[rsn]?|elke)\s(?:[\w-]+\s){0,2}?(?:disruption|outage|perturbation|interruption|"
    r"verstoring|störung|ausfall)\b",
    re.I,
)
# Services being brought back, not back: "as the company struggles to bring services back online"
# (seed-3339 sample, a pharmacy network still down) was told as services restored.
_STRIVING = re.compile(
    r"\b(?:struggl\w*|try|tries|trying|work(?:s|ing)?|efforts?|attempt\w*|scrambl\w*|racing|races|"
    r"hop(?:es|ing)|expect\w*|plan(?:s|ning)?|aim(?:s|ing)?)\s(?:[\w-]+\s)?to\s(?:[\w-]+\s){0,2}$"
    r"|\b(?:tente\w*|s'efforce\w*|cherche\w*|travaille\w*|espère\w*)\s(?:de|à|d')\s?(?:[\w-]+\s){0,2}$",
    re.I,
)


def not_done(kind: str, sentence: str, match: re.Match[str]) -> bool:
    """Does the impact's `match` in `sentence` describe, avoid or turn against criminals what it names?"""
    before = sentence[: match.start()]
    if _AVOIDED.search(before):
        return True
    if kind == "systems_shut_down" and _STATE_WORD.match(match.group(0)) and _DESCRIBING.search(before):
        return True
    if kind == "ransom_demanded" and dropped_note(sentence, match):
        return True
    if kind == "services_restored" and _STRIVING.search(before):
        return True
    # ("a hotbed of adverts for stolen data": goods on a market, no theft told)
    if (
        kind == "data_stolen"
        and (rest := without_goods(sentence)) != sentence
        and not _PATTERNS[kind].search(rest)
    ):
        return True
    return kind == "services_disrupted" and (
        _CRIMINAL_OPERATIONS.search(match.group(0)) is not None or _ANY.search(match.group(0)) is not None
    )


# A conditional right after the impact's words, in the same clause: "any disruption here would also be
# potentially very disruptive" (fifth audit, a fraudster's sentencing) was told as services disrupted.
_MODAL_AFTER = re.compile(rf"\s(?:[\w'-]{{1,20}}\s)?(?:{CONDITIONAL_WORDS})\b", re.I)
# Care named anywhere on the page: a hospital, a clinic, patients, surgery, health.
_CARE = opened(
    r"h[oô]pita\w*|hospital\w*|clini\w*|\bCHU\b|patient\w*|soins|santé|health\w*|medical|médica\w*|"
    r"chirurg\w*|surg\w*|ziekenhui\w*|zorg\w*|krankenh\w*|klinik\w*|medizin\w*|urgences|spoed\w*|"
    r"notaufnahme|ambulanc\w*|(?-i:\bAZ\s[A-Z])",  # Belgian "AZ Delta": algemeen ziekenhuis
    re.I,
)
_OTHER_CLAUSE = re.compile(r"\b(?:but|mais|however|cependant|toutefois|whereas|alors que)\b", re.I)


@dataclass(frozen=True)
class Impact:
    kind: str
    sentence: str
    amount: str = ""  # for data_stolen: how much, as written


def find_impacts(text: str) -> list[Impact]:
    """Impacts stated in the text, each kind once, with the first sentence that states it."""
    found: dict[str, Impact] = {}
    # Each sentence is a part of the text with its spaces collapsed: a kind that cannot match the
    # whole text so written cannot match any sentence (`veilleur.text.prefilter`).
    whole = " ".join(text.split())
    kinds = {kind: pattern for kind, pattern in _PATTERNS.items() if pattern.possible(whole)}
    if not _CARE.search(whole):
        # "opération", "operations", "procedures" are care only where care is spoken of: a
        # PowerShell prompt that "annule l'opération" (fifth audit) was told as surgeries cancelled.
        kinds.pop("surgeries_cancelled", None)
    for sentence in split_sentences(text):
        if sentence.rstrip(" \"'’”»)").endswith("?"):
            # A question states nothing: "So, does ShrinkLocker leave a ransom note?" (sixth
            # audit) was "Les attaquants réclament une rançon".
            continue
        for kind, pattern in kinds.items():
            if kind in found:
                continue
            at = pattern.first(sentence)
            if at < 0:
                continue
            if advised(sentence, at) or habitual(sentence):
                continue
            match = pattern.search(sentence)
            if kind in NEGATABLE and _negated(sentence, match):
                continue
            if match is not None and (
                not_done(kind, sentence, match)
                or _MODAL_AFTER.match(sentence, match.end())
                or weighed(sentence, match.end())
            ):
                continue
            amount = ""
            if kind == "data_stolen":
                match = _AMOUNT.search(sentence)
                amount = " ".join(match.group(0).split()) if match else ""
            found[kind] = Impact(kind, sentence, amount)
    return list(found.values())
