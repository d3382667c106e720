"""Lines a capture cleaner took for a page's furniture: a heading or paragraph that opens with the
word "Copyright" is the article of an outlet writing about copyright, not a copyright notice; a
blog platform's Italian "N commenti:" opens the readers' comments; sharing buttons between a
headline and a lead cut short are no header line of their own; a lead ending in "…" with the
article's next paragraph below it is no teaser."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

MENU = "# Quillpress\n\n* [Home](/)\n* [Law](/law)\n* [Piracy](/piracy)\n\n"
HEADLINE = "# Court lets the Varnholt streaming lawsuit go ahead\n\n"
FIRST = (
    "A federal judge in Ostreva has refused to dismiss the lawsuit that six film studios filed "
    "against the internet provider Lindqvist Cable, which they accuse of ignoring repeat pirates.\n\n"
    "The studios say they sent more than four thousand notices to the provider over two years, and "
    "that it never terminated a single subscriber account in response to them.\n\n"
)
SECOND = (
    "The judge found that the studios had pled enough facts to show the provider knew of the "
    "infringements and kept serving the subscribers who committed them.\n\n"
    "A hearing on damages is expected later this year, the court's scheduling order says.\n\n"
)
FOOTER = "* [About](/about)\n* [Contact](/contact)\n\n"


def test_a_heading_opening_with_copyright_is_no_notice() -> None:
    page = MENU + HEADLINE + FIRST + "## Copyright Infringement Claims\n\n" + SECOND + FOOTER
    text = clean_capture(page).text
    assert text.startswith("A federal judge in Ostreva")
    assert "Copyright Infringement Claims" in text
    assert "A hearing on damages" in text


def test_a_paragraph_opening_with_copyright_is_the_article() -> None:
    paragraph = (
        "Copyright holders have long asked providers to cut off subscribers they flag, and several "
        "of them have gone to court when providers refused to do so.\n\n"
    )
    text = clean_capture(MENU + HEADLINE + FIRST + paragraph + SECOND + FOOTER).text
    assert text.startswith("A federal judge in Ostreva")
    assert "Copyright holders have long asked" in text


def test_a_copyright_notice_still_ends_the_article() -> None:
    for notice in (
        "Copyright © 2019-2031 Quillpress Media Ltd. All Rights Reserved.",
        "Copyright 2031 Quillpress Media",
        "Copyright Quillpress Media Ltd. All rights reserved.",
    ):
        related = (
            "Other studios are said to be preparing a similar claim against another regional provider "
            "in the coming months, according to people familiar with the plans.\n\n"
        )
        text = clean_capture(MENU + HEADLINE + FIRST + SECOND + notice + "\n\n" + related).text
        assert "A hearing on damages" in text
        assert "Other studios" not in text, notice


def test_an_italian_comments_heading_opens_the_comments() -> None:
    post = (
        "# Conservazione delle email dopo la cessazione del rapporto\n\n"
        "Un lettore mi ha segnalato un nuovo provvedimento del Garante sulla conservazione delle "
        "caselle di posta dei dipendenti dopo la fine del rapporto di lavoro.\n\n"
        "Il provvedimento ricorda che le caselle vanno disattivate e che i mittenti vanno avvisati, "
        "e che conservarle a lungo come archivio aziendale non ha una base adeguata.\n\n"
    )
    comments = (
        "3 commenti:\n\n"
        "Anonimo12 marzo 2031 alle ore 08:15\n\n"
        "Non sono del tutto d'accordo, perché molti sistemi mescolano la posta con i documenti "
        "archiviati e separarli richiede un lavoro che pochi hanno il tempo di fare davvero.\n\n"
        "Rispondi\n\n"
        "Marta Fenoglio13 marzo 2031 alle ore 10:02\n\n"
        "Concordo con il post: lasciare dati importanti nelle caselle personali vuol dire non "
        "averne il controllo, e prima o poi qualcuno se ne accorge nel momento peggiore.\n\n"
    )
    text = clean_capture(post + comments).text
    assert "Il provvedimento ricorda" in text
    assert "Non sono del tutto" not in text and "Concordo con il post" not in text


def test_a_lead_cut_under_sharing_buttons_is_kept() -> None:
    headline = "# Regulators curb the sale of location data to police agencies"
    # A capture opens with the page's headline, then menus; the article's header repeats it.
    page = (
        f"{headline}\n\n"
        + MENU
        + f"{headline}\n\nUPDATES BLOG\n\nBy [Alma Rostova](/staff/alma)\n\nMarch 3, 2031\n\n"
        + f"{headline}\n\n**Share It**\n[Share on Mastodon](https://example.org/s1)\n"
        + "[Share on Bluesky](https://example.org/s2)\n[Copy link](https://example.org/s3)\n\n"
        + "* [Español](/es)\n\n"
        + "A regulator in Ostreva has barred two data brokers from selling the location histories of "
        + "phone owners to police agencies without a warrant, after a year-long inquiry into how the "
        + "brokers gathered the data from apps that never told their users where it [went](https://exa..."
    )
    text = clean_capture(page).text
    assert text.startswith("A regulator in Ostreva has barred two data brokers")


def test_a_summary_under_a_teasers_headline_is_still_no_lead() -> None:
    # Below the page's own headline and its article, another article's headline and its summary cut
    # short: a teaser, not a lead, whatever links sit between them.
    page = (
        MENU
        + HEADLINE
        + FIRST
        + SECOND
        + "### Studios sue a second provider\n\n"
        + "[Share on Mastodon](https://example.org/s1)\n[Copy link](https://example.org/s3)\n\n"
        + "Four studios have filed a new lawsuit against a regional provider they accuse of looking "
        + "away while its subscribers shared films, in a complaint filed on..."
    )
    text = clean_capture(page).text
    assert "Four studios" not in text


PODCAST_HEADLINE = "# Rollcall podcast #88: Parcel lockers, fake invoices, and a very loud printer"


def test_a_lead_ending_in_an_ellipsis_above_the_next_paragraph_is_kept() -> None:
    page = (
        f"{PODCAST_HEADLINE}\n\n"
        + MENU
        + f"{PODCAST_HEADLINE}\n\nBy [Ines Marlow](/ines)\n\n"
        + "Parcel lockers that open for anyone with a phone, an invoice scam aimed at small town councils, "
        + "and a printer that will not stop shouting…\n\n"
        + "All this and more is discussed in this week's edition of the podcast by the security writers "
        + "Ines Marlow and Teodor Vass, who are joined by a locksmith.\n\n"
        + "### Episode links:\n\n"
        + "* [Parcel lockers opened by a replayed code](https://example.org/1) – Quillpress.\n\n"
    )
    text = clean_capture(page).text
    assert text.startswith("Parcel lockers that open for anyone with a phone")
    assert "All this and more is discussed" in text


def test_a_teaser_summary_ending_in_an_ellipsis_is_still_dropped() -> None:
    # Below the article, teasers: each cut summary is followed by another teaser's headline.
    teasers = (
        "### Studios sue a second provider\n\n"
        "Four studios have filed a new lawsuit against a regional provider they accuse of looking "
        "away while its subscribers shared films, in a complaint filed on…\n\n"
        "### Court fines an uploader\n\n"
        "A court in Ostreva has fined a man who uploaded films to a file host for years, the local "
        "anti-piracy group says, and ordered him to pay the costs of…\n\n"
    )
    text = clean_capture(MENU + HEADLINE + FIRST + SECOND + teasers).text
    assert "Four studios" not in text and "fined a man" not in text


def test_a_podcasts_episode_links_are_its_show_notes() -> None:
    page = (
        f"{PODCAST_HEADLINE}\n\n"
        + MENU
        + f"{PODCAST_HEADLINE}\n\n"
        + "In episode 88, Ines finds parcel lockers that open for anyone with a phone, and Teodor "
        + "explains why small town councils keep paying fake invoices.\n\n"
        + "All this and more is discussed in this week's edition of the podcast by the security writers "
        + "Ines Marlow and Teodor Vass.\n\n"
        + "### Hosts:\n\nInes Marlow:\n\n[@ines](https://example.org/ines)\n\n"
        + "Teodor Vass:\n\n[@teodor](https://example.org/teodor)\n\n"
        + "### Episode links:\n\n"
        + "* [Parcel lockers opened by a replayed code](https://example.org/1)\n"
        + "* [Council pays fake invoice for road salt](https://example.org/2)\n"
        + "* [Printer maker blames firmware for shouting](https://example.org/3)\n"
        + "* [Why invoice fraud keeps working](https://example.org/4)\n\n"
        + "### Follow us:\n\n* [Mastodon](https://example.org/m)\n"
    )
    text = clean_capture(page).text
    assert text.startswith("In episode 88, Ines finds parcel lockers")
    assert "Council pays fake invoice for road salt" in text
    assert "Why invoice fraud keeps working" in text
