"""How a name is tied to the attack its sentence states (enrich/victim_relations.py), the
candidates read past the lead (enrich/victim_body.py), and what the victim model makes of them.
Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_body import body_candidates
from veilleur.enrich.victim_features import _clean, _spans
from veilleur.enrich.victim_model import candidates
from veilleur.enrich.victim_relations import document_relations, relation_features
from veilleur.models import Article


def _relations(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return relation_features(sentence, at, at + len(name))


@pytest.mark.parametrize(
    ("sentence", "name", "relation"),
    [
        ("Zorblax Hosting hacked!", "Zorblax Hosting", "rel:passive"),
        ("Brelmont Council, a rural authority, was hit by ransomware.", "Brelmont Council", "rel:passive"),
        (
            "Marla Quennell described how she had been duped by a fake toll notice.",
            "Marla Quennell",
            "rel:passive",
        ),
        ("Tevor Dabb lost $900 to the scammers.", "Tevor Dabb", "rel:passive"),
        ("A ransomware attack on the regional hospital Kelvarn Health", "Kelvarn Health", "rel:object"),
        ("Hackers breached Ostrava Freight last week.", "Ostrava Freight", "rel:object"),
        ("The gang demanded a $4 million ransom from Quillon Bank in March.", "Quillon Bank", "rel:object"),
        (
            "Several firms fell victim to the gang, including Dorset's Kelvarn Health, a care firm, and the "
            "town of Brelmont.",
            "Brelmont",
            "rel:object",
        ),
        (
            "Plusieurs hôpitaux ont été touchés, dont le Centre hospitalier de Morvelle.",
            "Morvelle",
            "rel:object",
        ),
        ("Quillon Bank confirms cyberattack on its payment systems", "Quillon Bank", "rel:subject"),
        ("Brelmont Council resorts to paper after attack", "Brelmont Council", "rel:subject"),
        ("The thieves copied Vantor Air's customer database.", "Vantor Air", "rel:asset"),
        ("The flaw was found by researchers at Fictisec.", "Fictisec", "rel:agent"),
        ("Fictisec researchers said the gang used stolen passwords.", "Fictisec", "rel:agent"),
        ("Texts impersonating Parcelo ask for a redelivery fee.", "Parcelo", "rel:impersonated"),
        ("Grimlock and his crew targeted title companies.", "Grimlock", "rel:actor"),
        ("La clinique Sainte-Aube a été victime d'une cyberattaque.", "Sainte-Aube", "rel:passive"),
        ("Une cyberattaque contre la mairie de Valbrune a paralysé les services.", "Valbrune", "rel:object"),
        ("Les serveurs de Morvelle Santé ont été chiffrés.", "Morvelle Santé", "rel:asset"),
        ("Het ziekenhuis Sint-Arno werd getroffen door een cyberaanval.", "Sint-Arno", "rel:passive"),
        ("Die Stadtwerke Hollbach wurden gehackt.", "Hollbach", "rel:passive"),
    ],
)
def test_a_name_is_tied_to_the_attack_by_its_sentence(sentence: str, name: str, relation: str) -> None:
    assert relation in _relations(sentence, name)


def test_an_attacker_is_no_passive_subject_nor_a_victim_the_object() -> None:
    # "X hacked Y": X did it (no bare passive), Y suffered it.
    assert _relations("Zorblax hacked Ostrava Freight.", "Zorblax") == {"rel:actor"}
    assert "rel:object" in _relations("Zorblax hacked Ostrava Freight.", "Ostrava Freight")
    assert "rel:passive" not in _relations("Selon Fictisec, la faille est critique.", "Fictisec")
    assert "rel:agent" in _relations("Selon Fictisec, la faille est critique.", "Fictisec")


def test_every_mention_counts_for_the_article() -> None:
    text = (
        "Ostrava Freight was hit by ransomware on Monday. Researchers at Fictisec said the attack began "
        "with a phishing e-mail. Ostrava Freight's systems were restored on Friday; Ostrava-based firms "
        "were not affected."
    )
    victim = document_relations("Ostrava Freight", text)
    assert {"doc:passive", "doc:asset", "doc:tied_twice"} <= victim
    reporter = document_relations("Fictisec", text)
    assert "doc:agent" in reporter and "doc:untied" in reporter


_FILLER = "Security experts have warned for months that such attacks would reach smaller firms. " * 14


def test_a_victim_named_deep_in_a_long_post_is_a_candidate() -> None:
    title = "Ransomware gangs step up attacks on schools"
    text = f"Attacks on schools rose this year. {_FILLER}In March, the Kelvarn Academy Trust was hit by ransomware."
    assert len(text) > 1200  # past the headline and lead the recogniser reads
    found = {c.name: c for c in candidates(title, text, "en", "newsexampleorg", "ransomware")}
    trust = found["Kelvarn Academy Trust"]
    assert {"at:body", "rel:passive"} <= trust.features
    assert "at:lead" not in trust.features


def test_body_names_untied_to_an_attack_are_not_candidates() -> None:
    found: dict = {}
    text = f"{_FILLER}Researchers at Fictisec said the Orvane Group ransomware gang is growing."
    body_candidates(found, text, 0, "", set(), text)
    assert not found  # a reporter and a gang: no sentence ties them to an attack they suffered


@pytest.mark.parametrize(
    ("lang", "title", "text", "victim", "sector"),
    [
        (
            "en",
            "Brelmont Council resorts to paper after cyberattack",
            "Brelmont Council has resorted to pen and paper after a ransomware attack took its systems "
            "offline, the council said.",
            "Brelmont Council",
            "government",  # "resorts to" is a verb, not a hotel
        ),
        (
            "en",
            "Ransomware gangs step up attacks on schools",
            f"Attacks on schools rose this year. {_FILLER}In March, the Kelvarn Academy Trust was hit by "
            "ransomware and its exam records were encrypted. The Kelvarn Academy Trust said its systems were "
            "restored.",
            "Kelvarn Academy Trust",
            "education",
        ),
        (
            "fr",
            "Cyberattaque : la mairie de Valbrune paralysée",
            "La mairie de Valbrune a été victime d'une cyberattaque par rançongiciel ce week-end. Les "
            "services municipaux fonctionnent au ralenti.",
            "Mairie de Valbrune",
            "government",
        ),
    ],
)
def test_headline_subjects_and_body_victims_in_english_and_french(
    lang: str, title: str, text: str, victim: str, sector: str
) -> None:
    article = Article(
        url="https://news.example.org/a",
        canonical_url="https://news.example.org/a",
        title=title,
        text=text,
        lang=lang,
    )
    found = [(v.name, v.sectors[0].value if v.sectors else "") for v in enrich(article).victims]
    assert (victim, sector) in found


def test_a_place_that_owns_a_name_and_two_names_joined_are_not_one_name() -> None:
    assert _clean("Argentina’s Judiciary of Córdoba") == "Judiciary of Córdoba"
    passage = "Revoview and Szroco had their keys stolen."
    spans = {passage[s:e] for s, e, _ in _spans(passage, [(0, len("Revoview and Szroco"), "ORG")])}
    assert {"Revoview", "Szroco"} <= spans
    assert "Revoview and Szroco" not in spans


def test_one_firm_written_with_and_without_a_space_is_one_victim() -> None:
    article = Article(
        url="https://news.example.org/b",
        canonical_url="https://news.example.org/b",
        title="Restaurant platform TableNest confirms data breach",
        text="Restaurant booking platform TableNest confirmed a data breach after hackers stole customer "
        "records. Table Nest was breached through a supplier, the company said.",
        lang="en",
    )
    names = [v.name for v in enrich(article).victims]
    assert [n.replace(" ", "") for n in names].count("TableNest") == 1
