"""A one-word name that is also an English word, written right after the lower-case kind of
organisation it is ("the travel booking giant Lantern", "Finnish telco Meridian"), is a name, not
a word of the sentence (fictional text)."""

from __future__ import annotations

from veilleur.enrich.victim_admissible import veto
from veilleur.enrich.victim_model import candidates, choose
from veilleur.enrich.victim_written_as import named_after_kind

TITLE = "Quiet ransomware crew reaps record payouts"
LEAD = (
    "A ransomware group called Grey Owls made headlines this week after a record ransom payment. "
    "Security experts say the crew has been around since 2021 and keeps a low profile. "
    "The group favours mass data theft over disruption, researchers said. "
)
BODY = (
    "Some of the more notable victims listed on its leak site include the travel booking giant "
    "Lantern, which was hit by the Grey Owls in September 2023."
)


def _filler() -> str:
    return " ".join(f"Paragraph {i} says nothing of note about the crew today." for i in range(12))


def test_a_word_named_after_its_kind_of_organisation_is_a_victim() -> None:
    found = candidates(TITLE, f"{LEAD}{_filler()} {BODY}")
    lantern = next(c for c in found if c.name == "Lantern")
    assert veto(lantern) == ""
    assert "Lantern" in [c.name for c in choose(found)]


def test_only_a_kind_of_organisation_written_in_lower_case_right_before_names() -> None:
    assert named_after_kind("Meridian", "cables owned by Finnish telco Meridian were cut")
    assert named_after_kind("Lantern", "IT giant Lantern, and others")
    # a person's role, a capitalised kind (a Title Case run), a word further on: no name so written
    assert not named_after_kind("Lantern", "sharing it with security journalist Lantern today")
    assert not named_after_kind("Lantern", "Travel Booking Giant Lantern Hacked")
    assert not named_after_kind("Lantern", "the firm said the Lantern festival was cancelled")
    assert not named_after_kind("Lanterns", "the company Lantern")


def test_the_kind_before_the_name_gives_its_sector() -> None:
    from veilleur.enrich.victim_sectors import sector_of_victim
    from veilleur.models import Sector

    sentence = (
        "The crew's past targets included hospital vendor Brellow, IT giant Lantern, and German autoparts "
        "company Meridian."
    )
    text = f"{TITLE}\n{sentence}"
    assert sector_of_victim("Lantern", sentence, "", "", text) == [Sector.TECHNOLOGY]
    assert sector_of_victim("Meridian", sentence, "", "", text) == [Sector.MANUFACTURING]
