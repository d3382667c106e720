"""An agency's catalogue of exploited flaws grows several times a week: two additions naming one
vendor are two events, and so are an addition and another event of one of its products; the
outlets' reports (and a French post) of one addition stay one story. Features come from the
pipeline's own path (`enrich`, `features_for`, the multilingual model). All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.identity import addition_products, additions_apart
from veilleur.cluster.stories import Clusterer

MONDAY = (
    "U.S. Fictional Agency adds Acme RouterOS and Zeta Mail flaws to its Known Exploited Vulnerabilities catalog",
    "",  # a page cut after its headline
)
WEDNESDAY = (
    "Fictional Agency adds Acme RouterOS and Quillgate Portal flaws to its KEV catalog",
    "",
)
WEDNESDAY_FR = (
    "L'agence fictive ajoute des failles d'Acme RouterOS et de Quillgate Portal à son catalogue KEV",
    "",
)
# One addition of four products' older flaws, and a research report on one product's new flaws.
FOUR = (
    "U.S. Fictional Agency adds Borealis DIR-900 Router, Acme Vigor Router, Nimbus GPAC, Quillgate "
    "Commerce flaws to its Known Exploited Vulnerabilities catalog",
    "",
)
RESEARCH = (
    "Thousands of Acme Vigor routers are open to remote hijacking",
    "Researchers at Fictional Labs found fourteen new flaws in Acme Vigor routers, two of them "
    "critical, and counted 700,000 devices exposed online. Acme has released firmware updates for "
    "the Vigor models; owners should install them and turn off remote administration.",
)
# One addition, told three ways and in French: headline only, a listing, a warning, a post.
ONE_ADDITION = {
    "cut": MONDAY,
    "listing": (
        "Fictional Agency Adds Two Actively Exploited Flaws to KEV Catalog",
        "The U.S. Fictional Agency on Monday added two security flaws to its Known Exploited "
        "Vulnerabilities (KEV) catalog: CVE-2026-51001, a command injection in Acme RouterOS, and "
        "CVE-2026-51002, a cross-site scripting bug in Zeta Mail. Federal agencies must patch by "
        "29 September 2026.",
    ),
    "warning": (
        "Patch Acme RouterOS and Zeta Mail now, Fictional Agency warns",
        "Attackers are exploiting CVE-2026-51001 in Acme RouterOS and CVE-2026-51002 in Zeta Mail, the "
        "U.S. Fictional Agency said on Monday as it listed both flaws in its catalog of exploited "
        "vulnerabilities. Agencies have three weeks to fix them.",
    ),
    "post": (
        "La Fictional Agency ajoute deux failles d'Acme RouterOS et de Zeta Mail à son catalogue KEV",
        "L'agence américaine Fictional Agency a ajouté lundi deux vulnérabilités activement exploitées à "
        "son catalogue KEV : CVE-2026-51001, une injection de commande dans Acme RouterOS, et "
        "CVE-2026-51002, une faille XSS de Zeta Mail. Les agences fédérales doivent corriger avant le "
        "29/09/2026.",
    ),
}


def test_an_additions_products_are_read_from_its_headline() -> None:
    monday, wednesday_fr, listing = _features(
        [
            ("monday", DAY, MONDAY, "one"),
            ("wednesday-fr", DAY, WEDNESDAY_FR, "two"),
            ("listing", DAY, ONE_ADDITION["listing"], "three"),
        ]
    )
    assert {"acme", "routeros", "zeta", "mail"} <= addition_products(monday)
    assert {"quillgate", "portal"} <= addition_products(wednesday_fr)
    # A Title Case headline's ordinary words are no products.
    assert not addition_products(listing) - {"fictional"}


def test_two_additions_naming_one_vendor_stay_apart_in_english_and_french() -> None:
    for wednesday in (WEDNESDAY, WEDNESDAY_FR):
        monday, later = _features([("monday", DAY, MONDAY, "one"), ("wednesday", DAY, wednesday, "two")])
        assert additions_apart(later, monday)
        score, signals = Clusterer().score(later, monday, 0.75, 0.1)
        assert score == 0.0 and str(signals[-1]) == "other catalogue addition"
        stories = _stories(
            [("monday", DAY, MONDAY, "one"), ("wednesday", DAY + timedelta(days=2), wednesday, "two")]
        )
        assert stories == {"monday": "monday", "wednesday": "wednesday"}


def test_an_addition_and_a_research_report_on_one_of_its_products_stay_apart() -> None:
    four, research = _features([("four", DAY, FOUR, "one"), ("research", DAY, RESEARCH, "two")])
    assert additions_apart(research, four)
    assert str(Clusterer().score(research, four, 0.6, 0.06)[1][-1]) == "other catalogue addition"


def test_one_addition_told_by_three_outlets_and_a_french_post_is_one_story() -> None:
    items = [
        (key, DAY + timedelta(days=i % 2), text, f"outlet-{key}")
        for i, (key, text) in enumerate(ONE_ADDITION.items())
    ]
    features = _features(items)
    for one in features:
        for other in features:
            assert not additions_apart(one, other), (one.id, other.id)
    assert set(_stories(items).values()) == {"cut"}
