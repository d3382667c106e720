"""A version written after an introduced name is the name's ("a botnet called BadBox 2.0"): not a
second, shorter name ("BadBox 2") beside the headline's. Fictional text."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def test_a_version_after_an_introduced_name_is_part_of_it() -> None:
    text = (
        "Vendor sues operators of the Quillbox 2.0 botnet\n"
        "The vendor accuses them of infecting streaming boxes to build a botnet, called Quillbox 2.0, "
        "and of using it for ad fraud."
    )
    assert [m.name for m in find_threats(text)[1]] == ["Quillbox 2.0"]


def test_a_sentence_ending_after_a_number_keeps_the_number() -> None:
    text = "Researchers found a new loader dubbed Quillfeather 2. It spreads through fake updates."
    assert [m.name for m in find_threats(text)[1]] == ["Quillfeather 2"]
