"""Censorship and its circumvention as a headline's subject are free speech's matter (GUIDE.md §3:
digital-rights topics whose subject is not security stay out), however many network words the text
uses; a security word in the headline outweighs it. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

PROXY = (
    "Examplechat now lets people connect through a proxy server when their government blocks the app. "
    "Volunteers and organisations can run a proxy on ports 80 or 443 with a domain name that points to "
    "the server, and share its address with contacts. Messages stay end-to-end encrypted through the "
    "proxy, the company says, and the proxy operator sees only the IP addresses that connect to it. "
    "Examplechat says it wants people to stay in touch during protests and internet blackouts. The "
    "proxy adds a layer of security: the connection to it is protected by TLS encryption, and a firewall "
    "that blocks the app cannot see which service is used. Examplechat says it will never weaken its "
    "encryption or its security."
)


def test_a_proxy_feature_to_bypass_censorship_is_a_free_speech_subject() -> None:
    title = "Examplechat adds proxy support to help users bypass internet censorship"
    assert relevance_score(title, PROXY, "", "en") < DEFAULT_MIN_RELEVANCE


def test_a_proxy_feature_against_internet_shutdowns_is_a_free_speech_subject() -> None:
    title = "Examplechat upgrades its proxy feature against internet shutdowns"
    assert relevance_score(title, PROXY, "", "en") < DEFAULT_MIN_RELEVANCE


def test_attacks_on_censorship_infrastructure_stay_security_news() -> None:
    title = "A botched firewall upgrade exposes the censorship infrastructure to attackers"
    text = (
        "Researchers found that a new filtering appliance answers forged packets with memory contents, "
        "a flaw that attackers could exploit to read traffic or crash the filters. "
    ) * 3
    assert relevance_score(title, text, "", "en") >= 0.5
