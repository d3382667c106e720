"""What a flaw allows and what the article advises, in French (brief/record_facts.py's
vulnerability statements): "l'exécution de commandes sans authentification avec les droits root",
"NetGate recommande d'appliquer la mise à jour…". Made from the record's `effects` and `advice`
facts only; who advises is named only when the advising sentence opens with them."""

from __future__ import annotations

import re

from veilleur.brief.statements import Statement
from veilleur.models import VulnerabilityFacts
from veilleur.text.french import capitalize, join
from veilleur.text.hedges import HEARSAY_WORDS, HEDGE_WORDS

_EFFECTS = {
    "authentication bypass": "le contournement de l'authentification",
    "privilege escalation": "l'élévation de privilèges",
}
_EXECUTION = {
    "remote": " à distance",
    "unauthenticated": " sans authentification",
    "root": " avec les droits root",
}


_WHO_ADVISES = re.compile(
    r"^(?:(?P<vendor>(?:The|the)\s(?:company|vendor))|(?P<who>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?))\s(?:also\s)?"
    r"(?:urges|urged|advises|advised|recommends|recommended|asks|asked|tells|told)\b"
)


def advice_statement(facts: VulnerabilityFacts) -> Statement | None:
    """What the article advises, in French, with who advises it when its sentence opens with them
    ("NetGate urges customers to…" → "NetGate recommande de…")."""
    asked = {f.value for f in facts.advice}
    if not asked:
        return None
    actions = []
    if "update" in asked:
        actions.append("d'appliquer la mise à jour")
    if asked & {"restrict_access", "restrict_interface", "trusted_networks"}:
        where = " à l'interface d'administration" if "restrict_interface" in asked else ""
        actions.append(
            f"de restreindre l'accès{where}"
            + (" aux réseaux de confiance" if "trusted_networks" in asked else "")
        )
    if "reset_credentials" in asked or "reset_passwords" in asked:
        what = "les identifiants" if "reset_credentials" in asked else "les mots de passe"
        actions.append(f"de réinitialiser {what}")
    if "enable_mfa" in asked:
        actions.append("d'activer l'authentification multifacteur")
    if not actions:
        return None
    match = _WHO_ADVISES.match(facts.advice[0].sentence.strip())
    if match is not None and match.group("vendor"):
        who = "L'éditeur recommande"
    elif match is not None and match.group("who").split()[0] not in {"It", "He", "She", "They", "We", "This"}:
        who = f"{match.group('who')} recommande"
    else:
        who = "Il est recommandé"
    bare = [re.sub(r"^(?:de |d')", "", a) for a in actions]
    return Statement("Conseils", f"{capitalize(join(bare))}.", f"{who} {join(actions)}.")


def effects(facts: VulnerabilityFacts) -> list[str]:
    """ "code execution:commands,unauthenticated,root" → "l'exécution de commandes sans
    authentification avec les droits root", each effect with an article."""
    out = []
    for fact in facts.effects[:3]:
        name, _, flags = fact.value.partition(":")
        said = flags.split(",") if flags else []
        if name == "code execution":
            what = "commandes" if "commands" in said else "code"
            out.append(f"l'exécution de {what}" + "".join(_EXECUTION[f] for f in said if f in _EXECUTION))
        elif name in _EFFECTS:
            out.append(_EFFECTS[name])
    return out


# "potentially even achieve native code execution": a possibility the article weighs, not what the
# flaw is known to allow ("La faille permet l'exécution de code" was said on an audited THN page).
# Nor is "may" or "could" (sixth audit: Apple's "An app may be able to gain root privileges",
# "Processing an image may lead to arbitrary code execution" were "La faille permet l'élévation de
# privilèges et l'exécution de code"): the hedge is kept, "pourrait permettre". The hedge words are
# those of every rule (veilleur.text.hedges), hearsay's too ("reportedly", "angeblich"); a condition
# ("in some cases") weighs what a flaw allows, not every fact, so it is added here only.
_HEDGE = re.compile(
    rf"\b(?:{HEDGE_WORDS}|{HEARSAY_WORDS}|in some cases|under certain conditions|"
    r"dans certains cas|sous certaines conditions)\b",
    re.I,
)


def hedged(facts: VulnerabilityFacts) -> bool:
    """Does every effect said (`effects`) come from a sentence that only weighs it?"""
    said = [f for f in facts.effects[:3] if f.value.partition(":")[0] in {"code execution", *_EFFECTS}]
    return bool(said) and all(_HEDGE.search(f.sentence) for f in said)
