"""Short diaries and blog posts name the defenders' and code-makers' craft in its own words, with no
threat word: Windows' download mark, a DNS sinkhole and its blocklists, cryptography and signals
security. They are security subjects (GUIDE.md §3: security research, techniques and tools);
cryptocurrency is not cryptography. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

CRAFT = [
    (
        "Archivetool MoTW Handling, (Mon, Feb 3rd)",
        "Since version 5.2, Archivetool no longer copies every Mark-of-the-Web field when it extracts a "
        "file. The Zone.Identifier stream of the archive keeps its ZoneId, HostUrl and ReferrerUrl; the "
        "extracted file keeps the ZoneId only. Here is how to check it on your own machine with a few "
        "commands, and what it changes for an investigator who wants to know where a file came from. "
        "I tried three versions of the tool on the same test archive to compare the streams they write.",
    ),
    (
        "Comparing Two Lists With sort and comm, (Thu, Apr 6th)",
        "When I built my first DNS sinkhole, I had to merge the lists of bad domains published by several "
        "projects and remove the ones my sinkhole already answered for. The blocklist I keep today holds "
        "about 400,000 entries. The commands below sort both files, drop the duplicates and print only "
        "the lines of the second file that are missing from the first, with their count at the end.",
    ),
    (
        "A Catalogue of Old Agency Training Films",
        "A 1988 catalogue lists about 400 COMSEC and SIGINT training films of a national agency. Many "
        "explain how to operate cryptographic equipment of the time; a few use code words I had never seen.",
    ),
]


@pytest.mark.parametrize(("title", "text"), CRAFT)
def test_the_defenders_craft_named_without_a_threat_word_is_security(title: str, text: str) -> None:
    assert relevance_score(title, text, lang="en") >= DEFAULT_MIN_RELEVANCE


def test_a_cryptocurrency_piece_is_not_lifted_by_the_craft_words() -> None:
    text = (
        "The token's price doubled in a week as traders piled into the new coin, and the exchange listed "
        "it for its customers in Asia. Analysts expect the crypto market to stay volatile this year. "
    ) * 3
    assert (
        relevance_score("Crypto coin doubles in a week as traders pile in", text, lang="en")
        < DEFAULT_MIN_RELEVANCE
    )
