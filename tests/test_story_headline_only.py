"""Pages that give little but their headline (a page cut after its first sentence, a research
report whose body the capture missed) and names written two ways. A French post and another
outlet's English report of one event join on the coined name both headlines give, however the
name is spelled; another malware's report, a gang's other event and a technical term do not.
All texts and names are fictional."""

from __future__ import annotations

from datetime import date

from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer, Weights
from veilleur.models import Category, Intel, Named

DAY = date(2026, 5, 4)

# The French post: a full summary of a fictional lab's report on a fictional RAT, FernRAT.
FERN_FR = (
    "FernRAT : un nouveau cheval de Troie cible les transporteurs",
    "Les chercheurs de Fictional Labs décrivent FernRAT, un cheval de Troie d'accès à distance qui "
    "vise des transporteurs en Pologne et en Roumanie depuis mars. Diffusé par des courriels de "
    "fausses factures, il vole les identifiants de Gmail et de Outlook et installe Quillmint, un "
    "module d'espionnage. Le groupe Ashfall Crew serait derrière la campagne.",
)
# Another outlet's page on the same report: its headline, and no body (the capture missed it).
FERN_EN = "FernRAT – New RAT targeting logistics firms"
# The same outlet's page on another fictional malware of the same week, also headline-only.
BRINDLE_EN = "BrindleLoader: a new loader spreads through fake invoices"


def _features(article_id: str, title: str, text: str, source: str, intel: Intel | None = None) -> Features:
    return features_for([Input(article_id, DAY, title, text, source, intel)])[0]


def _intel(malware: list[str], category: Category = Category.MALWARE_CAMPAIGN) -> Intel:
    named = [Named(name=name, canonical=name) for name in malware]
    return Intel(relevant=True, relevance_score=1.0, category=category, malware=named)


def test_a_headline_only_page_joins_the_french_post_on_the_coined_name_both_headlines_give() -> None:
    post = _features("fr", *FERN_FR, "veilleur (fr)")
    page = _features("en", FERN_EN, "", "Fictional List")
    score, signals = Clusterer().score(page, post, 0.3, 0.0)
    assert "shared subject fernrat" in [str(s) for s in signals] and score >= Weights().join
    # Without the boost its headline alone is too little: what the rule adds is what joins.
    assert Clusterer(Weights(thin_subject=0.0)).score(page, post, 0.3, 0.0)[0] < Weights().join


def test_another_malwares_headline_only_page_stays_apart_from_the_french_post() -> None:
    post = _features("fr", *FERN_FR, "veilleur (fr)")
    page = _features("en", BRINDLE_EN, "", "Fictional List")
    score, signals = Clusterer().score(page, post, 0.3, 0.0)
    assert not any(str(s).startswith("shared subject") for s in signals) and score < Weights().join


def test_two_full_reports_get_no_headline_boost() -> None:
    # Both pages have their text: their leads say whether it is one event, not the headline alone.
    post = _features("fr", *FERN_FR, "veilleur (fr)")
    report = _features("en", FERN_EN, FERN_FR[1], "Fictional Wire")
    assert not any(str(s).startswith("shared subject") for s in Clusterer().score(report, post, 0.3, 0.0)[1])


def test_a_gangs_plain_name_or_a_police_action_is_no_headline_subject() -> None:
    post = _features("fr", *FERN_FR, "veilleur (fr)")
    # A gang in the news for many events at once: its plain name stands for no one event.
    gang = _features("en", "Ashfall Crew member arrested in Spain", "", "Fictional List")
    assert not any(str(s).startswith("shared subject") for s in Clusterer().score(gang, post, 0.3, 0.0)[1])
    # A takedown of the malware's servers against the campaign's report: two events.
    police = _features(
        "police",
        "Police seize FernRAT servers in takedown",
        "",
        "Fictional List",
        _intel(["FernRAT"], Category.LAW_ENFORCEMENT),
    )
    fern = _features("fr2", *FERN_FR, "veilleur (fr)", _intel(["FernRAT", "Quillmint"]))
    score, signals = Clusterer().score(police, fern, 0.3, 0.0)
    assert "different kinds of event" in [str(s) for s in signals] and score < Weights().join
    assert not any(str(s).startswith("shared subject") for s in signals)


def test_one_name_in_one_word_or_two_is_one_subject_in_both_languages() -> None:
    # The French post writes "GlintRAT", the English report "Glint RAT": one family.
    french = _features(
        "fr",
        "GlintRAT vise les hôtels d'Amérique latine",
        "Fictional Labs décrit une vague de courriels de réservation piégés qui installent GlintRAT "
        "dans des hôtels du Brésil et du Mexique, avec des scripts écrits par une IA.",
        "veilleur (fr)",
        _intel(["GlintRAT"]),
    )
    english = _features(
        "en",
        "Hotel chains in Latin America hit by Glint RAT in booking-themed emails",
        "Fictional Labs says booking-themed emails install Glint RAT at hotels in Brazil and Mexico, "
        "using scripts written by an AI model.",
        "Fictional Wire",
        _intel(["Glint RAT"]),
    )
    assert french.named_subjects == {"glintrat"} and english.named_subjects == {"glint rat"}
    score, signals = Clusterer().score(english, french, 0.6, 0.05)
    assert "different coined names" not in [str(s) for s in signals] and "different actors" not in [
        str(s) for s in signals
    ]
    assert "shared actor glint rat" in [str(s) for s in signals] and score >= Weights().join
    # A family of another name is still another subject.
    other = _features(
        "other",
        "Hotel chains in Latin America hit by Dusk RAT in booking-themed emails",
        english.title,
        "Fictional Wire",
        _intel(["Dusk RAT"]),
    )
    assert "different coined names" in [str(s) for s in Clusterer().score(other, french, 0.6, 0.05)[1]]


def test_a_technical_term_is_no_coined_name() -> None:
    # "C2" and "2FA" are written alike by every outlet: no subject to tell two events apart by.
    english = _features("en", "Proxy network of SystemQ runs on 80 C2 servers", "", "Fictional List")
    french = _features("fr", "Le réseau SystemQ : une infrastructure de proxy", "", "veilleur (fr)")
    assert english.coined == {"systemq"} and french.coined == {"systemq"}
    assert _features("k", "Salty2FA kit bypasses 2FA at 5G speed", "", "x").coined == {"salty2fa"}


def test_two_police_actions_naming_one_handle_get_no_headline_boost() -> None:
    # One forum's members are charged in one country and arrested in another: two actions, each
    # naming the forum or the member's handle ("KestrelKing"), a headline-only page among them.
    charges = _features("us", "KestrelKing indicted for forum breaches", "", "Fictional List")
    arrests = _features(
        "fr",
        "French police arrest five admins of the forum run by KestrelKing",
        "French police arrested five suspected administrators of a cybercrime forum, in an operation "
        "of the Paris prosecutor's office. KestrelKing, its best-known member, was not among them.",
        "Fictional Wire",
    )
    assert charges.maybe_enforcement and arrests.maybe_enforcement
    signals = Clusterer().score(charges, arrests, 0.45, 0.02)[1]
    assert not any(str(s).startswith("shared subject") for s in signals)
