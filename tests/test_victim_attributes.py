"""A name that only describes another party ("X publisher", "a X engineer") or an agency that only
reports the attack is no victim, and a question's auxiliary or a part's "One of" opening a headline
or sentence is no part of a victim's name. Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_model import Candidate, choose
from veilleur.enrich.victim_shapes import without_opening, written_as_attribute
from veilleur.models import Article


def _article(title: str, text: str) -> Article:
    return Article(
        url="https://news.example.org/a",
        canonical_url="https://news.example.org/a",
        title=title,
        text=text,
        lang="en",
    )


_EVERY_CANDIDATE = {"bias": 3.0, "weights": {}, "threshold": 0.7}  # every admissible candidate is likely


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("Moonfall Saga", "Moonfall Saga publisher Quorvel Books was breached by an intruder."),
        ("Brightwater", "Hackers broke into the laptop of a Brightwater engineer in a second attack."),
        ("Starfield Tactics", "The Starfield Tactics players had their accounts hijacked."),
        ("Harlow Health", "Harlow Health's supplier Quenby Labs was hit by ransomware."),
    ],
)
def test_a_name_describing_another_party_is_not_chosen(name: str, sentence: str) -> None:
    assert written_as_attribute(name, sentence)
    found = [Candidate(name, sentence, features={"lang:en"})]
    assert choose(found, _EVERY_CANDIDATE) == []


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("Quorvel Books", "Moonfall Saga publisher Quorvel Books was breached by an intruder."),
        ("Brightwater", "Brightwater said an engineer's laptop was breached."),
        ("Velmont Games", "Velmont Games confirmed that players' data was stolen."),
        # a name that ends like such a word is not followed by it
        ("Quenby Developers Ltd", "Quenby Developers Ltd was hit by ransomware."),
        # without an article, the firm the headline speaks of, not one of its workers
        ("Quorvel", "Quorvel developer leaks cloud key for internal models"),
    ],
)
def test_the_party_itself_and_a_name_not_so_written_stay_chosen(name: str, sentence: str) -> None:
    assert not written_as_attribute(name, sentence)
    found = [Candidate(name, sentence, features={"lang:en"})]
    assert [c.name for c in choose(found, _EVERY_CANDIDATE)] == [name]


def test_a_publisher_breached_is_the_victim_not_the_series_it_publishes() -> None:
    article = _article(
        "Moonfall Saga publisher breached, millions of customer records taken",
        "An intruder made off with millions of customer records from Quorvel Books, the publisher of "
        "the Moonfall Saga series, after breaking into an account without multifactor authentication. "
        "Quorvel Books confirmed the breach on Monday.",
    )
    names = [v.name for v in enrich(article).victims]
    assert "Quorvel Books" in names
    assert "Moonfall Saga" not in names


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Does Brenlow Motors", "Brenlow Motors"),
        ("Did Quillon Bank", "Quillon Bank"),
        ("Has Ostara Telecom", "Ostara Telecom"),
        ("One of Velmont", "Velmont"),
        ("Two of Caldera", "Caldera"),
        # names that open with such words stay whole
        ("Will Harrow Group", "Will Harrow Group"),
        ("Do Kwangsoo", "Do Kwangsoo"),
        ("One Brenlow", "One Brenlow"),
        ("Isabel Quorn", "Isabel Quorn"),
    ],
)
def test_a_question_or_a_part_opening_a_name_is_not_of_it(written: str, name: str) -> None:
    assert without_opening(written) == name


def test_a_question_headline_names_the_firm_without_its_auxiliary() -> None:
    article = _article(
        "Does Brenlow Cars suffer a new data breach?",
        "A threat actor claims to have stolen 50 GB of data from the carmaker and published samples "
        "on a leak site.",
    )
    assert [v.name for v in enrich(article).victims] == ["Brenlow Cars"]


def test_one_of_a_countrys_parties_is_no_victim_named_one_of() -> None:
    article = _article(
        "Ostara’s Velt party still struggling to restore data after June cyberattack",
        "One of Ostara's major political parties is still struggling to restore member data three "
        "months after a June cyberattack targeting its systems.",
    )
    assert not [v.name for v in enrich(article).victims if v.name.startswith("One of")]


def test_an_agency_that_only_reports_the_attack_is_no_victim_even_read_by_a_rule() -> None:
    reported = _article(
        "EU agency ENISA says ransomware attack behind ferry delays",
        "ENISA said on Sunday that a ransomware attack on a ticketing supplier caused the delays at "
        "several Baltic ferry terminals this weekend. Passengers were asked to print their tickets.",
    )
    assert [v.name for v in enrich(reported).victims] == []
    named = _article(
        "Velmont Port hit by ransomware, ENISA says",
        "Velmont Port was hit by ransomware on Friday, according to ENISA, which said the attack "
        "disrupted cargo handling.",
    )
    assert [v.name for v in enrich(named).victims] == ["Velmont Port"]


def test_an_agency_a_sentence_ties_to_the_attack_stays_chosen() -> None:
    found = [
        Candidate(
            "ENISA",
            "ENISA was hit by a DDoS attack.",
            features={"lang:en", "known:reporter", "rule:before", "doc:passive"},
        )
    ]
    assert [c.name for c in choose(found, _EVERY_CANDIDATE)] == ["ENISA"]
    found[0].features |= {"doc:untied"}
    found[0].features -= {"doc:passive"}
    assert choose(found, _EVERY_CANDIDATE) == []


def test_a_security_firm_no_sentence_ties_stays_a_candidate_it_may_have_been_breached() -> None:
    firm = Candidate(
        "Quorvane Security",
        "Quorvane Security breach exposed customer names.",
        features={"lang:en", "known:reporter", "rule:before", "doc:untied"},
    )
    assert [c.name for c in choose([firm], _EVERY_CANDIDATE)] == ["Quorvane Security"]


@pytest.mark.parametrize(
    ("key", "part"),
    [
        ("north west england", True),
        ("north-west england", True),
        ("southern italy", True),
        ("east london", True),
        ("west midlands police", False),  # more than the part: an organisation's name
        ("central bank", False),
        ("north quellmark", False),  # no place the gazetteer knows
    ],
)
def test_a_compass_part_of_a_known_place_is_a_place(key: str, part: bool) -> None:
    from veilleur.enrich.geo import _gazetteer
    from veilleur.enrich.victim_words import part_of_place

    assert part_of_place(key, _gazetteer()[0]) is part


def test_the_region_a_law_firm_is_based_in_is_no_victim() -> None:
    article = _article(
        "Law firm fined after 20 GB of client files stolen",
        "A law firm is appealing against a £45,000 fine from the data watchdog after 20 GB of client "
        "files were stolen from its systems. Quenby & Harlow Ltd, based in Cumbria, North West England, "
        "was attacked in March. The regulator says the intruder guessed an administrator's password.",
    )
    names = [v.name for v in enrich(article).victims]
    assert "North West England" not in names
