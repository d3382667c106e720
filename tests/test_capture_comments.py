"""A Markdown capture of a blog's one-sentence post followed by a long readers' discussion (a
Schneier on Security page of news-dev): the "Comments" heading or the comments' own permalinks
end the article however short it is, so no reader's comment is taken for the article."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

COMMENT = (
    "{name} •\n[December 2, 2022 7:{minute:02d} AM](https://blog.example/2022/12/breach.html/"
    "#comment-4132{minute:02d})\n\nSome stuff belongs in your possession, no matter how many "
    "apparent benefits you get from putting it in the cloud, and a local password manager with "
    "good encryption is what I would recommend to anyone who asks me about it.\n\n"
)
POST = (
    "* [Blog](https://blog.example)\n* [Essays](https://blog.example/essays/)\n\n"
    "## Password Vault Maker Breached\n\n"
    "The company [was](https://news.example/a) [hacked](https://news.example/b), and customer "
    "information accessed. No passwords were compromised.\n\n"
    "Tags: [breaches](https://blog.example/tag/breaches/)\n\n"
    "[Posted on December 2, 2022 at 7:09 AM](https://blog.example/2022/12/breach.html) •\n"
    "[16 Comments](https://blog.example/2022/12/breach.html#comments)\n\n"
)
ARTICLE = "The company was hacked, and customer information accessed. No passwords were compromised."


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
