"""Relevance of security subjects the vocabulary missed (bench/data/intel/GUIDE.md §3), on fictional
headlines and texts: an outage (relevant with no attack, `other`; "takes … services offline"), passkeys and OWASP guidance, the
Italian and Spanish words for security, in EN/FR/IT; a page of another subject stays out."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

NOTE_EN = "A reader sent me this article. My comment: we knew it already, but it is worth reading."
NOTE_FR = "Un lecteur m'a signalé cet article. Mon commentaire : on le savait, mais il vaut la lecture."
NOTE_IT = "Un lettore mi ha segnalato questo articolo. Il mio commento: lo sapevamo già, ma vale la lettura."


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Weaknesses of browsers and passkeys", NOTE_EN),
        ("Insicurezza delle passkey sui telefoni aziendali", NOTE_IT),
        ("Example Cloud outage lasts 15 hours", NOTE_EN),
        # an outage whose headline names whose services went down, in several words
        ("Battery fire takes 312 regional council services offline", NOTE_EN),
        ("Indisponibilità di Example Cloud per 15 ore", NOTE_IT),
        ("Sicurezza delle applicazioni: la nuova guida OWASP", NOTE_IT),
        ("Les passkeys ne sont pas si sûres qu'on le dit", NOTE_FR),
        ("Panne géante chez Example Cloud pendant 15 heures", NOTE_FR),
    ],
)
def test_outages_passkeys_and_security_in_italian_are_security_subjects(title: str, text: str) -> None:
    lang = {NOTE_IT: "it", NOTE_FR: "fr"}.get(text, "en")
    assert relevance_score(title, text, lang=lang) >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Example bakery opens a second shop", NOTE_EN),
        ("Una nuova panetteria apre in centro", NOTE_IT),
        ("Une nouvelle boulangerie ouvre en centre-ville", NOTE_FR),
    ],
)
def test_other_subjects_stay_out(title: str, text: str) -> None:
    assert relevance_score(title, text) < DEFAULT_MIN_RELEVANCE
