"""Markdown (and plain-text) captures read line by line: each line's text without its Markdown
decorations, and what those decorations said (a heading's level, a menu of links, a list item, a
comment's permalink). `extract.text` weighs these lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Markdown decorations removed before scoring: links keep their text, images disappear.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# An image whose address the capture's cut fell in ("![](https://example.org/uploads/2023/02/Mirai-b..."):
# markup, not a paragraph the cut fell in; read as one, its address's "V3G4" made it a list's line
# and it was kept as a Security Affairs page's whole text.
_MD_CUT_IMAGE = re.compile(r"!\[[^\]\[]*\]\([^()\s]*$")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_MD_REF = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_MD_COMMENT_LINK = re.compile(r"\]\([^)\s]*#comment-\d+\)")
_MD_LIST = re.compile(r"^\s*(?:[*+•-]|\d+[.)])\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
# A line that is all strong emphasis ("**Conclusion**", "**Notes about this design**:"): many
# blogs write their subheadings so, where others write "## Conclusion".
_BOLD_LINE = re.compile(r"^(\*\*|__)(?=\S)[^*_]{1,100}(?<=\S)\1:?$")
# The patterns above scan from each opening bracket, parenthesis or mark to its closing one: on
# a line of thousands of unclosed `[`, `(` or `_` (a hostile page) that is quadratic — 40,000 `[`
# took 40 s, and a page may hold 8 MB. A line with more of them than prose has is read with these
# instead, which stop at the next opener: linear, and the same on lines without nested ones.
MANY_MARKS = 64
_MD_IMAGE_FLAT = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_MD_LINK_FLAT = re.compile(r"\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*+\)")
_MD_REF_FLAT = re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]")
# Chinese, Japanese and Korean characters (`line_size`).
_WIDE = re.compile("[\u3040-\u9fff\uac00-\ud7af]")
_MD_EMPHASIS_FLAT = re.compile(r"(\*\*|__|\*|_|`)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")


@dataclass
class Line:
    text: str
    heading: int = 0  # Markdown heading level, 0 if none
    link_only: bool = False  # the line was nothing but links (a menu)
    listed: bool = False  # the line is a list item ("* …", "- …", "1. …")
    comment_link: bool = False  # the line links to a comment's anchor ("…#comment-413229")
    cells: tuple[str, ...] = ()  # a Markdown table row's cells ("| Course | Town | Dates |"), else ()
    code: bool = False  # a line of a fenced code block, read as written
    label: bool = False  # the line is all emphasis ("**Conclusion**"): a subheading written in bold


def strip_markdown(raw: str) -> Line:
    """One line of a capture: its text without Markdown decorations, and what they said."""
    # Each pattern is tried only on a line holding the character it needs: most lines of a
    # capture are plain prose or empty, and the result is the same (a third of the stage's time).
    heading = 0
    if "#" in raw:
        match = _MD_HEADING.match(raw)
        if match:
            heading = len(match.group(1))
            raw = raw[match.end() :]
    link_only = False
    text = raw
    # A comment's permalink ("[December 2, 2022 7:18 AM](…/post.html#comment-413229)"): what
    # follows is readers' comments, however short the article above.
    comment_link = "#comment-" in raw and bool(_MD_COMMENT_LINK.search(raw))
    if "[" in raw:
        many = raw.count("[") + raw.count("(") > MANY_MARKS
        image, link, ref = (
            (_MD_IMAGE_FLAT, _MD_LINK_FLAT, _MD_REF_FLAT) if many else (_MD_IMAGE, _MD_LINK, _MD_REF)
        )
        no_image = _MD_CUT_IMAGE.sub("", image.sub("", raw)) if "![" in raw else raw
        without_links = link.sub("", no_image).strip(" *-|>")
        link_only = bool(link.search(raw)) and len(without_links.split()) <= 1
        text = link.sub(r"\1", no_image)
        text = ref.sub(r"\1", text)
    listed = bool(_MD_LIST.match(text))
    if listed:
        text = _MD_LIST.sub("", text)
    label = False
    if "*" in text or "_" in text or "`" in text:
        many = text.count("*") + text.count("_") + text.count("`") > MANY_MARKS
        label = not many and bool(_BOLD_LINE.match(text.strip()))
        text = (_MD_EMPHASIS_FLAT if many else _MD_EMPHASIS).sub(r"\2", text)
    text = text.replace("\\", "").strip(" >|")
    # A table row ("| Course title | Town | Dates |"): its cells, each read apart, so that no row
    # passes for a sentence because its cells' words add up to one.
    cells = tuple(" ".join(cell.split()) for cell in text.split("|")) if _table_row(raw) else ()
    return Line(" ".join(text.split()), heading, link_only, listed, comment_link, cells, label=label)


def _table_row(raw: str) -> bool:
    """A Markdown table's row: it opens with a pipe and holds another one."""
    stripped = raw.lstrip()
    return stripped.startswith("|") and stripped.count("|") >= 2


# A fenced code block's opening or closing line ("```", "```python", "~~~"): an info string holds no
# backtick, so "```x = 1```" on one line is inline code, not a fence.
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})[^`]*$")


# A paragraph hard-wrapped by its source (a blog's text at 72 to 80 columns, each line ending mid-
# sentence): a line of prose's width that ends without a sentence's end, followed at once by a line
# that goes on in lower case ("…che adesso fa riferimento ai" / "controlli della ISO/IEC 27002…"),
# or with a number after a word in lower case.
# Read line by line, each fragment was a short line and cost; on one Italian blog of news-dev the
# post was lost and its cookie notice kept. A menu's items, bylines and dates open with a capital
# or a digit, or are short, and stay apart.
_BLOCK_START = re.compile(r"^\s{0,3}(?:#|[*+•-]\s|\d+[.)]\s|\||>|`{3}|~{3}|!?\[|<)")
# A list item's first line wraps as a paragraph's does ("- p. 159: the group Lockbit" / "asked its
# affiliates…"): the item's sentence goes on below it, and read apart, its subject and its verb were
# two lines (a gang's name in one, what it did in the other).
_LIST_ITEM_START = re.compile(r"^\s{0,3}(?:[*+•-]|\d+[.)])\s+(?![\[!<])")
_SENTENCE_GOES_ON = re.compile(r"^\s{0,3}[a-zà-öø-ÿ]")
_LINE_ENDS_SENTENCE = re.compile(r"[.!?:;]\W{0,2}$")
# Words no sentence ends on, in the languages of the outlets (EN, FR, IT, NL, DE): a line ending on
# one was wrapped mid-sentence, whatever the case of the line below it.
_OPEN_WORDS = frozenset(
    "a an the of to in on at by for with from and or "
    "de du des le la les à au aux et en par pour sur dans "
    "di del della dei delle da il lo gli e con per su nel nella al alla "
    "het een van op voor met "
    "der die das den dem von zu mit und im am für".split()
)
WRAPPED_MIN_WORDS = 6
WRAPPED_MIN_CHARS = 40


def _wraps(line: str, following: str) -> bool:
    """Whether `following` goes on with the sentence `line` was wrapped in (`_BLOCK_START`…)."""
    stripped = line.rstrip()
    return (
        len(stripped) >= WRAPPED_MIN_CHARS
        and len(stripped.split()) >= WRAPPED_MIN_WORDS
        and not _LINE_ENDS_SENTENCE.search(stripped)
        and (not _BLOCK_START.match(line) or bool(_LIST_ITEM_START.match(line)))
        # the next item of a numbered list ("2. Attacker gets…") opens a block of its own
        and not _BLOCK_START.match(following)
        and (
            bool(_SENTENCE_GOES_ON.match(following))
            # "…delle correzioni del 2014 e" / "2015, il cui…": a number goes on with a sentence
            # whose line ends on a word in lower case
            or (following[:1].isdigit() and stripped.split()[-1].islower())
            # "…una società italiana con sede a" / "Milano": a name goes on with a sentence whose
            # line ends on a word that never ends one (an article, a preposition, a conjunction)
            or (following[:1].isupper() and stripped.split()[-1] in _OPEN_WORDS)
        )
    )


def markdown_lines(text: str) -> list[Line]:
    """The capture's non-empty lines, read (`strip_markdown`); a fenced code block's lines are read
    as written (a "# comment" in a script is no heading) and marked `code`, its fences left out. A
    block the capture's cut leaves open runs to the end."""
    lines: list[Line] = []
    fence = ""
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(raws):
        raw = raws[index]
        index += 1
        if not raw or raw.isspace():
            continue  # an empty line gives no text
        while not fence and index < len(raws) and _wraps(raw, raws[index]):
            raw = f"{raw.rstrip()} {raws[index].strip()}"
            index += 1
        if "```" in raw or "~~~" in raw:
            match = _FENCE.match(raw)
            if match and not fence:
                fence = match.group(1)
                continue
            if match and raw.strip().startswith(fence[0] * len(fence)) and not raw.strip(fence[0] + " "):
                fence = ""
                continue
        if fence:
            lines.append(Line(" ".join(raw.split()), code=True))
            continue
        line = strip_markdown(raw)
        if line.text:
            lines.append(line)
    return lines


def line_size(text: str) -> int:
    """Length in words; Chinese and Japanese write without spaces, two characters count as one."""
    words = len(text.split())
    wide = len(_WIDE.findall(text)) if not text.isascii() else 0
    return max(words, wide // 2)


def listing(text: str) -> bool:
    """Tag clouds, archive lists, menus flattened into one line and headlines: mostly capitalised
    or numeric tokens."""
    tokens = text.split()
    if len(tokens) < 6:
        return False
    capitalised = sum(1 for token in tokens if token[:1].isupper()) / len(tokens)
    numeric = sum(1 for token in tokens if any(map(str.isdigit, token))) / len(tokens)
    return capitalised > 0.6 or numeric > 0.3


# A line ending in "..." or "…" (a link's closing bracket aside): a teaser's summary, a paragraph
# the capture's cut fell in, or the writer's own ellipsis (`extract.text`, `extract.lead`).
TRUNCATED = re.compile(r"(\.\.\.|…)\s*(\]|\))?\s*$")
_SENTENCE_END = re.compile(r"[.!?»\"”)]\s*$")
# A prose line holds a sentence's worth of words.
PROSE_MIN_WORDS = 12
# A line this long is prose even without final punctuation (captures often lose the last period);
# headlines stay below it.
UNPUNCTUATED_PROSE_WORDS = 16


def is_prose(text: str, words: int) -> bool:
    """Whether a line of `words` words is a paragraph's prose, not a menu item, a headline or a
    list's line."""
    if words < PROSE_MIN_WORDS or listing(text):
        return False
    if _SENTENCE_END.search(text):
        return True
    return words >= UNPUNCTUATED_PROSE_WORDS and bool(re.search(r"[,.;:。、，]", text))
