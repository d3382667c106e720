"""What a sentence says was cut off, written as a French briefing's key point and sentence.

"ont coupé les serveurs et les accès vers l'extérieur" → the servers and the access to the outside;
"a coupé l'ensemble des connexions vers l'extérieur" → the connections to the outside only (the
systems behind them still ran: the clinic worked on, slowed down — "mis hors ligne" would state
what the article does not); "encrypted its servers and forced it to shut down production" → the
production stopped (encrypted servers are not servers cut off); anything else → systems taken
offline. `systems_cut(sentence)` gives
(label, point, sentence): "Systèmes" or "Production", then both French and ending with a full stop."""

from __future__ import annotations

import re

_SERVERS = re.compile(r"serveur|server", re.I)
_OUTSIDE = re.compile(r"extérieur|internet|external|outside|externe", re.I)
# Servers the attackers encrypted are not servers cut off: "encrypted its servers and forced it to
# shut down production" stopped the production.
_ENCRYPTED_SERVERS = re.compile(
    r"(?:chiffr|encrypt|verschlüssel|versleutel)\w*\s(?:[\w'’-]+\s){0,3}?(?:serveurs?|servers?)", re.I
)
_PRODUCTION_STOPPED = re.compile(
    r"(?:shut(?:ting)? down|halt\w*|stopp\w*|suspend\w*|arrêt\w*|paralys\w*)\s(?:[\w'’-]+\s){0,2}?"
    r"(?:la\s)?production|production\s(?:[\w'’-]+\s){0,3}?(?:was |has been |a été |est )?"
    r"(?:halted|stopped|shut down|suspended|arrêtée|suspendue|à l'arrêt|paralysée|stilgelegd)",
    re.I,
)
_LINKS = re.compile(
    r"\b(?:connexions?|liaisons?|accès|connections?|links?|verbindingen|verbindungen)\b", re.I
)


def systems_cut(sentence: str) -> tuple[str, str, str]:
    """ "Coupure des connexions vers l'extérieur." / "Les connexions vers l'extérieur ont été
    coupées." for a sentence naming only links to the outside; see the module's docstring."""
    outside = bool(_OUTSIDE.search(sentence))
    if _SERVERS.search(_ENCRYPTED_SERVERS.sub("", sentence)):
        if outside:
            return (
                "Systèmes",
                "Coupure des serveurs et des accès vers l'extérieur.",
                "Les serveurs et les accès vers l'extérieur ont été coupés.",
            )
        return "Systèmes", "Coupure des serveurs.", "Les serveurs ont été coupés."
    if outside and _LINKS.search(sentence):
        return (
            "Systèmes",
            "Coupure des connexions vers l'extérieur.",
            "Les connexions vers l'extérieur ont été coupées.",
        )
    if _PRODUCTION_STOPPED.search(sentence):
        return "Production", "Arrêt de la production.", "La production a été arrêtée."
    return (
        "Systèmes",
        "Mise hors ligne de systèmes informatiques.",
        "Des systèmes informatiques ont été mis hors ligne.",
    )
