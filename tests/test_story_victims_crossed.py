"""Two headlines, each about its own first victim, one page naming the other's (a person, a firm)
only in passing: "a campaign's phishing claim" and "a DDoS on an interview with the candidate" a day
apart. The name one side mentions is no victim in common — each event has its own — so it backs no
join. When both headlines name the same first victim, it still does. Features come from the
pipeline's own path, the recognisers' first victims set as a recogniser reads them. All texts are
fictional."""

from __future__ import annotations

from dataclasses import replace

from test_stories_languages import DAY, _features
from test_story_platforms import _score

from veilleur.cluster.agreement import victim_of_both
from veilleur.cluster.features import Features
from veilleur.cluster.weights import Weights

CAMPAIGN = (
    "Quistad campaign cites foreign phishing claim as proof its leaked files were stolen",
    "The campaign of the fictional candidate Halvard Quistad said on Monday that files leaked to "
    "reporters were stolen by foreign hackers who phished a senior adviser in June, citing a report by "
    "Brightmoor Lab.",
)
INTERVIEW = (
    "Brenna Coldwater says a DDoS attack disrupted her livestream interview with Halvard Quistad",
    "The fictional entrepreneur Brenna Coldwater said a distributed denial-of-service attack took down "
    "the livestream of her interview with Halvard Quistad for forty minutes on Tuesday.",
)
INTERVIEW_FR = (
    "Brenna Coldwater affirme qu'une attaque DDoS a perturbé son entretien avec Halvard Quistad",
    "L'entrepreneuse fictive Brenna Coldwater affirme qu'une attaque par déni de service distribué a "
    "interrompu pendant quarante minutes la diffusion en direct de son entretien avec Halvard Quistad.",
)
# Another outlet's report of the campaign's claim: the same first victim in both headlines.
CAMPAIGN_TOO = (
    "Quistad campaign says foreign hackers phished an adviser and stole its files",
    "Halvard Quistad's campaign says foreign hackers phished one of its senior advisers in June and "
    "stole the files that later leaked to reporters, according to Brightmoor Lab.",
)


def _read_as(article: Features, *victim: str) -> Features:
    """`article` as the victim recogniser read it: `victim` its first (and only) victim."""
    return replace(article, victims=frozenset(victim), victim=frozenset(victim))


def test_a_victim_named_in_passing_by_a_headline_about_another_is_no_victim_in_common() -> None:
    campaign, interview, french, again = _features(
        [
            ("campaign", DAY, CAMPAIGN, "one"),
            ("interview", DAY, INTERVIEW, "two"),
            ("french", DAY, INTERVIEW_FR, "post"),
            ("again", DAY, CAMPAIGN_TOO, "three"),
        ]
    )
    campaign, again = _read_as(campaign, "quistad"), _read_as(again, "quistad")
    interview, french = _read_as(interview, "brenna", "coldwater"), _read_as(french, "brenna", "coldwater")
    for other in (interview, french):
        assert "quistad" in other.mentioned and not {"brenna", "coldwater"} & campaign.mentioned
        assert victim_of_both(other, campaign, other.victims & campaign.victims) == frozenset()
        score, signals = _score(other, campaign)
        said = [str(s) for s in signals]
        assert "victims crossed" in said and not any(s.startswith("shared victim") for s in said)
        # The control: a first victim its own headline does not say (a recogniser's guess in the
        # lead) leaves the name the other side mentions a victim in common, as before.
        guessed = _read_as(other, "minutes")
        assert victim_of_both(guessed, campaign, frozenset()) == {"quistad"}
    score, signals = _score(again, campaign)
    assert "shared victim quistad" in [str(s) for s in signals] and score >= Weights().join, signals
