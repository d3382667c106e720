"""A blog engine's signature under a short post ("Posted by" alone on its line, the author's name,
"at" and the post's time) closes the post: the blog's sidebar below it (newsletter, licence and
cookie notices, each a sentence) is never kept as the text of a post of one or two sentences.
The page is fictional, in the shape of a Blogger capture of news-dev."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

SIDEBAR = (
    "* [Home](https://notes.example/)\n* [Archive](https://notes.example/archive)\n\n"
    "Quillvault Notes by [Mara Tessel](https://notes.example/about) is licensed under a free licence.\n\n"
    "News, articles and other notes of the author are collected on the main site of the blog.\n\n"
    "You may subscribe to the newsletter by following the instructions on its own page of the site.\n\n"
    "Cookies: this blog is run on a hosted platform and this is its own notice about the cookies.\n"
)


def page(label: str) -> str:
    return (
        "# Quillvault Notes\n\n## Tuesday 3 March 2026\n\n"
        "### A guide to securing clinic networks\n\n"
        "The regional health authority has published a guide for clinics that want to secure their networks:\n\n"
        "- <https://health.example/guide>.\n\n"
        f"{label}\n\n[Mara Tessel](https://notes.example/profile)\n\nat\n"
        "[10:59:00](https://notes.example/2026/03/guide.html)\n\n"
        "Labels:\n[Health](https://notes.example/label/health)\n\n"
        "#### No comments:\n\n" + SIDEBAR
    )


def test_the_signature_closes_a_one_sentence_post() -> None:
    text = clean_capture(page("Posted by")).text
    assert text.startswith("The regional health authority has published a guide")
    assert "newsletter" not in text and "Cookies" not in text


def test_the_signature_in_italian() -> None:
    assert "newsletter" not in clean_capture(page("Pubblicato da")).text


def test_a_label_without_the_posts_time_is_no_signature() -> None:
    # "Posted by" with no time below it is no engine's signature: the lines are weighed as before.
    text = clean_capture(page("Posted by").replace("[10:59:00]", "[permalink]")).text
    assert "newsletter" in text
