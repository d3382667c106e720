"""An outlet that signs its partners' pieces with its own name signs some of its own news so too:
a report on the threat, flaw or attack its headline names, attributing what it says to researchers
and advisories and never speaking to its reader, is news under the house name. A partner's piece
under the same name stays promotional. Fictional text."""

from __future__ import annotations

from veilleur.enrich.promotional import promotional_reason

_URL = "https://thehackernews.com/2031/03/example.html"
_HOUSE = "The Hacker News"
# A report: every paragraph attributes its facts to the researchers or the advisory.
_REPORT = " ".join(
    f"Researchers at Examplelabs said the operators of the campaign sent {n} waves of lures to "
    f"logistics firms in March. The payload steals browser cookies and saved passwords, the "
    f"company said in a report published on Tuesday, adding that the servers were taken down. "
    f"A national agency warned in an advisory that the same servers hosted phishing pages."
    for n in range(6)
)
# A pitch: the same facts told to the reader, quoting no one.
_PITCH = " ".join(
    f"Your security team faces {n} waves of lures every month. The payload steals browser cookies "
    f"and saved passwords, and your staff cannot tell a fake page from a real one. A modern "
    f"platform lets your team see every login and stop the theft before it spreads."
    for n in range(6)
)


def test_a_house_signed_report_on_a_named_threat_is_news() -> None:
    title = "New Stealer Campaign Targets Logistics Firms with Fake Invoices"
    assert promotional_reason(title, _REPORT, _URL, "en", _HOUSE) == ""


def test_a_house_signed_piece_that_addresses_its_reader_stays_promotional() -> None:
    assert promotional_reason("Why Stealer Malware Is Your Biggest Risk", _REPORT, _URL, "en", _HOUSE)
    assert promotional_reason("Stealer Malware Is Coming for Logistics Firms", _PITCH, _URL, "en", _HOUSE)


def test_a_house_signed_report_whose_headline_names_no_threat_stays_promotional() -> None:
    title = "What Logistics Firms Learned This Spring"
    assert promotional_reason(title, _REPORT, _URL, "en", _HOUSE)


def test_a_reporter_signed_page_is_unchanged() -> None:
    title = "New Stealer Campaign Targets Logistics Firms with Fake Invoices"
    assert promotional_reason(title, _REPORT, _URL, "en", "Jane Example") == ""


# A police action told as reporters tell it: the agency and the company are quoted.
_POLICE_REPORT = " ".join(
    f"The national police said on Thursday that officers searched {n + 3} addresses and arrested "
    f"four people who ran two call centres. The callers posed as a software firm's support staff, "
    f"according to the agency, and took payments from retired people abroad. The software firm said "
    f"in a statement that its investigators had shared the phone numbers with the police."
    for n in range(6)
)


def test_a_house_signed_report_on_a_police_action_against_a_scam_is_news() -> None:
    title = "Police Dismantle Call Centres Behind Tech Support Scam Targeting Retirees"
    assert promotional_reason(title, _POLICE_REPORT, _URL, "en", _HOUSE) == ""


def test_a_house_signed_pitch_about_scams_stays_promotional() -> None:
    assert promotional_reason("Stopping Scam Calls Before They Reach Your Staff", _PITCH, _URL, "en", _HOUSE)
