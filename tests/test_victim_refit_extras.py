"""Names a refit of the victim model promoted though no reader takes them for victims (session 35):
a reporter's disclosure of others' attacks, a defender's act, kinds of file in a list, a leak's
given name, the last word of a name spelled out by its initials. Each a kind of wording."""

from __future__ import annotations

from veilleur.enrich.victim_model import admissible, candidates
from veilleur.enrich.victim_relations import relation_features


def _relations(sentence: str, name: str) -> set[str]:
    at = sentence.index(name)
    return relation_features(sentence, at, at + len(name))


def _admitted(title: str, text: str) -> set[str]:
    return {c.name for c in candidates(title, text) if admissible(c)}


def test_details_of_others_attacks_are_a_report_not_an_own_incident() -> None:
    report = "Two months ago Quorvex disclosed details of attacks carried out by the group against banks."
    assert "rel:subject" not in _relations(report, "Quorvex")
    own = "Velmora disclosed details of the ransomware attack on its network."
    assert "rel:subject" in _relations(own, "Velmora")


def test_what_a_defender_detected_is_no_incident_of_its_own() -> None:
    defender = (
        "In its quarterly report, Velmora said it had detected and disrupted influence operations abroad."
    )
    assert "rel:subject" not in _relations(defender, "Velmora")
    victim = "Velmora said it had been breached by hackers last week."
    assert "rel:subject" in _relations(victim, "Velmora")


def test_kinds_of_file_listed_before_their_noun_are_no_victims() -> None:
    text = (
        "After macros were blocked by default to cut off a popular attack avenue, threat groups began "
        "using other options, such as LNK files and ISO and RAR attachments."
    )
    found = _admitted("Office closes another door to attackers", text)
    assert not found & {"ISO", "RAR", "LNK"}


def test_a_leak_given_a_name_is_no_victim() -> None:
    text = (
        "The exposed bucket was spotted by the threat intelligence firm Norvale, which termed the leak "
        "BlueMirth. Brenmoor said it is notifying impacted customers."
    )
    assert "BlueMirth" not in _admitted("Brenmoor confirms data leak", text)


def test_the_last_word_of_a_name_its_initials_spell_is_no_victim() -> None:
    text = (
        "Police arrested the suspect in Paris. In 2013 he was a member of the hacker group Hack the "
        "Planet (HTP), which attacked several firms."
    )
    assert "Planet" not in _admitted("Most-wanted hacker nabbed in France", text)
