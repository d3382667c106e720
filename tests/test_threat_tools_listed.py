"""The attackers' own tools listed as such are malware (labelling guide §7): "using bespoke tools
like Ctealer and Cucky" (a check-e1 page) gave none. Legitimate tools listed so stay out. Fictional
text."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def test_custom_tools_listed_are_malware() -> None:
    text = "The group steals cookies using bespoke tools like Quillpin and Dravix from web browsers."
    assert [m.name for m in find_threats(text)[1]] == ["Quillpin", "Dravix"]


def test_legitimate_tools_listed_are_not() -> None:
    assert find_threats("Attackers used legitimate tools like AnyDesk and Splashtop to keep access.") == (
        [],
        [],
    )


def test_a_deployment_of_a_known_tool_is_its_context() -> None:
    # "the deployment of Mimikatz to harvest credentials" (a train page) left Mimikatz out
    text = "Other aspects of the attacks include the deployment of Mimikatz to harvest credentials."
    assert [m.canonical for m in find_threats(text)[1]] == ["MimiKatz"]
