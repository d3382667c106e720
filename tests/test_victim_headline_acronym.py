"""A victim the headline names by the acronym the text defines is named so ("TDECU data breach…"
over "The … Credit Union (TDECU) has filed…"), and what no sentence ties to an attack or names as
an organisation stays out: a computer platform ("ransomware on Mac"), an editor's tag opening the
lead ("Updated Business insurer X…"). Fictional text."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_full_names import headline_form
from veilleur.models import Article

URL = "https://echo.example/a"


def _victims(title: str, text: str) -> list[str]:
    intel = enrich(Article(url=URL, canonical_url=URL, title=title, text=text, lang="en"))
    return [v.name for v in intel.victims]


def test_the_headlines_defined_acronym_names_the_victim() -> None:
    text = (
        "The Harbel Valley Dockworkers Credit Union (HVDCU) has filed a data breach notification, reporting "
        "that the data of 81,200 members was accessed in an external system breach. HVDCU said it found the "
        "intrusion in March and has notified the affected members."
    )
    assert _victims("HVDCU data breach affects 81,000 members", text) == ["HVDCU"]


def test_an_acronym_the_text_never_defines_does_not_rename() -> None:
    text = (
        "The Harbel Valley Dockworkers Credit Union (HVDCU) has filed a data breach notification after "
        "attackers accessed member records."
    )
    # (the headline writes the full name: it stays)
    name = "Harbel Valley Dockworkers Credit Union"
    assert headline_form(name, f"{name} breach\n{text}") == name
    # (the headline's acronym is not one the text defines after the name)
    assert headline_form("Quill and Marrow", "Q&M restores online orders\nQuill and Marrow was hacked.") == (
        "Quill and Marrow"
    )


def test_a_computer_platform_is_no_victim() -> None:
    text = (
        "Researchers found a build of the Korvath ransomware that encrypts files on Mac computers. "
        "The sample is unfinished, and no victims have been reported so far."
    )
    assert "Mac" not in _victims("Korvath ransomware on Mac: should we worry?", text)


def test_an_editors_tag_is_not_part_of_a_name() -> None:
    text = (
        "Updated Payroll insurance and status specialist Brellwick has confirmed that an intruder has stolen "
        "some customers personal data, according to a letter to contractors that was seen by The Courier."
    )
    found = _victims("Advisor to contractors Brellwick confirms client data leak", text)
    assert found == ["Brellwick"]
