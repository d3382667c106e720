"""Fraud and banking are a theme's headline words, not an event's: a French post on one scheme
("Fraude boursière : des escrocs détournent des cartes bancaires …") and an English report of
another the same week ("Android banking fraud wave hijacks calls") shared the stems "fraud",
"bank" and "hijac" and read as one story's headlines. The same scheme told in two languages still
agrees on its own words. All texts are fictional."""

from __future__ import annotations

from test_stories_languages import DAY, _features

from veilleur.cluster.agreement import headline_overlap

POST = (
    "Fraude boursière : des escrocs détournent des cartes bancaires pour gonfler l'action Quillmarsh",
    "Des escrocs détournent des cartes bancaires volées par hameçonnage pour acheter en masse l'action "
    "fictive Quillmarsh puis la revendre, selon le courtier fictif Tallowbrook, qui a bloqué 40 comptes.",
)
OTHER = (
    "Android banking fraud wave hijacks calls with a fictional NFC relay app",
    "A fictional Android app relays NFC card payments and hijacks the calls banks make to confirm them, "
    "researchers at the fictional Dunmore Labs say; the wave hit customers of four banks.",
)
SAME = (
    "Stock fraud: crooks hijack bank cards to pump Quillmarsh shares",
    "Crooks hijack bank cards stolen by phishing to buy fictional Quillmarsh shares in bulk and sell "
    "them on, says the fictional broker Tallowbrook, which blocked 40 accounts.",
)


def test_fraud_and_banking_alone_are_no_shared_headline() -> None:
    post, other, same = _features(
        [("post", DAY, POST, "one"), ("other", DAY, OTHER, "two"), ("same", DAY, SAME, "three")]
    )
    assert headline_overlap(post, other) == (0.0, 0.0)
    titles, event = headline_overlap(post, same)
    assert titles > 0.2 and event > 0.1  # its own scheme: the stock, the cards, the hijacking
