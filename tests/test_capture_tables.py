"""A Markdown table's row is prose only if one of its cells is: a course table printed beside every
post of a blog ("| Reverse-Engineering Binaries: Tools, Methods and Labs | Online | Mar 3rd - Mar
8th 2027 |") is no article, while a table inside an article stays with it (the texts are
fictional)."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

MENU = "# Night Watch Center\n\n* [previous](/diary/1)\n* [next](/diary/3)\n\n"
COURSES = (
    "Upcoming course:\n\n|  |  |  |\n| --- | --- | --- |\n"
    "| [Reverse-Engineering Binaries: Tools, Methods, and Hands-On Labs](https://example.org/c) | "
    "Tallinn | Mar 3rd - Mar 8th 2027 |\n\n"
)
FOOTER = "### Comments\n\n[Login here](/login)\n\n"


def test_a_page_holding_only_a_course_table_has_no_text() -> None:
    # A podcast's page: its headline, a link, and the course table twice around it.
    page = MENU + COURSES + "Night Watch Podcast For Monday, March 1st, 2027 <https://example.org/p/1>\n\n"
    cleaned = clean_capture(page + COURSES + FOOTER)
    assert cleaned.text == ""


def test_a_course_table_above_the_article_is_left_out() -> None:
    body = (
        "Our sensors saw a wave of scans for an old backup appliance this week, most of them from "
        "a handful of hosting providers that rent servers by the hour.\n\n"
        "The requests all probe the same login page and try the vendor's default password, which "
        "the appliance still ships with unless the buyer changes it during setup.\n\n"
    )
    cleaned = clean_capture(MENU + COURSES + body + FOOTER)
    assert cleaned.text.startswith("Our sensors saw")
    assert "Tallinn" not in cleaned.text


def test_a_table_inside_an_article_stays_with_it() -> None:
    body = (
        "Once the scans from researchers are removed, these are the countries the remaining scans "
        "come from, counted over the last thirty days of our sensors' logs:\n\n"
        "| Country | Scans |\n| --- | --- |\n| Freedonia | 12,044 |\n| Sylvania | 3,210 |\n"
        "| Ruritania | 2,987 |\n| Latveria | 1,145 |\n| Genovia | 998 |\n| Elbonia | 870 |\n"
        "| Grand Fenwick | 652 |\n| Zenda | 540 |\n| Kurland | 433 |\n| Borduria | 310 |\n\n"
        "Most of the addresses belong to servers rented by the hour, which is why blocking whole "
        "providers did more for us than blocking the addresses one at a time.\n\n"
    )
    cleaned = clean_capture(MENU + body + FOOTER)
    assert "Ruritania | 2,987" in cleaned.text
    assert cleaned.text.endswith("one at a time.")


def test_a_table_of_flaws_closing_an_article_stays_with_it() -> None:
    body = (
        "The vendor fixed three flaws in the management console of its routers this week, one of "
        "them already exploited, and asks owners to update their firmware now:\n\n"
        "| CVE | Score |\n| --- | --- |\n| CVE-2027-10001 | 9.8 |\n| CVE-2027-10002 | 7.5 |\n"
        "| CVE-2027-10003 | 5.3 |\n\n"
    )
    cleaned = clean_capture(MENU + body + FOOTER)
    assert "CVE-2027-10003" in cleaned.text
