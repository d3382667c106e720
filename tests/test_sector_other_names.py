"""A victim's sector is not read from a word of another organisation's name ("told 404 Media",
"staff at the Dublin Airport"), nor from "social media"; a maker is of what its activity says it
sells when its goods name no sector; "IT giant X" is a technology firm (fictional text)."""

from __future__ import annotations

from veilleur.enrich.victim_sectors import own_sectors, sector_of_victim, victim_sectors
from veilleur.models import Sector


def test_a_word_of_another_outlets_name_is_not_the_victims_sector() -> None:
    text = (
        "Brenvik camera footage leaked\n"
        "A hacker copied a database of recordings from Brenvik cameras, according to Harbour Media. "
        "Brenvik is a dashcam company that offers automatic uploads. The hacker told Harbour Media "
        "how the database was reached, and Harbour Media shared the proof with the firm."
    )
    assert victim_sectors("Brenvik", text, sole=True) == []


def test_a_word_of_another_bodys_name_is_not_the_victims_sector() -> None:
    text = "Breach at Talbridge exposed data of the staff at the Kestrel Airport\n"
    assert Sector.TRANSPORTATION not in victim_sectors("Talbridge", text)


def test_a_headline_in_title_case_still_describes_its_victim() -> None:
    text = "Hackers Hit Healthcare Giant Morrowfield\nThe attack disrupted appointments on Monday."
    assert victim_sectors("Morrowfield", text) == [Sector.HEALTHCARE]


def test_social_media_is_not_the_press() -> None:
    text = (
        "Hackers took over an Instagram account\n"
        "Posts promoting a fake coin appeared, Quillburger's head of social media said."
    )
    assert Sector.MEDIA not in sector_of_victim("Quillburger", text, "", None, text)


def test_a_manufacturer_selling_software_is_a_software_firm() -> None:
    text = (
        "Leaked Corvane tools\n"
        "Corvane is a surveillance gear manufacturer that sells phone forensic software to police forces."
    )
    assert own_sectors("Corvane", text)[:1] == [Sector.TECHNOLOGY]


def test_an_it_giant_is_a_technology_firm() -> None:
    text = (
        "Ransomware gang lists new victims\n"
        "Past targets included NHS vendor Fellhaven, IT giant Oberlund and a carmaker."
    )
    assert own_sectors("Oberlund", text)[:1] == [Sector.TECHNOLOGY]
