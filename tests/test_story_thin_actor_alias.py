"""A page that gave little but its headline, naming an actor by one vendor's name ("Emerald
Sleet"), joins another outlet's report whose headline names the same actor by its other name
("Kimsuky") and whose text says both: one actor, one event, two outlets' names. The same actor's
other operation (a backdoor only its headline names) stays apart. All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.agreement import headline_subjects

THIN = "Pyongyang-backed APT Emerald Sleet caught running sham hiring websites"
FULL = (
    "Kimsuky Hackers Lure Brevanian Diplomats With Fake Job Portals in Phishing Campaign",
    "The North Korean threat actor Kimsuky, which Microsoft tracks as Emerald Sleet, set up fake "
    "recruiting portals in a phishing campaign against diplomats of Brevania, according to Tarnwell "
    "Security. The pages imitate Lindqvist Partners and Harrowgate Consulting, ask visitors to log in with "
    "their Outlook or Gmail accounts, and pass the stolen passwords to servers in Vilnetsk and Karsburg.",
)
# The same actor's other operation: a backdoor the report never names.
OTHER = "Emerald Sleet APT targets Ostravian ministry with new Quillbane backdoor"


def test_a_headline_naming_an_actor_by_another_vendors_name_shares_its_subject() -> None:
    thin, full = _features([("thin", DAY, (THIN, THIN), "one"), ("full", DAY, FULL, "two")])
    assert thin.headline_only and not full.headline_only
    assert headline_subjects(thin, full) == {"kimsuky"}


def test_a_headline_only_page_joins_the_report_naming_its_actor_otherwise() -> None:
    stories = _stories([("full", DAY, FULL, "two"), ("thin", DAY + timedelta(days=1), (THIN, THIN), "one")])
    assert stories["thin"] == "full", stories


def test_the_same_actors_other_operation_stays_apart() -> None:
    stories = _stories(
        [("full", DAY, FULL, "two"), ("other", DAY + timedelta(days=1), (OTHER, OTHER), "three")]
    )
    assert stories["other"] == "other", stories
