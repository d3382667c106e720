"""A family the galaxies list only with its kind ("RedLine Stealer", "Lumma Stealer") went unnamed
when the article wrote it without that kind ("the RedLine infostealer", "stealers like Vidar and
Lumma"). Fictional sentences around the galaxies' own names (pymispgalaxies ships them)."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def _malware(text: str) -> list[str]:
    return [m.name for m in find_threats(text)[1]]


def test_a_stealer_named_without_its_kind_is_found() -> None:
    found = find_threats("Police in Examplestan seized servers of the RedLine infostealer on Monday.")[1]
    assert [m.canonical for m in found] == ["RedLine Stealer"]


def test_a_listed_stealer_written_in_one_word_is_found() -> None:
    text = "Les pirates diffusent des stealers comme Vidar et Lumma via de faux CAPTCHA."
    assert "Lumma" in _malware(text)


def test_the_word_alone_far_from_any_threat_is_no_family() -> None:
    assert _malware("The council voted to redraw the Redline district boundaries on Tuesday.") == []


def test_a_plain_word_the_galaxies_list_with_a_kind_stays_no_name() -> None:
    # "Absent Loader", "USB Stealer", "Google Drive RAT": the word alone names something else.
    text = "The absent admin left a USB stick and a Google Drive link; the malware was gone."
    assert _malware(text) == []
