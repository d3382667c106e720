"""Wordings that name a victim the relations read only in part (`victim_named_hit`): the name's own
things said to be hit, a copula or list that calls the names targets or victims, and a name that says
it was hit after a long description. All names and sentences are made up.

The shipped model (fitted at 0db0a1d) has no weight for either feature: they decide only after a refit
with `bench/train_victims.py`, which was not shipped (its held-out F1 rose, 0.618 -> 0.628, but the
refit lost headline victims on unlabelled pages: the session's report)."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_named_hit import named_hit


def _features(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return named_hit(sentence, at, at + len(name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Australian retailer Quillmart customers' info allegedly stolen and dumped online", "Quillmart"),
        ("Brelford Foods said its servers were encrypted overnight.", "Brelford Foods"),
        ("Brelford Foods' systems were encrypted on Monday.", "Brelford Foods"),
        ("Les serveurs de la clinique Ormelle ont été chiffrés par les pirates.", "Ormelle"),
        ("De systemen van Tarvik werden versleuteld.", "Tarvik"),
        ("Die Systeme von Tarvik wurden verschlüsselt.", "Tarvik"),
        (
            "Pellham Admin in October revealed 80,000 people had their data pilfered from its servers.",
            "Pellham Admin",
        ),
    ],
)
def test_its_things_hit(sentence: str, name: str) -> None:
    assert "rel:asset_hit" in _features(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Calder Health Partners, Norvik Marshals are latest ransomware targets", "Calder Health Partners"),
        ("Calder Health Partners, Norvik Marshals are latest ransomware targets", "Norvik Marshals"),
        ("Quillmart, the Brae Co-op, and Ostley were all targets.", "Ostley"),
        ("Other affected companies under the group are Enno, Vastdruck, and Pellmail.", "Vastdruck"),
        (
            "Amongst those in the gang's sights were the Harlow Holding Company and Corvane Bank.",
            "Corvane Bank",
        ),
        (
            "It was linked to attacks on agencies, manufacturers and high-profile entities like Zentra and Morvex.",
            "Zentra",
        ),
        ("Data thefts at Cloudora customers such as Ticketsy and Brenmark Bank followed.", "Brenmark Bank"),
        ("Government agents step in as Ostley becomes third big retailer under cyberattack", "Ostley"),
        (
            "Halvern Hotels, a hotel chain with 60 hotels across several countries including Austria and "
            "Slovenia has announced it has fallen victim to a ransomware attack.",
            "Halvern Hotels",
        ),
        ("Parmi les victimes figurent Ormelle et la mairie de Vandel.", "Ormelle"),
        ("Zu den Opfern gehören Tarvik und Ostwerk.", "Tarvik"),
    ],
)
def test_named_as_victim(sentence: str, name: str) -> None:
    assert "rel:named_victim" in _features(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A reporter saying what happened to others' systems, a gang leaking others' data, a name
        # merely near the word "targets": none of these names was hit.
        ("Mandiant said servers were hacked in the campaign.", "Mandiant"),
        ("Grimlock leaks data stolen from a tax agency", "Grimlock"),
        ("Zentra researchers are the targets of criticism for the report.", "Zentra"),
        ("Brelford Foods says customers should change their passwords.", "Brelford Foods"),
    ],
)
def test_not_named_as_hit(sentence: str, name: str) -> None:
    assert not _features(sentence, name)
