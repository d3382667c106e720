"""The word "threat" in its everyday sense — a law's "credible threat" to a facility, a bill that is "a threat
to journalists" — is not a security subject: a digital-rights brief on drone law whose only security
word above the weak ones is that "threat", under a headline that says no more than "Surveillance", is
a page of that other subject (GUIDE.md §3). A security compound ("threat actor") or a security word
of its own keeps the page to the lexicon. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

URL = "https://rights.example/deeplinks/2031/05/drone-rules"
TITLE = "Drone Rules Should Protect Hobbyists and Reporters, Not Expand Surveillance"
TEXT = (
    "Lawmakers in the state capital are debating a bill that would let the transport agency seize or "
    "destroy any drone it considers a credible threat to a public building, a stadium or a parade. The "
    "bill never says what a credible threat is, and it covers so many places that a hobbyist flying "
    "over a park near the courthouse could lose an aircraft without a hearing. Our coalition of press "
    "groups, pilots and civil liberties organisations sent a letter to the committee on Monday. Local "
    "reporters rely on small aircraft to film floods, wildfires and protests, and the bill is a threat "
    "to that work: it would let officials take the footage as well as the aircraft. We asked the "
    "committee to narrow the list of places, to require a warrant before footage is kept, and to give "
    "owners a way to get their aircraft back. The hearing continues next month, and members of the "
    "public can testify in person or send written comments to the committee clerk before the vote."
)


def test_an_everyday_threat_in_a_drone_law_brief_is_no_security_news() -> None:
    assert relevance_score(TITLE, TEXT, URL, "en") < DEFAULT_MIN_RELEVANCE


def test_a_security_compound_keeps_the_page_to_the_lexicon() -> None:
    text = TEXT.replace(
        "The hearing continues",
        "A threat actor hijacked the agency's drone fleet last year with a stolen password and a botnet. "
        "The hearing continues",
    )
    assert relevance_score(TITLE, text, URL, "en") >= DEFAULT_MIN_RELEVANCE
