"""A seizure is stored with what it took when the sentence says it beside the seizing word (money, a
count of domains or servers; EN, FR, NL, DE), and the French briefing says it ("Saisie de 145
domaines"), grounded, or only that seizures were announced. Fictional inputs only."""

from __future__ import annotations

import pytest

from veilleur.brief.backend import BriefRequest
from veilleur.brief.facts import FactsBackend
from veilleur.brief.guard import guard_briefing
from veilleur.brief.seizures import seized_object, seizure_statement
from veilleur.brief.writer import grounding_sources
from veilleur.enrich import enrich
from veilleur.enrich.law_facts import law_enforcement_facts
from veilleur.models import Article


def _seized(text: str, title: str = "") -> list[str]:
    facts = law_enforcement_facts(title, text)
    return [f.value for f in facts.seizures] if facts is not None else []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The FBI seized 145 domains used by the Quillmarkt gang on Tuesday.", "145 domains"),
        ("Europol said more than 100 servers were seized across Europe.", "more than 100 servers"),
        (
            "Authorities also seized over $2.3 million in cryptocurrency.",
            "over $2.3 million in cryptocurrency",
        ),
        ("The operation ended with two arrests and the seizure of 29 web domains.", "29 web domains"),
        ("La police a saisi 2 millions d'euros lors des perquisitions.", "2 millions d'euros"),
        ("De politie heeft 50 servers in beslag genomen.", "50 servers"),
        ("Bei der Razzia wurden 12 Server beschlagnahmt, teilte die Polizei mit.", "12 Server"),
        (
            "A total of 22 places were searched, and over EUR 1 098 500 in criminal assets seized.",
            "over EUR 1 098 500 in criminal assets",
        ),
        ("The US government seized seven domain names used in the scams.", "seven domain names"),
        (
            "Police have seized as many as 50 internet domains used in DDoS attacks.",
            "as many as 50 internet domains",
        ),
        # a takedown keeps its verb: the websites were taken offline, not seized
        ("Police had taken down 12,526 websites by Monday.", "taken down 12,526 websites"),
    ],
)
def test_what_a_seizure_took_is_kept_as_written(sentence: str, value: str) -> None:
    assert _seized(sentence) == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police seized the servers of the Quillmarkt gang.",  # no count: the verb alone
        "Police seized servers after 300 people were defrauded.",  # the count is the victims'
        "Police seized 1,5 domains.",  # a count in two readings is read, then not said (below)
    ],
)
def test_a_seizure_without_a_count_beside_it_keeps_the_verb(sentence: str) -> None:
    values = _seized(sentence)
    assert values and all(seized_object(v) == "" for v in values), values


def test_a_later_sentence_that_says_what_replaces_a_bare_fourth() -> None:
    text = (
        "Police seized computers. Prosecutors seized records. Investigators seized phones. "
        "Officers seized 40 domains in the last raid."
    )
    values = _seized(text)
    assert len(values) == 3 and values[-1] == "40 domains", values


def test_control_seized_is_the_law_s_only_where_the_law_acts() -> None:
    assert _seized("Attackers could abuse the flaws to seize control of susceptible devices.") == []
    assert _seized("The FBI seized control of the Quillnet botnet in a court-authorised operation.") == [
        "seized"
    ]


@pytest.mark.parametrize(
    ("value", "french"),
    [
        ("over EUR 1 098 500 in criminal assets", "plus de 1\u202f098\u202f500 euros"),
        ("over one million Euros in criminal assets", "plus d'un million d'euros"),
        ("seven domain names", "sept noms de domaine"),
        ("three vehicles", "trois véhicules"),
        ("as many as 50 internet domains", "jusqu'à 50 domaines"),
        ("145 domains", "145 domaines"),
        ("1 domain", "1 domaine"),
        ("more than 100 servers", "plus de 100 serveurs"),
        ("over $2.3 million in cryptocurrency", "plus de 2,3 millions de dollars en cryptomonnaies"),
        ("€1.3 million", "1,3 million d'euros"),
        ("12 Server", "12 serveurs"),
        ("29 web domains", "29 domaines"),
        ("seized", ""),
        ("50 people", ""),
    ],
)
def test_what_was_seized_in_french(value: str, french: str) -> None:
    assert seized_object(value) == french


def test_a_takedown_is_said_as_a_takedown() -> None:
    text = "Police had taken down 12,526 websites by Monday. Officers seized 40 domains in the last raid."
    facts = law_enforcement_facts("", text)
    assert facts is not None
    statement = seizure_statement(facts.seizures)
    assert statement.point == "Saisie de 40 domaines ; mise hors ligne de 12\u202f526 sites.", statement
    assert statement.sentence == (
        "Les autorités annoncent la saisie de 40 domaines et la mise hors ligne de 12\u202f526 sites."
    )


def test_the_briefing_says_what_was_seized_and_its_guard_keeps_it() -> None:
    text = (
        "Police in the fictional city of Valmont arrested four suspects accused of running the "
        "Quillmarkt phishing service, the Valmont police said on Tuesday. Officers seized 145 domains "
        "and more than $2.3 million in cryptocurrency during the searches, prosecutors said."
    )
    article = Article(url="https://news.example/a", canonical_url="https://news.example/a",
                      title="Valmont police take down Quillmarkt phishing service", text=text, lang="en")  # fmt: skip
    request = BriefRequest(article=article, intel=enrich(article), outlet="Fictive Daily", url=article.url)
    briefing = FactsBackend().brief(request)
    points = [p.text for p in briefing.key_points]
    assert "Saisie de 145 domaines et de plus de 2,3 millions de dollars en cryptomonnaies." in points, points
    _, report = guard_briefing(briefing, grounding_sources(request), request.urls, min_words=30, model=False)
    assert report.accepted and not report.removed, report
