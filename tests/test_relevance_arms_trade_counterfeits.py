"""Weapons platforms, the trade war and counterfeit goods as a headline's subject are no security news,
however much the text reads like a security outlet's (states, armies, "China", "the Pentagon"), while
an attack on an arms maker or a spy's theft of its secrets stays in (GUIDE.md §3: the main subject
decides). Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

DEFENCE_TEXT = (
    "The Ministry of Defence confirmed on Tuesday that the order covers twelve aircraft, to be delivered "
    "from 2028. The jets will fly from an air base in the east of the country, officials said, and will "
    "carry the alliance's weapons. A parliamentary committee had warned that the aircraft cannot be "
    "refuelled by the air force's current tankers, which use another system. The Pentagon and Beijing "
    "were both briefed, the minister told reporters, and the contract value was not disclosed."
)
TRADE_TEXT = (
    "The Commerce Department said on Friday that twenty companies, most of them in China, were added "
    "for supplying parts to the military. American firms now need a licence to sell them chips and "
    "software. Officials in Beijing called the move an abuse of state power, and said they would "
    "protect the rights of Chinese firms. Three companies from Russia were also named."
)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Air force to buy twelve nuclear-capable fighter jets", DEFENCE_TEXT),
        ("Army grounds its tiltrotor fleet after a landing accident", DEFENCE_TEXT),
        ("Twenty more firms join the US entity list", TRADE_TEXT),
        ("Washington widens chip export controls", TRADE_TEXT),
    ],
)
def test_arms_and_trade_headlines_are_out(title: str, text: str) -> None:
    assert relevance_score(title, text, "", "en") < DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Hackers breach fighter jet maker, steal design files",
        "Engineer charged with stealing missile defense secrets for a foreign spy service",
    ],
)
def test_an_attack_on_an_arms_maker_stays_in(title: str) -> None:
    text = (
        "Prosecutors say the files were taken from the company's network over several months and sent to "
        "servers abroad. The company said it found the intrusion in March, reported it to the authorities "
        "and has since reset the credentials of every engineer on the programme."
    )
    assert relevance_score(title, text, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_counterfeit_goods_are_intellectual_property_crime_not_security() -> None:
    text = (
        "With the holidays near, Europol warns online shoppers about fake goods sold through websites and "
        "social media ads at a fraction of the price. Criminals behind them also commit fraud and money "
        "laundering, the agency's report says, and some use the stores to scam buyers out of their card "
        "details. Customs seized millions of items last year and arrested dozens of sellers. Check the "
        "seller, the price and the reviews, and report suspicious stores: the fraudsters count on a bargain."
    )
    title = "Europol warns shoppers about counterfeit goods and the criminals behind them"
    assert relevance_score(title, text, "", "en") < DEFAULT_MIN_RELEVANCE


def test_the_law_s_backdoor_searches_are_surveillance_law_not_malware() -> None:
    text = (
        "A federal judge ruled on Tuesday that agents need a warrant before they query a database of "
        "intercepted communications for the messages of Americans. Rights groups have argued for a "
        "decade that such queries let agencies read what the law never allowed them to collect. The "
        "government may appeal, and Congress debates the programme's renewal next spring."
    )
    title = "Court rules backdoor searches of intercepted messages need a warrant"
    assert relevance_score(title, text, "", "en") < DEFAULT_MIN_RELEVANCE


def test_a_backdoor_in_software_is_still_malware() -> None:
    text = (
        "Researchers found that an update of the utility installed a second program that opens a port "
        "and waits for commands from a server abroad. The vendor says its build server was compromised "
        "and has published a clean version."
    )
    title = "Backdoor found in a popular file utility's update"
    assert relevance_score(title, text, "", "en") >= DEFAULT_MIN_RELEVANCE
