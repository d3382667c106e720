"""A capture cut short keeps its last paragraph when it continues the article (issue 11)."""

from __future__ import annotations

from veilleur.extract.text import clean_capture

ARTICLE = (
    "# Fictional vendor patches its gateway\n\n"
    "The fictional vendor Brightmoor released an update for its Lanterne gateway on Tuesday, "
    "after researchers reported that attackers were abusing a flaw in the login page.\n\n"
    "According to the advisory, the flaw lets an unauthenticated attacker run commands on the "
    "appliance, and customers are urged to install the fixed version without delay.\n\n"
)


def test_a_capture_cut_mid_sentence_keeps_its_last_paragraph() -> None:
    cut = "The researchers also found a second flaw, tracked as CVE-2031-40404, which lets an attacker…"
    cleaned = clean_capture(ARTICLE + cut)
    assert "CVE-2031-40404" in cleaned.text


def test_a_teaser_list_at_the_end_is_still_dropped() -> None:
    teasers = (
        "## Read also\n\n"
        "* [Another fictional company loses its customer files to a gang…](https://example.org/a)\n"
        "* [A fictional ministry restores its mail after a long outage…](https://example.org/b)\n"
    )
    cleaned = clean_capture(ARTICLE + teasers)
    assert "Brightmoor" in cleaned.text
    assert "ministry" not in cleaned.text
    assert "customer files" not in cleaned.text
