"""A page that gave little but its headline, naming a gang ("ZK Group"), joins another outlet's
report whose headline writes the gang's two words around its kind ("ZK Hacker Group"): one
subject, both headlines naming it first. All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.agreement import headline_subjects

THIN = "ZK Group moves on from card skimming to exploiting zero-days"
FULL = (
    "ZK Hacker Group Exploits Parcelon Zero-Day to Plant Lasting Web Shells",
    "An unpatched bug in Parcelon, a logistics web application, let the ZK Group drop web shells on "
    "shippers' machines that survive reinstalls, Tarnwell Security says. Victims were in Brevania and "
    "Ostravia; the vendor has not yet published a fix.",
)


def test_a_gangs_name_framing_its_kind_is_the_headlines_subject() -> None:
    thin, full = _features([("thin", DAY, (THIN, THIN), "one"), ("full", DAY, FULL, "two")])
    assert thin.headline_only and not full.headline_only
    assert headline_subjects(thin, full) == {"zk group"}


def test_a_headline_only_page_joins_the_report_naming_its_gang_around_its_kind() -> None:
    stories = _stories([("full", DAY, FULL, "two"), ("thin", DAY + timedelta(days=1), (THIN, THIN), "one")])
    assert stories["thin"] == "full", stories
