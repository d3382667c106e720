"""A victim's name written with Cyrillic or Greek letters drawn like Latin ones ("Nоrthwick" with
a Cyrillic "о", "Ηospital" with a Greek "Η") is the name it looks like: two reports of one attack,
one of them so written, are one story; a victim of another name still is another story; a word
wholly in another script is left as it is. All names and texts are fictional."""

from __future__ import annotations

from test_stories_languages import DAY, _features
from test_story_platforms import _score

from veilleur.cluster.folding import fold
from veilleur.cluster.stories import Clusterer

PLAIN = (
    "Ransomware attack on Thornwick Valley Hospital",
    "The fictional Thornwick Valley Hospital was hit by a ransomware attack on Monday: attackers "
    "encrypted its servers and stole patient records, and the hospital diverted ambulances.",
)
LOOKALIKE = (
    "Th\u043ernwick Valley \u0397ospital diverts ambulances after ransomware attack",
    "Ransomware operators encrypted the servers of Th\u043ernwick Valley \u0397ospital on Monday and "
    "took patient records; ambulances were sent to other sites while staff worked on paper.",
)
OTHER = (
    "Ransomware attack on Brackenmoor Regional Hospital",
    "The fictional Brackenmoor Regional Hospital was hit by a ransomware attack on Monday: attackers "
    "encrypted its servers and stole patient records, and the hospital diverted ambulances.",
)


def test_a_word_mixing_scripts_folds_to_its_latin_twin_and_a_foreign_word_stays() -> None:
    assert fold("Th\u043ernwick") == fold("Thornwick") == "thornwick"
    assert fold("\u0397ospital") == "hospital"
    assert (
        fold("\u0411\u043e\u043b\u044c\u043d\u0438\u0446\u0430")
        == "\u0431\u043e\u043b\u044c\u043d\u0438\u0446\u0430"
    )
    assert fold("\u03b1\u03b8\u03ae\u03bd\u03b1") == "\u03b1\u03b8\u03b7\u03bd\u03b1"  # Greek stays Greek


def test_a_victim_written_with_lookalike_letters_joins_and_another_victim_stays_apart() -> None:
    plain, lookalike, other = _features(
        [("plain", DAY, PLAIN, "a"), ("lookalike", DAY, LOOKALIKE, "b"), ("other", DAY, OTHER, "c")]
    )
    assert "thornwick" in lookalike.victims, lookalike.victims
    score, signals = _score(lookalike, plain)
    assert score >= Clusterer().weights.join, signals
    assert any(str(s).startswith("shared victim") for s in signals), signals
    score, signals = _score(other, plain)
    assert score == 0.0 and str(signals[-1]) == "different victims", signals
