"""A capture cut short (a saved page's limit, a corpus capped at a few thousand characters) ends
on a line ending in "…": the article's paragraph where the cut fell, kept with what it states;
a teaser after the article is still dropped."""

from __future__ import annotations

from veilleur.extract.capture_lines import markdown_lines
from veilleur.extract.text import clean_capture

MENU = "# Northwind Ledger\n\n* Home\n* Security\n* Events\n\n"
HEADLINE = "# Quillvault hospital network hit by ransomware, patients diverted\n\n"
LEAD = (
    "The Quillvault Health network said on Monday that a ransomware attack had shut down its systems "
    "in three hospitals.\n\n"
    "Ambulances were diverted to nearby towns while staff returned to paper records, a spokesperson "
    "for the [regional authority](https://example.org/a) told reporters.\n\n"
)
CUT = (
    "The Orvane gang later claimed the attack on its leak site and said it had stolen 40 GB of "
    "patient data, according to [a post](https://example.org/leak..."
)


def test_the_paragraph_where_the_cut_fell_is_kept_without_its_broken_link() -> None:
    text = clean_capture(MENU + HEADLINE + LEAD + CUT).text
    assert "The Orvane gang later claimed the attack" in text
    assert text.endswith("according to a post…")
    assert "](" not in text


def test_a_table_row_of_flaws_where_the_cut_fell_is_kept() -> None:
    rows = (
        "The update fixes the following flaws in the Orvane media library:\n\n"
        "| **CVE-2031-40001:** Processing a crafted image may disclose process memory. Affects Decoder | |\n"
        "| x | x |  |\n"
        "| **CVE-2031-40002:** Processing crafted web content may lead to an unexpected crash. Affects "
        "Engine | | | ..."
    )
    text = clean_capture(MENU + HEADLINE + LEAD + rows).text
    assert "CVE-2031-40001" in text and "CVE-2031-40002" in text


def test_a_teaser_after_the_article_is_still_dropped() -> None:
    teasers = (
        "* Tags\n* Health\n\n"
        "Orvane affiliates were also blamed for an outage at a regional water utility last spring, "
        "in a campaign that researchers say began with phishing..."
    )
    text = clean_capture(MENU + HEADLINE + LEAD + teasers).text
    assert "water utility" not in text
    assert text.endswith("told reporters.")


def test_a_cut_paragraph_too_short_for_a_sentence_is_kept() -> None:
    # The cut left nine words and no full stop: still the article's last paragraph, not a menu line.
    cut = "Police named the suspect as Dorin Quastel (41) of Varnholt, who was…"
    text = clean_capture(MENU + HEADLINE + LEAD + cut).text
    assert "Dorin Quastel" in text
    assert text.endswith("who was…")


def test_a_long_cut_paragraph_without_a_comma_is_kept() -> None:
    cut = (
        "The hospital group also confirmed that the attackers reached the billing platform that "
        "stores the payment records of patients treated since the start of the year and that the "
        "Orvane gang listed the group on its lea…"
    )
    text = clean_capture(MENU + HEADLINE + LEAD + cut).text
    assert "Orvane gang listed the group" in text


def test_a_cut_paragraph_under_a_subheading_is_kept() -> None:
    section = (
        "## Who is behind it\n\n"
        "Researchers at the Tarnwick lab tied the intrusion to the Orvane crew, a group that has "
        "hit hospitals in four countries since the spring and that sells access to…"
    )
    text = clean_capture(MENU + HEADLINE + LEAD + section).text
    assert "tied the intrusion to the Orvane crew" in text


def test_a_cut_paragraph_under_a_heading_and_its_subheading_is_kept() -> None:
    # A section's head of two lines (a heading and a question under it, or a heading and a short
    # label) between the article's prose and the paragraph the cut fell in.
    for head in (
        "## Tie it to the tools you already run\n\n### Why does it matter?\n\n",
        "#### Checks on the input\n\nmandatory:\n\n",
    ):
        section = (
            head + "Researchers at the Tarnwick lab tied the intrusion to the Orvane crew, a group "
            "that has hit hospitals in four countries since the spring and that sells access to…"
        )
        text = clean_capture(MENU + HEADLINE + LEAD + section).text
        assert "tied the intrusion to the Orvane crew" in text, head


def test_a_teaser_under_menu_lines_is_still_dropped() -> None:
    # Short lines that are no section's head (no subheading among them) above a cut summary: a
    # block of other articles, dropped.
    teasers = (
        "Previous story\n\nNext story\n\n"
        "Orvane affiliates were also blamed for an outage at a regional water utility last spring, "
        "in a campaign that researchers say began with phishing..."
    )
    text = clean_capture(MENU + HEADLINE + LEAD + teasers).text
    assert "water utility" not in text


def test_a_sharing_call_where_the_cut_fell_is_dropped() -> None:
    call = "Found this story useful? Follow us on Chirper, [Facebook]…"
    text = clean_capture(MENU + HEADLINE + LEAD + call).text
    assert "Follow us" not in text
    assert text.endswith("told reporters.")


def test_a_headline_teaser_under_a_subheading_is_dropped() -> None:
    # A "Related" block's heading of several words, then a teaser's headline in Title Case.
    teasers = (
        "## More From Our Security Desk Today\n\n"
        "Orvane Gang Claims Attack On Regional Water Utility As Officials Scramble To Restore "
        "Treatment Systems In…"
    )
    text = clean_capture(MENU + HEADLINE + LEAD + teasers).text
    assert "Water Utility" not in text


# A capture whose menus filled its characters: the cut falls in the lead, under the headline
# (repeated as the outlet's template prints it), the byline and the date.
MENUS = (
    "# Brindle clinic chain says intruders copied patient files\n\n"
    + "".join(f"* [Section {n}](/s{n})\n" for n in range(12))
    + "\n"
)
HEADER = (
    "## Brindle clinic chain says intruders copied patient files\n\n"
    "** [Mara Tessel](/author/mara)\n\n** March 04, 2031\n\n"
)


def test_a_lead_cut_under_the_headline_is_the_article() -> None:
    lead = "## The Brindle clinic chain disclosed that intruders copied the files of patients treated in six…"
    cleaned = clean_capture(MENUS + HEADER + lead)
    assert (
        cleaned.text
        == "The Brindle clinic chain disclosed that intruders copied the files of patients treated in…"
    )
    assert cleaned.title == "Brindle clinic chain says intruders copied patient files"


def test_a_lead_cut_within_its_first_words_is_not_read() -> None:
    # Too few words to say what happened: no sentence of the article to read.
    assert clean_capture(MENUS + HEADER + "## The Brindle clinic chain disclosed th...").text == ""


def test_a_teaser_cut_under_its_own_headline_stays_a_teaser() -> None:
    teaser = (
        "## Tarnwick port operator restores systems after weekend outage\n\n** March 02, 2031\n\n"
        "The Tarnwick port operator said its cargo systems were back online after an outage that began…"
    )
    assert clean_capture(MENUS + HEADER + "Mara Tessel\n\n" * 4 + teaser).text == ""


def test_an_image_the_cut_fell_in_is_no_paragraph() -> None:
    # "![](https://…/Orvane-V3G4-b…": an image's address cut short is markup (its "V3G4" read as a
    # version made it a list's line, kept as the page's whole text). Fictional page.
    page = (
        "# Orvane V3G4 botnet targets fictional routers\n\n"
        "* [Home](https://news.example/)\n\n## Orvane V3G4 botnet targets fictional routers\n\n"
        "February 16, 2031\n\n"
        "![](https://news.example/uploads/2031/02/Orvane-V3G4-b..."
    )
    assert markdown_lines(page)[-1].text == "February 16, 2031"
    assert "![" not in clean_capture(page).text


def test_the_paragraph_the_cut_fell_in_under_a_bold_subheading_is_kept() -> None:
    # A blog writes its subheadings in bold ("**Conclusion**"): the section's first paragraph, where
    # the capture's cut fell, is the article's as under "## Conclusion". Fictional page.
    page = (
        "# Tuning the fictional Quillwork scheduler\n\n"
        "The Quillwork scheduler ran its nightly jobs for eleven hours at one customer with a million "
        "users, most of them inactive, until we moved its eligibility rules into a custom object.\n\n"
        "**Conclusion**\n\n"
        "I like this design not only because it makes the jobs faster but also because it splits the "
        "rules into small pieces that each administrator can read and chan..."
    )
    assert clean_capture(page).text.endswith("small pieces that each administrator can read and chan…")


def test_a_pitch_the_cut_fell_in_after_a_break_and_a_bold_line_stays_out() -> None:
    # An outlet's trailer after a thematic break: a bold slogan, then its pitch cut short. Fictional.
    page = (
        "# Fictional chat app fixes flaws\n\n"
        "The makers of the fictional Tarnwell chat server fixed four flaws this week that let an "
        "attacker take over an instance, and asked administrators to patch their servers now.\n\n"
        "---\n\n**We do not just report on threats, we remove them**\n\n"
        "Cybersecurity risks should never spread beyond a headline. Keep threats off your devices by downlo..."
    )
    assert "Keep threats" not in clean_capture(page).text


def test_a_link_whose_text_the_cut_fell_in_loses_its_bracket() -> None:
    # "…according to [**a post on the…": the link's bracket and emphasis marks are markup, not text.
    page = MENU + HEADLINE + LEAD + CUT.replace("[a post](https://example.org/leak...", "[**a post on the...")
    assert clean_capture(page).text.endswith("according to a post on the…")
