"""Security news that names no threat: a responder's diary on forensics tools, a scan of exposed
hosts, a virus scanner's release, a tool that removes unwanted software, and a security firm's
business (GUIDE.md §3: security research, techniques and tools; security-industry news). A lab's or
an accountant's "forensic" work, a virus of the body and a firm of another trade stay out. Texts are
fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import evidence, relevance_score


def test_a_live_response_diary_is_security_research() -> None:
    text = (
        "I needed a quick way to collect data from a running Linux box before imaging it. The collector "
        "I tried gathers the process list, open files, users and cron jobs, and writes the artifacts to "
        "a folder you can copy out. I ran it twice to see what it changes on the host. The live response "
        "profile took four minutes, and the output loads straight into a plaso timeline for review."
    )
    assert (
        relevance_score("Quick Linux collection with a new script", text, "", "en") >= DEFAULT_MIN_RELEVANCE
    )


def test_a_count_of_exposed_hosts_is_security_research() -> None:
    text = (
        "Every week a small script of mine compares the number of hosts with each service open, as "
        "Shodan sees them, with the week before. Last month the count of mail servers in one country "
        "fell by half in three days. Shodan shows the same drop for web servers on the same networks, "
        "so the hosts did not simply close a port. Here is what the data says about where they went."
    )
    assert relevance_score("Where did those servers go?", text, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_a_virus_scanner_release_is_security_news() -> None:
    text = (
        "The open-source scanner used on many mail gateways has reached version one after two decades of "
        "releases. The project says the new version changes how long each release is supported and drops "
        "some old options. Packages for the main distributions should arrive over the coming weeks."
    )
    title = "Command-line virus scanner reaches version 1 after twenty years"
    assert relevance_score(title, text, "", "en") >= DEFAULT_MIN_RELEVANCE


def test_a_tool_that_removed_unwanted_software_is_security_news() -> None:
    text = (
        "A browser maker is retiring the tool that found and removed unwanted software from people's "
        "computers. It ran millions of clean-ups since it was introduced, the company said, but newer "
        "tools built into the system now do the job, so it will go in the next release. Unwanted "
        "programs are much rarer than they were, it said."
    )
    title = "Browser maker retires its clean-up tool"
    assert relevance_score(title, text, "", "en") >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    "title",
    [
        "Security shop Examplesec ceases trading, enters administration",
        "Sicherheitsfirma Examplesec stellt den Betrieb ein",
        "Éditeur de sécurité : Examplesec cesse son activité",
        "Beveiligingsbedrijf Examplesec stopt ermee",
    ],
)
def test_a_security_firm_s_business_is_security_industry_news(title: str) -> None:
    # (long enough that the headline weighs as in a full capture, twice its text's words)
    text = (
        "The company told customers this week that it will stop trading. Staff were told on a call on "
        "Monday, and an administrator has been appointed to sell what is left of the business. Its "
        "largest clients are being moved to other providers, and a buyer is being sought for the rest. "
        "The firm was founded twelve years ago by two former consultants and grew quickly after it won "
        "a string of public contracts. Revenue fell last year when two of those contracts were not "
        "renewed, and a planned round of investment did not close in the spring, a person familiar "
        "with the matter said."
    )
    assert relevance_score(title, text, "", "en") >= DEFAULT_MIN_RELEVANCE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Auditors find gaps in the city's accounts",
            "A forensic audit of the city's accounts found that invoices were paid twice over three years. "
            "The accountants recommend a new approval step for every payment over ten thousand euros.",
        ),
        (
            "A new flu season begins",
            "Doctors expect the virus to spread early this winter. The health ministry asks people over "
            "sixty-five to get their vaccine before December and to stay home when they have a fever.",
        ),
        (
            "Cleaning firm wins the contract for the new hospital",
            "The company will clean the wards, the kitchens and the car park for five years. It will hire "
            "sixty staff locally and open an office near the site next spring.",
        ),
    ],
)
def test_other_trades_words_stay_out(title: str, text: str) -> None:
    assert relevance_score(title, text, "", "en") < DEFAULT_MIN_RELEVANCE


def test_the_markets_regulator_s_firms_are_no_security_business() -> None:
    # (the headline's words only: "SEC" is the regulator, not a short "security")
    assert evidence("SEC firms fined over traders' messaging apps", headline=True) == 0.0
    assert evidence("Infosec firms fined over traders' messaging apps", headline=True) > 0.0
