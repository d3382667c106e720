"""A headline giving a former official's view ("Ex-agency cyber-boss: …") is an interview or an
opinion (the guide: `other`), whatever flaws or policy its view or lead speaks of; police action,
ransomware and a product's flaw named in the headline still decide."""

from __future__ import annotations

from veilleur.enrich.category import categorise

LEAD = (
    "Comment Dana Whitlock advised two Fictonian prime ministers on cyber matters and now worries "
    "about the vendor's security record. In the last few weeks alone, the vendor disclosed two major "
    "security vulnerabilities in its mail server, she told us, and neither surprised her. "
    "We spoke about the market, about boards, and about what she would change if she were back in office."
)


def test_a_former_officials_view_is_an_opinion() -> None:
    title = "Ex-cabinet cyber guru: Fictosoft treats security as a chore, not a duty"
    assert categorise(title, LEAD) == "other"


def test_a_former_officials_view_of_flaws_to_come_is_an_opinion() -> None:
    title = "Former agency cyber-boss: machine learning will soon write the best exploits"
    assert categorise(title, LEAD) == "other"


def test_the_headlines_own_event_still_decides() -> None:
    assert categorise("Former hospital IT chief: ransomware attack cost us a week", LEAD) == "ransomware"
    assert categorise("Ex-bank director charged with selling customer data", LEAD) == "law-enforcement"
