"""A capture that holds only its headline is decided on the headline, in English, French, Dutch and
German alike (bench/data/intel/GUIDE.md §4): the same event said in each language gets the same kind.
Each case here failed before on a word one language lacked (a verb's other forms, a state's
military hackers, a seizure or a dismantling in Dutch or German, a French infostealer or law).
Headlines are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # police and justice (rule 1), whatever the crime named after them
        ("La police interpelle cinq membres d'un réseau d'hameçonnage", Category.LAW_ENFORCEMENT),
        ("Ermittler zerschlagen Botnetz und beschlagnahmen Server", Category.LAW_ENFORCEMENT),
        ("Politie haalt botnet offline en neemt servers in beslag", Category.LAW_ENFORCEMENT),
        ("UK sanctions Russian bulletproof hosting provider", Category.LAW_ENFORCEMENT),
        # a state's hackers (rule 4)
        ("Russian military hackers target Ukrainian energy firms", Category.APT_ESPIONAGE),
        ("Des pirates liés à l'État chinois ciblent des ministères européens", Category.APT_ESPIONAGE),
        ("Chinese staatshackers richten zich op Europese ministeries", Category.APT_ESPIONAGE),
        # stolen data (rule 5), a malware (rule 6), a law (rule 7)
        ("Hacker erbeuten Daten von zwei Millionen Kunden bei Beispiel AG", Category.DATA_BREACH),
        ("Un nouveau voleur d'informations se propage via de faux logiciels", Category.MALWARE_CAMPAIGN),
        ("Le Parlement adopte la loi sur la résilience des opérateurs", Category.POLICY_REGULATION),
    ],
)
def test_a_headline_alone_is_decided_in_each_language(title: str, expected: str) -> None:
    assert categorise(title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the same words about something else keep their kind
        ("Examplo Bank interpelle ses clients sur une campagne d'hameçonnage", Category.FRAUD_PHISHING),
        ("Russian military hackers hit Examplo Hospital with ransomware", Category.RANSOMWARE),
        ("Examplo patches critical flaw in its hosting provider panel", Category.VULNERABILITY),
        ("Loi de Moore : les puces pourraient être détournées", Category.RESEARCH_TOOLING),
    ],
)
def test_the_same_words_elsewhere_keep_their_kind(title: str, expected: str) -> None:
    assert categorise(title, "") == expected
