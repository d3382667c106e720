"""The topic model reads a page's subject, not its dateline: the reporter's name over the day and the
hour ("Jane Doe / Tue 4 Mar 2031 // / 09:12 UTC") says who wrote the page and when. An outlet whose
feed was all security taught the model its datelines' words ("utc", "tue", its reporters' names) as
security words, and they lifted that outlet's pages on other subjects (enrich/topic.py `_DATELINE`).
A date inside a sentence is the page's own words. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.topic import security_log_odds, words

BODY = (
    "The regional council spent the week arguing over the new tram line, the price of its tickets and "
    "the trees that will be cut along the river to make room for the depot."
)
DATELINES = [
    "Jane Doe\n\nTue 4 Mar 2031 //\n\n09:12 UTC\n\n",
    "Jane Doe\nTuesday, 4 March 2031 10:00 am GMT\n",
    "Mar 4, 2031\n\n",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_gives_the_model_no_word(dateline: str) -> None:
    subtitle = "Opponents say the depot is in the wrong place\n\n"
    assert words("Council argues over tram line", subtitle + dateline + BODY) == words(
        "Council argues over tram line", subtitle + BODY
    )


def test_a_dateline_moves_no_page_toward_security() -> None:
    # ("utc" and "tue" weigh for security in the shipped weights: read, they lifted the page)
    with_dateline = security_log_odds("Council argues over tram line", DATELINES[0] + BODY)
    assert with_dateline == security_log_odds("Council argues over tram line", BODY)


def test_a_date_in_a_sentence_is_read() -> None:
    text = "The works start on Tue 4 Mar 2031 at dawn, the council said."
    assert {"tue", "mar", "dawn"} <= words("Tram works", text)
