"""Dated headlines: one outlet's daily pages of two days stay apart, but dated follow-ups of one
incident or one flaw — which name its victim or its CVE id — join. Fictional texts."""

from __future__ import annotations

from datetime import date

from veilleur.cluster.features import Features, Input, features_for
from veilleur.cluster.stories import Clusterer
from veilleur.models import Category, CveMentionRecord, Intel, Victim

DAY = date(2026, 3, 4)
BREACH = (
    "Orbelia Health, a fictional clinic network, said attackers reached its patient portal and "
    "copied records of 41,000 patients. The network took the portal offline and informed the "
    "regulator; its investigation with an outside firm continues."
)
FLAW = (
    "A flaw in Quillgate Gateway, CVE-2026-41234, lets an unauthenticated attacker run commands. "
    "The fictional vendor shipped a fix and urged customers to update their appliances at once."
)
PODCAST = (
    "Today on the Fictional Radio daily: a phishing wave against Fictional Bank customers, "
    "an update for Acme routers and scans for exposed backup archives. Listen to the episode."
)


def _article(article_id: str, title: str, text: str, intel: Intel | None, source: str) -> Features:
    return features_for([Input(article_id, DAY, title, text, source, intel)])[0]


def _breach(article_id: str, title: str, source: str) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.DATA_BREACH,
        victims=[Victim(name="Orbelia Health")],
    )
    return _article(article_id, title, BREACH, intel, source)


def _flaw(article_id: str, title: str, source: str) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.VULNERABILITY,
        cves=[CveMentionRecord(id="CVE-2026-41234", sentence=FLAW)],
    )
    return _article(article_id, title, FLAW, intel, source)


def _pair(clusterer: Clusterer, new: Features, old: Features) -> tuple[float, list[str]]:
    cosine = float(new.embedding @ old.embedding)
    return clusterer.score(new, old, cosine, float((new.minhash == old.minhash).mean()))


def test_dated_follow_ups_of_one_breach_join() -> None:
    first = _breach("first", "Orbelia Health breach: update of 3 March", "Fictional Wire")
    later = _breach("later", "Orbelia Health breach: statement of 4 March 2026", "Other Wire")
    assert first.dates == {(3, 3)} and later.dates == {(3, 4)}
    clusterer = Clusterer()
    clusterer.add(first)
    score, signals = _pair(clusterer, later, first)
    assert "different days" not in [str(s) for s in signals] and score >= clusterer.weights.join
    assert clusterer.add(later).story_id == "first"


def test_dated_follow_ups_of_one_flaw_join_through_the_story() -> None:
    first = _flaw("first", "Quillgate patches gateway flaw (March 3rd)", "Fictional Wire")
    second = _flaw("second", "Quillgate Gateway flaw exploited, March 4th", "Other Wire")
    clusterer = Clusterer()
    clusterer.add(first)
    assert clusterer.add(second).story_id == "first"
    # A third dated page of the flaw is checked against the whole story's days: it joins too.
    third = _flaw("third", "Quillgate Gateway: exploitation spreads, 5 March", "Third Wire")
    assert clusterer.add(third).story_id == "first"


def test_daily_pages_of_two_days_still_stay_apart() -> None:
    friday = _article("fri", "Fictional Radio Daily, March 3rd", PODCAST, None, "Fictional Radio")
    monday = _article("mon", "Fictional Radio Daily, March 4th", PODCAST, None, "Fictional Radio")
    clusterer = Clusterer()
    clusterer.add(friday)
    score, signals = _pair(clusterer, monday, friday)
    assert score == 0.0 and "different days" in [str(s) for s in signals]
    assert clusterer.add(monday).story_id == "mon"
    # Two days' reports of two breaches are not one story because both are dated.
    other = _article("other", "Fictional Radio Daily, March 5th", BREACH, None, "Other Wire")
    assert "different days" in [str(s) for s in _pair(clusterer, other, friday)[1]]


def test_a_summary_that_states_its_episodes_day_joins_that_day_not_the_next() -> None:
    monday = _article(
        "mon", "Fictional Radio Daily For Monday, March 2nd, 2026", PODCAST, None, "Fictional Radio"
    )
    tuesday = _article(
        "tue", "Fictional Radio Daily For Tuesday, March 3rd, 2026", PODCAST, None, "Fictional Radio"
    )
    summary = (
        "L'épisode du lundi 2 mars 2026 de Fictional Radio évoque une vague d'hameçonnage contre "
        "les clients de Fictional Bank, une mise à jour des routeurs Acme et des archives exposées."
    )
    french = _article("fr", "Le point du jour de Fictional Radio", summary, None, "veilleur (fr)")
    assert french.dates == frozenset() and french.stated_days == {(3, 2)}
    clusterer = Clusterer()
    assert "different days" in [str(s) for s in _pair(clusterer, french, tuesday)[1]]
    assert "different days" not in [str(s) for s in _pair(clusterer, french, monday)[1]]
    # In a stream, Tuesday's page first: the summary still finds Monday's.
    clusterer.add(tuesday)
    clusterer.add(monday)
    assert clusterer.add(french).story_id == "mon"


def test_stated_days_are_stored_and_read_back() -> None:
    from veilleur.cluster.features import decode, encode

    french = _article("fr", "Le point du jour", "L'épisode du 2 mars 2026 et du 3 mars.", None, "x")
    data, minhash, embedding = encode(french)
    assert decode("fr", DAY, data, minhash, embedding).stated_days == {(3, 2), (3, 3)}


def test_a_victim_guess_both_daily_pages_share_does_not_lift_the_day_rule() -> None:
    def daily(article_id: str, title: str, victims: list[str]) -> Features:
        intel = Intel(
            relevant=True,
            relevance_score=1.0,
            category=Category.OTHER,
            victims=[Victim(name=name) for name in victims],
        )
        return _article(article_id, title, PODCAST, intel, "Fictional Radio")

    # The recogniser reads the show's own name as a victim on both days; Tuesday's page also
    # names the day's attacked bank first.
    monday = daily("mon", "Fictional Radio Daily, March 2nd", ["Quillon Radio"])
    tuesday = daily("tue", "Fictional Radio Daily, March 3rd", ["Fictional Bank", "Quillon Radio"])
    assert monday.victims & tuesday.victims and not monday.victim & tuesday.victim
    score, signals = _pair(Clusterer(), tuesday, monday)
    assert score == 0.0 and "different days" in [str(s) for s in signals]
