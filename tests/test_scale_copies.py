"""bench/scale.py's copies of corpus records: one plain word left out per paragraph, never inside a
link's address, in time linear in the paragraph (a paragraph of 20,000 links took 51 s before)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from scale import copy_record


def test_a_word_is_left_out_of_each_paragraph_never_from_an_address() -> None:
    record = {
        "title": "Quillpage hit",
        "markdown": "Alpha [beta](https://example.test/gamma) delta\n\nEpsilon zeta",
    }
    copy = copy_record(record, 1)
    assert copy["title"] == "Quillpage hit (1)"
    first, second = copy["markdown"].split("\n\n")
    assert "(https://example.test/gamma)" in first
    assert sum(word in first for word in ("Alpha", "beta", "delta")) == 2
    assert second in {"Epsilon", "zeta"}
    assert copy_record({"markdown": "", "title": None}, 2) == {"markdown": "", "title": None}


def test_a_paragraph_of_many_links_is_copied_in_linear_time() -> None:
    spent = []
    for links in (2_000, 20_000):
        markdown = " ".join(f"word [link](https://example.test/{n}) text" for n in range(links))
        start = time.process_time()
        copy = copy_record({"markdown": markdown, "title": "T"}, 3)
        spent.append(time.process_time() - start)
        assert copy["markdown"].count("https://example.test/") == links
    assert spent[1] < 3.0 and spent[1] < 30 * max(spent[0], 0.01), spent
