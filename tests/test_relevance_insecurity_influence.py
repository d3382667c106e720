"""Two security subjects a headline states in words the lexicon did not read: security's own negation
("insecurity", "unsecured": the word-start match of "security" does not find it inside them), and a
state's influence operation (a troll farm, bots or fake accounts spreading its propaganda; GUIDE.md
§3: threat actors and their campaigns). The content-moderation words of a text stay another subject.
Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

SUBJECTS = [
    (
        "Parcel Locker Insecurity",
        "It turns out that every parcel locker in the Marlow district opens with the same master code. "
        "Anyone who learns it from one courier can open any locker in town. I understand that one code "
        "makes the couriers' rounds easier, but it is a fragile way to run the whole system for years.",
    ),
    (
        "The Insecurity of Image Blurring",
        "Blurring a face in a photo before posting it online does less than people think. Tools now "
        "rebuild a blurred region from the pixels around it, and the file often keeps the original "
        "thumbnail too, so the face comes back for anyone who looks at the file closely enough.",
    ),
    (
        "Reward offered for the heads of a northern troll farm",
        "The government has offered a reward of $5 million for information on the Velmar media network "
        "and four of its managers, accused of trying to sway next year's election. Officials said the "
        "network ran dozens of channels that pushed divisive posts to millions of followers.",
    ),
    (
        "Foreign bots hard at work spreading unrest on Ostland's social networks",
        "Thousands of newly created profiles posted the same slogans within minutes of each other in the "
        "week before the vote, according to a study of the country's most popular video platform. The "
        "profiles praised one candidate and mocked the others, in posts shared millions of times.",
    ),
]


@pytest.mark.parametrize(("title", "text"), SUBJECTS)
def test_insecurity_and_influence_operations_are_security_subjects(title: str, text: str) -> None:
    assert relevance_score(title, text, lang="en") >= DEFAULT_MIN_RELEVANCE


def test_a_platforms_moderation_of_misinformation_stays_another_subject() -> None:
    text = (
        "The platform will label posts that its fact-checkers rate as false and show them lower in "
        "feeds, the company said, after months of criticism over how it handles misinformation. "
    ) * 3
    title = "Video platform changes how it labels misinformation before the vote"
    assert relevance_score(title, text, lang="en") < DEFAULT_MIN_RELEVANCE
