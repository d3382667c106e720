"""A capture's article opening on a sentence shorter than a paragraph's worth of words (a blog's
"Don't miss our webinar!", a short post's "I think I'm done."): the sentence is the article's, kept
with it; menus, dates, labels and credits above it stay out, and the article's end is left as the
run of lines ends it. The texts here are fictional."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

MENU = "# Northwind Ledger\n\n* [Home](/)\n* [Security](/security)\n* [Events](/events)\n\n"
HEADLINE = "## Quillvault clinics hit by ransomware\n\n"
BODY = (
    "The Quillvault Health network said on Monday that a ransomware attack had shut down its "
    "systems in three clinics across the northern province.\n\n"
    "Ambulances were diverted to nearby towns while staff returned to paper records, a "
    "spokesperson for the regional authority told reporters on Tuesday.\n\n"
)
FOOTER = "Tags: [health](/tag/health)\n\n* [About](/about)\n* [Contact](/contact)\n"


def test_a_short_opening_sentence_is_the_articles() -> None:
    for opening in (
        "Quillvault Health was hacked.",
        "Orvane strikes again!",
        "Who pays for a stolen clinic?",
    ):
        text = clean_capture(MENU + HEADLINE + opening + "\n\n" + BODY + FOOTER).text
        assert text.startswith(opening), opening


def test_short_lines_below_the_article_are_left_out() -> None:
    # Below the article, lines of a sentence's shape are labels and sign-offs as often as its own.
    closing = "Further reading: Orvane ransomware report (PDF).\n\nI will keep you posted.\n\n"
    text = clean_capture(MENU + HEADLINE + BODY + closing + FOOTER).text
    assert text.endswith("told reporters on Tuesday.")


def test_an_italian_short_post_keeps_its_first_line() -> None:
    post = (
        "Sappiamo che il fenomeno è ormai noto a tutti.\n\n"
        "Raccomando la lettura dell'analisi pubblicata dalla rivista, visto che è difficile fare di "
        "meglio: <https://rivista.example/analisi>.\n\n"
        "Con un collega abbiamo scritto un articolo per riflettere sulle misure di sicurezza da "
        "adottare: <https://altra.example/articolo>.\n\n"
        "Se qualcuno ha idee diverse, mi piacerebbe discuterne.\n\n"
        "Pubblicato da\n\n[Autore](/profile)\n\n"
    )
    text = clean_capture(MENU + "### Dossier\n\n" + post + FOOTER).text
    assert text.startswith("Sappiamo che il fenomeno")


def test_menus_dates_labels_and_credits_stay_out() -> None:
    for above in (
        "Posted on March 3, 2026 at 7:09 AM.\n\nBy Mara Tessel.\n\n",
        "Sponsored by Zorblax Security.\n\n",
        "Update: the clinics reopened.\n\n",
        "Stay safe!\n\n",
    ):
        text = clean_capture(MENU + HEADLINE + above + BODY + FOOTER).text
        assert text.startswith("The Quillvault Health network"), above


def test_a_block_of_short_lines_is_not_taken_back_whole() -> None:
    # At most two short sentences at an edge: a third one above them is not the article's lead.
    above = "One short line here.\n\nAnother short line here.\n\nA third short line here.\n\n"
    text = clean_capture(MENU + HEADLINE + above + BODY + FOOTER).text
    assert text.startswith("Another short line here.")
