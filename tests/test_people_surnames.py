"""People charged named by their surname, in a civil suit, with a nickname or a handle (enrich/people.py):
a given name or surname that is also an English word ("Roman", "Carter") still makes a person's name;
the defendant of a suit is an actor, its plaintiff is not; a handle in quotes is the person's other
name, no one else; a lawyer the court sanctions is no criminal; one entry per person. Sentences are
made up for these tests."""

from __future__ import annotations

from veilleur.enrich.people import people_charged


def _people(title: str, text: str, lang: str = "en") -> list[str]:
    return [p.name for p in people_charged(title, text, lang, set())]


def test_a_given_name_or_surname_that_is_a_word_is_still_a_persons() -> None:
    text = (
        "Roman Kestrov and Egor Vilnatsky are alleged to have extorted millions from hospitals. "
        "Kestrov and Vilnatsky were arrested on Monday in a coordinated operation.\n\n"
        "Mark Carter was a retired officer who took a civilian job at the base. "
        "On Friday, Carter pleaded guilty to conspiracy."
    )
    people = _people("Two men charged over ransomware operation", text)
    assert {"Roman Kestrov", "Egor Vilnatsky", "Mark Carter"} <= set(people), people


def test_a_foreign_name_the_recogniser_calls_a_firm_is_a_person() -> None:
    text = (
        "Another national, Arkadii Vestrinov, was recently extradited to the United States from Norway "
        "to face charges that he ran the scheme."
    )
    assert "Arkadii Vestrinov" in _people("Ransomware administrator extradited", text)


def test_a_handle_in_quotes_is_no_other_person_and_a_place_no_part_of_the_name() -> None:
    text = (
        "Milo Tarant of Miami and Jo Verdal, 21, of Tampa, are charged with stealing 3,000 bitcoin. "
        'Tarant, who uses the online handles "Grace Kelly" and "$$$," and Verdal were arrested last week.'
    )
    people = _people("Two men arrested after crypto theft", text)
    assert "Milo Tarant" in people
    assert "Grace Kelly" not in people and not [p for p in people if " of " in p], people


def test_a_handle_in_french_quotes_is_no_other_person() -> None:
    text = "Marc Delorme, qui utilise le pseudo « Paul Verlaine », a été interpellé mardi à Lyon."
    people = _people("Un pirate interpellé", text, "fr")
    assert "Paul Verlaine" not in people


def test_a_suits_defendant_is_an_actor_its_plaintiff_and_a_placeholder_are_not() -> None:
    text = (
        "The firm sued Dmitri Ozalov and 15 other John Doe defendants over the botnet. "
        "Separately, Jane Miller sued her bank over the fraud probe."
    )
    people = _people("Judge rules in botnet case", text)
    assert "Dmitri Ozalov" in people
    assert "John Doe" not in people and "Jane Miller" not in people, people


def test_a_french_complaint_names_its_defendant() -> None:
    text = (
        "Le parquet a déposé une plainte contre Luc Verhaegen pour l'intrusion dans le réseau de la mairie."
    )
    assert "Luc Verhaegen" in _people("Plainte après le piratage de la mairie", text, "fr")


def test_a_lawyer_the_court_sanctions_is_no_criminal() -> None:
    text = (
        "The lawyer for the defendants, defense attorney Oleg Varnik, told the court his clients had "
        "been fired. The judge ordered sanctions against Varnik for misleading the court."
    )
    assert "Oleg Varnik" not in _people("Judge orders lawyer to pay", text)


def test_a_nickname_between_given_name_and_surname_and_one_entry_per_person() -> None:
    text = (
        "Prosecutors allege Malo “Grevy” Lanz, 20, of Miami, conspired to steal $230 million.\n\n"
        "Authorities say 43-year-old Denis Kolvak ran the card-checking service for years. Prosecutors "
        "unsealed an indictment naming Denis Gennadievich Kolvak of Samara as its proprietor."
    )
    people = _people("Heist suspects charged", text)
    assert "Malo Lanz" in people
    assert [p for p in people if p.endswith("Kolvak")] == ["Denis Kolvak"], people


def test_a_plaintiff_of_a_lawsuit_against_a_bank_is_no_actor() -> None:
    text = "On June 26, Carl Webber filed a lawsuit against Norbank. Webber filed a lawsuit against the bank again."
    assert "Carl Webber" not in _people("Rapper sues bank over fraud probe", text)


def test_the_person_a_known_threat_is_unmasked_as_is_its_other_name() -> None:
    text = (
        "Court documents name DataMonger as 25-year-old British national Kyle Westbrook. "
        "An indictment charges West with four counts."
    )
    people = [p.name for p in people_charged("FBI unmasks DataMonger", text, "en", {"datamonger"})]
    assert "Kyle Westbrook" not in people
    text_fr = "Les enquêteurs ont identifié DataMonger comme étant Lucien Varaine, inculpé mardi."
    people = [p.name for p in people_charged("DataMonger démasqué", text_fr, "fr", {"datamonger"})]
    assert "Lucien Varaine" not in people


def test_the_place_a_person_is_from_is_no_person() -> None:
    text = (
        "A jury handed down a guilty verdict against Matteo Garell, a then 32-year-old Fairview Heights, "
        "Ill. man charged in the first booter case."
    )
    assert _people("Booter admin convicted", text) == ["Matteo Garell"]
    text_fr = "Le tribunal a condamné Lucas Verdier, un habitant de Saint-Étienne âgé de 32 ans."
    assert _people("Un pirate condamné", text_fr, "fr") == ["Lucas Verdier"]
