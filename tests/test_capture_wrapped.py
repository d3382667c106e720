"""A paragraph hard-wrapped by its source (each line ending mid-sentence, the next going on in
lower case or with a number) is read as one line of prose; menus, bylines and dates stay apart."""

from __future__ import annotations

from veilleur.extract.capture_lines import markdown_lines
from veilleur.extract.text import clean_capture

PAGE = (
    "# Quillvault Notes\n\n"
    "* [Home](/)\n* [Archive](/archive)\n\n"
    "### The Brindle clinic chain reports a break-in\n\n"
    "The Brindle clinic chain wrote to its patients on Tuesday that intruders\n"
    "copied the records of some 4,000 people treated in its six clinics between\n"
    "2029 and 2031, and that the police were told the same day.\n\n"
    "The chain says that no payment data was taken, but it asks the patients to\n"
    "watch for messages that claim to come from their clinic and ask for money.\n\n"
    "Posted by\nMara Tessel\n"
)


def test_a_hard_wrapped_post_is_the_article() -> None:
    text = clean_capture(PAGE).text
    assert "intruders copied the records of some 4,000 people treated in its six clinics between 2029" in text
    assert text.startswith("The Brindle clinic chain wrote to its patients")
    assert text.endswith("ask for money.")


def test_lines_that_open_with_a_capital_or_are_short_stay_apart() -> None:
    lines = markdown_lines("Tue 28 Oct 2031 //\n12:46 UTC\n\nPosted by\nMara Tessel\n\nHome\nNews\nAbout\n")
    assert [line.text for line in lines] == [
        "Tue 28 Oct 2031 //",
        "12:46 UTC",
        "Posted by",
        "Mara Tessel",
        "Home",
        "News",
        "About",
    ]


def test_a_line_that_ends_a_sentence_is_not_joined() -> None:
    lines = markdown_lines(
        "The chain wrote to its patients on Tuesday about the break-in.\nsee the notice below\n"
    )
    assert len(lines) == 2
