"""People named as criminals (guide §6, §13) are threat actors: the subject or the object of the
sentence's justice verb, never the judge or anyone quoted; one entry for a person and their handle."""

from __future__ import annotations

from veilleur.enrich.people import people_charged


def _people(title: str, text: str, known: set[str] | None = None) -> list[str]:
    return [p.name for p in people_charged(title, text, "en", known or set())]


def test_the_person_charged_is_the_subject_of_the_justice_verb() -> None:
    text = (
        "Prosecutors said the scheme ran for two years. Erasmus and his co-accused, 43-year-old "
        "Felix Unathi Pupu, were arrested on 14 December 2023. Judge Mary Hollis sentenced them in May."
    )
    people = _people("Two men jailed over extortion of their employer", text)
    assert "Felix Unathi Pupu" in people
    assert "Mary Hollis" not in people


def test_the_person_a_verb_acts_on_is_charged_too() -> None:
    text = (
        "A year later, the U.S. Department of Justice indicted two of its other founders, Roman Semenov "
        "and Alexey Storck, charging them with conspiracy to commit money laundering."
    )
    people = _people("Court sentences crypto mixer co-founder", text)
    assert {"Roman Semenov", "Alexey Storck"} <= set(people)


def test_people_quoted_or_acting_for_the_law_are_not_charged() -> None:
    text = (
        '"This arrest shows our resolve," said Sarah Whitfield of the National Crime Agency. '
        "Detective Paul Granger arrested the suspect at his home."
    )
    assert _people("Police arrest ransomware suspect", text) == []


def test_a_person_given_with_a_known_threats_handle_is_one_actor() -> None:
    text = "British national Kai Westbrook, aka IntelBroker, was charged with four counts of hacking."
    assert _people("IntelBroker unmasked", text, {"intelbroker"}) == []
    assert _people("IntelBroker unmasked", text) == ["Kai Westbrook"]


def test_a_name_holding_a_justice_word_is_a_headlines_words() -> None:
    """The filter is built from the justice words' own pattern text: made from the screened
    object, it read "re.compile('arrest…')" and let "Admin Sentenced" through as a name."""
    from veilleur.enrich.people import _HEADLINE_WORDS

    for words in ("Seedbox Seller Sentenced", "Pleaded Guilty", "Operator Arrested", "Telegram’s Response"):
        assert _HEADLINE_WORDS.search(words), words
    assert not _HEADLINE_WORDS.search("Nora Valdi")
