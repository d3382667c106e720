"""A page whose lines hold thousands of unclosed Markdown marks — `[`, `(`, `![a](`, `_`, `*`,
backticks — is extracted in linear time: the Markdown patterns that scan from each opener to the
end of the line (40,000 `[` took 40 s, a page may hold 8 MB) are never handed a line with more
than MANY_MARKS of their openers (the guard is checked, not a time: a loaded machine may exceed
any bound). Lines with ordinary numbers of marks are read as before, and enrichment reads an
article for at most ARTICLE_CHARS characters (3.5 s a million). The pages are fictional."""

from __future__ import annotations

import re
from typing import Any

import pytest

import veilleur.extract.capture_lines as markdown_text
from veilleur.batch import batch_document
from veilleur.enrich import enrich
from veilleur.extract import extract_article
from veilleur.extract.capture_lines import MANY_MARKS, strip_markdown
from veilleur.models import Article
from veilleur.text import ARTICLE_CHARS

LEAD = (
    "The fictional Valmont-sur-Lys hospital was hit by a ransomware attack on Monday: the attackers "
    "encrypted its servers and stole patient records, and the hospital diverted ambulances.\n\n"
    "Its director said that surgeries were postponed and that doctors went back to paper records "
    "while the technicians restored the systems from offline backups during the week.\n\n"
    "A criminal group claimed the attack on its leak site on Wednesday and demanded a ransom, "
    "threatening to publish the stolen files if the hospital did not pay within ten days.\n\n"
    "The regional health agency and the national police were informed, and patients were told to "
    "watch for phishing messages that could reuse their stolen personal data.\n\n"
)
MARKS = {
    "brackets": "[" * 300_000,
    "parentheses and brackets": "([" * 150_000,
    "open images": "![a](" * 60_000,
    "open links": "[a](" * 75_000,
    "underscores": "_a " * 100_000,
    "asterisks": "*a " * 100_000,
    "backticks": "`a " * 100_000,
}


class _Guarded:
    """A scanning pattern that fails the test when handed a line with more than MANY_MARKS of
    `openers` (where it would be quadratic), else does what the pattern does."""

    def __init__(self, pattern: re.Pattern[str], openers: str) -> None:
        self.pattern, self.openers, self.calls = pattern, openers, 0

    def _check(self, line: str) -> None:
        self.calls += 1
        marks = sum(line.count(opener) for opener in self.openers)
        assert marks <= MANY_MARKS, f"{self.pattern.pattern!r} handed a line of {marks} marks"

    def sub(self, repl: str, line: str) -> str:
        self._check(line)
        return self.pattern.sub(repl, line)

    def search(self, line: str) -> Any:
        self._check(line)
        return self.pattern.search(line)


@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
@pytest.mark.parametrize("name", sorted(MARKS))
def test_a_line_of_unclosed_marks_is_read_in_linear_time(
    kind: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = {
        "_MD_IMAGE": _Guarded(markdown_text._MD_IMAGE, "[("),
        "_MD_LINK": _Guarded(markdown_text._MD_LINK, "[("),
        "_MD_REF": _Guarded(markdown_text._MD_REF, "[("),
        "_MD_EMPHASIS": _Guarded(markdown_text._MD_EMPHASIS, "*_`"),
    }
    for attribute, guard in guarded.items():
        monkeypatch.setattr(markdown_text, attribute, guard)
    body = LEAD + "Read the *director's* [statement](https://x.example/s) in full.\n\n" + MARKS[name]
    if kind == "html":
        body = (
            "<html><body><article>"
            + "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            + "</article></body></html>"
        )
    document, entry, error = batch_document({kind: body, "title": "Valmont hospital hit by ransomware"})
    assert document is not None, error
    article = extract_article(document, entry)
    assert "Valmont-sur-Lys hospital was hit" in article.text
    # The line of ordinary marks still went through the scanning patterns: the guard was in place.
    assert (guarded["_MD_EMPHASIS"].calls and guarded["_MD_LINK"].calls) or kind == "html", name


def test_lines_with_few_marks_keep_their_reading_and_many_balanced_ones_too() -> None:
    prose = strip_markdown(
        "An *emphasised* word, a [link to the report](https://x.example/r) and `code`, __bold__."
    )
    assert prose.text == "An emphasised word, a link to the report and code, bold." and not prose.link_only
    menu = strip_markdown(" ".join(f"[Section {i}](/s/{i})" for i in range(MANY_MARKS)))  # over the bound
    assert menu.link_only and menu.text.startswith("Section 0 Section 1 ")
    many = strip_markdown(" ".join(["a *b* [c](d) _e_ ![i](j)"] * MANY_MARKS))  # linear patterns
    assert many.text == " ".join(["a b c e"] * MANY_MARKS) and not many.link_only


def test_enrichment_reads_an_article_for_at_most_article_chars() -> None:
    filler = "The hospital restored its systems from backups and reopened its emergency room. " * (
        ARTICLE_CHARS // 80 + 1000
    )
    text = LEAD + filler + " Attackers exploited CVE-2025-49242."
    article = Article(
        url="https://news.example/a",
        canonical_url="https://news.example/a",
        title="Valmont hospital hit by ransomware",
        text=text,
        lang="en",
        usable=True,
    )
    found = enrich(article)
    assert found.relevant and found.cve_ids == []  # what lies past the bound is not read
    near = article.model_copy(update={"text": LEAD + " Attackers exploited CVE-2025-49242."})
    assert enrich(near).cve_ids == ["CVE-2025-49242"]
