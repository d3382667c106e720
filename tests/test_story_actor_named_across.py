"""An actor one record recognises and the other page names (its record listing only the group's
tools, or nothing) is one subject read by two recognisers, not "different actors": a page that gave
little but its headline ("Quorvex APT spotted …") joins the full report of that group's campaign.
Two groups, each named on one side only, are still different actors. Features come from the
pipeline's own path (`enrich`, `features_for`). All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories
from test_story_platforms import _score

from veilleur.cluster.evidence import actor_named
from veilleur.cluster.stories import Clusterer

THIN = "Quorvex APT spotted spying on drone manufacturers"
FULL = (
    "Quorvex Espionage Group Targets Drone Makers in Cyber Campaign",
    "Researchers at Brightmoor Lab found the Quorvex espionage group deploying Cobalt Strike and PlugX "
    "against drone makers and their suppliers. The intruders abused a remote desktop tool to spread "
    "across networks since April.",
)
# Another group's campaign on the same sector, with the same tools: Quorvex is never named.
OTHER = (
    "Velmora Espionage Group Targets Drone Makers in Cyber Campaign",
    "Researchers at Brightmoor Lab found the Velmora espionage group deploying Cobalt Strike and PlugX "
    "against drone makers and their suppliers. The intruders abused a remote desktop tool to spread "
    "across networks since April.",
)


def test_an_actor_named_by_the_other_page_is_no_different_actor() -> None:
    thin, full, other = _features(
        [("thin", DAY, (THIN, THIN), "one"), ("full", DAY, FULL, "two"), ("other", DAY, OTHER, "three")]
    )
    assert thin.headline_only and thin.actors == {"quorvex"}
    assert full.actors and "quorvex" not in full.actors  # its record lists only the tools
    assert actor_named(thin, full) and not actor_named(full, thin)
    score, signals = _score(thin, full)
    assert "different actors" not in [str(s) for s in signals] and score >= Clusterer().weights.join, signals
    assert not actor_named(thin, other) and not actor_named(other, thin)
    score, signals = _score(thin, other)
    assert "different actors" in [str(s) for s in signals] and score < Clusterer().weights.join, signals


def test_a_headline_only_page_joins_the_report_of_its_group_not_another_groups() -> None:
    later = DAY + timedelta(days=1)
    stories = _stories([("full", DAY, FULL, "two"), ("thin", later, (THIN, THIN), "one")])
    assert stories["thin"] == "full", stories
    stories = _stories([("other", DAY, OTHER, "three"), ("thin", later, (THIN, THIN), "one")])
    assert stories["thin"] == "thin", stories
