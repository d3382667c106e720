"""A page giving thousands of criminals' handles reads the first MAX_HANDLES: each handle's owner
is looked for across the whole text, so 4,000 handles ('a hacker who goes by "zq1x"' …) cost 4 s of
`handles` alone and 6.7 s of the article's enrichment, growing with the square of the page. A real
article gives a handle or two. Fictional text only; no timing asserted."""

from __future__ import annotations

from veilleur.enrich.threat_handles import MAX_HANDLES, handles


def test_a_page_of_thousands_of_handles_reads_the_first_few() -> None:
    text = "A teen named Jo Quillam, who goes by the nickname “Zedquill”, sold the data. " + " ".join(
        f'A hacker who goes by "zq{i}x" sold data.' for i in range(MAX_HANDLES + 30)
    )
    found = handles(text)
    assert len(found) == MAX_HANDLES
    assert found[0] == ("Zedquill", "Jo Quillam", ())
    assert found[1][0] == "zq0x"
