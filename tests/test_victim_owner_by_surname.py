"""A person the page writes by surname alone ("… Quillon's companies") is a person even when the
recogniser does not say so: named as the owner of the firm that leaked, in passing, never its
victim. Every text is fictional."""

from __future__ import annotations

from veilleur.enrich.security_people import shortened_to_surname
from veilleur.enrich.victim_admissible import admissible
from veilleur.enrich.victim_model import candidates

_TITLE = "Veltrix developer leaks API key for private language models"
_TEXT = (
    "An employee at Dara Quillon’s artificial intelligence company Veltrix leaked a private key on GitHub "
    "that for two months could have allowed anyone to query private Veltrix large language models which "
    "appear to have been custom made for working with internal data from Quillon’s companies, including "
    "Palvex and Orbitra, Tarnwell News has learned."
)


def test_the_owner_written_by_surname_is_no_victim() -> None:
    found = {c.name: c for c in candidates(_TITLE, _TEXT)}
    owner = found["Dara Quillon"]
    assert {"R1:possessive", "doc:untied"} <= owner.features  # the owner, tied to nothing
    assert not admissible(owner)


def test_a_firm_is_not_written_by_its_last_word() -> None:
    assert shortened_to_surname(["Dara", "Quillon"], _TEXT)
    assert not shortened_to_surname(["Palmora", "Bank"], "Palmora Bank said the bank's systems were hit.")
    assert not shortened_to_surname(["Brelford", "Freight"], "Brelford Freight was hit. Freight moved on.")
