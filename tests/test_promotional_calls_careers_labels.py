"""An organiser's calls before its event (for papers or speakers, its agenda or tickets announced, a
last chance to register, an on-demand or free session offered by its label), an employer's own call
for staff, and a customer's case or a partner's or brand's slot labelled at the headline's start are
promotion (GUIDE.md §2: event invitations, job offers, customer stories, paid partner content), on any
outlet, in EN/FR/DE/NL; reports on an event, crooks' recruitment and a customer's breach stay news.
Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.promotional import promotional_reason

URL = "https://news.example/2026/05/a"
TEXT = "The company said on Tuesday that the plan was agreed, according to a filing seen by reporters. " * 3


@pytest.mark.parametrize(
    "title",
    [
        "Call for Speakers: Exampleconf Europe 2026",
        "Call for Papers now open for the Exemple Security Days",
        "Exampleconf 2026 agenda announced",
        "Speakers revealed for the Exemple Cloud Summit",
        "Early-bird tickets now on sale for Exampleconf",
        "Last chance to register for the Exemple Security Days",
        "Free workshop: hands-on detection engineering with Examplesoft",
        "Appel à communications : Journées Exemple 2026",
        "We're looking for a senior threat researcher",
        "Careers at Examplesoft: meet the people behind our SOC",
        "Nous cherchons un analyste SOC pour notre équipe de Lyon",
        "Wir suchen einen Security Engineer (m/w/d)",
        "Customer case study: Globex Retail secures its stores",
        "Client story: how a regional bank moved its SOC to the cloud",
        "Partner insight: building cyber resilience in the boardroom",
        "Brand story: keeping hospitals connected",
    ],
)
def test_an_organisers_employers_or_brands_call_is_promotional(title: str) -> None:
    assert promotional_reason(title, TEXT, URL)


@pytest.mark.parametrize(
    "title",
    [
        "Exampleconf 2026: speakers warn of attackers abusing stolen session tokens",
        "Ransomware gang is hiring penetration testers on a crime forum",
        "Fake recruiters: we're looking for a developer, says the scam message",
        "Customer data stolen in breach at Globex Retail",
        "Tickets for Exemple stadium resold by scammers after data leak",
    ],
)
def test_reports_crooks_and_breaches_stay_news(title: str) -> None:
    assert not promotional_reason(title, TEXT, URL)
