"""A roundup's teaser of its other items, opening the text ("PLUS: …; and more"), is not the page's
subject: relevance reads the headline item the text tells (fictional pages)."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

BODY = (
    "Region In Brief A new study of harbour logistics finds that rice exports rose by a fifth once the "
    "regional ports added night shifts and wider quays. The authors compared shipping manifests from "
    "2019 to 2024 and found that farmers near the coast sold more of their harvest abroad, while inland "
    "growers saw little change. The ministry of agriculture welcomed the paper and said it would fund "
    "two more quays next year. Economists cautioned that weather, not ports, still decides most of a "
    "season's exports, and that prices fell in the same period."
)
DATELINE = "\n\nJane Doe\n\nMon 5 Jan 2026 //\n\n03:30 UTC\n\n"
TEASER = "PLUS: Ransomware gang hits a ferry operator; malware found in a banking app; and more"


def test_a_general_roundup_is_judged_on_its_headline_item_not_its_teaser() -> None:
    title = "Rice exports rose as regional ports added night shifts, study finds"
    assert relevance_score(title, f"{TEASER}{DATELINE}{BODY}", lang="en") < DEFAULT_MIN_RELEVANCE


def test_a_security_roundup_keeps_its_headline_item() -> None:
    title = "Ferry operator confirms ransomware attack took booking systems offline"
    text = f"Also, a phishing kit sold on forums, and more{DATELINE}Infosec in brief {BODY}"
    assert relevance_score(title, text, lang="en") >= DEFAULT_MIN_RELEVANCE


def test_an_opening_that_lists_nothing_is_the_article() -> None:
    # ("Also," opening a sentence of the article, no list of other items: its words are the article's)
    title = "Ferry operator says bookings resume"
    text = f"Also, the ransomware attack that hit the ferry operator encrypted its booking servers.\n\n{BODY}"
    assert relevance_score(title, text, lang="en") >= DEFAULT_MIN_RELEVANCE
