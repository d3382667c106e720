"""A page that gave little but its headline, reporting a police action on a named platform, joins
another outlet's report of that action when both headlines name one kind of action (arrests and
arrests); a headline naming another kind (an indictment) of one member stays apart from the
arrests: the same platform's series of police actions. All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.agreement import thin_backing

THIN = "GlimmerChat dismantling led to 4,217 arrests and the seizure of $610M in criminal funds"
FULL = (
    "Crooks' favourite phone network shut: more arrests to come, police say",
    "Police in Ostravia, Brevania, Lanmark and Norvia say that shutting GlimmerChat, a phone service "
    "sold to drug gangs by Tessaly Mobile, has so far put thousands of people behind bars. Detectives "
    "of the Karsburg and Vilnetsk forces read millions of messages after they broke into the service's "
    "servers, Europol and Eurojust said in a joint statement with their partners on Tuesday.",
)
# One member of the same platform's crowd, charged: the series' next step, not the arrests.
OTHER = "GlimmerChat reseller indicted for laundering the drug gangs' payments"


def test_a_headline_only_police_action_joins_the_report_of_the_same_action() -> None:
    stories = _stories([("full", DAY, FULL, "two"), ("thin", DAY + timedelta(days=1), (THIN, THIN), "one")])
    assert stories["thin"] == "full", stories


def test_another_kind_of_police_action_on_the_same_platform_gets_no_thin_backing() -> None:
    full, thin, other = _features(
        [
            ("full", DAY, FULL, "two"),
            ("thin", DAY, (THIN, THIN), "one"),
            ("other", DAY, (OTHER, OTHER), "three"),
        ]
    )
    assert thin.headline_only and other.headline_only
    assert thin_backing(thin, full, []) == {"glimmerchat"}
    assert thin_backing(other, full, []) == frozenset()
