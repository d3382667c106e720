"""A country's or a town's public body written in lower case after its name ("Belgian police",
"the Texas state government") is the victim, not the place; and a name that "hacked into" something
is the intruder, not what was hacked. Every sentence is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_model import candidates, choose
from veilleur.enrich.victims import find_victims
from veilleur.models import Article, Sector

TITLE = "Belgian police breached by a state actor"
LEAD = (
    "The Belgian police said on Friday that a state-sponsored group breached its network and accessed "
    "the work contact details of officers. The intruders copied the data in September."
)


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (f"{TITLE}\n{LEAD}", "Belgian police"),
        (
            "Ransomware attack on the Texas state government\nEvery office closed on Monday.",
            "Texas state government",
        ),
        (
            "Hackers hit the Dutch parliament\nThe Dutch parliament was hit by a DDoS attack.",
            "Dutch parliament",
        ),
    ],
)
def test_a_places_public_body_in_lower_case_is_the_victim(text: str, victim: str) -> None:
    assert victim in find_victims(text)


def test_the_public_body_is_chosen_with_its_sector_and_country() -> None:
    assert "Belgian police" in [c.name for c in choose(candidates(TITLE, LEAD))]
    url = "https://news.example.org/belgian-police-breached"
    intel = enrich(Article(url=url, canonical_url=url, title=TITLE, text=LEAD, lang="en"))
    victim = next(v for v in intel.victims if v.name == "Belgian police")
    assert victim.sectors[:1] == [Sector.GOVERNMENT]
    assert victim.countries[:1] == ["BE"]


def test_a_firm_before_a_body_word_keeps_its_own_name() -> None:
    # (only a place's name takes the body word: a firm's name stays what it is)
    assert "Quorvex" in find_victims("Quorvex council portal hacked\nThe portal was down.")


@pytest.mark.parametrize(
    ("text", "intruder"),
    [
        (
            "Dutch police arrest two suspects\nDutch police hacked into the servers of the Kalvo gang.",
            "Dutch",
        ),
        ("Kalvo Team hacked into the Palmora bank\nThe group posted its loot.", "Kalvo Team"),
        ("A rival says Norvik Labs hacked into its servers\nThe firm denied it.", "Norvik Labs"),
    ],
)
def test_who_hacked_into_something_is_the_intruder(text: str, intruder: str) -> None:
    assert not any(name.startswith(intruder) for name in find_victims(text))
