"""A pattern built for one name (a victim candidate's) is compiled only where its fixed parts
occur: Python keeps 512 compiled patterns, and a page's hundred names evicted the others, so that
every name cost a compile and made later ones cost one too. Same answers either way; made-up
sentences."""

from __future__ import annotations

import re
from collections.abc import Callable

from veilleur.enrich import _not_victims
from veilleur.enrich.people import people_charged
from veilleur.enrich.victim_admissible import owned_thing
from veilleur.enrich.victim_full_names import company_name, headline_form, possessive_whole, spelled_out
from veilleur.enrich.victim_owned import owned_name
from veilleur.models import Named, Victim


def _built_for(name: str, call: Callable[[], object]) -> list[str]:
    """The patterns writing `name` that `call` compiled (read from the re module's cache)."""
    re.purge()
    call()
    cache: dict[tuple[object, ...], object] = re._cache  # type: ignore[attr-defined]
    return [str(key[1]) for key in cache if name in str(key[1])]


def test_a_sentence_without_a_possessive_builds_no_pattern_for_the_name() -> None:
    sentence = "Zentravo said hackers reached a server last week."
    assert not _built_for("Zentravo", lambda: owned_thing("Zentravo", sentence))
    assert not owned_thing("Zentravo", sentence)


def test_a_possessives_thing_is_still_found() -> None:
    sentence = "An incident involving our unclassified Zentravo Portal (ZP) website was contained."
    assert owned_thing("Zentravo Portal", sentence)
    assert not owned_thing("Zentravo Portal", "Our staff use the Zentravo Portal (ZP) website daily.")


def test_a_sentence_without_an_owners_names_builds_no_pattern_for_the_name() -> None:
    sentence = "Zentravo confirmed the breach on Monday."
    assert not _built_for("Zentravo", lambda: owned_name("Zentravo", sentence))
    assert owned_name("Zentravo", "The firm's Zentravo and Qubex accounts were wiped.")


def test_a_name_the_head_does_not_write_builds_no_pattern() -> None:
    head = "Qubex Holdings hit by ransomware\nQubex Holdings said on Monday that systems were down."
    assert not _built_for("Zentravo", lambda: company_name("Zentravo", head))
    assert company_name("Qubex", head) == "Qubex Holdings"


def test_a_name_whose_rest_the_text_does_not_write_builds_no_pattern() -> None:
    text = "The Los Angeles County Superior Court closed its doors."
    assert not _built_for("Zentravo", lambda: spelled_out("LA Zentravo Court", text))
    assert spelled_out("LA County Superior Court", text) == "Los Angeles County Superior Court"


def test_a_name_never_followed_by_a_bracket_builds_no_short_form_pattern() -> None:
    text = "Water board hit\nThe Zentravo Regional Water Board said pumps ran."
    assert not _built_for("Zentravo", lambda: headline_form("Zentravo Regional Water", text))
    text = "Pierce Transit hit\nThe Pierce County Transit Benefit Corporation (Pierce Transit) has closed."
    assert headline_form("Pierce County Transit Benefit Corporation", text) == "Pierce Transit"


def test_a_name_without_a_possessive_builds_no_pattern() -> None:
    text = "Zentravo hit\nZentravo said its stores were closed."
    assert not _built_for("Zentravo", lambda: possessive_whole("Zentravo", text))


def test_a_text_without_defendants_builds_no_pattern_for_a_person() -> None:
    title = "Man charged over hacking spree"
    text = "Prosecutors said Jordan Zentravo, 32, was charged with wire fraud on Tuesday."
    built = _built_for("Zentravo", lambda: people_charged(title, text, "en", set()))
    assert not [pattern for pattern in built if "defendant" in pattern]
    assert [p.name for p in people_charged(title, text, "en", set())] == ["Jordan Zentravo"]


def test_a_threat_no_victims_name_holds_builds_no_pattern() -> None:
    threats = [Named(name="Zentravo", canonical="Zentravo")]
    victims = [Victim(name="Qubex Holdings")]
    text = "Zentravo ransomware hit Qubex Holdings."
    built = _built_for("Zentravo", lambda: _not_victims(threats, victims, text))
    assert not built
    assert _not_victims(threats, victims, text) == threats
    inside = [Victim(name="Zentravo Corp")]
    assert _not_victims(threats, inside, "Ransomware hits Zentravo Corp") == []
