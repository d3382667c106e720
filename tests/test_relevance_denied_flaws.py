"""A flaw named only to be denied ("no vulnerability is mentioned", "rather than a security flaw",
"keine Schwachstelle") and a summary's section label alone on its line ("Vulnérabilités :") state no
flaw: a post on a failing update stays out; a flaw's own story keeps its other sentences. Texts are
fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

FR_UPDATE = (
    "La mise à jour cumulative de mars pour Exemplix OS échoue à s'installer sur les postes gérés par "
    "un serveur de déploiement. Les administrateurs voient l'erreur 0x8000 et l'arrêt du service.\n\n"
    "Points clés :\n\nLa mise à jour échoue à s'installer.\n\nL'erreur rencontrée est 0x8000.\n\n"
    "Vulnérabilités :\n\nAucune vulnérabilité spécifique (CVE) n'est mentionnée dans l'article. "
    "L'article traite d'un problème de déploiement plutôt que d'une faille de sécurité exploitée."
)
EN_UPDATE = (
    "The March cumulative update for Exemplix OS fails to install on machines managed by a deployment "
    "server. Administrators see error 0x8000 and the update service stops.\n\nKey points:\n\nThe update "
    "fails to install.\n\nVulnerabilities:\n\nNo specific vulnerability is mentioned. The article is "
    "about a deployment problem rather than a security flaw."
)
DE_UPDATE = (
    "Das März-Update für Exemplix OS lässt sich auf verwalteten Rechnern nicht installieren. "
    "Administratoren sehen den Fehler 0x8000.\n\nSchwachstellen:\n\nEs wird keine Schwachstelle genannt."
)
FLAW = (
    "Exemplix fixed a critical vulnerability in its VPN gateway that lets an unauthenticated attacker "
    "run code. No CVE was assigned yet. The flaw is exploited in the wild, the company said."
)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Mise à jour Exemplix OS : échec d'installation et erreur 0x8000", FR_UPDATE, "fr"),
        ("Exemplix OS March update fails to install with error 0x8000", EN_UPDATE, "en"),
        ("Exemplix-OS-Update scheitert mit Fehler 0x8000", DE_UPDATE, "de"),
    ],
)
def test_a_failing_update_whose_flaws_are_denied_stays_out(title: str, text: str, lang: str) -> None:
    assert relevance_score(title, text, "", lang) < DEFAULT_MIN_RELEVANCE


def test_a_flaw_story_keeps_its_other_sentences() -> None:
    title = "Exemplix patches VPN gateway bug exploited in attacks"
    assert relevance_score(title, FLAW, "", "en") >= DEFAULT_MIN_RELEVANCE
