"""Italian words for computer crime as the law names it (relevance_terms.py adds them to the lexicon).

The Italian IT-management and privacy outlets report a court ruling or a law on computer crime in
the criminal code's own words, with no threat word of the lexicon: "accesso abusivo a un sistema
informatico" (unauthorised access, art. 615-ter c.p.), "frode informatica" (computer fraud, art.
640-ter), "reati informatici" and "criminalità informatica" (cybercrime). Such a page is police and
justice action against cybercrime (GUIDE.md §3), as strong as the hacking words.

And the state's public order, which the same outlets call "sicurezza pubblica" ("l'ordine e la
sicurezza pubblica" of a decree on shops and bars, the "Leggi di Pubblica Sicurezza" on hotel guests'
papers): policing, not the security of systems — another subject, as the police's tools are (GUIDE.md
§3; relevance_words.py no longer counts its "sicurezza" as a security word).
"""

from __future__ import annotations

# term (regex, matched case-insensitively at word starts) → weight, as relevance_words.LEXICON
ITALIAN_LEXICON: dict[str, float] = {
    r"access[oi] abusiv[oi]\b|frod[ei] informatic[ha]\w*|reati? informatic[io]\b|criminalità informatica|"
    r"detenzione abusiva di codici": 2.5,
}
# Another subject's terms (regex → weight), as relevance_words.OFF_TOPIC.
ITALIAN_OFF_TOPIC: dict[str, float] = {
    r"(?:ordine e (?:la )?)?sicurezza pubblica|pubblica sicurezza|ordine pubblico": 1.0,
}
