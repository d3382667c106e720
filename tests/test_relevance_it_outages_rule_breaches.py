"""An IT outage the headline names by its cause (an IT problem, a RAID meltdown, an expired certificate)
is security-industry news even with no attack (GUIDE.md §3: an outage from a faulty update, a
misconfiguration or an expired certificate is relevant), in EN, FR, DE and NL. A rule or a policy "breached" is no
system breached, a lead's "stealth" (a bomber's, an app's) is no theft, and the state's other securities
(border security, security forces, the Security Council, social security; FR, DE) are no security of
systems. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import _ATTACK_IN_LEAD, relevance_score

# A newsroom's neutral account of a service that stopped: no security word at all.
STOPPED_EN = (
    "The grid operator's public data portal stopped publishing on Tuesday morning, and traders who rely "
    "on its half-hourly figures were left guessing for most of the day. Engineers restored it by the "
    "evening. A spokesperson apologised to users and promised a review of what went wrong."
)
STOPPED_FR = (
    "Le portail de données du gestionnaire de réseau a cessé de publier mardi matin, et les opérateurs qui "
    "s'appuient sur ses chiffres ont attendu toute la journée. Les ingénieurs l'ont rétabli le soir."
)
STOPPED_DE = (
    "Das Datenportal des Netzbetreibers veröffentlichte am Dienstagmorgen keine Zahlen mehr, und die "
    "Händler warteten den ganzen Tag. Am Abend lief es wieder, teilte ein Sprecher mit."
)
STOPPED_NL = (
    "Het dataportaal van de netbeheerder publiceerde dinsdagochtend geen cijfers meer, en handelaren "
    "wachtten de hele dag. 's Avonds werkte het weer, aldus een woordvoerder."
)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Grid data portal felled by expired certificate", STOPPED_EN, "en"),
        ("Regional airline grounds its fleet over mysterious IT problem", STOPPED_EN, "en"),
        ("Chat homeserver grinds to a halt after RAID meltdown", STOPPED_EN, "en"),
        (
            "Incident informatique : le portail du gestionnaire de réseau muet toute la journée",
            STOPPED_FR,
            "fr",
        ),
        ("IT-Probleme legen das Datenportal des Netzbetreibers lahm", STOPPED_DE, "de"),
        ("Computerprobleem legt dataportaal van netbeheerder urenlang plat", STOPPED_NL, "nl"),
    ],
)
def test_an_it_outage_in_the_headline_is_security_news(title: str, text: str, lang: str) -> None:
    assert relevance_score(title, text, lang=lang) >= DEFAULT_MIN_RELEVANCE


# A platform's content matter, told with a rulebook's "breach".
RULEBOOK = (
    "Listings for banned goods stayed up for weeks on the marketplace's app, a campaign group found, "
    "although the company says they do not breach its community guidelines. The group counted "
    "hundreds of listings and asked regulators to act; the company said moderators review reports "
    "within a day and that sellers who break the rules lose their accounts."
)


def test_a_rule_breached_is_no_system_breached() -> None:
    title = "Marketplace says banned goods listings don't breach its community guidelines"
    assert relevance_score(title, RULEBOOK, lang="en") < DEFAULT_MIN_RELEVANCE


def test_a_breach_of_a_network_stays_security_news() -> None:
    title = "Attackers breach the marketplace's network and copy its sellers' records"
    text = "The marketplace said attackers got into its network last week and copied its sellers' records."
    assert relevance_score(title, text, lang="en") >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "lead", ["The air force showed its new stealth bomber.", "A stealthy app hides films."]
)
def test_stealth_tells_no_theft(lead: str) -> None:
    assert _ATTACK_IN_LEAD.search(lead) is None


@pytest.mark.parametrize(
    "lead", ["Crooks are stealing logins.", "An info stealer was found.", "It steals keys."]
)
def test_stealing_still_tells_an_attack(lead: str) -> None:
    assert _ATTACK_IN_LEAD.search(lead) is not None


# The state's other securities: its borders, its forces, its welfare, the Security Council.
STATE_EN = (
    "The bloc's ministers agreed a shared register of travellers' details, which they say will improve "
    "border security. The plan gives security forces at airports more to check, and diplomats raised it "
    "at the Security Council. Funding comes from the same budget as social security payments."
)
STATE_FR = (
    "Les ministres ont adopté un registre commun des voyageurs. Les forces de sécurité des aéroports y "
    "auront accès, le Conseil de sécurité en a débattu et la sécurité sociale en financera une part."
)
STATE_DE = (
    "Die Minister beschlossen ein gemeinsames Reiseregister. Die Sicherheitskräfte an Flughäfen erhalten "
    "Zugriff, der Sicherheitsrat beriet darüber, und die soziale Sicherheit zahlt einen Teil."
)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Ministers agree a shared register of travellers", STATE_EN, "en"),
        ("Les ministres adoptent un registre commun des voyageurs", STATE_FR, "fr"),
        ("Minister beschließen ein gemeinsames Reiseregister", STATE_DE, "de"),
    ],
)
def test_the_states_other_securities_say_no_security_of_systems(title: str, text: str, lang: str) -> None:
    assert relevance_score(title, text, lang=lang) < DEFAULT_MIN_RELEVANCE


def test_the_security_of_systems_still_counts() -> None:
    text = STATE_EN + " Researchers found the register's server open to anyone, its security holes unpatched."
    assert (
        relevance_score("Travellers' register left open on the internet", text, lang="en")
        >= DEFAULT_MIN_RELEVANCE
    )
