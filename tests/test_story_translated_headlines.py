"""Headline words read in English (`cluster/lexicon.py`): a French post whose heading translates its
English source shares no word and few stems with it as written ("lecteurs de plaques" / "plate
readers"), nor wording or names (the post comments, it does not retell); read in English, the headlines agree and the two join. A report of
the same theme the same week (another surveillance tool, another scam) shares no translated stem of
the event and stays apart. All texts are fictional."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.agreement import headline_overlap, translated_overlap
from veilleur.cluster.lexicon import english, in_english
from veilleur.cluster.stories import Clusterer, Decision, Weights

READERS = {
    "en": (
        "Automatic plate readers at the gates of Valdor schools",
        "Several districts of the fictional state of Valdor are installing cameras that read the number "
        "plates of every car dropping children off, and keep the records for a month; parents were not "
        "asked, and the vendor shares the data with the police on request.",
    ),
    "fr": (
        "Écoles : des lecteurs automatiques de plaques d'immatriculation à l'entrée",
        "Installer des caméras de lecture automatique à la porte des établissements scolaires soulève "
        "des questions de vie privée : qui conserve les relevés, combien de temps, et avec qui sont-ils "
        "partagés ? Un tel dispositif de surveillance exige un cadre clair et l'accord des familles.",
    ),
}
# The same theme two days later, another event: police vans that scan faces in town centres.
FACES = {
    "en": (
        "Police expand face-scanning vans to twelve more towns",
        "The fictional Marlow police force will send its live facial recognition vans to twelve more "
        "town centres next month, comparing passers-by with a watch list; campaigners call it mass "
        "surveillance.",
    ),
    "fr": (
        "Reconnaissance faciale : la police étend ses camionnettes à douze nouvelles villes",
        "La police fictive de Marlow enverra le mois prochain ses camionnettes de reconnaissance faciale "
        "en direct dans douze autres centres-villes, en comparant les passants à une liste de "
        "surveillance ; des associations dénoncent une surveillance de masse.",
    ),
}


def test_headline_words_read_in_english() -> None:
    assert english("rancongiciels") == "ransomware" and english("lecteurs") == "reader"
    assert english("fuite") == "leak" and english("ziekenhuis") == "hospital"
    assert english("malware") == "malware"  # no entry: itself
    assert in_english(frozenset({"plaques", "ecoles"})) == {"plate", "school"}


def test_a_translated_heading_agrees_with_its_source_only_once_read_in_english() -> None:
    en, fr, faces_en, faces_fr = _features(
        [
            ("en", DAY, READERS["en"], "blog"),
            ("fr", DAY, READERS["fr"], "post"),
            ("faces-en", DAY, FACES["en"], "news"),
            ("faces-fr", DAY, FACES["fr"], "post2"),
        ]
    )
    assert translated_overlap(en, fr) >= 0.4 and translated_overlap(fr, en) == translated_overlap(en, fr)
    assert headline_overlap(en, fr)[0] >= translated_overlap(en, fr)
    # A headline of the same theme agrees on no event stem, read in English or not.
    for other in (faces_en, faces_fr):
        assert translated_overlap(en, other) == 0.0 and translated_overlap(fr, other) == 0.0


def test_a_translated_post_joins_its_source_and_the_themes_other_event_stays_apart() -> None:
    stories = _stories(
        [
            ("readers-en", DAY, READERS["en"], "blog"),
            ("faces-en", DAY + timedelta(days=1), FACES["en"], "news"),
            ("readers-fr", DAY + timedelta(days=1), READERS["fr"], "post"),
            ("faces-fr", DAY + timedelta(days=2), FACES["fr"], "post2"),
        ]
    )
    assert stories["readers-fr"] == "readers-en", stories
    assert stories["faces-en"] != "readers-en" and stories["faces-fr"] != "readers-en", stories


def test_the_translated_headline_weight_lifts_a_translated_post_and_no_other_event() -> None:
    """`Weights.translated` is what the English reading adds: the post's score against its source
    rises by the weight times the headlines' translated overlap — enough, with the join bar just
    above the score it would have without, to join it — and a same-theme report of another event
    gains nothing."""
    weights = Weights()

    def placed(clusterer: Clusterer) -> dict[str, Decision]:
        items = [
            ("readers-en", DAY, READERS["en"], "blog"),
            ("faces-en", DAY + timedelta(days=1), FACES["en"], "news"),
            ("readers-fr", DAY + timedelta(days=1), READERS["fr"], "post"),
            ("faces-fr", DAY + timedelta(days=2), FACES["fr"], "post2"),
        ]
        return {f.id: clusterer.add(f) for f in _features(items)}

    read = placed(Clusterer(weights))
    unread = placed(Clusterer(replace(weights, translated=0.0)))
    en, fr = _features([("en", DAY, READERS["en"], "blog"), ("fr", DAY, READERS["fr"], "post")])
    lift = weights.translated * translated_overlap(en, fr)
    assert read["readers-fr"].joined == unread["readers-fr"].joined == "readers-en"
    assert read["readers-fr"].score == pytest.approx(unread["readers-fr"].score + lift)
    assert read["faces-fr"].score == pytest.approx(unread["faces-fr"].score)
    # Were the bar above what wording, names and meaning give, the English reading alone joins.
    bar = unread["readers-fr"].score + lift / 2
    assert placed(Clusterer(replace(weights, join=bar)))["readers-fr"].story_id == "readers-en"
    assert (
        placed(Clusterer(replace(weights, join=bar, translated=0.0)))["readers-fr"].story_id == "readers-fr"
    )
