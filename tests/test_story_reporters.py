"""Two teams' findings on one flaw (a second wave of attacks, another group's campaign) are two
events, though they share the flaw's CVE id: each lead credits its own team ("researchers at …",
"according to …", "selon …"), and neither article names the other's. The outlets' reports of one
team's finding (and a French post) stay one story, however each words the credit and whoever else
it quotes. Features come from the pipeline's own path (`enrich`, `features_for`, the multilingual
model). All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.reporters import reporters_apart, reporters_of
from veilleur.cluster.stories import Clusterer

WAVE = (
    "Second wave of attacks hits Quillgate Portal flaw CVE-2026-52011",
    "Researchers at Nimbus Labs observed a second wave of attacks on CVE-2026-52011, the Quillgate "
    "Portal upload flaw patched last month: intruders reuse web shells planted in April to run "
    "new commands on unpatched servers.",
)
CAMPAIGN = (
    "China-linked group exploits Quillgate Portal flaw CVE-2026-52011 to plant a Go backdoor",
    "A China-linked group is exploiting CVE-2026-52011 in Quillgate Portal to install a backdoor "
    "written in Go, according to Borealwatch, which found the attackers' exposed server listing "
    "dozens of compromised companies.",
)
CAMPAIGN_FR = (
    "Un groupe lié à la Chine exploite la faille CVE-2026-52011 de Quillgate Portal",
    "Selon Borealwatch, un groupe lié à la Chine exploite la faille CVE-2026-52011 de Quillgate "
    "Portal pour installer une porte dérobée écrite en Go ; son serveur exposé liste des dizaines "
    "d'entreprises compromises.",
)
# One finding, told by three outlets and a French post.
ONE_FINDING = {
    "first": CAMPAIGN,
    "second": (
        "Go backdoor planted through Quillgate Portal bug, Borealwatch says",
        "Borealwatch researchers said a China-linked crew abuses CVE-2026-52011 in Quillgate Portal "
        'to drop a Go backdoor. "Patch now," said Jane Roe, an analyst at Nimbus Labs who was not '
        "involved in the research.",
    ),
    "third": (
        "Chinese hackers hit Quillgate Portal servers with CVE-2026-52011",
        "In a report published on Thursday, Borealwatch said Chinese attackers exploited "
        "CVE-2026-52011 in Quillgate Portal and installed a backdoor written in Go on dozens of "
        "companies' servers.",
    ),
    "post": CAMPAIGN_FR,
}


def test_the_credited_team_is_read_in_english_and_french() -> None:
    assert reporters_of(WAVE[1]) == {"nimbus"}
    assert reporters_of(CAMPAIGN[1]) == {"borealwatch"}
    assert reporters_of(CAMPAIGN_FR[1]) == {"borealwatch"}
    assert reporters_of("Attackers exploit a flaw in a portal, the vendor said.") == frozenset()


def test_two_teams_findings_on_one_flaw_stay_apart_in_english_and_french() -> None:
    for key, other in (("campaign", CAMPAIGN), ("campaign-fr", CAMPAIGN_FR)):
        wave, report = _features([("wave", DAY, WAVE, "one"), (key, DAY, other, "two")])
        assert wave.cves == report.cves == {"CVE-2026-52011"}
        assert reporters_apart(report, wave)
        score, signals = Clusterer().score(report, wave, 0.7, 0.1)
        assert score == 0.0 and str(signals[-1]) == "other reporter"
        stories = _stories([("wave", DAY, WAVE, "one"), (key, DAY + timedelta(days=2), other, "two")])
        assert stories[key] == key


def test_one_teams_finding_told_by_three_outlets_and_a_french_post_is_one_story() -> None:
    items = [
        (k, DAY + timedelta(days=i % 2), text, f"outlet-{k}")
        for i, (k, text) in enumerate(ONE_FINDING.items())
    ]
    features = _features(items)
    for one in features:
        for other in features:
            assert not reporters_apart(one, other), (one.id, other.id)
    assert set(_stories(items).values()) == {"first"}
