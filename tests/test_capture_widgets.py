"""What a page's widgets and an outlet's credits print around an article is no part of it: a
podcast's credits ("Show notes and credits:"), an outlet's sponsor slot, a media
player's fallback text, a search box's help; and a podcast's page with nothing but its player is
recorded as a podcast without show notes, not as an empty page (the texts are fictional)."""

from __future__ import annotations

from veilleur.batch import batch_document
from veilleur.extract import extract_article
from veilleur.extract.text import clean_capture

MENU = "# The Dispatch\n\n* [News](/news)\n* [Podcast](/podcast)\n\n"
HEADLINE = "# Ferry Talk #88: the parcel trojan and a city's frozen parking meters\n\n"
NOTES = (
    "A fake parcel text pushes a banking trojan onto phones, and a city's parking meters stop "
    "taking cards after a ransomware attack on their supplier.\n\n"
    "All this and more is discussed in the latest edition of the podcast by two security "
    "reporters, joined this week by an incident responder from the northern islands.\n\n"
)
LINKS = (
    "Episode links:\n\n"
    "Parcel texts lead to a banking trojan – The Lantern.\n\n"
    "Parking meters frozen after an attack on their supplier – Harbour Times.\n\n"
)


def test_a_podcasts_credits_are_dropped_with_what_follows_them() -> None:
    credits = (
        "Show notes and credits:\n\n"
        "Intro music: “Lighthouse Waltz” by a composer whose tunes are free to use, with thanks to "
        "the sound library that hosts them and to everyone who rates the show.\n\n"
        "Licensed under an open licence that lets anyone share and adapt the music with credit.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + NOTES + LINKS + credits)
    assert "Lighthouse Waltz" not in cleaned.text and "licence" not in cleaned.text
    assert cleaned.text.endswith("Harbour Times.")


def test_an_outlets_sponsor_slot_above_the_article_is_dropped() -> None:
    slot = (
        "This week's sponsor: Browse privately with a fast private network that keeps your traffic "
        "away from prying eyes. Get 60% off today.\n\n"
    )
    cleaned = clean_capture(MENU + slot + HEADLINE + NOTES + LINKS)
    assert "sponsor" not in cleaned.text and "60% off" not in cleaned.text
    assert cleaned.text.startswith("A fake parcel text")


def test_a_players_fallback_text_between_paragraphs_is_dropped() -> None:
    player = "[Your browser does not support the audio element]\n\n"
    cleaned = clean_capture(MENU + HEADLINE + NOTES + player + LINKS)
    assert "browser" not in cleaned.text
    assert "northern islands." in cleaned.text and cleaned.text.endswith("Harbour Times.")


def test_a_search_boxs_help_is_no_article() -> None:
    page = (
        "# Community\n\n* [Blogs](/blogs)\n\nTurn on suggestions\n\n"
        "Auto-suggest helps you quickly narrow down your search results by suggesting possible "
        "matches as you type.\n\nShowing results for\n\n"
        "## Moving our ledgers to the new cloud platform, step by step\n\n"
        "This post describes how our team moved its ledgers to the new platform in three weekends, "
        "what broke on the way, and what we would do differently next time.\n\n"
    )
    cleaned = clean_capture(page)
    assert "Auto-suggest" not in cleaned.text
    assert cleaned.text.startswith("This post describes")


def test_a_sentence_about_a_sponsor_stays_in_the_article() -> None:
    sponsor = (
        "Sponsored by the regional council, the meters' supplier said it had restored card payments "
        "in two districts and expected the rest back by the weekend.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + NOTES + sponsor)
    assert cleaned.text.endswith("back by the weekend.")


def test_a_podcast_page_with_only_its_player_is_a_podcast_without_show_notes() -> None:
    page = (
        "# Morning Briefcast for Tuesday, March 3rd, 2026\n\n* [Home](/)\n* [Podcasts](/podcasts)\n\n"
        "[Your browser does not support the audio element]\n\n© 2026 The Dispatch\n"
    )
    record = {"url": "https://dispatch.example/podcast/88", "title": "Morning Briefcast for Tuesday, "
              "March 3rd, 2026 (podcast)", "markdown": page}  # fmt: skip
    document, entry, _ = batch_document(record)
    article = extract_article(document, entry)
    assert not article.usable and not article.text
    assert article.reason == "podcast page without show notes"


def test_a_newsletter_prompt_between_paragraphs_is_left_out_with_its_broken_link() -> None:
    # The capture broke the prompt's link over two lines: both halves go, the article around stays.
    prompt = "[**Sign up to our free newsletter**.\n\nNews from the harbour, every Friday.](/newsletter/)\n\n"
    after = (
        "The operator said its ferries kept sailing throughout and that no passenger data had been "
        "taken, though investigators were still checking the booking servers.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + NOTES + prompt + after)
    assert "newsletter" not in cleaned.text and "every Friday" not in cleaned.text
    assert "northern islands." in cleaned.text and cleaned.text.endswith("the booking servers.")


def test_a_podcasts_sponsors_and_social_accounts_close_its_show_notes() -> None:
    closing = (
        "Sponsored by:\n\n"
        "Quaywarden – the password vault your whole crew can trust, audited every year and free for "
        "small teams. Try it today and keep every shared secret out of spreadsheets and sticky notes.\n\n"
        "Support the show:\n\n"
        "You can help the podcast by telling your friends and colleagues about the show, and leaving "
        "us a review wherever you listen to your podcasts.\n\n"
        "Follow us:\n\n"
        "Follow the show on the fediverse, or on its forum, or visit our website for more episodes.\n\n"
        "Thanks:\n\nTheme tune: “Harbour Lights” by a composer of free tunes.\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + NOTES + LINKS + closing)
    assert "Quaywarden" not in cleaned.text and "review" not in cleaned.text
    assert "Follow" not in cleaned.text and "Harbour Lights" not in cleaned.text
    assert cleaned.text.startswith("A fake parcel text") and cleaned.text.endswith("Harbour Times.")


def test_an_articles_sentence_on_following_a_gang_stays() -> None:
    follow = (
        "Follow us: that was the message the gang posted on its channel before it leaked the files, "
        "according to the responder who traced the intrusion back to a phished contractor account.\n\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + NOTES + follow + LINKS)
    assert "phished contractor" in cleaned.text and cleaned.text.endswith("Harbour Times.")


def test_a_call_for_support_longer_than_the_notes_is_not_kept_in_their_place() -> None:
    # Notes of two short paragraphs, episode links full of headlines (short lines, which cost), then
    # a call for support of one long sentence: the run of best weight lies in the closing sections,
    # and the show notes above them are kept instead.
    notes = (
        "A fake parcel text pushes a banking trojan onto phones, and a city's meters stop.\n\n"
        "All this and more is discussed in the latest edition of the podcast by two reporters.\n\n"
    )
    links = "Episode links:\n\n" + "".join(f"* [Headline number {n} of the week](/l{n})\n" for n in range(12))
    closing = (
        "\nSupport the show:\n\n"
        "You can help the podcast by telling your friends and colleagues about the show, and leaving "
        "us a review wherever you listen to your podcasts, or by becoming one of the supporters who "
        "get every episode a day early and without any advertising at all.\n\n"
        "Follow us:\n\nFollow the show on the fediverse.\n"
    )
    cleaned = clean_capture(MENU + HEADLINE + notes + links + closing)
    assert cleaned.text.startswith("A fake parcel text") and "review" not in cleaned.text


def test_a_card_whose_link_runs_over_lines_is_left_out() -> None:
    # "[" alone, the card's headline and pitch, then "Read Now](…)": a sponsor's box (or another
    # article's teaser) between a roundup's paragraphs is no part of the article. Fictional page.
    paragraph = (
        "The fictional Tarnwell gang hit a regional hospital group this week and leaked its staff "
        "records, the group said on Friday in a notice to its patients and employees."
    )
    page = (
        "# Weekly recap\n\n" + paragraph + "\n\n"
        "[\n\n10 Steps to Quillvault Resilience\n\n"
        "Most organizations get hit by cyberattacks more than once. Read this ebook to learn the ten "
        "steps to build a more proactive approach to securing your data from cyberattacks.\n\n"
        "Read Now](https://ads.example/quillvault-ebook)\n\n"
        + paragraph.replace("Tarnwell", "Orvane").replace("hospital group", "school district")
    )
    text = clean_capture(page).text
    assert "ebook" not in text and "](" not in text and "Quillvault" not in text
    assert "Tarnwell" in text and "Orvane" in text
