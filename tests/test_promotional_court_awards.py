"""An award in the address is a prize only when it is one (GUIDE.md §2: awards promote): a court's or
an arbitrator's award of money is a judgment, and "awards" before a sum is the verb (a bug bounty
paid); a vendor's prize stays promotional by its address. Texts are fictional."""

from __future__ import annotations

from veilleur.enrich.promotional import promotional_reason

JUDGMENT = (
    "A game maker won its arbitration case against a seller of cheat software. The arbitrator ordered "
    "the seller to pay damages for copyright infringement and breach of the game's terms. "
) * 4


def test_an_arbitrators_money_award_is_no_prize() -> None:
    url = "https://news.example/examplegames-wins-4-3-million-award-against-cheat-seller-230220/"
    assert (
        promotional_reason("Examplegames wins $4.3 million award against cheat seller", JUDGMENT, url) == ""
    )


def test_a_courts_damages_award_is_no_prize() -> None:
    url = "https://news.example/appeal-court-vacates-47m-damages-award-241010/"
    assert promotional_reason("Appeal court upholds verdict, vacates damages", JUDGMENT, url) == ""


def test_a_bug_bounty_paid_is_no_prize() -> None:
    text = "Examplecorp paid a researcher for a sandbox escape flaw in its browser, it said on Tuesday. " * 4
    url = "https://news.example/examplecorp-awards-250000-for-browser-sandbox-escape/"
    assert promotional_reason("Examplecorp pays researcher for browser sandbox escape", text, url) == ""


def test_a_vendors_prize_in_the_address_stays_promotional() -> None:
    text = "Examplesec is proud to share the news with its customers and partners this week. " * 4
    url = "https://vendor.example/blog/examplesec-security-excellence-awards-2024"
    assert promotional_reason("A big week for the Examplesec team", text, url).startswith(
        "promotional address"
    )
