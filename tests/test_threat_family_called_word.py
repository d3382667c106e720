"""A family's own noun right before the verb that names it ("another malware called Examplebird",
"the dropper, dubbed Lantern") makes a single word the family's name, even an English word the
coined-name test would drop. A tool's or app's noun does not ("a new tool called Magritte"), nor a
campaign's. The names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _malware(text: str) -> list[str]:
    return [m.name for m in find_threats(text)[1]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The samples share code with another multi-platform malware called Lantern, linked to China.",
            "Lantern",
        ),
        ("The dropper, dubbed Parsnip, is used by the group to fetch its payloads.", "Parsnip"),
    ],
)
def test_a_family_noun_then_a_naming_verb_names_the_family(text: str, name: str) -> None:
    assert _malware(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The lab released a new machine learning tool called Lantern that blurs faces in photos.",
        "Researchers tracked a malware campaign dubbed Lantern across three countries.",
    ],
)
def test_a_tool_or_a_campaign_named_so_is_no_family(text: str) -> None:
    assert _malware(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # software the attackers abuse, called legitimate just before its kind (guide §7)
        "The group abused a legitimate Windows utility called Quillcask Injector to load its payload.",
        "The backdoor then ran a genuine built-in tool named Tarnvex to hide its process.",
        # a file's name, not a family's: the shellcode fetches a file deceptively titled so
        'The shellcode serves as a downloader for a file deceptively titled "OrrinUpdate" by the attackers.',
    ],
)
def test_abused_legitimate_software_or_a_files_title_is_no_family(text: str) -> None:
    assert _malware(text) == []


def test_a_custom_tool_called_so_is_still_a_family() -> None:
    assert _malware("The attackers used a custom tool called Quillcask to exfiltrate data.") == ["Quillcask"]
