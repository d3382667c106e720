"""Same actor, other operation: two reports that share only an actor, one of whose headlines names
a malware family the other article never names, are two events (a new malware's discovery and
sanctions over another campaign). Fictional reports, written alike on purpose."""

from __future__ import annotations

import dataclasses
from datetime import date

from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, Intel, Named

DAY = date(2026, 6, 1)

DISCOVERY = (
    "The national CERT of Valdoria, a fictional country, says the Grisfox group, a state-backed crew "
    "also tracked as Ember Lynx, used a new malware family, Ferrowisp, in phishing mails sent to "
    "government staff; the malware steals documents and passwords and reports to its servers."
)
DECOUVERTE = (
    "Le CERT national de Valdoria, pays fictif, indique que le groupe Grisfox, soutenu par un État et "
    "aussi suivi sous le nom d'Ember Lynx, a utilisé un nouveau maliciel, Ferrowisp, dans des courriels "
    "d'hameçonnage envoyés à des agents publics ; il vole des documents et des mots de passe."
)
SANCTIONS = (
    "The government of Valdoria, a fictional country, froze the assets of three officers of the Grisfox "
    "group, a state-backed crew also tracked as Ember Lynx, and barred its citizens and banks from any "
    "dealings with them, citing years of espionage against its ministries."
)
SANCTIONS_FR = (
    "Le ministère des Finances de Valdoria, pays fictif, a gelé les comptes bancaires et les biens "
    "immobiliers de trois officiers du groupe Grisfox, aussi appelé Ember Lynx, et interdit à toute "
    "banque du pays la moindre transaction avec eux."
)


def _report(article_id: str, title: str, text: str, malware: list[str]) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.APT_ESPIONAGE,
        threat_actors=[Named(name="Grisfox", canonical="Grisfox")],
        malware=[Named(name=name, canonical=name) for name in malware],
    )
    return features_for([Input(article_id, DAY, title, text, f"outlet {article_id}", intel)])[0]


def _score(new: Features, old: Features) -> tuple[float, list[str]]:
    return Clusterer().score(new, old, float(new.embedding @ old.embedding), 0.0)


def test_a_malware_named_by_one_headline_only_parts_two_reports_of_one_actor_in_english_and_french() -> None:
    discovery = _report(
        "discovery", "CERT discovers Ferrowisp malware linked to Grisfox", DISCOVERY, ["Ferrowisp"]
    )
    decouverte = _report(
        "decouverte", "Le CERT découvre le maliciel Ferrowisp lié à Grisfox", DECOUVERTE, ["Ferrowisp"]
    )
    sanctions = _report("sanctions", "Valdoria freezes the assets of Grisfox officers", SANCTIONS, [])
    sanctions_fr = _report(
        "sanctions-fr", "Valdoria gèle les avoirs d'officiers de Grisfox", SANCTIONS_FR, []
    )
    for report in (discovery, decouverte):
        for other in (sanctions, sanctions_fr):
            for new, old in ((report, other), (other, report)):
                score, signals = _score(new, old)
                assert score == 0.0 and str(signals[-1]) == "same actor, other operation", (new.id, old.id)
            # Without the malware recognised, the two join on the actor's names: the rule parts them.
            blind = dataclasses.replace(report, actors=frozenset({"grisfox"}))
            assert _score(blind, other)[0] >= Weights().join, (report.id, other.id)
    clusterer = Clusterer()
    assert clusterer.add(discovery).story_id == "discovery"
    assert clusterer.add(sanctions).story_id == "sanctions"
    # Each event's other-language report joins its own story.
    assert clusterer.add(decouverte).story_id == "discovery"
    assert clusterer.add(sanctions_fr).story_id == "sanctions"


def test_a_report_that_names_the_malware_still_joins_and_a_cut_page_is_left_alone() -> None:
    discovery = _report(
        "discovery", "CERT discovers Ferrowisp malware linked to Grisfox", DISCOVERY, ["Ferrowisp"]
    )
    retold = _report(
        "retold",
        "Grisfox hackers phish Valdoria's civil servants",
        "Phishing mails from the Grisfox group, also tracked as Ember Lynx, installed Ferrowisp, a new "
        "malware that steals documents and passwords, on the computers of Valdoria's civil servants.",
        [],
    )
    for new, old in ((retold, discovery), (discovery, retold)):
        score, signals = _score(new, old)
        assert score >= Weights().join and "same actor, other operation" not in [str(s) for s in signals], (
            new.id,
            signals,
        )
    # A page that gave only its headline names nothing beyond it: no sign of another operation.
    cut = _report("cut", "Grisfox hackers phish Valdoria's civil servants", "", [])
    assert cut.headline_only
    assert "same actor, other operation" not in [str(s) for s in _score(cut, discovery)[1]]
    assert "same actor, other operation" not in [str(s) for s in _score(discovery, cut)[1]]


def test_a_common_word_read_as_a_malware_names_no_other_operation() -> None:
    """A recogniser's guess at a common word of the headline ("cybercriminels") is no proper name:
    the headline names no other operation."""
    campagne = _report(
        "campagne", "Grisfox vend ses accès à des cybercriminels", DECOUVERTE, ["cybercriminels"]
    )
    sanctions = _report("sanctions", "Valdoria freezes the assets of Grisfox officers", SANCTIONS, [])
    assert "cybercriminels" in campagne.named_subjects & campagne.actors
    assert "same actor, other operation" not in [str(s) for s in _score(campagne, sanctions)[1]]
    assert "same actor, other operation" not in [str(s) for s in _score(sanctions, campagne)[1]]


def test_a_malware_named_with_its_version_is_a_proper_name_in_english_and_french() -> None:
    """ "Ferrowisp 4.0": the version is part of the malware's name (the recogniser's canonical name
    keeps "4"), not a common word: the headline still names another operation."""
    for title, text in (
        ("Grisfox APT uses Ferrowisp 4.0 malware in attacks on Valdoria's ministries", DISCOVERY),
        ("Le groupe Grisfox utilise le maliciel Ferrowisp 4.0 contre des agents publics", DECOUVERTE),
    ):
        versioned = _report("versioned", title, text, ["Ferrowisp 4"])
        sanctions = _report("sanctions", "Valdoria freezes the assets of Grisfox officers", SANCTIONS, [])
        assert "ferrowisp 4" in versioned.named_subjects & versioned.actors
        for new, old in ((versioned, sanctions), (sanctions, versioned)):
            score, signals = _score(new, old)
            assert score == 0.0 and str(signals[-1]) == "same actor, other operation", (title, signals)
