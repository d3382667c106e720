"""Names the text gives a role other than the victim's, and a victim's name read whole: who reports
on the news, the attackers' patron, a region's people, a headline word inside another word, a
ministry named after two fields. Every sentence is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_choice import not_chosen
from veilleur.enrich.victim_features import Candidate, _spans
from veilleur.enrich.victim_reporting import outlet_reporting
from veilleur.enrich.victims import _BEFORE_EN, _clean, victim_mentions


def _candidate(name: str, sentence: str, label: str = "ORG", *features: str) -> Candidate:
    return Candidate(name, sentence, "", label, {f"ent:{label}", "lang:en", "T:attack", *features})


def test_a_word_of_attack_is_a_whole_word_not_the_start_of_an_outlet_s_name() -> None:
    sentence = "Quorbit said in its yearly Cloud Weather Report shared with The Hacker Gazette."
    assert _BEFORE_EN.search(sentence) is None
    # Inflected words of attack still read the name before them.
    for said in ("Pellex confirms its servers were breached.", "Pellex bestätigt Cyberangriffe"):
        match = _BEFORE_EN.search(said)
        assert match is not None and match.group("name") == "Pellex"


def test_a_name_that_reported_on_the_breach_tells_the_news() -> None:
    sentence = "The Daily Marovian reported on a major breach of telecom systems by a state group."
    assert _BEFORE_EN.search(sentence) is None
    assert outlet_reporting(_candidate("Daily Marovian", sentence))
    # A firm that reports a breach, or reports on a day, is the one hit.
    assert not outlet_reporting(_candidate("Pellex", "Pellex reported a breach of its systems."))
    on_a_day = "Pellex reported on Monday that hackers stole customer data."
    assert not outlet_reporting(_candidate("Pellex", on_a_day))
    match = _BEFORE_EN.search(on_a_day)
    assert match is not None and match.group("name") == "Pellex"


def test_the_attackers_patron_is_not_chosen() -> None:
    sentence = "Blind Heron is a Marovian cyber group associated with the Marovian Ministry of Intelligence."
    assert not_chosen(_candidate("Marovian Ministry of Intelligence", sentence))
    backed = "The hackers, backed by the Ostmere Defence Bureau, stole files from Pellex."
    assert not_chosen(_candidate("Ostmere Defence Bureau", backed))
    # A breach linked to a firm names its victim: no attackers' noun before it.
    assert not not_chosen(_candidate("Pellex", "Investigators examine a data breach linked to Pellex."))


def test_a_region_s_people_in_two_words_is_no_victim() -> None:
    sentence = "A ransomware attack at a Middle Eastern partner of Pellex led to data theft."
    assert veto(_candidate("Middle Eastern", sentence, "NORP"))
    assert veto(_candidate("South Marovian", sentence, "NORP"))


def test_a_ministry_named_after_two_fields_is_one_victim() -> None:
    text = "Crooks claimed the breach of Chile's Ministry of Economy and Finance\nThe gang leaked files."
    names = [m.name for m in victim_mentions(text)]
    assert "Ministry of Economy and Finance" in names
    assert "Finance" not in names
    # A name after the "and" is another organisation's.
    other = "Crooks claimed the breach of the Ministry of Defence and Quorbit\nThe gang leaked files."
    assert "Ministry of Defence and Quorbit" not in [m.name for m in victim_mentions(other)]


def test_an_office_named_after_its_holder_is_one_name() -> None:
    assert _clean("the Prime Minister's Office") == "Prime Minister's Office"
    assert _clean("Quorbit's Threat Research Lab") == "Quorbit"
    passage = "Spies singled out the Prime Minister's Office and two agencies."
    written = {passage[s:e] for s, e, _ in _spans(passage, [])}
    assert "Prime Minister's Office" in written and "Prime Minister" not in written


def test_the_field_a_body_is_for_is_part_of_its_name() -> None:
    passage = "Staff accessed files belonging to the Marovian Agency for International Development."
    written = {passage[s:e].rstrip(".") for s, e, _ in _spans(passage, [])}
    assert "International Development" not in written
    assert any(w.endswith("Agency for International Development") for w in written)


def test_what_a_stealer_raids_is_a_product_list() -> None:
    browsers = "The malware steals data from web browsers, including Quorbit, Pellex Browser, and Ostmere."
    assert veto(_candidate("Pellex Browser", browsers))
    wallets = "It siphons credentials for cryptocurrency wallets such as Armox, Pellex Wallet, and Zorin."
    assert veto(_candidate("Pellex Wallet", wallets))


def test_a_column_s_title_and_a_region_s_people_are_no_names() -> None:
    sentence = "Welcome to this week's Quorbit Bulletin, your check-in on breaches."
    assert veto(_candidate("Quorbit Bulletin", sentence))
    korean = "The tactic was used in attacks targeting South Korean companies."
    assert veto(_candidate("South Korean", korean, "ORG", "ent:none"))


def test_a_run_into_the_next_sentence_s_first_word_is_no_name() -> None:
    sentence = "Infosec in Brief If a cyberattack hit the grid, it would crumble."
    assert veto(_candidate("Brief If", sentence, "", "rule:before"))


def test_a_headline_s_opening_wordplay_is_no_victim() -> None:
    features = ("at:title", "shape:opening_word", "count:1", "doc:untied")
    headline = "Hackus maximus: book publisher breached"
    assert veto(_candidate("Hackus", headline, "ORG", *features))
    # Read by a rule, or written again in the lead, it is the story's name.
    assert not veto(_candidate("Hackus", headline, "ORG", *features, "rule:before"))
