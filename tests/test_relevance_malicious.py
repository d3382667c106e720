"""What attackers send or plant, named "malicious" (FR "malveillant", DE "bösartig", NL "kwaadaardig"),
is a security subject as "malware" is: a diary on extracting what a malicious document embeds is
security news even when it names no threat word the lexicon knew. Fictional texts."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

_STEPS = {
    "en": "The streams are listed with a parser, then the ones named Package are written to disk. ",
    "fr": "Les flux sont listés avec un analyseur, puis ceux nommés Package sont écrits sur le disque. ",
    "de": "Die Datenströme werden mit einem Parser gelistet und die Package-Ströme auf die Platte geschrieben. ",
    "nl": "De streams worden met een parser opgesomd en de Package-streams naar schijf geschreven. ",
}


@pytest.mark.parametrize(
    ("title", "lead", "lang"),
    [
        ("Extracting several streams from office files", "A reader asks how to pull what a malicious document embeds.", "en"),
        ("Extraire plusieurs flux d'un fichier bureautique", "Un lecteur demande comment extraire le contenu d'un document malveillant.", "fr"),
        ("Mehrere Ströme aus Office-Dateien extrahieren", "Ein Leser fragt, wie man den Inhalt einer bösartigen Datei extrahiert.", "de"),
        ("Meerdere streams uit kantoorbestanden halen", "Een lezer vraagt hoe je de inhoud van een kwaadaardige bijlage haalt.", "nl"),
    ],
)  # fmt: skip
def test_a_malicious_file_is_a_security_subject(title: str, lead: str, lang: str) -> None:
    text = f"{lead} {_STEPS[lang] * 25}"
    assert relevance_score(title, text, "https://diary.example.org/a", lang) >= DEFAULT_MIN_RELEVANCE


def test_malicious_prosecution_is_no_security_subject() -> None:
    text = (
        "The tenant sued the landlord for malicious prosecution after the eviction case was dropped. "
        + "The court heard both sides over two days and the jury will decide next week. " * 25
    )
    assert relevance_score(
        "Tenant wins first round against landlord", text, "https://news.example.org/a", "en"
    ) < (DEFAULT_MIN_RELEVANCE)
