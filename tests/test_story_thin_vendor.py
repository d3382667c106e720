"""A page that gave little but its headline ("Quorvane fixed three zero-days exploited in targeted
attacks") and another outlet's full report of that vendor's flaws join: the vendor both headlines
name, read as the flaw's vendor, is all such a headline has to say which event it tells. A thin
headline naming a product the report never mentions, or a report whose headline names a malware
the thin page does not, stays apart: same vendor, other flaw. All texts and names are fictional."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from veilleur.cluster.agreement import lookup_keys
from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer, Weights

DAY = date(2026, 5, 4)
QUORVANE = frozenset({"quorvane"})

THIN = "Quorvane fixed three zero-days exploited in limited, targeted attacks"
FULL = (
    "Quorvane Patches 3 Zero-Days Used in Targeted Phone Attacks via Lumet Graphics Driver",
    "Quorvane has released fixes for three flaws in the Lumet graphics driver of its phone chips "
    "that were exploited in limited, targeted attacks, according to an advisory published on "
    "Monday. Researchers at Brightmoss Labs reported the flaws to the company in the spring.",
)
# The same vendor's other flaw, the same week.
OTHER_PRODUCT = "Quorvane fixed actively exploited zero-day in Quorvane Tessix software"
OTHER_CAMPAIGN = (
    "Quorvane Firewall Zero-Day Exploits Deploy Rattlefin Malware",
    "Attackers exploited a flaw in Quorvane's firewall appliances to install the Rattlefin "
    "implant, which survives reboots and upgrades, according to Brightmoss Labs.",
)


def _features(article_id: str, title: str, text: str, source: str) -> Features:
    described = features_for([Input(article_id, DAY, title, text, source, None)])[0]
    return replace(described, vendor=QUORVANE)  # the Intel record reads Quorvane's flaws


def _score(new: Features, old: Features) -> tuple[float, list[str]]:
    score, signals = Clusterer().score(new, old, 0.39, 0.02)
    return score, [str(s) for s in signals]


def test_a_headline_only_page_joins_the_report_of_its_vendors_flaws() -> None:
    thin, full = _features("thin", THIN, "", "Outlet A"), _features("full", *FULL, "Outlet B")
    assert thin.headline_only and not full.headline_only
    score, signals = _score(thin, full)
    assert score >= Weights().join, signals


def test_another_product_or_another_campaign_of_the_vendor_stays_apart() -> None:
    full = _features("full", *FULL, "Outlet B")
    product = _features("product", OTHER_PRODUCT, "", "Outlet A")
    assert product.headline_only
    campaign = replace(_features("campaign", *OTHER_CAMPAIGN, "Outlet C"), actors=frozenset({"rattlefin"}))
    thin = _features("thin", THIN, "", "Outlet A")
    for new, old in ((product, full), (thin, campaign)):
        score, signals = _score(new, old)
        assert score < Weights().join, signals


def test_the_vendor_of_a_flaw_is_a_lookup_key_unless_a_platform() -> None:
    # The thin page is far from the report by embedding: the vendor makes it a candidate.
    thin, full = _features("thin", THIN, "", "Outlet A"), _features("full", *FULL, "Outlet B")
    assert "vendor:quorvane" in set(lookup_keys(thin)) & set(lookup_keys(full))
    platform = replace(thin, vendor=frozenset({"microsoft"}))
    assert not [key for key in lookup_keys(platform) if key.startswith("vendor:")]


# An attack's report cut after its headline: its record reads no vendor, its headline names one.
ATTACK = "Espionage crew likely behind Quorvane zero-day attacks"


def test_a_thin_attack_report_naming_the_vendor_joins_and_is_looked_up_by_it() -> None:
    full = _features("full", *FULL, "Outlet B")
    attack = replace(_features("attack", ATTACK, "", "Outlet A"), vendor=frozenset())
    assert attack.headline_only and "vendor:quorvane" in lookup_keys(attack)
    score, signals = _score(attack, full)
    assert score >= Weights().join, signals
    # Another vendor's warning about Quorvane's bugs: whose flaw it is, the records read apart.
    other_vendor = replace(attack, vendor=frozenset({"brennic"}))
    assert _score(other_vendor, full)[0] < Weights().join
