"""Is there an article here at all? Error pages, bot walls, podcast stubs, paywalls and
near-empty pages are recognised so that they are never briefed nor published."""

from __future__ import annotations

import re

# Only short pages are judged by these phrases: a real article *about* a 404 page or a CAPTCHA
# is long, an error page is not. Error phrases also count in the title of any page.
SHORT_PAGE_WORDS = 300
ERROR_PAGE_WORDS = 80

_ERROR_PAGE = re.compile(
    r"\b(404|page not found|page introuvable|page non trouvée|not found|pagina niet gevonden|"
    r"seite nicht gefunden|500 internal server error|internal server error|service unavailable|"
    r"temporarily unavailable|temporairement indisponible|erreur critique|database error|"
    r"erreur (de|du) serveur|error establishing a database connection|bad gateway|gateway time-?out|"
    r"403 forbidden|access denied|accès refusé|this page (isn't|is not) available|"
    r"something went wrong|une erreur (est survenue|s'est produite))\b",
    re.I,
)
_BOT_WALL = re.compile(
    r"(unusual traffic|are you a robot|not a robot|captcha|verify you are human|checking your browser|"
    r"just a moment\.\.\.|enable javascript|javascript is (disabled|required)|activez javascript|"
    r"trafic inhabituel|ddos protection by|attention required)",
    re.I,
)
_PAYWALL = re.compile(
    r"(subscribe to (continue|read)|subscribers only|for subscribers|already a subscriber|"
    r"réservé aux abonnés|article réservé|abonnez-vous pour lire|pour lire la suite|"
    r"alleen voor abonnees|nur für abonnenten|sign in to read|create a free account to continue)",
    re.I,
)
_PODCAST = re.compile(r"(podcast|stormcast|épisode|episode \d+|listen now|écouter)", re.I)
# A podcast page with show notes longer than this is briefed like any article.
PODCAST_MAX_WORDS = 150
PODCAST_WITHOUT_NOTES = "podcast page without show notes"


# A capture can hold only the cards of other articles ("[", a headline, a date, an excerpt ending
# "...](link)"): the page's own text was lost, and the briefing told the cards' events (a mail
# server's flaw, a vendor's patch) under the page's headline (a spy group and casinos).
_CARD_OPEN = re.compile(r"\[\s*")
_LINK_END = r"\]\(https?://[^)\s]+(?:\s+\"[^\"]*\")?\)\s*$"  # "](link)" or "](link "title")" ending it
_CARD_END = re.compile(_LINK_END)
_CUT_CARD_END = re.compile(r"(?:\.\.\.|…)" + _LINK_END)
CARDS_MIN = 3
CARD_PARAGRAPHS = 8


def words_outside_cards(text: str) -> tuple[int, int]:
    """(cards of other articles, words of the text outside them)."""
    paragraphs = re.split(r"\n\s*\n", text)
    card = [False] * len(paragraphs)
    cards = 0
    for end, paragraph in enumerate(paragraphs):
        cut = _CUT_CARD_END.search(paragraph) is not None
        if not cut and not _CARD_END.search(paragraph):
            continue
        opening = next(
            (
                i
                for i in range(end, max(-1, end - CARD_PARAGRAPHS), -1)
                if _CARD_OPEN.fullmatch(paragraphs[i])
            ),
            None,
        )
        if opening is None and not cut:
            continue
        start = opening if opening is not None else max(0, end - CARD_PARAGRAPHS + 1)
        cards += 1
        for i in range(start, end + 1):
            card[i] = True
    return cards, sum(len(p.split()) for p, c in zip(paragraphs, card, strict=True) if not c)


def assess(title: str, text: str, min_words: int) -> str:
    """Return why the page is not a usable article, or "" when it is one."""
    words = len(text.split())
    head = f"{title}\n{text[:3000]}"
    if words == 0:
        # A daily podcast's page that holds only its player under its headline ("ISC Stormcast For
        # Thursday…", 369 pages of news-dev): a podcast without show notes, a page that was read,
        # not an empty page (which counts against its source's health as an unreadable page).
        if _PODCAST.search(title):
            return PODCAST_WITHOUT_NOTES
        return "empty page: no text found"
    short = words < SHORT_PAGE_WORDS
    if short and (_BOT_WALL.search(title) or (words < SHORT_PAGE_WORDS / 2 and _BOT_WALL.search(head))):
        return "bot check page (unusual traffic / CAPTCHA), not an article"
    if short and (_ERROR_PAGE.search(title) or (words < ERROR_PAGE_WORDS and _ERROR_PAGE.search(head))):
        return "error page, not an article"
    if short and _PAYWALL.search(head):
        return "paywalled page: only a teaser is readable"
    if words < PODCAST_MAX_WORDS and _PODCAST.search(title or text[:200]):
        return PODCAST_WITHOUT_NOTES
    if words >= min_words and "](" in text:
        cards, outside = words_outside_cards(text)
        if cards >= CARDS_MIN and outside < min_words:
            return f"only the cards of {cards} other articles ({outside} words of its own), not an article"
    if words < min_words:
        return f"too little text ({words} words, at least {min_words} needed: [limits] min_words)"
    return ""
