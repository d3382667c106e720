"""A Markdown capture of a blog's one-sentence post followed by a long readers' discussion (the
shape of a Schneier on Security page of news-dev; the texts here are fictional): the "Comments"
heading or the comments' own permalinks end the article however short it is, so no reader's
comment is taken for the article."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

COMMENT = (
    "{name} •\n[March 3, 2026 7:{minute:02d} AM](https://blog.example/2026/03/breach.html/"
    "#comment-5150{minute:02d})\n\nI keep my own secrets on my own machine, whatever the "
    "convenience of syncing them everywhere, and a local vault with strong encryption is what I "
    "tell my friends to use whenever they ask me which one they should pick.\n\n"
)
POST = (
    "* [Blog](https://blog.example)\n* [Essays](https://blog.example/essays/)\n\n"
    "## Password Vault Maker Breached\n\n"
    "The vendor [was](https://news.example/a) [breached](https://news.example/b), and some account "
    "details were copied. No stored secrets were taken.\n\n"
    "Tags: [breaches](https://blog.example/tag/breaches/)\n\n"
    "[Posted on March 3, 2026 at 7:09 AM](https://blog.example/2026/03/breach.html) •\n"
    "[16 Comments](https://blog.example/2026/03/breach.html#comments)\n\n"
)
ARTICLE = "The vendor was breached, and some account details were copied. No stored secrets were taken."


def _discussion(count: int = 12) -> str:
    return "".join(COMMENT.format(name=f"Reader {i}", minute=10 + i) for i in range(count))


def test_comments_heading_ends_a_one_sentence_post() -> None:
    cleaned = clean_capture(POST + "### Comments\n\n" + _discussion())
    assert cleaned.text == ARTICLE
    assert cleaned.title == "Password Vault Maker Breached"


def test_comment_permalinks_end_it_without_a_heading() -> None:
    cleaned = clean_capture(POST + _discussion())
    assert cleaned.text == ARTICLE


def test_a_comments_count_above_the_article_loses_nothing() -> None:
    # The byline's "3 Comments" link (to "#comments", no comment's own anchor) sits above the
    # article: the article below it is kept whole.
    paragraph = (
        "Attackers broke into the vendor's cloud storage and copied customer records, the company "
        "said on Thursday in a statement to its customers and partners."
    )
    page = (
        "## Vendor breached\n\nA standfirst sentence that tells the reader what this long report is "
        "about and why it matters.\n\n[3 Comments](https://blog.example/post#comments)\n\n"
        + "\n\n".join(f"{paragraph} Update {n}: the review goes on." for n in range(6))
    )
    cleaned = clean_capture(page)
    assert cleaned.text.count("Attackers broke into") == 6


def test_prose_announcing_a_quotation_is_no_commenters_byline() -> None:
    # "…SU. Microsoft says:" closes a paragraph of the article that a quotation or a list follows;
    # the paragraphs after it are the article's (EN, FR).
    for says, after in (
        (
            "The update comes with a table of steps, in which version 1 is the first release. Zorblax says:",
            "The flaw fixed by the update, listed as CVE-2025-11111, needs a script to be run as well.",
        ),
        (
            "La mise à jour vient avec un tableau d'étapes, où la version 1 est la première. Zorblax a dit :",
            "La faille corrigée par la mise à jour, CVE-2025-11111, demande aussi de lancer un script.",
        ),
    ):
        page = (
            "## Zorblax re-releases its update\n\n"
            "Zorblax has re-released the August security updates for its mail server after a setup "
            "problem left services disabled on some systems.\n\n"
            "Users of its hosted mail service are already protected from the flaws fixed by these "
            "updates and need to take no action other than updating the servers they run themselves, "
            "the company said in a statement to its customers and partners on Friday morning.\n\n"
            f"{says}\n\n* Where the first release installed cleanly, nothing more needs to be done at all.\n\n"
            f"{after}\n\n"
        )
        assert "CVE-2025-11111" in clean_capture(page).text, says
    # a commenter's byline still opens the comments
    page = POST + "Reader One on March 3, 2026 at 7:18 am said:\n\n" + _discussion(3)
    assert clean_capture(page).text == ARTICLE


def test_a_comment_boxs_notice_is_not_the_article() -> None:
    # A blog post of code and short lines, then the comment box's notice: a sentence, but the
    # readers' discussion starts there, so it is never the text kept.
    page = (
        "# Reading order lines with a custom query\n\n"
        "First create the query in the workbench.\n\n"
        "Then select the fields you need.\n\n"
        "Write the loop that reads the order lines and adds up their amounts.\n\n"
        "Labels\n\nProduct Updates\n\n1 Comment\n\n"
        "You must be a registered user to add a comment. If you've already registered, sign in. "
        "Otherwise, register and sign in.\n\n"
    )
    cleaned = clean_capture(page)
    assert "registered user" not in cleaned.text
    assert "adds up their amounts" in cleaned.text


def test_a_step_asking_to_log_in_stays_in_the_article() -> None:
    # Not a comment box: the article tells its reader to log in to a service.
    step = (
        "You must log in to the partner portal once per session to see the service's entities and "
        "their fields.\n\n"
    )
    page = (
        "# Connecting the shop to the partner portal\n\n"
        "Open the settings page of the shop and choose the partner portal among the services that "
        "can be connected to it.\n\n" + step + "Select the service that you used as the source of your "
        "application and compare its list of entities with the one the portal shows.\n\n"
    )
    cleaned = clean_capture(page)
    assert "You must log in to the partner portal" in cleaned.text


def test_a_quotation_opener_without_a_date_is_the_article() -> None:
    # "…, the company said:" and "Zorblax said:" open a quotation of the article: no commenter's
    # byline carries no date of its comment (EN, FR, NL, DE).
    for opener in (
        "In a statement sent to its customers on Friday, the company said:",
        "Zorblax said:",
        "Dans un message envoyé à ses clients, la société a dit :",
        "De woordvoerder van Zorblax zegt:",
        "Ein Sprecher von Zorblax sagt:",
    ):
        page = (
            "## Zorblax confirms a breach\n\n"
            "Zorblax has confirmed that attackers copied the records of its customers from a cloud "
            "storage bucket that its support team had left open for weeks.\n\n"
            f"{opener}\n\n"
            "“We have closed the bucket and informed the regulator of Quentaria this week.”\n\n"
        )
        text = clean_capture(page).text
        assert "cloud storage bucket" in text and "Quentaria" in text, opener


def test_a_commenters_byline_has_its_date_or_is_a_handle() -> None:
    # Above or in the byline, the comment's date; or a handle quoting another comment.
    for byline in ("Reader One says:\n\nMarch 3, 2026 at 7:18 am", "Reader1 wrote:"):
        page = POST + byline + "\n\n" + _discussion(3)
        assert clean_capture(page).text == ARTICLE, byline
