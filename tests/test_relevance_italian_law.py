"""Italian pages on computer crime in the criminal code's words are justice against cybercrime
(GUIDE.md §3: "accesso abusivo a un sistema informatico", "frode informatica"), and the state's
public order ("sicurezza pubblica") is policing, not the security of systems. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

# A blog's post on a court ruling: no threat word of the lexicon, only the law's name for the crime.
RULING = (
    "La Corte ha stabilito che anche il dirigente che entra nella casella di posta di un dipendente, "
    "senza una ragione legata al suo ruolo, commette il reato di accesso abusivo al sistema informatico "
    "dell'azienda. La sentenza ricorda che l'autorizzazione vale solo per gli scopi per cui è data. "
    "Per chi gestisce i sistemi, conviene rivedere le regole sugli account amministrativi e i log. "
)
# A blog's post on a decree for bars and shops: public order, one passing "sicurezza" of its own.
DECREE = (
    "Il Ministero ha pubblicato le linee guida per prevenire atti illegali e situazioni di pericolo "
    "per l'ordine e la sicurezza pubblica nei locali e nelle loro vicinanze. I gestori dovranno "
    "collaborare con le forze dell'ordine e installare più luci all'ingresso. Non mi occupo di "
    "sicurezza pubblica, ma mi sembra un esempio di regole scritte solo per apparire: tanta "
    "fuffa-sicurezza e pochi controlli reali, come vedo spesso nelle aziende che seguo. Le linee guida "
    "chiedono anche corsi per il personale e cartelli con i numeri di emergenza. "
)


def test_unauthorised_access_ruling_in_italian_is_security_news() -> None:
    title = "Accesso abusivo ai sistemi informatici aziendali, anche per i dirigenti"
    assert relevance_score(title, RULING, lang="it") >= 0.5


def test_computer_fraud_in_italian_counts_as_a_security_word() -> None:
    text = RULING.replace("accesso abusivo al sistema informatico", "frode informatica ai danni")
    title = "Frode informatica: la Cassazione chiarisce quando si applica"
    assert relevance_score(title, text, lang="it") >= 0.5


def test_public_order_decree_in_italian_is_not_security_news() -> None:
    assert relevance_score("Sicurezza nei locali pubblici", DECREE, lang="it") < DEFAULT_MIN_RELEVANCE


def test_information_security_in_italian_stays_news() -> None:
    text = DECREE.replace("per l'ordine e la sicurezza pubblica", "per la sicurezza informatica")
    text = text.replace("sicurezza pubblica", "sicurezza informatica")
    assert relevance_score("Sicurezza informatica nei locali pubblici", text, lang="it") >= 0.5
