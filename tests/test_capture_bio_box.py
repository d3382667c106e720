"""An author's box ("About <name>", then the bio) is no part of the article: on a blog whose posts
may be a line long, its paragraph outweighed the post (the texts are fictional)."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

MENU = "# Ledger of Quiet Things\n\n* [Blog](/)\n* [Essays](/essays)\n* [About Me](/about)\n\n"
POST = (
    "## Tuesday Heron Notes: Herons Return to the Varn Estuary\n\n"
    "The herons are back on the Varn estuary, a month earlier than in any year on record.\n\n"
    "Tags: [herons](/tag/herons)\n\n"
)
BOX = (
    "### About Mira Koster\n\n![](/mira.jpg)\n\n"
    "I am a writer and engineer working on privacy and the design of safe systems. I have been "
    "writing this blog since 2009 and a monthly letter since 2001, and I teach at the Varn School "
    "of Public Policy. This site speaks for none of the bodies I work with.\n\n"
    "### Related Entries\n\n* [Heron Notes: Winter Counts](/a)\n"
)


def test_a_one_line_post_is_read_and_not_its_authors_box() -> None:
    text = clean_capture(MENU + POST + BOX).text
    assert text == "The herons are back on the Varn estuary, a month earlier than in any year on record."


def test_a_bio_by_name_under_about_the_author_is_left_out() -> None:
    box = (
        "## About the author\n\nMira Koster is a writer and engineer who has covered privacy for "
        "twenty years, taught at the Varn School and written four books on the design of safe systems.\n"
    )
    assert "Mira Koster is a writer" not in clean_capture(MENU + POST + box).text


def test_an_about_heading_of_the_article_stays() -> None:
    # "About Varn Estuary" opens a section of the article, no bio under it.
    section = (
        "### About Varn Estuary\n\nThe estuary holds the largest colony of herons in the region, and "
        "its wardens count the nests every spring from the old sea wall near the harbour.\n"
    )
    assert "largest colony of herons" in clean_capture(MENU + POST + section).text
