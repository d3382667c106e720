"""What the victim did and said after an attack, each with the sentence that states it.

- `complaint`: a complaint filed or announced, and with whom ("Une plainte sera déposée auprès de
  la Computer Crime Unit", "filed a report with the FBI");
- `notified`: the authorities or officers informed (DPO, data protection authority, CNIL, ICO,
  police, CERT, regulators), as French phrases joined by "|" in the sentence's order;
- `no_data_taken`: the victim states that no data was taken; amount "patient", "medical", "customer",
  "personal" or "";
- `emergency_plan`: an emergency plan triggered or kept (plan MASH, plan blanc, code black,
  downtime procedures), and until when when stated.

Denials and plans are what `impacts` leaves out on purpose (an impact is a consequence); a
French briefing needs them to tell the whole story. French and English, the regions we watch.
"""

from __future__ import annotations

import re

from veilleur.models import ImpactRecord
from veilleur.text.prefilter import screened
from veilleur.text.sentences import split_sentences

# A named body as written: capitalised words, acronyms, and the small words between them.
_NAME = r"(?-i:(?:[A-Z][\w'’-]*|[A-Z]{2,})(?:\s(?:de|du|des|d'|of|for|the|[A-Z][\w'’-]*|\([A-Z]{2,}\)))*)"
_COMPLAINT = [
    screened(
        rf"plainte\s(?:a\sété\s|sera\s|va\sêtre\s|est\s)?(?:déposée|introduite|portée)\s(?:auprès\s)?"
        rf"(?P<to>(?:de\sla|de\sl'|du|des|de)\s?{_NAME})?",
        re.I,
    ),
    screened(
        rf"(?:déposé|déposer|porté|porter)\splainte(?:\sauprès\s(?P<to>(?:de\sla|de\sl'|du|des|de)\s?{_NAME}))?",
        re.I,
    ),
    screened(
        rf"filed\s(?:a\s)?(?:police\s|criminal\s)?(?:complaint|report)(?:\swith\s(?:the\s)?(?P<to>{_NAME}))?",
        re.I,
    ),
    # Filed or to come, in English, Dutch and German ("a complaint will be filed", "plans to file a
    # complaint", "will report the incident to the police", "zal aangifte doen", "wird Anzeige
    # erstatten"): whether it is filed, announced or considered is the briefing's to tell.
    screened(
        rf"(?:file|filing|lodge[sd]?|lodging|submit(?:ted|ting)?)\s(?:a\s)?(?:formal\s)?"
        rf"(?:complaint|(?:police|criminal)\s(?:complaint|report))(?:\swith\s(?:the\s)?(?P<to>{_NAME}))?",
        re.I,
    ),
    screened(
        rf"(?:police\s|criminal\s|formal\s)?complaint\s(?:will\sbe|would\sbe|is\sto\sbe|is\sbeing|has\sbeen|"
        rf"had\sbeen|was|were)\s(?:filed|lodged|submitted)(?:\swith\s(?:the\s)?(?P<to>{_NAME}))?",
        re.I,
    ),
    screened(
        rf"(?:will|shall|plans?\sto|planning\sto|intends?\sto|(?:is|are)\sgoing\sto)\s(?:also\s)?report\s"
        rf"(?:the\s(?:incident|attack|breach|matter|case)|it)\sto\s(?:the\s)?(?:police|law\senforcement|(?P<to>{_NAME}))",
        re.I,
    ),
    screened(
        rf"aangifte\s(?:ge)?d(?:aan|oen)(?:\sbij\s(?:de\s)?(?P<to>{_NAME}))?|(?:doe|doet|doen|deed|deden)\saangifte",
        re.I,
    ),
    screened(
        r"(?:straf)?anzeige\s(?:[\wäöüß]+\s){0,3}?(?:erstattet|erstatten|gestellt|stellen)|"
        r"(?:erstattet|erstattete|erstatteten|stellt|stellte|stellten)\s(?:[\wäöüß]+\s){0,2}?(?:straf)?anzeige\b",
        re.I,
    ),
]
# Authorities and officers, with the French phrase a briefing uses for each.
AUTHORITIES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bDPO\b|délégué à la protection des données|data protection officer", re.I),
     "le délégué à la protection des données (DPO)"),
    (re.compile(r"\bCNIL\b"), "la CNIL"),
    (re.compile(r"\bICO\b|Information Commissioner"), "l'ICO"),
    (re.compile(r"\bAPD\b|Autorité de protection des données|data protection authorit(?:y|ies)|"
                r"Gegevensbeschermingsautoriteit", re.I), "l'autorité de protection des données"),
    (re.compile(r"\bANSSI\b"), "l'ANSSI"),
    (re.compile(r"\bCCB\b|Centre for Cybersecurity Belgium|Centre pour la Cybersécurité Belgique"), "le CCB"),
    (re.compile(r"centre national (?:de|pour la) cybersécurité|National Cyber ?Security Cent(?:re|er)", re.I),
     "le centre national de cybersécurité"),
    (re.compile(r"\bFBI\b"), "le FBI"),
    (re.compile(r"\bCISA\b"), "la CISA"),
    (re.compile(r"\bSEC\b"), "la SEC"),
    (re.compile(r"\bpolice\b|law enforcement|forces de l'ordre", re.I), "les forces de l'ordre"),
    (re.compile(r"\bregulators?\b|autorités? de (?:régulation|contrôle)", re.I), "les autorités de contrôle"),
]  # fmt: skip
_NOTIFIED = screened(
    r"prévenue?s?|informée?s?|notifiée?s?|averti(?:e|s|es)?|alertée?s?|saisie?s?|notified|informed|alerted|"
    r"reported (?:the (?:incident|attack|breach) )?to|contacted|"
    r"signalée?s?\s(?:(?:l'incident|l'attaque|la cyberattaque|les faits)\s)?(?:aux?|à)\b",
    re.I,
)
# Authorities not named ("a signalé l'incident aux autorités", "notified the relevant authorities"):
# read only after the verb, so that "les autorités ont informé…" is not a notification to them.
_AUTHORITIES_UNNAMED = re.compile(r"\b(?:autorités|authorities)\b", re.I)
_NO_DATA = screened(
    r"(?:n'ont|n'a|n'aient|n'ait)\s(?:pu\s|pas\s(?:pu\s)?)?(?:s'approprier|dérober|voler|exfiltrer|emporter|"
    r"accéder à)\s(?:(?:quelconque|aucune|de|la moindre)\s)?données?(?P<p>\spersonnelles?)?|"
    r"aucune\sdonnée(?P<p2>\spersonnelle|\s(?:de|des)\spatients?|\smédicale)?\sn'a\sété\s"
    r"(?:dérobée|volée|exfiltrée|compromise|emportée|dérobé)|"
    r"rien\sn'indique\sque\sdes\sdonnées(?P<p5>\spersonnelles|\s(?:de|des)\spatients?|\smédicales)?\s"
    r"(?:aient|ont|auraient)\sété\s(?:dérobées|volées|exfiltrées|compromises|emportées)|"
    r"no\s(?:evidence\s(?:that\s|of\s)?(?:any\s)?)?(?P<p3>personal\s|patient\s|customer\s)?(?:data|information)\s"
    r"(?:was|were|has been|had been)\s(?:stolen|taken|exfiltrated|accessed|compromised)|"
    r"no\s(?P<p4>personal\s|patient\s|customer\s)?data\s(?:theft|exfiltration)",
    re.I,
)
_PLAN = screened(
    r"\b(?P<plan>plan\s(?:Mash|MASH|blanc|d'urgence|de crise|catastrophe|rouge|ORSEC)|"
    r"code\s(?:black|grey|yellow|orange|red)|(?:emergency|contingency|disaster|crisis)\splan|"
    r"downtime\sprocedures)(?:[^.;]{0,40}?\b(?:jusqu'(?:à|au)|until)\s(?P<until>(?:lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s(?:matin|soir|midi|morning|evening))?))?",
    re.I,
)

_PLAN_VERB = screened(
    r"déclench\w*|activ\w*|maint\w*|lanc\w*|triggered|activated|declared|maintained|invoked|kept|remains?",
    re.I,
)


def _complaint(sentence: str) -> ImpactRecord | None:
    for pattern in _COMPLAINT:
        match = pattern.search(sentence)
        if match:
            target = " ".join((match.groupdict().get("to") or "").split())
            return ImpactRecord(kind="complaint", sentence=sentence, amount=_as_named(target, sentence))
    return None


# A conjunction with a capital: a Title Case line's ("Federal Police And Notified The Regulator").
_TITLE_JOIN = re.compile(r"\s(?:And|Or|Et|Ou|En|Und|Oder)\s.*")


# A small word ending a name is the next words' ("filed a report with London's Metropolitan Police
# they hope will lead to charges" gave "London's Metropolitan Police the", tune): "the" of "they".
_SMALL_END = re.compile(r"(?:\s(?:de|du|des|d'|of|for|the))+$")


def _as_named(target: str, sentence: str) -> str:
    """`target` read as a name: none in an all-capitals sentence, where every word has a capital
    ("… WITH THE POLICE AND NOTIFIED THE DATA PROTECTION AUTHORITY"); ended before a capitalised
    conjunction."""
    if not any(c.islower() for c in sentence):
        return ""
    return _SMALL_END.sub("", _TITLE_JOIN.sub("", target))


# An authority after "by" or "par" is who acted, not who was told: "visitors are alerted to the
# takedown through a splash page telling them the platform has been disabled by international law
# enforcement" (fifth audit) was briefed "L'incident a été signalé aux forces de l'ordre".
_AGENT = re.compile(r"\b(?:by|par)\s(?:the\s|les?\s|la\s|l')?(?:[\w-]{1,30}\s){0,2}$", re.I)


# A notification denied: "even if you have not been contacted by them" (a suspect's web search quoted
# in a sentencing story, seed-3340 sample) was "L'incident a été signalé au FBI".
_DENIED = re.compile(
    r"\b(?:not|never|no|pas|jamais|niet|nicht)\s(?:[\w'’-]+\s){0,2}$|n['’]t\s(?:\w+\s){0,2}$", re.I
)


def _notified(sentence: str) -> ImpactRecord | None:
    verb = _NOTIFIED.search(sentence)
    if not verb or _DENIED.search(sentence, max(0, verb.start() - 30), verb.start()):
        return None
    where = sentence
    if re.search(r"\bplainte\b", sentence, re.I):
        # "déposé plainte auprès de la police" is the complaint, not a notification; "déposé plainte
        # et prévenu le centre national de cybersécurité" is both: the authority named after the verb.
        where = sentence[verb.end() :]
    # Every authority the sentence names, in its order ("prévenu le centre national … ainsi que
    # l'autorité de protection des données": a hospital's reader needs both).
    found = sorted(
        (match.start(), phrase)
        for pattern, phrase in AUTHORITIES
        if (
            match := next((m for m in pattern.finditer(where) if not _AGENT.search(where[: m.start()])), None)
        )
    )
    if not found:
        if not _AUTHORITIES_UNNAMED.search(sentence, verb.start()):
            return None
        return ImpactRecord(kind="notified", sentence=sentence, amount="les autorités")
    return ImpactRecord(kind="notified", sentence=sentence, amount="|".join(phrase for _, phrase in found))


def _no_data(sentence: str) -> ImpactRecord | None:
    match = _NO_DATA.search(sentence)
    if not match:
        return None
    said = " ".join(match.group(g) or "" for g in ("p", "p2", "p3", "p4", "p5")).lower()
    # Whose data, as the source says it: "personal" for patients' data would say more than it does.
    kinds = {"patient": "patient", "médical": "medical", "customer": "customer", "personal": "personal"}
    kind = next((kind for word, kind in kinds.items() if word in said), "personal" if said.strip() else "")
    return ImpactRecord(kind="no_data_taken", sentence=sentence, amount=kind)


def _plan(sentence: str) -> ImpactRecord | None:
    match = _PLAN.search(sentence)
    if not match:
        return None
    verb_match = _PLAN_VERB.search(sentence[max(0, match.start() - 40) : match.end()])
    verb = verb_match.group(0).lower() if verb_match else ""
    state = "kept" if verb.startswith(("maint", "kept", "remain")) else "activated" if verb else ""
    value = "|".join([" ".join(match.group("plan").split()), match.group("until") or "", state])
    return ImpactRecord(kind="emergency_plan", sentence=sentence, amount=value)


def find_response(text: str) -> list[ImpactRecord]:
    """Each kind once, with the first sentence that states it. For `emergency_plan` the amount is
    "plan|until|state" (state: kept, activated or empty)."""
    found: dict[str, ImpactRecord] = {}
    for sentence in split_sentences(text):
        for reader in (_complaint, _notified, _no_data, _plan):
            record = reader(sentence)
            if record is not None and record.kind not in found:
                found[record.kind] = record
    return list(found.values())
