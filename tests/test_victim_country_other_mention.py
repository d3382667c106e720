"""A victim's country from the words right before another of its mentions ("the U.S. Treasury
Department" of a page whose first mention is bare), never from the attackers' place written there
(fictional text)."""

from __future__ import annotations

from veilleur.enrich.victim_country import victim_countries

SENTENCE = "Officials said the Harbour Records Office restored its systems on Tuesday."


def test_a_place_before_a_later_mention_is_the_victims_country() -> None:
    text = (
        f"{SENTENCE} The breach of the Canadian Harbour Records Office exposed shipping manifests, "
        "according to a statement."
    )
    assert victim_countries("Harbour Records Office", "", SENTENCE, text) == ["CA"]


def test_a_place_and_a_few_words_of_description_before_a_later_mention() -> None:
    text = f"{SENTENCE} Danish logistics operator Harbour Records Office confirmed the incident."
    assert victim_countries("Harbour Records Office", "", SENTENCE, text) == ["DK"]


def test_the_attackers_place_before_a_later_mention_is_not_the_victims() -> None:
    text = f"{SENTENCE} Investigators say Iranian hackers attacked Harbour Records Office in March."
    assert victim_countries("Harbour Records Office", "", SENTENCE, text) == []


def test_a_place_joined_by_a_preposition_describes_nothing() -> None:
    text = f"{SENTENCE} Staff in Chile and Harbour Records Office employees were told to wait."
    assert victim_countries("Harbour Records Office", "", SENTENCE, text) == []


def test_where_a_firms_people_are_is_not_its_country() -> None:
    sentence = (
        "Harbour Records Office said the leak did not touch other clients, but infections of its "
        "employees in Portugal tell another story."
    )
    assert victim_countries("Harbour Records Office", "", sentence, sentence) == []


def test_the_page_country_is_not_where_a_firms_staff_are() -> None:
    from veilleur.enrich import _page_country
    from veilleur.enrich.victim_country import people_place

    text = (
        "Zentrova said the leak was isolated, but breaches of its employees in Portugal say otherwise. "
        "A Zentrova developer based in Portugal had his passwords stolen by an infostealer."
    )
    assert people_place(text, text.index("Portugal"))
    assert _page_country(["PT"], text) == []
    assert _page_country(["PT"], "Zentrova, a firm in Portugal, was breached. It said so.") == ["PT"]
