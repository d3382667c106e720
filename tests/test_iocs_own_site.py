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
