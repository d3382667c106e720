"""Regulators' actions (GUIDE.md §3): a data-protection authority's sanction over a breach is security
news in every language; a market regulator's fraud charges with no attack are not, while its charges
over a hack stay news; a privacy fine for consent stays out. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

_PADDING = (
    " The board said it had since changed how its staff send group messages and apologised to those "
    "affected. It serves a region of some 200,000 people and runs a number of clinics across the area."
)

SANCTIONS = [
    (
        "Example Health Board 'reprimanded' by data watchdog for email blunder",
        "A member of staff sent a newsletter to 40 patients of a clinic using carbon copy instead of "
        "blind carbon copy, so every recipient could see the others' email addresses. The Information "
        "Commissioner's Office has reprimanded the board." + _PADDING,
    ),
    (
        "La CNIL sanctionne une mutuelle d'une amende de 200 000 euros",
        "La CNIL a prononcé une amende contre la mutuelle Exemple après une fuite de données qui a "
        "touché les dossiers de milliers d'adhérents, restés accessibles sans mot de passe. "
        "La mutuelle dit avoir corrigé la configuration de son serveur et prévenu ses adhérents. "
        "Elle compte plusieurs centaines de milliers d'adhérents dans la région." * 2,
    ),
    (
        "Autoriteit Persoonsgegevens beboet zorgverzekeraar voor datalek",
        "De Autoriteit Persoonsgegevens heeft een boete van 150.000 euro opgelegd aan verzekeraar "
        "Voorbeeld, nadat gegevens van klanten door een fout in een mailing bij andere klanten "
        "terechtkwamen. De verzekeraar zegt de werkwijze te hebben aangepast en excuses aan te bieden." * 2,
    ),
    (
        "Datenschutzbehörde verhängt Bußgeld gegen Klinikum",
        "Die Datenschutzbehörde des Landes hat gegen das Klinikum Beispiel ein Bußgeld von 80.000 Euro "
        "verhängt: Nach einer Datenpanne waren Befunde von Patienten im Internet abrufbar. Das Klinikum "
        "erklärte, die Lücke geschlossen und die Betroffenen informiert zu haben." * 2,
    ),
]


@pytest.mark.parametrize(("title", "text"), SANCTIONS)
def test_a_data_authoritys_sanction_over_a_breach_is_news(title: str, text: str) -> None:
    assert relevance_score(title, text, lang="") >= DEFAULT_MIN_RELEVANCE


def test_a_privacy_fine_for_consent_stays_out() -> None:
    text = (
        "The Information Commissioner's Office has fined a shopping site for placing advertising "
        "cookies without consent on its visitors' devices and for failing to offer a way to refuse "
        "them. The site said it would change its banner. " * 3
    )
    assert relevance_score("Data watchdog fines shop over cookie banner", text) < DEFAULT_MIN_RELEVANCE


def test_a_market_regulators_fraud_charges_are_not_security_news() -> None:
    text = (
        "The founder of the Example token and three of his companies have been charged by the SEC for "
        "the sale of tokens and market manipulation, and celebrities who promoted the coin were charged "
        "too. The regulator says the founder told his staff to trade the token between accounts to "
        "inflate its volume. Software developers who worked on the project said they had never heard of "
        "the fraud, and the company said it would contest the charges in court; the charged founder "
        "could face a fine. A lawyer who once worked for the regulator says such cases are rare. "
        "The token, which launched in 2018, was sold to investors around the world, and its security "
        "was never questioned by the exchanges that listed it. " * 2
    )
    assert relevance_score("SEC Charges Token Founder And Companies With Fraud", text) < DEFAULT_MIN_RELEVANCE


def test_a_market_regulators_charges_over_a_hack_stay_news() -> None:
    text = (
        "The SEC has charged two men with securities fraud, saying they hacked into the agency's "
        "filing system and stole company reports before they were published, then traded on them. "
        "Prosecutors brought criminal charges of computer intrusion too. " * 3
    )
    assert relevance_score("SEC charges hackers who stole filings with fraud", text) >= DEFAULT_MIN_RELEVANCE
