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


def test_a_wrapped_list_item_is_one_line_and_a_linked_menu_item_is_not_joined() -> None:
    # The item's sentence goes on below its first line: its subject ("the Quillwork gang") and its
    # verb are one line; a menu's item that opens with a link stays apart from the line below.
    lines = markdown_lines(
        "- Page 159: according to the report, the gang known as Quillwork\n"
        "asked its affiliates to leave the hospitals of the region alone.\n\n"
        "* [Home](/) and the other pages of this little blog of ours\n"
        "archive of the year\n"
    )
    assert lines[0].listed and lines[0].text.endswith(
        "Quillwork asked its affiliates to leave the hospitals of the region alone."
    )
    assert [line.text for line in lines[1:]] == [
        "Home and the other pages of this little blog of ours",
        "archive of the year",
    ]


def test_a_line_ending_on_a_preposition_goes_on_with_a_name() -> None:
    # "…with its seat in" / "Varnholt, …": the name opens the next line of the same sentence; a line
    # ending on another word stays apart from a line opening with a capital (a byline, a menu).
    lines = markdown_lines(
        "The clinic chain is run by a small company of the region with its seat in\n"
        "Varnholt, which told its patients about the break-in on Tuesday.\n\n"
        "Sicurezza delle informazioni, IT service management e qualità\nCesare Gallotti\n"
    )
    assert lines[0].text.endswith(
        "with its seat in Varnholt, which told its patients about the break-in on Tuesday."
    )
    assert [line.text for line in lines[1:]] == [
        "Sicurezza delle informazioni, IT service management e qualità",
        "Cesare Gallotti",
    ]


def test_the_next_item_of_a_numbered_list_stays_apart() -> None:
    lines = markdown_lines(
        "1. The attacker compromises an existing user who holds a billing role in the tenant\n"
        "2. The attacker invites a guest account into the tenant of the target\n"
    )
    assert [line.text for line in lines] == [
        "The attacker compromises an existing user who holds a billing role in the tenant",
        "The attacker invites a guest account into the tenant of the target",
    ]
