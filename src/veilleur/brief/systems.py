"""What a sentence says was cut off, written as a French briefing's key point and sentence.

"ont coupé les serveurs et les accès vers l'extérieur" → the servers and the access to the outside;
"a coupé l'ensemble des connexions vers l'extérieur" → the connections to the outside only (the
systems behind them still ran: the clinic worked on, slowed down — "mis hors ligne" would state
what the article does not); anything else → systems taken offline. `systems_cut(sentence)` gives
(point, sentence), both French and ending with a full stop."""

from __future__ import annotations

import re

_SERVERS = re.compile(r"serveur|server", re.I)
_OUTSIDE = re.compile(r"extérieur|internet|external|outside|externe", re.I)
_LINKS = re.compile(
    r"\b(?:connexions?|liaisons?|accès|connections?|links?|verbindingen|verbindungen)\b", re.I
)


def systems_cut(sentence: str) -> tuple[str, str]:
    """ "Coupure des connexions vers l'extérieur." / "Les connexions vers l'extérieur ont été
    coupées." for a sentence naming only links to the outside; see the module's docstring."""
    outside = bool(_OUTSIDE.search(sentence))
    if _SERVERS.search(sentence):
        if outside:
            return (
                "Coupure des serveurs et des accès vers l'extérieur.",
                "Les serveurs et les accès vers l'extérieur ont été coupés.",
            )
        return "Coupure des serveurs.", "Les serveurs ont été coupés."
    if outside and _LINKS.search(sentence):
        return "Coupure des connexions vers l'extérieur.", "Les connexions vers l'extérieur ont été coupées."
    return "Mise hors ligne de systèmes informatiques.", "Des systèmes informatiques ont été mis hors ligne."
