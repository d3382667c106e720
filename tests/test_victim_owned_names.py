"""Names that are none of the victims: an owner's platforms and sites, an adjective and a place, a
threat's aliases after "aka", a byline, products named in the plural (`victim_owned`,
`victim_reporting.alias_listed`, `victim_never_shapes.product_kind`). Made-up sentences."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_model import candidates
from veilleur.enrich.victim_owned import owned_name, place_with_adjective
from veilleur.models import Article

URL = "https://news.example.org/a"


def _victims(title: str, text: str) -> list[str]:
    article = Article(url=URL, canonical_url=URL, title=title, text=text, lang="en")
    return [victim.name for victim in enrich(article).victims]


def _veto(title: str, text: str, name: str) -> str:
    found = [c for c in candidates(title, text, "en", "newsexampleorg", "other") if c.name == name]
    assert found, name
    return veto(found[0])


def test_a_platform_holding_the_victims_resources_is_its_thing() -> None:
    title = "'Deliberate attack' deletes delivery app's AWS and GitHub resources"
    text = (
        "The chief executive of Indian delivery app Quickcart has said an attacker deleted its GitHub and "
        "AWS resources in a deliberate attack."
    )
    assert _veto(title, text, "GitHub") == "its owner's thing"
    assert owned_name("GitHub", "an attacker deleted the company's AWS and GitHub resources")
    assert owned_name("Lansing", "the attack hit its Lansing, Michigan franchise's network")
    assert owned_name("College’s IT", "the attack targeted the College’s IT system")
    # (the owner itself, and a platform the sentence says was hit, stay)
    assert not owned_name("Quickcart", "attackers deleted Quickcart's cloud resources")
    assert not owned_name("GitHub", "GitHub said attackers accessed its internal repositories")


def test_a_town_of_the_victims_site_is_no_victim() -> None:
    title = "Staffing firm Tempwork says ransomware hit a franchise"
    text = (
        "Tempwork said the attack hit its Lansing, Michigan franchise's network in January. Tempwork "
        "notified 140,000 people of the data breach."
    )
    assert _victims(title, text) == ["Tempwork"]


def test_an_adjective_and_a_place_before_a_name_are_not_a_name() -> None:
    title = "Troubled US insurer Corlife faces extortion after data breach"
    text = (
        "Corlife said an extortionist demanded money over stolen customer data. Corlife disclosed the breach."
    )
    assert _victims(title, text) == ["Corlife"]
    assert place_with_adjective("Embattled UK")
    assert not place_with_adjective("United Airlines")


def test_a_threats_aliases_after_aka_are_no_victims() -> None:
    title = "Ransomware gang Nightowl claims 40 victims a month"
    text = (
        "The ransomware group known as Nightowl (aka Bluefin, Gold Sparrow, and Water Kestrel) has claimed "
        "more than 40 victims every month this year, with its leak site listing 100 cases in June."
    )
    assert "Water Kestrel" not in _victims(title, text)
    assert _veto(title, text, "Water Kestrel") != ""


def test_a_byline_is_no_victim() -> None:
    title = "Someone compromised a bank regulator's email to read sensitive files"
    text = (
        "Marta Kowalczyk\nThe Office of Bank Supervision said one of its email accounts was compromised, "
        "leading to data falling into the wrong hands."
    )
    assert _veto(title, text, "Marta Kowalczyk") == "byline"


def test_products_named_in_the_plural_are_no_victims() -> None:
    title = "Malicious Nx Packages steal developer credentials in supply chain attack"
    text = "Attackers published malicious versions of the Nx build system that stole secrets from developers."
    assert _veto(title, text, "Malicious Nx Packages") == "product"
