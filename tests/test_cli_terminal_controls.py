"""A page's escape sequences never reach the terminal: `veilleur extract PAGE` and `veilleur intel
PAGE` printed titles and sentences raw, so a page could set the window title (OSC 0), clear the
screen, recolour the output or write the clipboard (OSC 52). Each control character of a text read
is a space (models.sources.composed), and any left where output is printed is shown as U+FFFD; the
words around it stay. The page is fictional."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from veilleur.cli import main

PAGE = (
    "Acme \x1b]0;pwned\x07 \x1b]52;c;ZWNobyBoaQ==\x07 \x1b[2J hit by ransomware\n\n"
    "The fictional Acme \x1b[31mCorp\x1b[0m was hit by a ransomware attack on Monday that encrypted its servers "
    "and stopped production, and a criminal gang claimed the attack and stole data. Acme said that "
    "CVE-2025-49242 \x1b[2J\x9b2J was exploited by the attackers to get in, that customers were told, that "
    "the police investigate and that backups let it restore most systems within the week, as its chief "
    "executive told the local newspaper on Tuesday evening after the board met to discuss the incident.\n"
)


@pytest.mark.parametrize("command", ["extract", "intel"])
def test_a_page_cannot_drive_the_terminal(command: str, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = CliRunner().invoke(main, [command, str(page)])
    assert done.exit_code == 0, done.output
    # CliRunner is no terminal: rich writes no style of its own, so no escape is allowed at all.
    assert "\x1b" not in done.output and "\x9b" not in done.output and "\x07" not in done.output
    assert "Acme  ]0;pwned" in done.output and " [2J hit by ransomware" in done.output
    if command == "extract":  # the article's text, printed whole
        assert "Acme  [31mCorp" in done.output
