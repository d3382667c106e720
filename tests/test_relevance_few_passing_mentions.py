"""An English page that the topic model is surer still is another subject, whose headline says no
security word and whose text borrows a handful of security words in passing (a rights group's year
in review with its "cybersecurity clinics" and a "hacker of old radios") is that subject's page; the
same page stays in when its text names a security event (ransomware) or a security subject of policy
(a national security risk), and in another language, where the model is too thin to be that sure.
Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

TITLE = "Our alliance organized, taught and won locally: the year in review"
REVIEW = (
    "This year our members and volunteers showed up for digital rights in every corner of the country. "
    "Local groups of the alliance hosted workshops on free expression, the right to repair and library "
    "privacy, and our lawyers filed briefs defending the First Amendment rights of students and "
    "journalists. Community organizers in three states persuaded city councils to hold public hearings "
    "before buying new police technology, and a coalition of tenants' unions won rules that keep landlords "
    "from demanding social media passwords from applicants. Our grassroots partners also ran cybersecurity "
    "clinics for seniors at public libraries, where a retired engineer who calls himself a hacker of old "
    "radios taught people how to choose a strong password. We thank every member who made this work "
    "possible, and we look forward to another year of organizing, advocacy and community education for "
    "civil liberties online, from city halls to state legislatures and the courts."
)


def test_a_rights_groups_year_in_review_with_a_few_security_words_is_out() -> None:
    assert relevance_score(TITLE, REVIEW, "", "en") < DEFAULT_MIN_RELEVANCE


def test_the_same_review_naming_a_security_event_stays_in() -> None:
    text = REVIEW.replace(
        "who calls himself a hacker of old radios", "whose clinic once lost its files to ransomware"
    )
    assert relevance_score(TITLE, text, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_the_same_review_stating_a_national_security_risk_stays_in() -> None:
    text = REVIEW.replace(
        "before buying new police technology",
        "before buying cameras that federal officials call a national security risk",
    ).replace("ran cybersecurity clinics", "ran computer clinics")
    assert relevance_score(TITLE, text, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_another_language_is_left_to_the_lexicon() -> None:
    assert relevance_score(TITLE, REVIEW, "", "fr") >= DEFAULT_MIN_RELEVANCE
