"""What a firm says it is counts as what the text says it is: "X describes itself as the UK's
fastest service", "X se présente comme un groupe hospitalier belge" give its country and sector, as
"X is a Belgian hospital group" does. The names and texts are fictional."""

from __future__ import annotations

from veilleur.enrich.victim_country import victim_countries
from veilleur.enrich.victim_descriptions import descriptions
from veilleur.enrich.victim_sectors import sector_of_victim
from veilleur.models import Sector


def test_a_self_description_gives_the_country() -> None:
    text = (
        "A provider of background checks is handling a data breach. Velcheck has written to its "
        "customers. Velcheck describes itself as the UK's fastest service for employment checks."
    )
    assert victim_countries("Velcheck", "", "Velcheck has written to its customers.", text) == ["GB"]


def test_a_self_description_gives_the_sector() -> None:
    text = "Norlea was hit by ransomware on Monday. Norlea bills itself as a Belgian hospital group."
    assert descriptions("Norlea", text) == ["Belgian hospital group"]
    assert sector_of_victim("Norlea", text, "", None, text, True)[:1] == [Sector.HEALTHCARE]


def test_a_french_self_description_gives_the_sector() -> None:
    text = "Norlea a été victime d'un rançongiciel. Norlea se présente comme un groupe hospitalier."
    assert descriptions("Norlea", text) == ["groupe hospitalier"]
