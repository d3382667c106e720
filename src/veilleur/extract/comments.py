"""The lines that open a page's readers' discussion: a commenter's byline ("Alex on September 17,
2018 at 6:34 am said:", "Reply"), a comment box's notice ("You must be a registered user to add a
comment"), a "Comments" heading or a comment's permalink; and a blog post's signature, which closes
the post above that discussion. `extract.text` weighs a capture's lines with them: the article
never runs across them, and nothing after them is the article's."""

from __future__ import annotations

import re

from veilleur.extract.capture_lines import Line

# A date ("17/09/2018") or a time ("6:34") on a line.
DATE_LINE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")
# "Alex on September 17, 2018 at 6:34 am said:" — a comment starts here.
_COMMENT_BYLINE = re.compile(
    r"\b(said|says|wrote|a dit|a écrit|schreef|schrieb|zegt)\s*:\s*$|^(reply|répondre|antworten|reageer)$",
    re.I,
)
# A comment box's notice ("You must be a registered user to add a comment. If you've already
# registered, sign in."): the readers' discussion, not the article, starts here. On 108 of 1,542
# pages of one blog platform of news-dev it was the text kept (a sentence, where the article's
# code and short lines weighed less). A line that asks to log in, not one inviting comments.
_COMMENT_NOTICE = re.compile(
    r"^(?:(?:you (?:must|need to|have to) (?:be )?(?:a registered user|registered|logged in|signed in|"
    r"log in|sign in|register)|vous devez être (?:connecté|inscrit|identifié)|"
    r"sie müssen (?:angemeldet|eingeloggt|registriert)).{0,40}?(?:comment|reply|discussion|kommentar)|"
    r"comments are closed|les commentaires sont fermés|kommentare sind geschlossen)",
    re.I,
)
COMMENT_NOTICE_MAX_WORDS = 30
_COMMENTS_HEADING = re.compile(
    r"^(\d+\s*)?(comments?|commentaires?|commenti|comentarios|reacties|kommentare|reader comments|"
    r"leave a (reply|comment)|"
    r"laisser un commentaire)[\s:.!]*$",
    re.I,
)

# A sentence ended inside a line: "…the re-released update. Microsoft says:" is the article's prose
# announcing a quotation, not a commenter's byline ("Alex on September 17, 2018 at 6:34 am said:").
_SENTENCE_INSIDE = re.compile(r"\w{2}[.!?]\s+[A-Z]")
BYLINE_MAX_WORDS = 16


# What tells a commenter's byline from the article's prose announcing a quotation, which reads the
# same ("In a statement, the company said:", "Apple said:", "…into the browser, he says:"): the
# byline carries its comment's date or time ("Alex on September 17, 2018 at 6:34 am said:"), or the
# line below it does (WordPress's "Alex says:" above "September 17, 2018 at 6:34 am"), or it is a
# handle quoting another comment ("Clive wrote:"). Read as bylines, such quotation openers ended the
# article on 40 unlabelled pages of news-dev (the quotation and all after it lost): 45 of its 50
# lines ending in "said:" or "says:" were the article's.
_WROTE = re.compile(r"\b(?:wrote|a écrit|schreef|schrieb)\s*:\s*$", re.I)
HANDLE_MAX_WORDS = 3
DATE_LINE_MAX_WORDS = 8


def comment_byline(text: str, following: str = "") -> bool:
    """`_COMMENT_BYLINE` on a line's text (single-spaced, stripped): it ends with a colon, or it is
    one short word; other lines are not searched through, nor prose that ends a sentence before
    its "says:" or is longer than a byline. A line ending in a colon is a byline only with its
    comment's date (in it or on the `following` line) or as a handle's "wrote:"."""
    if not (text.endswith(":") or len(text) <= 9) or not _COMMENT_BYLINE.search(text):
        return False
    words = len(text.split())
    if words > BYLINE_MAX_WORDS or _SENTENCE_INSIDE.search(text):
        return False
    if not text.endswith(":") or any(character.isdigit() for character in text):
        return True  # "Reply", or a byline with its date
    dated_below = len(following.split()) <= DATE_LINE_MAX_WORDS and bool(DATE_LINE.search(following))
    return dated_below or (words <= HANDLE_MAX_WORDS and bool(_WROTE.search(text)))


def comment_notice(text: str, words: int) -> bool:
    """`_COMMENT_NOTICE` on a line of a notice's length (tried only on lines starting as it does)."""
    if words > COMMENT_NOTICE_MAX_WORDS or text[:1] not in "YyVvSsCcLlKk":
        return False
    return bool(_COMMENT_NOTICE.match(text))


def opens_comments(line: Line) -> bool:
    """A Markdown heading "Comments" ("### 16 Comments", "## Commentaires") or a link to a
    comment's anchor: the readers' discussion starts here."""
    if line.comment_link:
        return True
    return bool(line.heading) and bool(_COMMENTS_HEADING.match(line.text))


# A blog engine's signature under its post ("Posted by" alone on its line, the author's name on the
# next, then "at" and the post's time as its permalink: "Pubblicato da" / "Cesare Gallotti" / "alle"
# / "10:59:00"): the post ends there, and what follows is its labels, comments, the blog's archive
# and its sidebar. On one blog of news-dev that sidebar's notes (newsletter, licence, cookie notice:
# three sentences) outweighed a post of one or two sentences and were kept as the text on 21 of its
# 147 unlabelled pages. The label alone, with a time just below it, is the engine's signature, not a
# sentence nor a byline above an article ("Posted by Jane Doe on 3 March").
_POST_SIGNATURE = re.compile(
    r"^(?:posted by|pubblicato da|publié par|publiée par|eingestellt von|geplaatst door|gepost door|"
    r"publicado por)$",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
SIGNATURE_TIME_LINES = 3


def closes_post(lines: list[Line], index: int) -> bool:
    """Whether `lines[index]` is a blog post's signature (`_POST_SIGNATURE`, the post's time within
    SIGNATURE_TIME_LINES lines below it)."""
    if len(lines[index].text) > 20 or not _POST_SIGNATURE.match(lines[index].text):
        return False
    below = lines[index + 1 : index + 1 + SIGNATURE_TIME_LINES]
    return any(_TIME.search(line.text) for line in below)
