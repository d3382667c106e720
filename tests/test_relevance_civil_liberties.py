"""A headline whose subject is civil liberties is not security news (GUIDE.md §3: digital-rights
topics whose subject is not security — police surveillance technology, free speech, privacy law —
are left out): a brief filed in a rights case, free expression, border and drone surveillance. The
same words in the text of security news are a passing mention: a spyware story naming human rights
defenders, a ban argued over free speech. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

RIGHTS_TEXT = (
    "The Example Liberty Foundation told the court that the county's programme collects far more than "
    "it needs. Its lawyers argue that people keep an expectation of privacy in public, and that the "
    "security of the database was never assessed by anyone. Residents were not asked for consent, and "
    "the surveillance of whole neighbourhoods follows from it. The hearing is set for next spring. "
)


@pytest.mark.parametrize(
    "title",
    [
        "Foundation Files Amicus Brief Challenging Examplecounty's DNA Collection Programme",
        "The State of Online Free Expression Worldwide: A Year in Review",
        "Add Bluetooth Sniffers to the Long List of Border Surveillance Technologies",
        "Aerial and Drone Surveillance: A Year in Review",
        "Organizing for Digital Rights in the Northwest",
    ],
)
def test_a_civil_liberties_headline_is_not_security_news(title: str) -> None:
    assert relevance_score(title, RIGHTS_TEXT, "", "en") < DEFAULT_MIN_RELEVANCE


def test_a_ban_argued_over_free_speech_stays_news() -> None:
    text = (
        "Lawmakers voted to ban the Examplechat app, which they call a national security risk. "
        "The company says the ban violates the First Amendment and free speech rights of its users, "
        "and that no personal information was ever shared with a foreign government. Security "
        "researchers found the app collected more personal information than it said. "
    )
    assert relevance_score("Examplechat ban: company seeks emergency injunction", text, "", "en") >= (
        DEFAULT_MIN_RELEVANCE
    )


def test_spyware_against_rights_defenders_stays_news() -> None:
    text = (
        "Researchers found the Examplespy spyware on the phones of three human rights defenders and a "
        "civil liberties lawyer. The malware was installed through a zero-click exploit. "
    ) * 2
    assert relevance_score("Spyware found on phones of rights defenders", text, "", "en") >= 0.5
