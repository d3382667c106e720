"""The address's slug stands in for a headline only when the capture's text names no kind of event
(a menus-only capture, a cookie notice), whatever its length: a sentence more or less that says
nothing of the event must not change the kind, and a text that names one is read, not the slug."""

from __future__ import annotations

from veilleur.enrich.category import categorise

URL = "https://news.example.org/2031/04/{slug}/"
# Menus and a cookie notice, long enough to pass for an article by its words alone.
NOTICE = " ".join(
    [
        "Home About Contact Archive Subscribe to our letters and follow us on the usual networks.",
        "This site uses cookies to remember your settings and to count visits to each page.",
        "You can change your choices at any time from the link at the bottom of every page.",
        "Our editors publish new pieces on weekdays and a longer read on Sunday mornings.",
        "Previous entries are grouped by month in the archive and by author on their pages.",
        "Comments are open for two weeks after publication and are read before they appear.",
    ]
)


def test_a_long_capture_that_names_no_kind_reads_the_slug() -> None:
    assert len(NOTICE.split()) >= 80
    url = URL.format(slug="quarrelsome-otter-ransomware-hits-fictional-dairy-cooperative")
    assert categorise("The Monday after", NOTICE, url) == "ransomware"


def test_a_short_text_that_names_its_kind_is_read_rather_than_the_slug() -> None:
    text = "Customers of the Fictional Dairy Cooperative received phishing emails asking for their passwords."
    assert len(text.split()) < 80
    url = URL.format(slug="fictional-dairy-cooperative-ransomware-update")
    assert categorise("What customers should know", text, url) == "phishing"


def test_an_empty_capture_still_reads_the_slug() -> None:
    url = URL.format(slug="quarrelsome-otter-ransomware-hits-fictional-dairy-cooperative")
    assert categorise("The Monday after", "", url) == "ransomware"
