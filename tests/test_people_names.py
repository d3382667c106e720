"""The names of people charged (enrich/people.py) are names: never a Title Case headline's words the
recogniser took for a person, nor the Markdown around a name."""

from __future__ import annotations

import pytest

from veilleur.enrich.people import people_charged


def _people(title: str, text: str) -> list[str]:
    return [p.name for p in people_charged(title, text, "en", set())]


def test_a_headline_s_words_are_no_person() -> None:
    # Title Case headings with a justice word or a possessive inside what the recogniser calls a name
    text = (
        "## Streit Sentenced to Three Years in Prison\n\n"
        "Joshua Streit, the former operator of the service, has been sentenced to three years in prison.\n\n"
        "## Kim Dotcom’s Extradition Given Green Light\n\nThe court ruled on Tuesday."
    )
    people = _people("HeheStreams IPTV Admin Sentenced to Three Years in Prison", text)
    assert "Joshua Streit" in people
    assert not [p for p in people if "Sentenced" in p or "’s " in p or "'s " in p], people


def test_markdown_around_a_name_is_not_part_of_it() -> None:
    text = (
        "The authorities identified Russian nationals [Anton Napolsky and Valeriia Ermakova]"
        "(https://news.example/u-s-indicts-two-russians) as prime suspects, and the pair were arrested "
        "in Argentina. As reported, Arion Kurtaj - now 18 years old - is accused of hacking the firm."
    )
    people = _people("Two Russians arrested", text)
    assert "Anton Napolsky" in people and "Arion Kurtaj" in people
    assert not [p for p in people if "](" in p or "http" in p or " - " in p], people


def test_a_name_only_a_title_case_headline_gives_is_no_person() -> None:
    # The recogniser reads headlines' capitalised words as people ("Feds Shut Down"); a person
    # charged is named again in the article's sentences, and then found there.
    text = (
        "## Feds Shut Down Pirate Streaming Service, Indict Operators\n\n"
        "Federal prosecutors said the operators were charged on Tuesday. Meanwhile, Frenchman Max "
        "Louarn was detained in Tanzania."
    )
    people = _people("Wanted Russian Hacker Linked to Hive and LockBit Ransomware Arrested", text)
    assert not [p for p in people if p.startswith(("Feds", "Wanted"))], people


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sam Altman was not charged with anything.", "en"),
        ("Jane Roe has never been arrested, her lawyer said.", "en"),
        ("Mark Poe wasn't arrested.", "en"),
        ("Jean Dupont n'a pas été arrêté.", "fr"),
    ],
)
def test_a_person_the_text_says_was_not_charged_is_not(text: str, lang: str) -> None:
    assert people_charged("Court news", text, lang, set()) == []
    assert [p.name for p in people_charged("Court news", "John Smith, 36, was charged.", lang, set())]
