"""The outlet's own site is no indicator of compromise: its domain and subdomains (its links, its
images, its newsletter address) and the share buttons that point at the page were exported as
indicators (STIX, MISP, IoC lists) when they stood in the article's indicator section or were
written defanged. A fictional page: the outlet is www.valbrune-news.fr."""

from __future__ import annotations

from veilleur.enrich.iocs import find_indicators
from veilleur.models import IocType

PAGE = "https://www.valbrune-news.fr/2026/03/attaque-mairie"
TEXT = """La mairie fictive de Valbrune a été visée par une campagne d'hameçonnage.

Indicators of compromise
login-valbrune-mairie.com
hxxps://paiement-valbrune[.]net/gate.php
185.220.101[.]45
valbrune-news.fr
https://static.valbrune-news.fr/img/capture.png
https://abonnement.valbrune-news.co.uk/offre
redaction@valbrune-news.fr
https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.valbrune-news.fr%2F2026%2F03%2Fattaque-mairie
https://twitter.com/intent/tweet?text=Valbrune&url=https://www.valbrune-news.fr/2026/03/attaque-mairie
https://www.linkedin.com/shareArticle?mini=true&url=https%3A%2F%2Fvalbrune-news.fr%2Fa
Partager : hxxps://api.whatsapp[.]com/send?text=https://www.valbrune-news.fr/2026/03/attaque-mairie
"""


def test_the_outlets_own_site_and_share_buttons_are_no_indicators() -> None:
    found = {(i.kind, i.value) for i in find_indicators(TEXT, [PAGE])}
    assert found == {
        (IocType.DOMAIN, "login-valbrune-mairie.com"),
        (IocType.URL, "https://paiement-valbrune.net/gate.php"),
        (IocType.DOMAIN, "paiement-valbrune.net"),
        (IocType.IPV4, "185.220.101.45"),
        # Another registrable domain than the outlet's (a look-alike of it) stays an indicator.
        (IocType.URL, "https://abonnement.valbrune-news.co.uk/offre"),
        (IocType.DOMAIN, "abonnement.valbrune-news.co.uk"),
    }


def test_an_attackers_redirect_through_a_known_site_stays_an_indicator() -> None:
    text = "Indicators of compromise\nhttps://www.google.com/url?q=https://paiement-valbrune.net/gate.php\n"
    found = {(i.kind, i.value) for i in find_indicators(text, [PAGE])}
    assert (IocType.URL, "https://www.google.com/url?q=https://paiement-valbrune.net/gate.php") in found


def test_a_page_of_a_country_code_second_level_domain_keeps_other_sites_of_that_suffix() -> None:
    text = "Indicators of compromise\nmalveillant-paiement.co.uk\nhttps://cdn.valbrune-news.co.uk/x.js\n"
    found = {i.value for i in find_indicators(text, ["https://www.valbrune-news.co.uk/a"])}
    assert found == {"malveillant-paiement.co.uk"}


def test_exports_leave_out_the_sources_own_sites_even_from_records_stored_before() -> None:
    """A record enriched before this rule keeps the outlet's domain among its indicators: the STIX
    and MISP exports leave out whatever lies on the site of one of the story's sources."""
    from test_stix import IOCS, by_type, full_story

    from veilleur.models import Ioc
    from veilleur.publish.misp import build_event
    from veilleur.publish.stix import build_bundle, bundle_json

    own = [
        Ioc(kind="domain-name", value="news.example"),
        Ioc(kind="url", value="https://cdn.other.example/logo.png"),
        Ioc(kind="email-addr", value="desk@news.example"),
        Ioc(kind="url", value="https://twitter.com/intent/tweet?url=https://news.example/a"),
    ]
    story = full_story(iocs=[*IOCS, *own])
    bundle = bundle_json(build_bundle([story], publisher="CERT fictif"))
    patterns = " ".join(item["pattern"] for item in by_type(bundle, "indicator"))
    assert "evil.example" in patterns and "203.0.113.7" in patterns
    assert "news.example" not in patterns and "other.example" not in patterns and "twitter" not in patterns
    values = {attribute.value for attribute in build_event(story, "CERT fictif").attributes}
    assert "evil.example" in values
    assert not any("news.example" in v or "other.example" in v or "twitter" in v for v in map(str, values))
