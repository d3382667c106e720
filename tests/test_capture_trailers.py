"""The trailer an outlet prints under its articles after a thematic break — a product pitch, an
author's bio, an editor's note — is no part of the article, while a break between two of the
article's own sections keeps what follows it (the texts are fictional)."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

MENU = "# The Lantern\n\n* [News](/news)\n* [Guides](/guides)\n\n"
HEADLINE = "# Fake parcel texts push a banking trojan onto phones\n\n"
BODY = (
    "A wave of text messages claiming a parcel is waiting at the depot leads readers to a page "
    "that asks them to install a tracking app, which is in fact a banking trojan.\n\n"
    "Once installed, the app asks for the accessibility permission and then reads the codes the "
    "victim's bank sends by text message, researchers at a mobile security firm said.\n\n"
)


def test_a_product_pitch_after_the_break_is_dropped() -> None:
    pitch = (
        "---\n\n## We report on threats and we stop them\n\n"
        "Risks online should stay in the headlines. Keep threats off your phone by downloading "
        "Lanternguard today.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + BODY + pitch)
    assert "Lanternguard" not in cleaned.text
    assert cleaned.text.endswith("researchers at a mobile security firm said.")


def test_a_product_offered_to_the_readers_devices_or_accounts_is_a_pitch() -> None:
    for offer in (
        "Protect your social media accounts by using Lanternguard Identity Protection.",
        "Clean up your data using Lanternguard Data Remover (US only).",
        "Keep threats off your phone by downloading Lanternguard for iOS and Lanternguard for Android today.",
    ):
        pitch = f"---\n\nWe don't just report on threats\n\nRisks online should stay in the headlines. {offer}\n\n"
        cleaned = clean_capture(MENU + HEADLINE + BODY + pitch)
        assert "Lanternguard" not in cleaned.text, offer


def test_two_boxes_after_two_breaks_are_both_dropped() -> None:
    # A roundup's own pitch for business products, then the outlet's pitch for its consumer app,
    # each after its own break.
    boxes = (
        "Stay safe!\n\n---\n\nWe don't just report on threats\n\nRisks online should stay in the "
        "headlines. Keep threats off your phone by downloading Lanternguard today.\n\n---\n\n"
        "Our business tools remove every trace of the trojan and keep it from coming back. Want to "
        "learn more about how we can help protect your business? Get a free trial below.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + BODY + boxes)
    assert "Lanternguard" not in cleaned.text and "free trial" not in cleaned.text


def test_an_authors_bio_after_the_break_is_dropped() -> None:
    bio = (
        "---\n\n[#banking trojan](/tag/trojan)\n\n[Jane Quill](/author/jq)\n\n"
        "Jane Quill is an award-winning reporter who has written about fraud, hackers and online "
        "privacy for twenty years, and hosts a weekly podcast about security news.\n\n"
        "Follow her on Chirper and Linkbook, or drop her an email.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + BODY + bio)
    assert "award-winning" not in cleaned.text
    assert cleaned.text.endswith("researchers at a mobile security firm said.")


def test_a_break_between_the_articles_sections_keeps_what_follows() -> None:
    section = (
        "---\n\n## How to stay safe\n\n"
        "Only install apps from the official store, and never grant the accessibility permission to "
        "an app that has no reason to ask for it. The researchers add that a free trial of a security "
        "app installed after the fact will not help much if the trojan already holds the permission, "
        "and that the safest course is to reset the phone.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + BODY + section)
    # Its paragraph names a free trial, but it is the article's own advice, not a pitch.
    assert cleaned.text.endswith("the safest course is to reset the phone.")


def test_a_vendors_card_after_the_editors_note_is_dropped() -> None:
    card = (
        "---\n\nEditor's Note: The opinions expressed in this guest author article are solely those "
        "of the contributor.\n\nMeet Lanternworks™ Your Security Partner™\n\n"
        "Lanternworks is building a calmer future for security teams with a family of connected "
        "tools. Learn more about how Lanternworks' family of tools can benefit your business.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + BODY + card)
    assert "Lanternworks" not in cleaned.text
    assert cleaned.text.endswith("researchers at a mobile security firm said.")
