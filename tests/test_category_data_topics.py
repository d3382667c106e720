"""Data named as a page's topic is no leak: "records" (DNS records, a court's records) and "données
personnelles" (an essay on what assistants know of us) say what a text is about, not that anything was
stolen or exposed; the theft, the leak or the sale around them is the event (enrich/category_words.py)."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

# A handler's note on a tool: the zone file's records are its material (three mentions, no other kind).
TOOL_NOTE = (
    "Sorting zone files with awk, (Mon, Jan 6th)",
    "I keep a small zone for my lab and wanted a quick way to compare it with the upstream copy. The zone "
    "holds A records, MX records and a few TXT records. With awk I print the name and the type of each "
    "line, then sort both files and compare them with diff, which shows what changed since last week. "
    "The same two commands work on any text export, so I keep them in a small shell function.",
)
# An essay on assistants and personal data: the data is the topic, nobody took it.
ESSAY_FR = (
    "Pour un assistant numérique qui respecte ses utilisateurs",
    "Les assistants numériques ont besoin de données personnelles pour être utiles. Or ces données "
    "personnelles restent souvent chez le fournisseur, qui décide seul de leur usage. L'auteur propose "
    "que chacun garde ses données personnelles dans un espace qu'il contrôle et n'en prête que ce qu'il "
    "faut, le temps d'une tâche, à l'assistant qui la réalise pour lui.",
)


@pytest.mark.parametrize(("title", "text"), [TOOL_NOTE, ESSAY_FR])
def test_data_as_topic_is_no_leak(title: str, text: str) -> None:
    assert categorise(title, text) != Category.DATA_BREACH


@pytest.mark.parametrize(
    "title",
    [
        "Hackers stole 2 million records from Examplo Insurance",
        "Examplo clinic: patient records posted on hacking forum",
        "Vol de données personnelles chez Exemplo Santé",
        "Examplo Bank leaks customer records of 40,000 clients",
    ],
)
def test_records_taken_stay_a_leak(title: str) -> None:
    assert categorise(title, "The company confirmed the incident on Friday.") == Category.DATA_BREACH
