"""An analyst's diary on hidden payloads or on the tools that take files apart names no threat: the
craft's own words (steganography, zipdump, xorsearch, pngdump, Kaitai Struct) make it security
research; a photographer's steganography-free post stays out. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score


def test_a_steganography_challenge_solution_is_security_research() -> None:
    text = (
        "Last week I posted a small challenge: a PNG image with a message hidden in it. Here is how I "
        "found it. First I listed the chunks of the file, then I extracted the pixel values and read the "
        "lowest bit of each colour. Steganography tools often use that bit, because changing it does not "
        "change the picture. The bits gave an ASCII string, the answer. Thanks to all who sent one in."
    )
    assert relevance_score("Steganography Challenge: My Solution", text, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_a_zip_triage_tool_diary_is_security_research() -> None:
    text = (
        "A reader sent me a ZIP file that two archive managers open differently. With zipdump I looked at "
        "the local file headers and the central directory: there are two of them, concatenated. One tool "
        "reads the first, the other the last. Option -f lets you pick which one to parse, and option -s "
        "selects a record to dump its contents. Here is the output for both directories of the sample."
    )
    assert relevance_score("zipdump & Concatenated ZIP Files", text, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_a_photo_editing_post_stays_out() -> None:
    text = (
        "Our photo club met to compare editing apps. Most members crop, straighten and adjust the colours "
        "of their pictures; a few try layers and masks. We looked at how each app exports a PNG file and "
        "how much it compresses the picture. Next month we visit the botanical garden with our cameras."
    )
    assert relevance_score("Photo club: comparing editing apps", text, "", "en") < DEFAULT_MIN_RELEVANCE


def test_a_pdf_parser_diary_is_security_research() -> None:
    text = (
        "A reader sent a suspicious file: a PDF document with hundreds of streams. Today I "
        "let pdf-parser produce JSON output with the content of the unfiltered streams, and a second "
        "script identifies the file type of each stream from its first bytes. With a filter on that "
        "type I extract all the JPEG images of the document in one command. Here are the statistics "
        "for the sample, then the commands, then the list of extracted files with their sizes."
    )
    title = "Another PDF Streams Example: Extracting Images"
    assert relevance_score(title, text, "", "en") >= DEFAULT_MIN_RELEVANCE
