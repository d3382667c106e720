"""A French name's English form grounds it only where the sources write that form as whole words:
"uk" inside "Ukraine" is no United Kingdom, "eu" inside "Deutsche" no European Union, and the
pronoun "us" no United States. And the French names written with accents (États-Unis, Corée,
Brésil, Israël) find their English forms. Fictional sentences only."""

from __future__ import annotations

import pytest

from veilleur.brief.countries import country_written
from veilleur.models import Intel
from veilleur.text.names import NameIndex


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("Hackers claimed an attack on Ukraine's grid operator.", "une entreprise au Royaume-Uni"),
        ("Deutsche Bank said the breach was contained.", "une amende de l'Union européenne"),
        ("Deutsche Bank said the breach was contained.", "en Europe"),
        ("Please contact us if you were affected by the breach.", "aux États-Unis"),
        ("The museum's users were told to reset their passwords.", "aux États-Unis"),
        ("The gang hit banks across Latin America.", "aux États-Unis"),
        ("The firm runs a busy network of Brazilianesque cafés.", "au Brésil"),
    ],
)
def test_an_english_form_inside_another_word_grounds_nothing(source: str, stated: str) -> None:
    assert NameIndex([source]).unsupported(stated) != []


@pytest.mark.parametrize(
    ("source", "stated"),
    [
        ("The company, based in the United States, said…", "aux États-Unis"),
        ("The company, based in the United\nStates, said…", "aux États-Unis"),
        ("A U.S. retailer said…", "aux États-Unis"),
        ("US officials said…", "aux États-Unis"),
        ("A UK-based retailer said…", "au Royaume-Uni"),
        ("EU regulators said…", "les régulateurs en Europe"),
        ("A South Korean carrier said…", "en Corée du Sud"),
        ("A Brazilian bank said…", "au Brésil"),
        ("Israeli officials said…", "en Israël"),
        ("The Taiwanese PC maker said…", "à Taïwan"),
    ],
)
def test_an_english_form_written_whole_grounds_its_french_name(source: str, stated: str) -> None:
    assert NameIndex([source]).unsupported(stated) == []


def test_a_victims_country_is_said_only_when_the_page_names_it() -> None:
    intel = Intel(relevant=True, relevance_score=1.0)
    assert not country_written("US", intel, "Reddit said hackers stole files. Contact us for help.")
    assert not country_written("GB", intel, "Hackers stole files after an attack on Ukraine.")
    assert country_written("US", intel, "Reddit, a U.S. company, said hackers stole files.")
