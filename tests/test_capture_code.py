"""A fenced code block in a capture (a diary's script, a log) is read as written and weighs nothing:
the article's prose before and after it stays one article, and a "# comment" of the script is no
heading."""

from __future__ import annotations

from veilleur.extract.capture_lines import markdown_lines
from veilleur.extract.text import clean_capture

HEADLINE = "# Sorting a pile of Quillvault archives with a short script\n\n"
EXPLANATION = (
    "When a case hands you thousands of mixed files, the first step is to sort them, and a short "
    "script that matches each one against a rule saves hours of manual work.\n\n"
    "Here is the script:\n\n"
)
SCRIPT = (
    "```\n\n#\n# Sort files matching a rule\n#\nimport os\n"
    + "".join(f"print('step {n}', os.sep)\n" for n in range(30))
    + "```\n\n"
)
CONCLUSION = (
    "With these few lines, the sorting of the Quillvault archives took minutes instead of a day, and "
    "the script is easy to adapt to other kinds of archives.\n\n"
)


def test_the_conclusion_after_a_long_script_stays_with_the_article() -> None:
    cleaned = clean_capture(HEADLINE + EXPLANATION + SCRIPT + CONCLUSION)
    assert cleaned.text.startswith("When a case hands you thousands")
    assert cleaned.text.endswith("other kinds of archives.")
    assert "import os" in cleaned.text
    assert cleaned.title == "Sorting a pile of Quillvault archives with a short script"


def test_a_script_comment_is_no_heading_and_fences_are_left_out() -> None:
    lines = markdown_lines("Intro line.\n\n```python\n# Sort files\nx = 1\n```\n\nAfter.")
    assert [(line.text, line.heading, line.code) for line in lines] == [
        ("Intro line.", 0, False),
        ("# Sort files", 0, True),
        ("x = 1", 0, True),
        ("After.", 0, False),
    ]


def test_inline_code_on_one_line_opens_no_block() -> None:
    lines = markdown_lines("Run ```make all``` first.\n\n# Next heading")
    assert [(line.heading, line.code) for line in lines] == [(0, False), (1, False)]


def test_a_script_alone_makes_no_article() -> None:
    assert clean_capture(HEADLINE + SCRIPT).text == ""
