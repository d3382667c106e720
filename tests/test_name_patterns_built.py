"""A pattern built for one name (a victim candidate's) is compiled only where its fixed parts
occur: Python keeps 512 compiled patterns, and a page's hundred names evicted the others, so that
every name cost a compile and made later ones cost one too. Same answers either way; made-up
sentences."""

from __future__ import annotations

import re
from collections.abc import Callable

from veilleur.enrich.victim_admissible import owned_thing
from veilleur.enrich.victim_full_names import company_name, spelled_out
from veilleur.enrich.victim_owned import owned_name


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
