"""A sharing widget's call closing an article or its author's bio ("Found this article interesting?
Follow us on …", "Follow him on …") is no paragraph of it, while a sentence of the article about
following advice stays (the texts are fictional)."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

MENU = "# The Ledger\n\n* [Security](/security)\n* [Software](/software)\n\n"
HEADLINE = "# Harbourline ferries hit by ransomware, bookings offline\n\n"
BODY = (
    "Harbourline, which runs ferries between the northern islands, said on Tuesday that a "
    "ransomware attack had taken its booking and check-in systems offline.\n\n"
    "Passengers were asked to bring printed tickets while staff returned to paper manifests, a "
    "spokesperson for the operator told reporters on the quay.\n\n"
)


def test_a_call_to_follow_the_outlet_closing_the_article_is_dropped() -> None:
    call = (
        "Found this story useful? Follow us on Chirper, Pictagram and Linkbook for more of our reporting.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + BODY + call)
    assert "Follow us" not in cleaned.text
    assert cleaned.text.endswith("on the quay.")


def test_a_call_to_follow_a_writer_is_dropped() -> None:
    call = "Follow Jane Quill on Chirper or Linkbook to read more of the exclusive content we post.\n\n"
    cleaned = clean_capture(MENU + HEADLINE + BODY + call)
    assert cleaned.text.endswith("on the quay.")


def test_a_call_between_the_article_and_its_closing_lines_is_dropped_alone() -> None:
    # The call sits between two of the page's paragraphs: it goes, the paragraph after it stays.
    call = "Follow us on Chirper, Pictagram and Linkbook for more of our reporting on the islands.\n\n"
    after = (
        "Harbourline said it would publish a timetable for the rest of the week once its booking "
        "platform had been restored and checked by the incident responders.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + BODY + call + after)
    assert "Follow us" not in cleaned.text
    assert "checked by the incident responders." in cleaned.text


def test_a_bios_call_to_follow_its_author_is_dropped() -> None:
    bio = "Follow him on Chirper and Linkbook, or send him an email with your tips.\n\n"
    cleaned = clean_capture(MENU + HEADLINE + BODY + bio)
    assert "Follow him" not in cleaned.text


def test_a_sentence_about_following_advice_stays_in_the_article() -> None:
    advice = (
        "Follow-on phishing is likely, the operator warned: passengers should follow the advice on "
        "its website and ignore any message asking them to pay again for a ticket they hold.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + BODY + advice)
    assert cleaned.text.endswith("a ticket they hold.")


def test_a_call_with_a_partners_note_between_question_and_call_is_dropped() -> None:
    # Under a partner's article the outlet's note sits between the question and the call.
    call = (
        "Found this article interesting? This article is a contributed piece from one of our "
        "valued partners. Follow us on Chirper, Pictagram and Linkbook to read more of the exclusive "
        "content we post.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + BODY + call)
    assert "contributed piece" not in cleaned.text
    assert cleaned.text.endswith("on the quay.")
