"""One actor's campaign told by two outlets, whose victim recognisers read two different first
victims ("Asian" countries on one page, the "MSP" firms on the other) while each page names the
other's: a victim shared so is a victim in common, and the two are not "same actor, other
victim". An actor's attack on a victim the other page never names still is. Features come from
the pipeline's own path, the recognisers' readings set as they were on the real pages. All texts
are fictional."""

from __future__ import annotations

from dataclasses import replace

from test_stories_languages import DAY, _features
from test_story_platforms import _score

from veilleur.cluster.features import Features
from veilleur.cluster.stories import Clusterer

ONE = (
    "Quorvex Hackers Target Asian and Gulf Countries with Updated Tactics",
    "The Quorvex group, tied to a fictional intelligence service, is sending emails from hijacked "
    "accounts that push a remote administration tool sold to MSP firms, according to Brightmoor Lab. "
    "Targets sit in Armenia, Azerbaijan and Egypt.",
)
TWO = (
    "Quorvex hackers mail an MSP remote access tool from hijacked email accounts",
    "Brightmoor Lab says the Quorvex group sends emails from hijacked accounts carrying a remote "
    "access tool made for MSP firms. Targets sit in Armenia, Azerbaijan and Egypt.",
)
# The same group's attack on a ministry neither page above names.
OTHER = (
    "Quorvex hackers breach the Norland Ministry of Water",
    "The Quorvex group broke into the fictional Norland Ministry of Water and stole engineering "
    "files, the ministry said on Monday.",
)


def _read_as(article: Features, victim: str) -> Features:
    """`article` as the victim recogniser read it: `victim` its first (and only) victim."""
    return replace(article, victims=frozenset({victim}), victim=frozenset({victim}))


def test_first_victims_read_differently_but_named_on_both_pages_are_one_victim() -> None:
    one, two, other = _features([("one", DAY, ONE, "a"), ("two", DAY, TWO, "b"), ("other", DAY, OTHER, "c")])
    unread = replace(one, victims=frozenset(), victim=frozenset())  # its victims not recognised
    one, two = _read_as(one, "asian"), _read_as(two, "msp")
    assert one.actors == two.actors == {"quorvex"} and not one.victims & two.victims
    assert "msp" in one.mentioned and "asian" not in two.mentioned
    score, signals = _score(two, one)
    assert "same actor, other victim" not in [str(s) for s in signals], signals
    assert score >= Clusterer().weights.join and any(str(s).startswith("shared victim") for s in signals)
    score, signals = _score(_read_as(other, "norland"), unread)
    assert score == 0.0 and str(signals[-1]) == "same actor, other victim", signals
