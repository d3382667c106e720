"""The verbs that name a threat are one list (`threat_naming`): every module that reads a name after
its verb knows all of them, "code-named" as well as "dubbed" (the copies had drifted apart)."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.threat_handles import a_family_named
from veilleur.enrich.threat_kinds import family_named_before, group_named_before

VERBS = ("dubbed", "codenamed", "code-named", "called", "named", "known as")


@pytest.mark.parametrize("verb", VERBS)
def test_a_family_called_by_each_verb(verb: str) -> None:
    assert a_family_named(f"researchers found an IIS malware family {verb} ")
    assert family_named_before(f"the crew used an exfiltration tool, {verb} ")


@pytest.mark.parametrize("verb", VERBS)
def test_a_group_called_by_each_verb(verb: str) -> None:
    assert group_named_before(f"the activity comes from a hacking group {verb} ")


@pytest.mark.parametrize("verb", VERBS)
def test_a_new_backdoor_named_by_each_verb(verb: str) -> None:
    actors, malware = find_threats(f"Analysts found a new backdoor {verb} Zorvaxil on hospital servers.")
    assert [m.name for m in malware] == ["Zorvaxil"]
    assert actors == []
